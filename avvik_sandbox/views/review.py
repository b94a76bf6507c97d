"""Reading an answer back: the learner's feedback pages, and the instructor's grading
queue and rubric."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from courses.models import LessonPage

from .. import selectors, services
from ..choices import CASE_STEPS
from ..feedback import render_checks, render_feedback
from ..grading_forms import GradingForm, QueueFilterForm
from ..models import Submission

HISTORY_LABELS = {
    "sandbox.submitted": gettext_lazy("submitted"),
    "sandbox.claimed": gettext_lazy("claimed for grading"),
    "sandbox.claim_taken_over": gettext_lazy("took over a stale claim"),
    "sandbox.released": gettext_lazy("released"),
    "sandbox.graded": gettext_lazy("graded"),
    "sandbox.regraded": gettext_lazy("regraded"),
    "sandbox.returned": gettext_lazy("returned for revision"),
}


def _answer_view(exercise, answer: dict) -> dict:
    """The learner's answer arranged for reading, with fact numbers and texts."""
    from .. import choices

    numbers = exercise.fact_numbers_by_id
    facts = {f["id"]: f for f in exercise.fact_list}
    labels = {
        "kind": dict(choices.LEARNER_FACT_KINDS),
        "responsible": dict(choices.RESPONSIBLE_PARTIES),
        "mto": dict(choices.MTO_TAGS),
        "type": dict(choices.REPORT_TYPES),
        "category": dict(choices.CATEGORIES),
        "severity": dict(choices.SEVERITIES),
        "action": dict(choices.ACTION_TYPES),
        "level": dict(choices.CONTROL_LEVELS),
        "informed": dict(choices.INFORMED_PARTIES),
        "case": dict(CASE_STEPS),
    }
    deviations = []
    for fact_id, entry in (answer.get("facts") or {}).items():
        if entry.get("kind") not in ("primary", "secondary") or fact_id not in facts:
            continue
        deviations.append(
            {
                "fact": facts[fact_id],
                "kind": labels["kind"].get(entry["kind"]),
                "text": entry.get("text"),
                "requirement": entry.get("requirement"),
                "responsible": labels["responsible"].get(entry.get("responsible"), ""),
                "mto": entry.get("mto"),
                "whys": (answer.get("whys") or {}).get(fact_id, []),
            }
        )
    deviations.sort(key=lambda d: d["fact"]["number"])
    report = answer.get("report") or {}
    case = answer.get("case") or {}
    return {
        "event": sorted(numbers[f] for f in answer.get("event", []) if f in numbers),
        "deviations": deviations,
        "report": {
            **report,
            "type_label": labels["type"].get(report.get("type"), ""),
            "category_label": labels["category"].get(report.get("category"), ""),
            "actual_label": labels["severity"].get(report.get("severity_actual"), ""),
            "potential_label": labels["severity"].get(
                report.get("severity_potential"), ""
            ),
        },
        "actions": [
            {
                **a,
                "type_label": labels["action"].get(a.get("type"), ""),
                "level_label": labels["level"].get(a.get("control_level"), ""),
                "fact_number": numbers.get(a.get("deviation")),
            }
            for a in answer.get("actions") or []
        ],
        "case": {
            "status_label": labels["case"].get(case.get("status"), ""),
            "effect_evaluation": case.get("effect_evaluation"),
            "informed": [
                labels["informed"].get(p, p) for p in case.get("informed", [])
            ],
        },
    }


@require_safe
@login_required
def submission_detail(request, pk: int):
    """Feedback and grade for the learner; instructors of the course may look too."""
    submission = get_object_or_404(
        Submission.objects.select_related("exercise", "course", "graded_by"), pk=pk
    )
    if not selectors.submission_visible_to(user=request.user, submission=submission):
        raise Http404
    exercise = selectors.exercise_in_language(
        exercise=submission.exercise.specific,
        language=translation.get_language() or "nb",
    )
    scores = list(submission.scores.all().order_by("id"))
    titles = {c["id"]: c["title"] for c in exercise.criteria}
    for score in scores:
        score.display_title = titles.get(score.criterion_id, score.title)
    return render(
        request,
        "avvik_sandbox/submission_detail.html",
        {
            "submission": submission,
            "exercise": exercise,
            "feedback": render_feedback(submission.feedback, exercise),
            "answer": _answer_view(exercise, submission.answer),
            "scores": scores,
            "is_owner": submission.user_id == request.user.pk,
            "revise_url": _revise_url(submission, exercise),
        },
    )


