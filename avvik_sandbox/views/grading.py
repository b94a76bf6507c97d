"""The instructor's side: the grading queue, the rubric page, and its three actions
(claim, release, grade), each with a URL of its own."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from .. import exceptions, grading, selectors
from ..feedback import UNSURE_REASONS, render_checks, render_feedback
from ..grading_forms import GradingForm, QueueFilterForm
from ..models import Submission
from .review import HISTORY_LABELS, answer_view


def require_instructor(request):
    scope = selectors.grading_scope(user=request.user)
    if not scope.is_instructor:
        raise PermissionDenied
    return scope


@require_safe
@login_required
def grading_queue(request):
    require_instructor(request)
    language = translation.get_language() or "nb"
    form = QueueFilterForm(
        request.GET or None,
        courses=selectors.instructor_courses(user=request.user, language=language),
        exercises=selectors.queue_exercises(user=request.user, language=language),
    )
    course = exercise = status = order = ""
    if form.is_bound and form.is_valid():
        course = form.cleaned_data["course"]
        exercise = form.cleaned_data["exercise"]
        status = form.cleaned_data["status"]
        order = form.cleaned_data["order"]
    if status == "all":
        statuses = None
    elif status:
        statuses = [status]
    else:
        statuses = [Submission.Status.SUBMITTED, Submission.Status.IN_GRADING]
    queue = selectors.grading_queue(
        user=request.user,
        course_key=course if course not in ("", "practice") else None,
        practice_only=course == "practice",
        exercise_key=exercise or None,
        statuses=statuses,
        unsure_first=order == "unsure",
    )
    page = selectors.grading_queue_page(
        queue=queue, page=request.GET.get("page"), per_page=25
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "avvik_sandbox/grading_queue.html",
        {"form": form, "page_obj": page, "query": query.urlencode()},
    )


def _gradable(request, pk: int) -> Submission:
    """A submitted answer this instructor may grade, or 403/404."""
    scope = require_instructor(request)
    submission = get_object_or_404(
        Submission.objects.select_related("exercise", "user", "course", "claimed_by"),
        pk=pk,
    )
    if not scope.allows(submission) or submission.status == Submission.Status.DRAFT:
        raise Http404
    return submission


@require_safe
@login_required
def grading_detail(request, pk: int):
    return _rubric_page(request, _gradable(request, pk), form=None)


def _suggested(submission: Submission) -> dict:
    return (submission.prescore or {}).get("criteria", {})


def _rubric_page(request, submission: Submission, *, form, confirm=False):
    exercise = submission.exercise.specific
    if form is None:
        existing = {s.criterion_id: s for s in submission.scores.all()}
        initial = {"comment": submission.comment}
        for criterion in exercise.criteria:
            cid = criterion["id"]
            # An earlier grade is shown again; the pre-score is not: the instructor
            # chooses every level (a pre-selected form graded 100 % in one click).
            if cid in existing:
                initial[f"score_{cid}"] = str(existing[cid].score)
                initial[f"comment_{cid}"] = existing[cid].comment
        form = GradingForm(
            initial=initial,
            criteria=exercise.criteria,
            suggested=_suggested(submission),
        )
    rows = form.rows(_suggested(submission))
    for row in rows:
        row["checks"] = render_checks(row["suggested"].get("checks", []))
        reason = row["suggested"].get("unsure")
        row["unsure_reason"] = str(UNSURE_REASONS.get(reason, "")) if reason else ""
    history = list(selectors.grade_history(submission=submission))
    for event in history:
        event.label = HISTORY_LABELS.get(event.action, event.action)
    return render(
        request,
        "avvik_sandbox/grading_detail.html",
        {
            "submission": submission,
            "exercise": exercise,
            "form": form,
            "rows": rows,
            "answer": answer_view(exercise, submission.answer),
            "feedback": render_feedback(submission.feedback, exercise),
            "prescore_percent": (submission.prescore or {}).get("percent"),
            "claimed_by_me": submission.claimed_by_id == request.user.pk,
            "history": history,
            "confirm": confirm,
        },
    )


@require_POST
@login_required
def grading_claim(request, pk: int):
    _gradable(request, pk)
    try:
        grading.submission_claim(submission_id=pk, instructor=request.user)
    except exceptions.SandboxError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("You are now grading this submission."))
    return redirect("avvik_sandbox:grading_detail", pk=pk)


@require_POST
@login_required
def grading_release(request, pk: int):
    _gradable(request, pk)
    try:
        grading.submission_release(submission_id=pk, instructor=request.user)
    except exceptions.SandboxError as error:
        messages.error(request, str(error))
        return redirect("avvik_sandbox:grading_detail", pk=pk)
    messages.info(request, _("Released. Another instructor can take it."))
    return redirect("avvik_sandbox:grading_queue")


@require_POST
@login_required
def grading_grade(request, pk: int):
    submission = _gradable(request, pk)
    form = GradingForm(
        request.POST,
        criteria=submission.exercise.specific.criteria,
        suggested=_suggested(submission),
    )
    if not form.is_valid():
        messages.error(request, _("Score every criterion. See below."))
        return _rubric_page(request, submission, form=form)
    try:
        graded = grading.submission_grade(
            submission_id=pk,
            instructor=request.user,
            scores=form.scores(),
            comment=form.cleaned_data["comment"],
            decision=form.cleaned_data["decision"],
            confirmed_unchanged=form.cleaned_data["confirm_unchanged"],
        )
    except exceptions.NeedsConfirmation as question:
        messages.warning(request, str(question))
        return _rubric_page(request, submission, form=form, confirm=True)
    except exceptions.SandboxError as error:
        messages.error(request, str(error))
        submission.refresh_from_db()
        return _rubric_page(request, submission, form=form)
    if graded.status == Submission.Status.RETURNED:
        messages.success(request, _("Returned to the learner for revision."))
    else:
        messages.success(
            request,
            _("Graded: %(percent)s %% – %(result)s.")
            % {
                "percent": graded.score_percent,
                "result": _("passed") if graded.passed else _("not passed"),
            },
        )
    return redirect("avvik_sandbox:grading_queue")
