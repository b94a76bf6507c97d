"""The statistics and log filters: period, department, category (and status for the
log). Anything unknown falls back to the whole latest year."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .. import choices as sandbox_choices
from . import choices
from .selectors import Filters

STATUS_CHOICES = [
    ("", _("All")),
    ("open", _("Open")),
    ("closed", _("Closed")),
    *[(code, label) for code, label in sandbox_choices.CASE_STEPS if code != "closed"],
]


class FilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)
    quarter = forms.ChoiceField(
        label=_("Period"), choices=choices.QUARTERS, required=False
    )
    department = forms.TypedChoiceField(
        label=_("Department"), coerce=int, required=False, empty_value=None
    )
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", _("All categories")), *choices.CATEGORIES],
        required=False,
    )

    def __init__(self, data, *, company):
        super().__init__(data or None)
        self.company = company
        self.fields["year"].choices = [(y, str(y)) for y in reversed(company.years)]
        self.fields["department"].choices = [("", _("All departments"))] + [
            (d.pk, d.name) for d in company.departments.all()
        ]

    def filters(self) -> Filters:
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        quarter = data.get("quarter")
        return Filters(
            year=data.get("year") or self.company.last_year,
            quarter=int(quarter) if quarter else None,
            department_id=data.get("department"),
            category=data.get("category") or "",
        )


class LogFilterForm(FilterForm):
    status = forms.ChoiceField(
        label=_("Status"), choices=STATUS_CHOICES, required=False
    )

    def status_filter(self) -> str:
        return (
            (self.cleaned_data.get("status") or "")
            if self.is_bound and self.is_valid()
            else ""
        )
