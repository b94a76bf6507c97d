"""Exercise settings an editor cannot get wrong."""

import pytest
from django.core.exceptions import ValidationError

from avvik_sandbox.factories import ExercisePageFactory, sandbox_tree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("threshold", [0, 101, 250])
def test_pass_threshold_must_be_a_percentage(site, threshold):
    exercise = ExercisePageFactory(parent=sandbox_tree(site["home"]))
    exercise.pass_threshold = threshold
    with pytest.raises(ValidationError) as error:
        exercise.full_clean()
    assert "pass_threshold" in error.value.message_dict
