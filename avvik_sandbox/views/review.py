"""Reading an answer back: the learner's feedback pages (the instructor's queue and
rubric are in ``grading.py``)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from courses.models import LessonPage

from .. import selectors
from ..choices import CASE_STEPS
from ..feedback import render_feedback
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


def answer_view(exercise, answer: dict) -> dict:
    """The learner's answer arranged for reading, with fact numbers and texts."""
    from .. import choices
    from ..taxonomy import category_choices

    numbers = exercise.fact_numbers_by_id
    facts = {f["id"]: f for f in exercise.fact_list}
    labels = {
        "kind": dict(choices.LEARNER_FACT_KINDS),
        "responsible": dict(choices.RESPONSIBLE_PARTIES),
        "mto": dict(choices.MTO_TAGS),
        "type": dict(choices.REPORT_TYPES),
        "category": dict(category_choices()),
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
            "answer": answer_view(exercise, submission.answer),
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
