"""Grading is the instructor's judgement: the suggestion is accepted on purpose, a
return or a fail says why, and the answers the pre-score is least sure of can come first.
"""

import copy

import pytest
from django.utils import translation

from avvik_sandbox import exceptions, grading
from avvik_sandbox.factories import GOOD_NB, submit_answer
from avvik_sandbox.models import Submission
from lms.factories import UserFactory

from .helpers import _url, nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def instructor():
    user = UserFactory(email="practice-teacher@example.org")
    grading.instructor_assign(instructor=user)
    return user


def _weak_spec():
    spec = copy.deepcopy(GOOD_NB)
    spec["whys"] = {3: [("Stress", "M"), ("Wire", "T")]}
    spec["facts"] = {3: ("primary", "sikringswire, rutine", "", "employer", "O")}
    return spec


def _suggested(submission):
    return {
        cid: value["score"]
        for cid, value in submission.prescore["criteria"].items()
        if value["score"] is not None
    }


def test_accepting_one_suggestion_saves_its_level(client, exercise, instructor):
    submission = submit_answer(exercise=exercise, user=UserFactory(), spec=_weak_spec())
    client.force_login(instructor)
    client.post(_url("grading_claim", submission.pk))
    suggested = _suggested(submission)
    criteria = exercise.criteria
    first, rest = criteria[0], criteria[1:]
    data = {"decision": "grade", "comment": "Skriv årsakene som setninger."}
    data[f"accept_{first['id']}"] = "on"
    for criterion in rest:
        data[f"score_{criterion['id']}"] = "1"
    response = client.post(_url("grading_grade", submission.pk), data)
    assert response.status_code == 302
    score = submission.scores.get(criterion_id=first["id"])
    assert score.score == suggested[first["id"]] == score.suggested


def test_accepting_and_choosing_another_level_is_refused(client, exercise, instructor):
    submission = submit_answer(exercise=exercise, user=UserFactory())
    client.force_login(instructor)
    client.post(_url("grading_claim", submission.pk))
    data = {"decision": "grade", "comment": "x"}
    for criterion in exercise.criteria:
        data[f"score_{criterion['id']}"] = "2"
        data[f"accept_{criterion['id']}"] = "on"
    response = client.post(_url("grading_grade", submission.pk), data)
    assert response.status_code == 200
    assert (
        nb("You accepted the suggestion and chose another level: pick one.")
        in response.content.decode()
    )
    submission.refresh_from_db()
    assert submission.status == Submission.Status.IN_GRADING


@pytest.mark.parametrize("decision,level", [("return", 3), ("grade", 0)])
def test_returning_or_failing_needs_a_comment(exercise, instructor, decision, level):
    submission = submit_answer(exercise=exercise, user=UserFactory())
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    scores = {c["id"]: (level, "") for c in exercise.criteria}
    with (
        translation.override("en"),
        pytest.raises(exceptions.SandboxError, match="comment"),
    ):
        grading.submission_grade(
            submission_id=submission.pk,
            instructor=instructor,
            scores=scores,
            comment="  ",
            decision=decision,
            confirmed_unchanged=True,
        )
    submission.refresh_from_db()
    assert submission.graded_at is None
    assert not submission.scores.exists()


def test_a_pass_needs_no_comment_but_a_changed_level_needs_no_confirmation(
    exercise, instructor
):
    submission = submit_answer(exercise=exercise, user=UserFactory())
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    scores = {cid: (level, "") for cid, level in _suggested(submission).items()}
    first = exercise.criteria[0]["id"]
    scores[first] = (2, "")
    graded = grading.submission_grade(
        submission_id=submission.pk,
        instructor=instructor,
        scores=scores,
        comment="",
        decision="grade",
    )
    assert graded.passed


def test_a_criterion_minimum_fails_a_good_total(exercise, instructor):
    from avvik_sandbox.models import ExercisePage

    page = ExercisePage.objects.get(pk=exercise.pk)
    causes = next(b for b in page.rubric.raw_data if b["value"]["code"] == "causes")
    causes["value"]["pass_minimum"] = 2
    page.save_revision().publish()
    page = ExercisePage.objects.get(pk=exercise.pk)
    submission = submit_answer(exercise=page, user=UserFactory())
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    scores = {c["id"]: (3, "") for c in page.criteria}
    scores[causes["id"]] = (1, "Ingen rotårsak.")
    graded = grading.submission_grade(
        submission_id=submission.pk,
        instructor=instructor,
        scores=scores,
        comment="Finn rotårsaken i organisasjonen.",
        decision="grade",
    )
    assert graded.score_percent >= page.pass_threshold
    assert graded.passed is False


def test_the_queue_can_put_the_answers_that_need_a_human_first(
    client, exercise, instructor
):
    confident = submit_answer(exercise=exercise, user=UserFactory())
    unsure = submit_answer(exercise=exercise, user=UserFactory(), spec=_weak_spec())
    assert confident.unsure_criteria < unsure.unsure_criteria
    client.force_login(instructor)
    oldest_first = client.get(_url("grading_queue")).context["page_obj"].object_list
    assert [s.pk for s in oldest_first] == [confident.pk, unsure.pk]
    unsure_first = client.get(_url("grading_queue"), {"order": "unsure"})
    assert [s.pk for s in unsure_first.context["page_obj"].object_list] == [
        unsure.pk,
        confident.pk,
    ]
    assert nb("Needs a human first") in unsure_first.content.decode()


def test_the_grading_page_marks_the_criteria_that_need_attention(
    client, exercise, instructor
):
    submission = submit_answer(exercise=exercise, user=UserFactory(), spec=_weak_spec())
    client.force_login(instructor)
    html = client.get(_url("grading_detail", submission.pk)).content.decode()
    unsure = [v for v in submission.prescore["criteria"].values() if v.get("unsure")]
    assert unsure
    assert html.count(nb("Needs your attention")) == len(unsure)
