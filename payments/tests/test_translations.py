"""The payments app's own catalogue (payments/locale) is complete in nb, nn and uk.

Code refusals, receipts and invitations must reach people in their language.
"""

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parent.parent / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%%")


def entries(code):
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    return [e for e in po if not e.obsolete and e.msgid]


@pytest.mark.parametrize("code", ["nb", "nn", "uk"])
def test_every_entry_is_translated_with_its_placeholders(code):
    found = entries(code)
    assert len(found) > 300
    problems = []
    for entry in found:
        if "fuzzy" in entry.flags or not entry.translated():
            problems.append(entry.msgid)
            continue
        expected = sorted(set(PLACEHOLDER.findall(entry.msgid)))
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if any(sorted(set(PLACEHOLDER.findall(t))) != expected for t in texts):
            problems.append(entry.msgid)
    assert not problems, problems[:10]


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
