"""The statistics exercise: the learner's three conclusions for AMU and the feedback."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from . import amu
from .amu_models import StatisticsAnswer
from .lookup import company_or_404

POINTS = 3


class AmuForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, POINTS + 1):
            self.fields[f"conclusion{n}"] = forms.CharField(
                label=_("Conclusion %(n)s") % {"n": n},
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.fields[f"measure{n}"] = forms.CharField(
                label=_("Measure you propose (%(n)s)") % {"n": n},
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
            )

    def conclusions(self) -> list[dict]:
        return [
            {
                "conclusion": self.cleaned_data[f"conclusion{n}"],
                "measure": self.cleaned_data[f"measure{n}"],
            }
            for n in range(1, POINTS + 1)
        ]


def _company_with_key(request, slug):
    """The exercise exists only where the editor has written a key."""
    company = company_or_404(request, slug)
    if not company.key_points.exists():
        raise Http404
    return company


@login_required
def amu_exercise(request, slug):
    company = _company_with_key(request, slug)
    form = AmuForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        answer = amu.answer_submit(
            company=company,
            user=request.user,
            year=company.last_year,
            language=translation.get_language() or "nb",
            conclusions=form.conclusions(),
        )
        return redirect("avvik_sandbox:practice_amu_answer", company.slug, answer.pk)
    previous = StatisticsAnswer.objects.filter(company=company, user=request.user)[:5]
    return render(
        request,
        "avvik_sandbox/practice/amu_exercise.html",
        {
            "company": company,
            "form": form,
            "pairs": [
                (n, form[f"conclusion{n}"], form[f"measure{n}"])
                for n in range(1, POINTS + 1)
            ],
            "previous": previous,
        },
        status=400 if form.is_bound else 200,
    )


@require_safe
@login_required
def amu_answer(request, slug, answer_id):
    company = _company_with_key(request, slug)
    answer = get_object_or_404(
        StatisticsAnswer, pk=answer_id, company=company, user=request.user
    )
    return render(
        request,
        "avvik_sandbox/practice/amu_answer.html",
        {
            "company": company,
            "answer": answer,
            "evaluation": amu.answer_evaluation(answer),
        },
    )
