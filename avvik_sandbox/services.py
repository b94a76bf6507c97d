"""Writes of sandbox state: drafts, the case routine, submissions, claims and grades."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.outbox import outbox_enqueue
from lms.services import audit_record

from .models import CriterionScore, ExercisePage, InstructorAssignment, Submission
from .scoring import evaluate, weighted_percent

# A claim older than this may be taken over by another instructor.
CLAIM_TIMEOUT = timedelta(hours=4)


class SandboxError(Exception):
    """Something the user asked for that cannot be done; the message is shown."""


class DraftConflict(SandboxError):
    """The draft was saved elsewhere (another tab or device) since this copy loaded."""


class ClaimConflict(SandboxError):
    """Another instructor is grading this submission."""


def _draft_conflict() -> DraftConflict:
    return DraftConflict(
        _(
            "This answer was changed in another window or on another device. "
            "Reload the page to get the latest version."
        )
    )


def submission_get_or_create(
    *, user, exercise: ExercisePage, course=None, lesson=None
) -> Submission:
    """The learner's submission for this exercise in this context; idempotent."""
    course_key = course.translation_key if course else None
    existing = Submission.objects.filter(
        user=user, exercise_key=exercise.translation_key, course_key=course_key
    ).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Submission.objects.create(
                user=user,
                exercise=exercise,
                exercise_key=exercise.translation_key,
                course=course,
                course_key=course_key,
                lesson_key=lesson.translation_key if lesson else None,
            )
    except IntegrityError:
        return Submission.objects.get(
            user=user, exercise_key=exercise.translation_key, course_key=course_key
        )


def submission_autosave(
    *, submission: Submission, draft: dict, version: int | None, exercise=None
) -> Submission:
    """Store the workspace draft; refuse if it changed elsewhere since ``version``."""
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if not locked.is_editable:
            raise SandboxError(
                _("This answer has been submitted and can no longer be changed.")
            )
        if version is not None and version != locked.version:
            raise _draft_conflict()
        locked.draft = case_settle(draft=draft)
        locked.version += 1
        locked.updated_at = timezone.now()
        if exercise is not None:
            locked.exercise = exercise
        locked.save(update_fields=["draft", "version", "updated_at", "exercise"])
    return locked


CASE_FLOW = ["registered", "processing", "analysis", "actions", "evaluation", "closed"]


def _closing_refused(case: dict) -> str | None:
    """Why the case may not be closed (no effect evaluation, nobody informed), or None."""
    if not (case.get("effect_evaluation") or "").strip():
        return _(
            "A case cannot be closed without an effect evaluation. Describe "
            "how you checked that the actions worked."
        )
    if not case.get("informed"):
        return _("Say who has been informed before closing the case.")
    return None


def case_advance(*, draft: dict) -> dict:
    """Move the practice case one step along the routine, if its content allows it.

    Closing without an effect evaluation is refused, as in the vendors' systems.
    """
    case = dict(draft.get("case") or {})
    current = case.get("status") or "registered"
    if current == "closed":
        raise SandboxError(_("The case is already closed."))
    target = CASE_FLOW[CASE_FLOW.index(current) + 1]
    report = draft.get("report") or {}
    facts = draft.get("facts") or {}
    primaries = [f for f, e in facts.items() if e.get("kind") == "primary"]
    whys = draft.get("whys") or {}
    actions = [a for a in draft.get("actions") or [] if a.get("description")]
    if target == "processing" and not report.get("type"):
        raise SandboxError(_("Register the report first: choose its type (step 4)."))
    if target == "analysis" and not any(
        e.get("kind") in ("primary", "secondary") for e in facts.values()
    ):
        raise SandboxError(
            _("Mark at least one deviation (step 2) before the analysis.")
        )
    if target == "actions" and not all(
        any(w.get("text") for w in whys.get(f, [])) for f in primaries
    ):
        raise SandboxError(
            _("Write a why-chain for every primary deviation (step 3) first.")
        )
    if target == "evaluation" and not actions:
        raise SandboxError(_("Add at least one action (step 5) first."))
    if target == "closed":
        refused = _closing_refused(case)
        if refused:
            raise SandboxError(refused)
    case["status"] = target
    case["log"] = [
        *case.get("log", []),
        {"status": target, "at": timezone.now().isoformat(timespec="seconds")},
    ]
    return {**draft, "case": case}


