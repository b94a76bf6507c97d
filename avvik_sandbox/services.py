"""The learner's writes: drafts, the case routine and submitting (the instructor's
claims and grades are in ``instructor.py``)."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record

from .exceptions import DraftConflict, SandboxError
from .models import ExercisePage, Submission
from .scoring import evaluate


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
            "below_minimum": evaluation.below_minimum,
        }
        locked.unsure_criteria = evaluation.unsure
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
