"""The yearly HMS plan: the learner's goals, tasks and year-end review, and feedback."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from . import plan
from .lookup import company_or_404
from .plan_models import HmsPlan

GOALS, TASKS = 3, 5


class PlanForm(forms.Form):
    review = forms.CharField(
        label=gettext_lazy("Year-end review"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Imagine the year has passed: what worked, what did not, and what you "
            "change next year?"
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, GOALS + 1):
            self.fields[f"goal{n}"] = forms.CharField(
                label=gettext_lazy("Goal %(n)s") % {"n": n},
                max_length=300,
                required=n == 1,
            )
            self.fields[f"indicator{n}"] = forms.CharField(
                label=gettext_lazy("How you measure it (%(n)s)") % {"n": n},
                max_length=300,
                required=False,
            )
        for n in range(1, TASKS + 1):
            self.fields[f"task{n}"] = forms.CharField(
                label=gettext_lazy("Task %(n)s") % {"n": n},
                max_length=300,
                required=n == 1,
            )
            self.fields[f"owner{n}"] = forms.CharField(
                label=gettext_lazy("Responsible (%(n)s)") % {"n": n},
                max_length=120,
                required=False,
            )
            self.fields[f"deadline{n}"] = forms.DateField(
                label=gettext_lazy("Deadline (%(n)s)") % {"n": n},
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            )

    def goals(self):
        return [
            {
                "goal": self.cleaned_data[f"goal{n}"],
                "indicator": self.cleaned_data[f"indicator{n}"],
            }
            for n in range(1, GOALS + 1)
            if self.cleaned_data.get(f"goal{n}")
        ]

    def tasks(self):
        return [
            {
                "task": self.cleaned_data[f"task{n}"],
                "owner": self.cleaned_data[f"owner{n}"],
                "deadline": d.isoformat()
                if (d := self.cleaned_data.get(f"deadline{n}"))
                else "",
            }
            for n in range(1, TASKS + 1)
            if self.cleaned_data.get(f"task{n}")
        ]

    def groups(self):
        goals = [
            (n, [self[f"goal{n}"], self[f"indicator{n}"]]) for n in range(1, GOALS + 1)
        ]
        tasks = [
            (n, [self[f"task{n}"], self[f"owner{n}"], self[f"deadline{n}"]])
            for n in range(1, TASKS + 1)
        ]
        return goals, tasks


@login_required
def plan_exercise(request, slug):
    company = company_or_404(request, slug)
    form = PlanForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        made = plan.plan_submit(
            company=company,
            user=request.user,
            language=translation.get_language() or "nb",
            goals=form.goals(),
            tasks=form.tasks(),
            review=form.cleaned_data["review"],
        )
        return redirect("avvik_sandbox:plan_answer", company.slug, made.pk)
    goals, tasks = form.groups()
    return render(
        request,
        "avvik_sandbox/practice/plan_exercise.html",
        {
            "company": company,
            "form": form,
            "goal_groups": goals,
            "task_groups": tasks,
            "previous": HmsPlan.objects.filter(company=company, user=request.user)[:5],
        },
        status=400 if form.is_bound else 200,
    )


@require_safe
@login_required
def plan_answer(request, slug, plan_id):
    company = company_or_404(request, slug)
    made = get_object_or_404(HmsPlan, pk=plan_id, company=company, user=request.user)
    criteria = plan.evaluate(
        company=company,
        goals=made.goals,
        tasks=made.tasks,
        review=made.year_end_review,
        language=made.language,
    )
    return render(
        request,
        "avvik_sandbox/practice/plan_answer.html",
        {
            "company": company,
            "answer": made,
            "criteria": criteria,
        },
    )
