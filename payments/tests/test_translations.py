"""Code refusals reach people in their language (completeness of the whole catalogue
is checked in tests/test_translations.py)."""

import pytest
from django.utils import translation


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nb", "Denne koden er brukt opp."),
        ("nn", "Denne koden er brukt opp."),
        ("uk", "Цей код уже вичерпано."),
    ],
)
def test_refusals_reach_people_in_their_language(code, expected):
    with translation.override(code):
        assert translation.gettext("This code has been used up.") == expected