def _revise_url(submission, exercise) -> str:
    if submission.lesson_key:
        lesson = (
            LessonPage.objects.live()
            .filter(translation_key=submission.lesson_key)
            .first()
        )
        if lesson:
            return f"{exercise.url}?lesson={lesson.pk}"
    return exercise.url


@require_safe
@login_required
def my_submissions(request):
    return render(
        request,
        "avvik_sandbox/my_submissions.html",
        {"submissions": selectors.learner_submissions(user=request.user)},
    )


def _require_instructor(request):
    scope = selectors.grading_scope(user=request.user)
    if not scope.is_instructor:
        raise PermissionDenied
    return scope


@require_safe
@login_required
def grading_queue(request):
    _require_instructor(request)
    language = translation.get_language() or "nb"
    form = QueueFilterForm(
        request.GET or None,
        courses=selectors.instructor_courses(user=request.user, language=language),
        exercises=selectors.queue_exercises(user=request.user, language=language),
    )
    course = exercise = status = ""
    if form.is_bound and form.is_valid():
        course = form.cleaned_data["course"]
        exercise = form.cleaned_data["exercise"]
        status = form.cleaned_data["status"]
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
    )
    page = Paginator(queue, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "avvik_sandbox/grading_queue.html",
        {"form": form, "page_obj": page, "query": query.urlencode()},
    )


@login_required
def grading_detail(request, pk: int):
    scope = _require_instructor(request)
    submission = get_object_or_404(
        Submission.objects.select_related("exercise", "user", "course", "claimed_by"),
        pk=pk,
    )
    if not scope.allows(submission) or submission.status == Submission.Status.DRAFT:
        raise Http404
    exercise = submission.exercise.specific
    prescore = (submission.prescore or {}).get("criteria", {})
    existing = {s.criterion_id: s for s in submission.scores.all()}
    form = None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "claim":
                services.submission_claim(submission_id=pk, instructor=request.user)
                messages.success(request, _("You are now grading this submission."))
                return redirect("avvik_sandbox:grading_detail", pk=pk)
            if action == "release":
                services.submission_release(submission_id=pk, instructor=request.user)
                messages.info(request, _("Released. Another instructor can take it."))
                return redirect("avvik_sandbox:grading_queue")
            if action == "grade":
                form = GradingForm(request.POST, criteria=exercise.criteria)
                if form.is_valid():
                    graded = services.submission_grade(
                        submission_id=pk,
                        instructor=request.user,
                        scores=form.scores(),
                        comment=form.cleaned_data["comment"],
                        decision=form.cleaned_data["decision"],
                    )
                    if graded.status == Submission.Status.RETURNED:
                        messages.success(
                            request, _("Returned to the learner for revision.")
                        )
                    else:
                        messages.success(
                            request,
                            _("Graded: %(percent)s %% – %(result)s.")
                            % {
                                "percent": graded.score_percent,
                                "result": _("passed")
                                if graded.passed
                                else _("not passed"),
                            },
                        )
                    return redirect("avvik_sandbox:grading_queue")
                messages.error(request, _("Score every criterion. See below."))
        except services.SandboxError as error:
            messages.error(request, str(error))
            if form is None:
                return redirect("avvik_sandbox:grading_detail", pk=pk)
        submission.refresh_from_db()
    if form is None:
        initial = {"comment": submission.comment}
        for criterion in exercise.criteria:
            cid = criterion["id"]
            # An earlier grade is shown again; the pre-score is not: the instructor
            # chooses every level (a pre-selected form graded 100 % in one click).
            if cid in existing:
                initial[f"score_{cid}"] = str(existing[cid].score)
                initial[f"comment_{cid}"] = existing[cid].comment
        form = GradingForm(initial=initial, criteria=exercise.criteria)
    rows = form.rows(prescore)
    for row in rows:
        row["checks"] = render_checks(row["suggested"].get("checks", []))
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
            "answer": _answer_view(exercise, submission.answer),
            "feedback": render_feedback(submission.feedback, exercise),
            "prescore_percent": (submission.prescore or {}).get("percent"),
            "claimed_by_me": submission.claimed_by_id == request.user.pk,
            "history": history,
        },
    )
