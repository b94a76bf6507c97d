"""The author's scoring preview: a sample answer against the key's latest draft."""

import pytest
from django.urls import reverse
from wagtail.models import Revision

from avvik_sandbox.models import Submission
from lms.factories import UserFactory

from .helpers import nb

pytestmark = pytest.mark.django_db


def _url(page):
    return reverse("sandbox_score_preview", args=[page.pk])


@pytest.fixture
def editor(client):
    user = UserFactory(email="author@example.org", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def _sample(**extra):
    return {
        "action_count": "1",
        "event": ["4"],
        "f3_kind": "primary",
        "f3_text": "Piotr hadde ikke sikringswire, og firmaet har ingen rutine for sikring av verktøy.",
        "f3_responsible": "employer",
        "f3_why1": "Nøkkelen var ikke festet",
        "f3_why1_tag": ["T", "O"],
        **extra,
    }


def test_a_sample_answer_is_scored_against_the_latest_draft_and_nothing_is_saved(
    client, editor, exercise
):
    # The author changes the key in a draft: the event is now fact 3, not 4.
    draft = exercise.get_latest_revision_as_object()
    draft.event_facts = "3"
    draft.save_revision(user=editor)
    revisions = Revision.objects.count()
    page = client.get(_url(exercise)).content.decode()
    assert nb("Score this answer") in page
    response = client.post(_url(exercise), _sample())
    assert response.status_code == 200
    result = response.context["result"]
    codes = {row["criterion"]["code"]: row["score"] for row in result["rows"]}
    assert codes["event"] == 1  # fact 4 no longer the event in the draft key
    assert any("sikringswire" in m for row in result["rows"] for m in row["matched"])
    assert result["feedback"]
    assert not Submission.objects.exists()
    assert Revision.objects.count() == revisions


def test_only_those_who_may_edit_the_exercise_can_use_it(client, exercise):
    learner = UserFactory(email="learner@example.org")
    client.force_login(learner)
    response = client.get(_url(exercise))
    assert response.status_code in (302, 403)
    assert "score-preview-result" not in response.content.decode()