def case_settle(*, draft: dict) -> dict:
    """Reopen a closed case whose effect evaluation (or who is informed) was removed.

    A case may not be closed without them; the learner can still edit the fields after
    closing, so the rule is checked again whenever the draft is stored.
    """
    case = dict(draft.get("case") or {})
    if case.get("status") != "closed" or not _closing_refused(case):
        return draft
    case["status"] = "evaluation"
    case["log"] = [
        *case.get("log", []),
        {"status": "evaluation", "at": timezone.now().isoformat(timespec="seconds")},
    ]
    return {**draft, "case": case}


def submission_submit(
    *,
    submission: Submission,
    draft: dict,
    language: str,
    exercise=None,
    version: int | None = None,
) -> Submission:
    """Freeze the answer, give immediate feedback and a pre-score, queue for grading.

    With ``version``, refuse like autosave if the draft was saved elsewhere since.
    """
    with transaction.atomic():
        locked = (
            Submission.objects.select_for_update()
            .select_related("exercise")
            .get(pk=submission.pk)
        )
        if not locked.is_editable:
            raise SandboxError(_("This answer has already been submitted."))
        if version is not None and version != locked.version:
            raise _draft_conflict()
        exercise = exercise or locked.exercise
        draft = case_settle(draft=draft)
        evaluation = evaluate(exercise, draft, language)
        now = timezone.now()
        locked.exercise = exercise
        locked.draft = draft
        locked.answer = {**draft, "language": language}
        locked.feedback = evaluation.feedback
        locked.prescore = {
            "criteria": evaluation.prescore,
            "percent": evaluation.percent,
        }
        locked.status = Submission.Status.SUBMITTED
        locked.submitted_at = now
        locked.updated_at = now
        locked.version += 1
        locked.attempt += 1
        locked.claimed_by = None
        locked.claimed_at = None
        locked.save()
        audit_record(
            actor=locked.user,
            action="sandbox.submitted",
            target=locked,
            attempt=locked.attempt,
            prescore=evaluation.percent,
        )
    return locked


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
) -> Submission:
    """Score each criterion; ``decision`` is "grade" (pass/fail by threshold) or "return".

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
        exercise = locked.exercise
        criteria = exercise.criteria
        missing = [c["title"] for c in criteria if c["id"] not in scores]
        if missing:
            raise SandboxError(
                _("Score every criterion: %(missing)s")
                % {"missing": ", ".join(missing)}
            )
        previous = {s.criterion_id: s for s in locked.scores.all()}
        suggested = (locked.prescore or {}).get("criteria", {})
        changes = {}
        now = timezone.now()
        for criterion in criteria:
            score, text = scores[criterion["id"]]
            if score not in (0, 1, 2, 3):
                raise SandboxError(_("Scores are 0, 1, 2 or 3."))
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
        percent = weighted_percent(
            criteria, {cid: value[0] for cid, value in scores.items()}
        )
        was_graded = locked.status == Submission.Status.GRADED
        old_state = {
            "status": locked.status,
            "percent": locked.score_percent,
            "passed": locked.passed,
        }
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
            locked.passed = percent >= exercise.pass_threshold
            action = "sandbox.regraded" if was_graded else "sandbox.graded"
        locked.save()
        audit_record(
            actor=instructor,
            action=action,
            target=locked,
            changes=changes,
            before=old_state,
            after={
                "status": locked.status,
                "percent": percent,
                "passed": locked.passed,
            },
            comment=comment,
        )
        # The learner's e-mail and a completion the pass allows commit with the grade.
        outbox_enqueue(
            job="sandbox.submission_notify",
            payload={"submission_id": locked.pk, "decision": decision},
            key=f"graded:{locked.pk}:{locked.graded_at.isoformat()}",
        )
        _completion_after_pass(locked)
    return locked


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

    from lms.emails import email_send

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


def exercise_completion_unmet(enrolment, lessons) -> list[str]:
    """Completion check: every required exercise in the course graded as passed."""
    from .selectors import required_exercises

    unmet = []
    required = required_exercises(lessons=lessons)
    if not required:
        return unmet
    passed = set(
        Submission.objects.filter(
            user_id=enrolment.user_id,
            course_key=enrolment.course_key,
            status=Submission.Status.GRADED,
            passed=True,
        ).values_list("exercise_key", flat=True)
    )
    for exercise in required:
        if exercise.translation_key not in passed:
            unmet.append(
                _("Exercise not passed yet: %(title)s") % {"title": exercise.title}
            )
    return unmet
