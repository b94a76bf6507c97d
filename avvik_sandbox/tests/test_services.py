"""Drafts, the case routine, submitting, claiming, grading, regrading and completion."""

import copy

import pytest
from django.core import mail
from django.utils import translation

from avvik_sandbox import services
from avvik_sandbox.factories import GOOD_NB, answer, claim_and_grade, submit_answer
from avvik_sandbox.models import Submission
from lms.factories import UserFactory
from lms.models import AuditEvent

from .. import exceptions, grading

pytestmark = pytest.mark.django_db


@pytest.fixture
def instructor(db):
    user = UserFactory(email="teacher@example.org", is_staff=True)
    grading.instructor_assign(instructor=user, course=None)
    return user


def _submitted(exercise, learner, spec=None):
    return submit_answer(exercise=exercise, user=learner, spec=spec)


def _all_scores(exercise, value=3):
    return {c["id"]: (value, "") for c in exercise.criteria}


def test_autosave_refuses_a_stale_version(exercise, learner):
    submission = services.submission_get_or_create(user=learner, exercise=exercise)
    saved = services.submission_autosave(
        submission=submission, draft={"event": []}, version=0
    )
    assert saved.version == 1
    with pytest.raises(exceptions.DraftConflict):
        services.submission_autosave(
            submission=submission, draft={"event": ["x"]}, version=0
        )
    submission.refresh_from_db()
    assert submission.draft == {"event": []}


def test_the_case_cannot_be_closed_without_an_effect_evaluation(exercise):
    draft = answer(exercise, **GOOD_NB)
    draft["case"] = {"status": "evaluation", "effect_evaluation": "", "informed": []}
    with translation.override("en"):
        with pytest.raises(exceptions.SandboxError, match="effect evaluation"):
            services.case_advance(draft=draft)
    draft["case"]["effect_evaluation"] = "Checked after a month."
    draft["case"]["informed"] = ["verneombud"]
    assert services.case_advance(draft=draft)["case"]["status"] == "closed"


def test_the_case_walks_the_routine_one_step_at_a_time(exercise):
    draft = answer(exercise, event=(4,))
    with pytest.raises(exceptions.SandboxError):
        services.case_advance(draft=draft)  # no report type yet
    draft["report"] = {"type": "nestenulykke"}
    draft = services.case_advance(draft=draft)
    assert draft["case"]["status"] == "processing"
    assert draft["case"]["log"][-1]["status"] == "processing"


def test_submit_freezes_the_answer_with_feedback_and_prescore(exercise, learner):
    submission = _submitted(exercise, learner)
    assert submission.status == Submission.Status.SUBMITTED
    assert submission.prescore["percent"] == 100
    assert any(i["code"] == "event_ok" for i in submission.feedback)
    with pytest.raises(exceptions.SandboxError):
        services.submission_autosave(submission=submission, draft={}, version=None)
    assert AuditEvent.objects.filter(action="sandbox.submitted").exists()


def test_two_instructors_cannot_claim_the_same_submission(
    exercise, learner, instructor
):
    other = UserFactory(email="other-teacher@example.org")
    grading.instructor_assign(instructor=other, course=None)
    submission = _submitted(exercise, learner)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    with pytest.raises(exceptions.ClaimConflict):
        grading.submission_claim(submission_id=submission.pk, instructor=other)
    with pytest.raises(exceptions.ClaimConflict):
        grading.submission_grade(
            submission_id=submission.pk,
            instructor=other,
            scores=_all_scores(exercise),
            comment="",
            decision="grade",
        )
    grading.submission_release(submission_id=submission.pk, instructor=instructor)
    claimed = grading.submission_claim(submission_id=submission.pk, instructor=other)
    assert claimed.claimed_by == other
    assert claimed.status == Submission.Status.IN_GRADING


def test_grading_passes_notifies_in_the_learners_language_and_regrade_is_audited(
    exercise, learner, instructor, django_capture_on_commit_callbacks
):
    learner.preferred_language = "en"
    learner.save()
    submission = _submitted(exercise, learner)
    with django_capture_on_commit_callbacks(execute=True):
        graded = claim_and_grade(submission, instructor, level=2, comment="Good work.")
    assert graded.status == Submission.Status.GRADED
    assert graded.score_percent == 67 and graded.passed is True
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert message.extra_headers["Content-Language"] == "en"
    assert "graded" in message.subject
    assert f"/en/sandbox/submissions/{submission.pk}/" in message.body
    assert message.alternatives and "<html" in message.alternatives[0][0]

    # Regrade: a new claim, one criterion lowered; the audit keeps old and new.
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    scores = _all_scores(exercise, 2)
    first = exercise.criteria[1]
    scores[first["id"]] = (0, "The requirement is missing.")
    with django_capture_on_commit_callbacks(execute=True):
        regraded = grading.submission_grade(
            submission_id=submission.pk,
            instructor=instructor,
            scores=scores,
            comment="Regraded.",
            decision="grade",
        )
    assert regraded.score_percent < 67
    event = AuditEvent.objects.filter(action="sandbox.regraded").get()
    assert event.actor == instructor
    assert event.data["changes"] == {first["title"]: [2, 0]}
    assert event.data["before"]["percent"] == 67
    assert submission.scores.get(criterion_id=first["id"]).comment.startswith("The")


