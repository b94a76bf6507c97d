"""Forms for the routine's steps. Errors are shown beside the fields and what the
learner typed is kept."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .. import choices as sandbox_choices
from .models import PracticeUnit
from .routine_models import RoutineAction, RoutineCase

WHY_COUNT = 4


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ReportForm(forms.ModelForm):
    class Meta:
        model = RoutineCase
        fields = [
            "unit",
            "occurred_on",
            "what",
            "category",
            "severity",
            "potential_severity",
            "immediate_by_reporter",
            "anonymous",
        ]
        widgets = {
            "occurred_on": DateInput(),
            "what": forms.Textarea(attrs={"rows": 4}),
            "immediate_by_reporter": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "what": _(
                "Who was involved (no names needed), what happened and what could have happened."
            ),
            "potential_severity": _(
                "How bad it could have been, had things gone a little differently."
            ),
            "anonymous": _("Your name is not shown to the leader or the class."),
        }

    def __init__(self, *args, cohort, **kwargs):
        super().__init__(*args, **kwargs)
        self.cohort = cohort
        self.fields["unit"].queryset = PracticeUnit.objects.filter(
            department__company=cohort.company
        ).select_related("department")
        self.fields["unit"].label_from_instance = lambda u: (
            f"{u.name} ({u.department.name})"
        )

    def clean_occurred_on(self):
        day = self.cleaned_data["occurred_on"]
        if day > self.cohort.today:
            raise forms.ValidationError(
                _("That date is after today in the practice world.")
            )
        return day


class TakeForm(forms.Form):
    immediate_measure = forms.CharField(
        label=_("Immediate measure"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("What you as the leader did at once to make the situation safe."),
    )


class AnalysisForm(forms.Form):
    root_cause = forms.CharField(
        label=_("Root cause"), widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, WHY_COUNT + 1):
            self.fields[f"why{n}"] = forms.CharField(
                label=_("Why? (%(n)s)") % {"n": n}, required=n <= 2, max_length=500
            )
            self.fields[f"mto{n}"] = forms.MultipleChoiceField(
                label=_("M, T or O (%(n)s)") % {"n": n},
                choices=sandbox_choices.MTO_TAGS,
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )
        self.order_fields(
            [f for n in range(1, WHY_COUNT + 1) for f in (f"why{n}", f"mto{n}")]
            + ["root_cause"]
        )

    def whys(self) -> list[dict]:
        return [
            {"text": self.cleaned_data[f"why{n}"], "mto": self.cleaned_data[f"mto{n}"]}
            for n in range(1, WHY_COUNT + 1)
            if self.cleaned_data.get(f"why{n}")
        ]

    @classmethod
    def initial_for(cls, case: RoutineCase) -> dict:
        initial = {"root_cause": case.root_cause}
        for n, why in enumerate(case.whys or [], start=1):
            initial[f"why{n}"] = why.get("text", "")
            initial[f"mto{n}"] = why.get("mto", [])
        return initial


class ActionForm(forms.ModelForm):
    class Meta:
        model = RoutineAction
        fields = ["description", "kind", "level", "owner", "deadline"]
        widgets = {
            "deadline": DateInput(),
            "description": forms.Textarea(attrs={"rows": 2}),
        }


class ForwardForm(forms.Form):
    to = forms.CharField(
        label=_("Forwarded to"),
        max_length=120,
        help_text=_("For example the head of department or the property service."),
    )
    reason = forms.CharField(
        label=_("Why it goes beyond your authority"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class CloseForm(forms.Form):
    evaluation = forms.CharField(
        label=_("Effect evaluation"),
        required=False,  # the routine refuses an empty one and says why
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("How did you check that the actions worked?"),
    )


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Class code"), max_length=12)


class ClassForm(forms.Form):
    name = forms.CharField(label=_("Name of the class"), max_length=120)


class AmuReviewForm(forms.Form):
    text = forms.CharField(
        label=_("What AMU should know and decide"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        help_text=_(
            "Summarise the period's deviations for the committee: the figures, what "
            "is still open or late, and what you propose it notes or decides."
        ),
    )
