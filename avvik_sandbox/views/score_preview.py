"""The author's scoring preview (Wagtail admin): type a sample answer against the
exercise's latest draft and see the pre-score, its confidence and the learner's
feedback, before publishing. Nothing is saved; the POST only computes."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.views.decorators.http import require_http_methods

from ..feedback import UNSURE_REASONS, render_checks, render_feedback
from ..forms import WorkspaceForm
from ..models import ExercisePage
from ..scoring import evaluate

SAMPLE_ACTION_ROWS = 3


@require_http_methods(["GET", "POST"])
def score_preview(request, page_id: int):
    page = get_object_or_404(ExercisePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    # The draft the author is writing, not only what learners see now.
    exercise = page.get_latest_revision_as_object()
    language = page.locale.language_code
    result = None
    if request.method == "POST":
        form = WorkspaceForm(request.POST, exercise=exercise)
        if form.is_valid():
            result = _scored(exercise, form.to_draft(), language)
    else:
        form = WorkspaceForm(exercise=exercise, action_rows=SAMPLE_ACTION_ROWS)
    return render(
        request,
        "avvik_sandbox/admin/score_preview.html",
        {"page": page, "exercise": exercise, "form": form, "result": result},
    )


def _scored(exercise, draft: dict, language: str) -> dict:
    evaluation = evaluate(exercise, draft, language)
    rows = []
    for criterion in exercise.criteria:
        suggested = evaluation.prescore.get(criterion["id"]) or {}
        reason = suggested.get("unsure")
        rows.append(
            {
                "criterion": criterion,
                "score": suggested.get("score"),
                "unsure": str(UNSURE_REASONS.get(reason, "")) if reason else "",
                "checks": render_checks(suggested.get("checks", [])),
                "matched": suggested.get("matched", []),
                "missed": suggested.get("missed", []),
            }
        )
    # The learner reads the feedback in the exercise's language.
    with translation.override(language):
        feedback = render_feedback(evaluation.feedback, exercise)
    return {
        "rows": rows,
        "percent": evaluation.percent,
        "passes": evaluation.passes(exercise.pass_threshold),
        "below_minimum": evaluation.below_minimum,
        "feedback": feedback,
        "language": language,
    }
