"""Instructors review the practice companies' pre-scored answers: the statistics
exercise for AMU and the risk assessment."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from ..choices import LEVELS
from ..practice import review
from .grading import require_instructor


def _require_practice_instructor(request):
    """Practice answers belong to no course: instructors of the open practice area
    review them (an instructor of one course does not read others' practice)."""
    scope = require_instructor(request)
    if not (scope.practice or scope.everything):
        raise PermissionDenied


QUEUE_SIZE = 50


class PracticeReviewForm(forms.Form):
    passed = forms.TypedChoiceField(
        label=gettext_lazy("Decision"),
        choices=[("yes", gettext_lazy("Passed")), ("no", gettext_lazy("Not passed"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment to the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for code, label, suggested in criteria:
            self.fields[f"level_{code}"] = forms.TypedChoiceField(
                label=label,
                choices=LEVELS,
                coerce=int,
                widget=forms.RadioSelect,
                help_text=_("Suggested by the pre-score: %(level)s")
                % {"level": suggested},
            )
        self.order_fields(
            [f"level_{c}" for c, _l, _s in criteria] + ["passed", "comment"]
        )

    def levels(self) -> dict[str, int]:
        return {
            code: self.cleaned_data[f"level_{code}"] for code, _l, _s in self.criteria
        }


@require_safe
@login_required
def practice_queue(request):
    _require_practice_instructor(request)
    show_all = request.GET.get("status") == "all"
    titles = {
        "statistics": gettext_lazy("Statistics for AMU"),
        "risk": gettext_lazy("Risk assessments"),
        "plan": gettext_lazy("Yearly HMS plans"),
    }
    sections = []
    for kind, model in review.KINDS.items():
        queryset = model.objects.select_related(
            "user", "exercise" if kind == "risk" else "company"
        ).order_by("-submitted_at")
        if not show_all:
            queryset = queryset.filter(reviewed_at__isnull=True)
        sections.append((kind, titles[kind], queryset[:QUEUE_SIZE]))
    return render(
        request,
        "avvik_sandbox/practice_queue.html",
        {"sections": sections, "show_all": show_all},
    )


@login_required
def practice_review(request, kind: str, answer_id: int):
    _require_practice_instructor(request)
    model = review.KINDS.get(kind)
    if model is None:
        raise Http404
    answer = get_object_or_404(model.objects.select_related("user"), pk=answer_id)
    criteria = review.criteria_for(answer)
    form = PracticeReviewForm(
        request.POST if request.method == "POST" else None, criteria=criteria
    )
    if request.method == "POST" and form.is_valid():
        review.review_save(
            answer=answer,
            instructor=request.user,
            levels=form.levels(),
            passed=form.cleaned_data["passed"],
            comment=form.cleaned_data["comment"],
        )
        messages.success(request, _("The review is saved and the learner can read it."))
        return redirect("avvik_sandbox:practice_queue")
    return render(
        request,
        "avvik_sandbox/practice_review.html",
        {"answer": answer, "kind": kind, "form": form},
        status=400 if form.is_bound else 200,
    )