def test_return_for_revision_makes_the_answer_editable_again(
    exercise, learner, instructor, django_capture_on_commit_callbacks
):
    learner.preferred_language = "en"
    learner.save()
    submission = _submitted(exercise, learner)
    with django_capture_on_commit_callbacks(execute=True):
        returned = claim_and_grade(
            submission,
            instructor,
            level=1,
            comment="Look again at the why-chain.",
            decision="return",
        )
    assert returned.status == Submission.Status.RETURNED and returned.is_editable
    assert "revise" in mail.outbox[0].subject.lower()
    services.submission_autosave(submission=returned, draft={"x": 1}, version=None)
    resubmitted = services.submission_submit(
        submission=returned, draft=answer(exercise, **GOOD_NB), language="nb"
    )
    assert resubmitted.attempt == 2
    assert resubmitted.status == Submission.Status.SUBMITTED


def test_a_required_exercise_in_a_lesson_holds_back_completion_until_passed(
    course, exercise, learner, instructor, django_capture_on_commit_callbacks
):
    from lms import services as lms_services

    lesson = course.lessons[0]
    lesson.body = [
        *lesson.body.raw_data,
        {"type": "exercise", "value": {"exercise": exercise.pk, "required": True}},
    ]
    lesson.save_revision().publish()
    grading.instructor_assign(instructor=instructor, course=course)
    enrolment = lms_services.enrolment_free_create(user=learner, course=course)
    for each in course.lessons:
        for block in each.quiz_blocks():
            lms_services.quiz_attempt_submit(
                enrolment=enrolment,
                lesson=each,
                block_id=block.id,
                answers={0: [1], 1: [0, 1]},
            )
        lms_services.lesson_complete(enrolment=enrolment, lesson=each)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    unmet = lms_services.completion_unmet(enrolment=enrolment)
    assert any(exercise.title in line for line in unmet)

    submission = services.submission_get_or_create(
        user=learner, exercise=exercise, course=course, lesson=lesson
    )
    spec = copy.deepcopy(GOOD_NB)
    submission = services.submission_submit(
        submission=submission, draft=answer(exercise, **spec), language="nb"
    )
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    with django_capture_on_commit_callbacks(execute=True):
        grading.submission_grade(
            submission_id=submission.pk,
            instructor=instructor,
            scores=_all_scores(exercise, 3),
            comment="",
            decision="grade",
            confirmed_unchanged=True,
        )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_failed_grade_does_not_complete(exercise, learner, instructor):
    submission = _submitted(exercise, learner)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    graded = grading.submission_grade(
        submission_id=submission.pk,
        instructor=instructor,
        scores=_all_scores(exercise, 1),
        comment="Les tilbakemeldingen og prøv igjen.",
        decision="grade",
    )
    assert graded.passed is False and graded.score_percent == 33


def test_a_stale_claim_can_be_taken_over(exercise, learner, instructor):
    from datetime import timedelta

    from django.utils import timezone

    other = UserFactory(email="late-teacher@example.org")
    grading.instructor_assign(instructor=other, course=None)
    submission = _submitted(exercise, learner)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    Submission.objects.filter(pk=submission.pk).update(
        claimed_at=timezone.now() - grading.CLAIM_TIMEOUT - timedelta(minutes=1)
    )
    claimed = grading.submission_claim(submission_id=submission.pk, instructor=other)
    assert claimed.claimed_by == other
    assert AuditEvent.objects.filter(action="sandbox.claim_taken_over").exists()


def test_the_grade_e_mail_is_sent_once_even_if_the_task_runs_twice(
    exercise, learner, instructor, django_capture_on_commit_callbacks
):
    submission = _submitted(exercise, learner)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    with django_capture_on_commit_callbacks(execute=True):
        grading.submission_grade(
            submission_id=submission.pk,
            instructor=instructor,
            scores=_all_scores(exercise, 3),
            comment="",
            decision="grade",
            confirmed_unchanged=True,
        )
    grading.submission_notify_learner(submission_id=submission.pk, decision="grade")
    assert len(mail.outbox) == 1


def test_plain_text_grade_e_mails_are_not_html_escaped(
    exercise, learner, instructor, django_capture_on_commit_callbacks
):
    exercise.title = "Stillas & verktøy"
    exercise.save_revision().publish()
    submission = _submitted(exercise, learner)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)
    with django_capture_on_commit_callbacks(execute=True):
        grading.submission_grade(
            submission_id=submission.pk,
            instructor=instructor,
            scores=_all_scores(exercise, 1),
            comment="Se på «hvorfor»-kjeden & skriv <minst> fire ledd.",
            decision="return",
        )
    message = mail.outbox[0]
    assert "Stillas & verktøy" in message.subject
    assert "Stillas & verktøy" in message.body
    assert "& skriv <minst> fire ledd." in message.body
    assert "&amp;" not in message.body + message.subject
    # The HTML part stays escaped.
    assert "&amp; skriv &lt;minst&gt;" in message.alternatives[0][0]


def test_a_closed_case_does_not_stay_closed_when_its_effect_evaluation_is_removed(
    exercise, learner
):
    submission = services.submission_get_or_create(user=learner, exercise=exercise)
    draft = answer(exercise, **GOOD_NB)
    assert draft["case"]["status"] == "closed" and draft["case"]["effect_evaluation"]
    services.submission_autosave(submission=submission, draft=draft, version=None)
    emptied = copy.deepcopy(draft)
    emptied["case"]["effect_evaluation"] = ""
    saved = services.submission_autosave(
        submission=submission, draft=emptied, version=None
    )
    assert saved.draft["case"]["status"] == "evaluation"
    # Nor can it be submitted as closed without one.
    submitted = services.submission_submit(
        submission=saved, draft=emptied, language="nb"
    )
    assert submitted.answer["case"]["status"] == "evaluation"
    assert "case_not_closed" in [i["code"] for i in submitted.feedback]
