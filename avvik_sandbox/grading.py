"""The instructor's writes: assignments, claiming and releasing a submission, grading
it (every change audited), and the learner's e-mail about the grade, sent once."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.outbox import outbox_enqueue

from .exceptions import ClaimConflict, NeedsConfirmation, SandboxError
from .models import CriterionScore, InstructorAssignment, Submission
from .scoring import rubric_passes, weighted_percent

# A claim older than this may be taken over by another instructor.
CLAIM_TIMEOUT = timedelta(hours=4)


def instructor_assign(*, instructor, course=None) -> InstructorAssignment:
    course_key = course.translation_key if course else None
    assignment = InstructorAssignment.objects.filter(
        instructor=instructor, course_key=course_key
    ).first()
    return assignment or InstructorAssignment.objects.create(
        instructor=instructor, course=course
    )


def submission_claim(*, submission_id: int, instructor) -> Submission:
    """Take a submission for grading. Two instructors never hold the same one."""
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission_id)
        if locked.status in (Submission.Status.DRAFT, Submission.Status.RETURNED):
            raise SandboxError(_("This submission is not waiting for grading."))
        now = timezone.now()
        stale = locked.claimed_at and now - locked.claimed_at > CLAIM_TIMEOUT
        if locked.claimed_by_id and locked.claimed_by_id != instructor.pk:
            if not stale:
                raise ClaimConflict(
                    _("%(name)s is already grading this submission.")
                    % {"name": locked.claimed_by}
                )
            # A claim left for hours would block the learner: take it over, on record.
            audit_record(
                actor=instructor,
                action="sandbox.claim_taken_over",
                target=locked,
                previous=locked.claimed_by_id,
            )
        if locked.claimed_by_id == instructor.pk:
            return locked
        locked.claimed_by = instructor
        locked.claimed_at = now
        if locked.status == Submission.Status.SUBMITTED:
            locked.status = Submission.Status.IN_GRADING
        locked.save(update_fields=["claimed_by", "claimed_at", "status"])
        audit_record(actor=instructor, action="sandbox.claimed", target=locked)
    return locked


def submission_release(*, submission_id: int, instructor) -> Submission:
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission_id)
        if locked.claimed_by_id != instructor.pk:
            raise SandboxError(_("You are not grading this submission."))
        locked.claimed_by = None
        locked.claimed_at = None
        if locked.status == Submission.Status.IN_GRADING:
            locked.status = Submission.Status.SUBMITTED
        locked.save(update_fields=["claimed_by", "claimed_at", "status"])
        audit_record(actor=instructor, action="sandbox.released", target=locked)
    return locked


def submission_grade(
    *,
    submission_id: int,
    instructor,
    scores: dict[str, tuple[int, str]],
    comment: str,
    decision: str,
    confirmed_unchanged: bool = False,
) -> Submission:
    """Score each criterion; ``decision`` is "grade" (pass/fail by the threshold and
    each criterion's minimum) or "return".

    A grade that takes every suggestion unchanged needs ``confirmed_unchanged`` and is
    recorded as such; returning or failing an answer needs a comment for the learner.
    Every change is written to the audit log with old and new values, so a regrade
    shows who changed what and when.
    """
    if decision not in ("grade", "return"):
        raise SandboxError(_("Unknown decision."))
    with transaction.atomic():
        locked = (
            Submission.objects.select_for_update()
            .select_related("exercise")
            .get(pk=submission_id)
        )
        if locked.claimed_by_id != instructor.pk:
            raise ClaimConflict(_("Claim the submission before you grade it."))
        criteria = locked.exercise.criteria
        _check_scores(criteria, scores)
        levels = {cid: value[0] for cid, value in scores.items()}
        passes = rubric_passes(criteria, levels, locked.exercise.pass_threshold)
        if not comment.strip() and (decision == "return" or not passes):
            raise SandboxError(
                _("Write a comment to the learner: say what to improve.")
            )
        unchanged = _all_suggestions(locked, criteria, levels)
        if unchanged and not confirmed_unchanged:
            raise NeedsConfirmation(
                _(
                    "Every level is the pre-score's suggestion. Confirm that you read "
                    "the answer and agree with each one."
                )
            )
        now = timezone.now()
        changes = _criterion_scores_save(locked, criteria, scores, now)
        percent = weighted_percent(
            criteria, {cid: value[0] for cid, value in scores.items()}
        )
        before = {
            "status": locked.status,
            "percent": locked.score_percent,
            "passed": locked.passed,
        }
        action = _decide(locked, decision, percent, passes, instructor, comment, now)
        audit_record(
            actor=instructor,
            action=action,
            target=locked,
            changes=changes,
            before=before,
            after={
                "status": locked.status,
                "percent": percent,
                "passed": locked.passed,
            },
            comment=comment,
            accepted_all_suggestions=unchanged,
        )
        # The learner's e-mail and a completion the pass allows commit with the grade.
        outbox_enqueue(
            job="sandbox.submission_notify",
            payload={"submission_id": locked.pk, "decision": decision},
            key=f"graded:{locked.pk}:{locked.graded_at.isoformat()}",
        )
        _completion_after_pass(locked)
    return locked


def _check_scores(criteria: list[dict], scores: dict) -> None:
    missing = [c["title"] for c in criteria if c["id"] not in scores]
    if missing:
        raise SandboxError(
            _("Score every criterion: %(missing)s") % {"missing": ", ".join(missing)}
        )
    if any(scores[c["id"]][0] not in (0, 1, 2, 3) for c in criteria):
        raise SandboxError(_("Scores are 0, 1, 2 or 3."))


def _criterion_scores_save(locked, criteria, scores, now) -> dict:
    """Write each criterion's score; {title: [old, new]} for those that changed."""
    previous = {s.criterion_id: s for s in locked.scores.all()}
    suggested = (locked.prescore or {}).get("criteria", {})
    changes = {}
    for criterion in criteria:
        score, text = scores[criterion["id"]]
        old = previous.get(criterion["id"])
        if old is None:
            CriterionScore.objects.create(
                submission=locked,
                criterion_id=criterion["id"],
                title=criterion["title"],
                weight=criterion["weight"],
                score=score,
                suggested=(suggested.get(criterion["id"]) or {}).get("score"),
                comment=text,
                updated_at=now,
            )
            changes[criterion["title"]] = [None, score]
        elif old.score != score or old.comment != text:
            changes[criterion["title"]] = [old.score, score]
            old.score, old.comment, old.updated_at = score, text, now
            old.weight, old.title = criterion["weight"], criterion["title"]
            old.save(
                update_fields=["score", "comment", "updated_at", "weight", "title"]
            )
    return changes


def _all_suggestions(locked, criteria, levels) -> bool:
    suggested = (locked.prescore or {}).get("criteria", {})
    return all(
        (suggested.get(c["id"]) or {}).get("score") is not None
        and suggested[c["id"]]["score"] == levels[c["id"]]
        for c in criteria
    )


def _decide(locked, decision, percent, passes, instructor, comment, now) -> str:
    """Record the grade (or the return) on the submission; the audit action's name."""
    was_graded = locked.status == Submission.Status.GRADED
    locked.score_percent = percent
    locked.comment = comment
    locked.graded_by = instructor
    locked.graded_at = now
    locked.claimed_by = None
    locked.claimed_at = None
    if decision == "return":
        locked.status = Submission.Status.RETURNED
        locked.passed = None
        action = "sandbox.returned"
    else:
        locked.status = Submission.Status.GRADED
        locked.passed = passes
        action = "sandbox.regraded" if was_graded else "sandbox.graded"
    locked.save()
    return action


def _completion_after_pass(submission: Submission) -> None:
    if submission.passed and submission.course_key:
        from lms.models import Enrolment
        from lms.services import enrolment_check_completion

        enrolment = Enrolment.objects.filter(
            user_id=submission.user_id, course_key=submission.course_key
        ).first()
        if enrolment:
            enrolment_check_completion(enrolment=enrolment)


def submission_notify_learner(*, submission_id: int, decision: str) -> None:
    """E-mail the learner about a grade or a return, in their language; once each."""
    submission = Submission.objects.select_related("user", "exercise").get(
        pk=submission_id
    )
    if submission.graded_at is None:
        return
    # Claim this notification before sending, so a retried task does not send twice;
    # release the claim if sending fails so that the retry does send.
    claimed = (
        Submission.objects.filter(pk=submission.pk)
        .exclude(notified_for=submission.graded_at)
        .update(notified_for=submission.graded_at)
    )
    if not claimed:
        return
    try:
        _send_grade_email(submission, decision)
    except Exception:
        Submission.objects.filter(pk=submission.pk).update(notified_for=None)
        raise


def _send_grade_email(submission: Submission, decision: str) -> None:
    from django.urls import reverse
    from django.utils import translation

    from lms.site.emails import email_send

    from .selectors import exercise_in_language

    user = submission.user
    language = user.preferred_language or "nb"
    exercise = exercise_in_language(exercise=submission.exercise, language=language)
    with translation.override(language):
        path = reverse("avvik_sandbox:submission", args=[submission.pk])
    email_send(
        to=user.email,
        template="exercise_returned" if decision == "return" else "exercise_graded",
        context={
            "user": user,
            "submission": submission,
            "exercise_title": exercise.title,
            "submission_path": path,
        },
        language=language,
    )
