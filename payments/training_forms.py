"""Forms of the roles page and the required-training page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from courses.models import CoursePage
from courses.selectors import catalogue_courses
from lms.site.text import plain_line

from .forms import PageIds
from .models import CompanyRole, Department, ShorterProgrammeAgreement


def courses_for_choice(language_code: str) -> list[CoursePage]:
    """Every live course once, in the page's language where it exists: the catalogue's
    own choice (``courses.selectors.catalogue_courses``)."""
    locale = Locale.objects.filter(language_code=language_code).first()
    return catalogue_courses(locale=locale or Locale.get_default())


class RoleForm(PageIds, forms.Form):
    id_prefix = "role"

    name = forms.CharField(label=_("Name of the role"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind"), choices=CompanyRole.Kind.choices)

    def clean_name(self):
        name = plain_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Give the role a name."))
        return name


class RequirementForm(forms.Form):
    course = forms.ChoiceField(label=_("Course"))
    due_within_days = forms.IntegerField(
        label=_("Days to complete"),
        min_value=0,
        max_value=730,
        initial=30,
        help_text=_("Counted from the day the person gets the role."),
    )
    renew_every_months = forms.IntegerField(
        label=_("Renew every (months)"),
        min_value=1,
        max_value=120,
        required=False,
        help_text=_("Leave empty if the course is taken once."),
    )

    def __init__(self, *args, courses=None, language_code="nb", role=None, **kwargs):
        self.role = role
        if role is not None:
            kwargs.setdefault("auto_id", f"req{role.pk}-%s")
        super().__init__(*args, **kwargs)
        if courses is None:
            courses = courses_for_choice(language_code)
        self.courses = {str(c.pk): c for c in courses}
        self.fields["course"].choices = [
            (pk, course.title) for pk, course in self.courses.items()
        ]

    def clean_course(self):
        return self.courses[self.cleaned_data["course"]]


class DepartmentForm(PageIds, forms.Form):
    id_prefix = "dep"

    name = forms.CharField(label=_("Name of the department"), max_length=100)

    def clean_name(self):
        name = plain_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Give the department a name."))
        return name


class DepartmentManagersForm(forms.Form):
    managers = forms.MultipleChoiceField(
        label=_("Managers"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, members=(), department=None, **kwargs):
        if department is not None:
            kwargs.setdefault("auto_id", f"mgr{department.pk}-%s")
        super().__init__(*args, **kwargs)
        self.fields["managers"].choices = [
            (str(m.user_id), m.user.get_full_name() or m.user.email) for m in members
        ]


class MemberRolesForm(forms.Form):
    roles = forms.ModelMultipleChoiceField(
        label=_("Roles"),
        queryset=CompanyRole.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.none(),
        required=False,
        empty_label=_("No department"),
    )

    def __init__(self, *args, company, membership=None, **kwargs):
        if membership is not None:
            kwargs.setdefault("auto_id", f"m{membership.pk}-%s")
        super().__init__(*args, **kwargs)
        self.fields["roles"].queryset = CompanyRole.objects.filter(company=company)
        self.fields["department"].queryset = Department.objects.filter(company=company)


class RolesCsvForm(PageIds, forms.Form):
    id_prefix = "rcsv"

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "A header row “email;role;department”, then one person per row. Several "
            "roles in one cell are separated by |. People who are not yet members are "
            "invited; their roles are given when they accept."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
    )

    MAX_BYTES = 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 1 MB)."))
        return upload


class ExternalHoursForm(forms.Form):
    title = forms.CharField(label=_("Course or training"), max_length=200)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    hours = forms.DecimalField(
        label=_("Hours"), min_value=0.5, max_value=40, decimal_places=1
    )
    completed_on = forms.DateField(
        label=_("Completed"), widget=forms.DateInput(attrs={"type": "date"})
    )
    document = forms.FileField(
        label=_("Documentation"),
        help_text=_("Course certificate or attendance list: PDF, JPG or PNG, 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )

    def __init__(self, *args, membership=None, **kwargs):
        self.membership = membership
        if membership is not None:
            kwargs.setdefault("auto_id", f"ext{membership.pk}-%s")
        super().__init__(*args, **kwargs)

    def clean_title(self):
        return plain_line(self.cleaned_data["title"])

    def clean_provider(self):
        return plain_line(self.cleaned_data["provider"])


class AgreementForm(forms.Form):
    capacity = forms.ChoiceField(
        label=_("As"), choices=ShorterProgrammeAgreement.Capacity.choices
    )
    hours = forms.DecimalField(
        label=_("Hours agreed"), min_value=1, max_value=39.5, decimal_places=1
    )
    programme = forms.CharField(
        label=_("The programme"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Which courses or training the shorter programme consists of."),
    )
    reasons = forms.CharField(
        label=_("Why a shorter programme is justifiable"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "E.g. the person's earlier training and experience, the risks of the "
            "workplace, the size of the business."
        ),
    )

    def __init__(self, *args, membership=None, **kwargs):
        self.membership = membership
        if membership is not None:
            kwargs.setdefault("auto_id", f"agr{membership.pk}-%s")
        super().__init__(*args, **kwargs)
