"""The risk-assessment exercise page and the feedback on an answer."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .. import choices as sandbox_choices
from . import risk
from .risk_models import RiskAnswer, RiskExercise

ROWS = 6


class RiskRowForm(forms.Form):
    hazard = forms.CharField(
        label=_("What can go wrong"), max_length=300, required=False
    )
    probability = forms.TypedChoiceField(
        label=_("Probability"), coerce=int, required=False
    )
    consequence = forms.TypedChoiceField(
        label=_("Consequence"), coerce=int, required=False
    )
    measure = forms.CharField(label=_("Measure"), max_length=300, required=False)
    level = forms.ChoiceField(
        label=_("Level of control"),
        choices=[("", "–"), *sandbox_choices.CONTROL_LEVELS],
        required=False,
    )
    owner = forms.CharField(label=_("Responsible"), max_length=120, required=False)
    deadline = forms.DateField(
        label=_("Deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    check = forms.CharField(
        label=_("How the effect is checked"), max_length=300, required=False
    )

    def __init__(self, *args, scale, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("probability", "consequence"):
            self.fields[name].choices = [("", "–")] + [(n, str(n)) for n in scale]

    def clean(self):
        data = super().clean()
        if data.get("hazard") and not (
            data.get("probability") and data.get("consequence")
        ):
            raise forms.ValidationError(
                _("Place the hazard in the matrix: choose probability and consequence.")
            )
        return data


RiskFormSet = forms.formset_factory(RiskRowForm, extra=ROWS, max_num=ROWS)


def _exercise(request, slug) -> RiskExercise:
    exercise = get_object_or_404(
        RiskExercise.objects.select_related("company"), slug=slug
    )
    if not exercise.live and not request.user.has_perm(
        "avvik_sandbox.change_riskexercise"
    ):
        raise Http404
    return exercise


def _rows(formset) -> list[dict]:
    rows = []
    for form in formset:
        data = form.cleaned_data
        if data.get("hazard"):
            rows.append(
                {
                    **data,
                    "deadline": data["deadline"].isoformat()
                    if data.get("deadline")
                    else "",
                }
            )
    return rows


@login_required
def risk_exercise(request, slug):
    exercise = _exercise(request, slug)
    kwargs = {"form_kwargs": {"scale": exercise.scale}}
    formset = RiskFormSet(request.POST if request.method == "POST" else None, **kwargs)
    if request.method == "POST" and formset.is_valid():
        rows = _rows(formset)
        if rows:
            answer = risk.answer_submit(
                exercise=exercise,
                user=request.user,
                language=translation.get_language() or "nb",
                rows=rows,
            )
            return redirect("avvik_sandbox:risk_answer", exercise.slug, answer.pk)
        formset.non_form_errors().append(_("Name at least one hazard."))
    return render(
        request,
        "avvik_sandbox/practice/risk_exercise.html",
        {
            "exercise": exercise,
            "formset": formset,
            "empty_matrix": risk.matrix(exercise=exercise, rows=[]),
            "previous": RiskAnswer.objects.filter(exercise=exercise, user=request.user)[
                :5
            ],
        },
        status=400 if formset.is_bound else 200,
    )


@require_safe
@login_required
def risk_answer(request, slug, answer_id):
    exercise = _exercise(request, slug)
    answer = get_object_or_404(
        RiskAnswer, pk=answer_id, exercise=exercise, user=request.user
    )
    evaluation = risk.evaluate(
        exercise=exercise, rows=answer.rows, language=answer.language
    )
    return render(
        request,
        "avvik_sandbox/practice/risk_answer.html",
        {
            "exercise": exercise,
            "answer": answer,
            "evaluation": evaluation,
            "matrix": risk.matrix(exercise=exercise, rows=answer.rows),
        },
    )
