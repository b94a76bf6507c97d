"""Forms for checkout, codes, sign-up, the company pages and the admin tools."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.forms import KronerField, KronerFormMixin
from courses.models import AUDIENCE_CHOICES, CoursePage
from lms.forms import SignupExtraForm
from lms.site.text import PlainTextField, plain_line
from payments.services import codes as code_services

from .exceptions import CodeRateLimited, CodeRefused
from .models import Company, CompanyMember, DiscountCode
from .models.codes import end_of_day_if_midnight
from .validators import org_nr_normalise, validate_org_nr

CODE_WIDGET = forms.TextInput(
    attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
)


def _required_plain(value: str) -> str:
    """A required one-line text without markup; empty after cleaning is refused."""
    value = plain_line(value)
    if not value:
        raise forms.ValidationError(forms.Field.default_error_messages["required"])
    return value


def _current_request():
    try:
        from allauth.core import context

        return context.request
    except (ImportError, LookupError, AttributeError):
        return None


class SignupForm(SignupExtraForm):
    """allauth sign-up with an optional discount or licence code kept on the account."""

    code = forms.CharField(
        label=_("Discount or licence code (optional)"),
        max_length=40,
        required=False,
        widget=CODE_WIDGET,
        help_text=_("We keep it on your account and take it off your first purchase."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = _current_request()
        if request is not None and not self.is_bound:
            self.fields["code"].initial = request.GET.get("code", "")[:40]

    def clean_code(self):
        value = self.cleaned_data.get("code", "").strip()
        if not value:
            return None
        try:
            code_services.code_attempt_register(request=_current_request())
            code = code_services.code_find(code_text=value)
            code_services.code_check_window(code=code)
        except (CodeRefused, CodeRateLimited) as error:
            raise forms.ValidationError(str(error)) from error
        return code

    def signup(self, request, user):
        super().signup(request, user)
        code = self.cleaned_data.get("code")
        if code is not None:
            code_services.account_code_keep(user=user, code=code)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Discount or licence code"), max_length=40, widget=CODE_WIDGET
    )


class CourseBuyForm(forms.Form):
    code = forms.CharField(
        label=_("Discount or licence code (optional)"),
        max_length=40,
        required=False,
        widget=CODE_WIDGET,
    )


def amount_off_field() -> KronerField:
    """An amount-off code's discount, typed in kroner (cleans to øre)."""
    return KronerField(
        label=_("Amount off in kroner (incl. VAT)"),
        min_kr="0.01",
        required=False,
        help_text=_("Per unit: 500 = 500 kr off each course or seat."),
    )


class PageIds:
    """Several forms share the company page: each gets its own id prefix, so no two
    fields on the page have the same id (and every label points at its own field).
    Field names, and so what is posted, stay the same."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        if self.id_prefix:
            kwargs.setdefault("auto_id", f"{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)


class ProductChoiceMixin:
    def set_products(self, products):
        self.products = {p.key: p for p in products}
        self.fields["product"].choices = [(p.key, p.name) for p in products]

    def clean_product(self):
        return self.products[self.cleaned_data["product"]]


class SeatPurchaseForm(PageIds, ProductChoiceMixin, forms.Form):
    id_prefix = "buy"

    product = forms.ChoiceField(label=_("Course or pass"))
    quantity = forms.IntegerField(
        label=_("Number of seats"), min_value=1, max_value=500, initial=5
    )
    code = forms.CharField(
        label=_("Discount code (optional)"),
        max_length=40,
        required=False,
        widget=CODE_WIDGET,
    )

    def __init__(self, *args, products=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_products(products)


class CompanyForm(forms.ModelForm):
    # Wider than the stored nine digits: people type "914 778 271" or "NO 914778271 MVA".
    org_nr = forms.CharField(
        label=_("Organisation number"),
        max_length=20,
        help_text=_("Nine digits, e.g. 914 778 271."),
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    class Meta:
        model = Company
        fields = ["name", "org_nr", "billing_email", "invoice_reference"]
        widgets = {"name": forms.TextInput(attrs={"autocomplete": "organization"})}

    def clean_name(self):
        return _required_plain(self.cleaned_data["name"])

    def clean_invoice_reference(self):
        return plain_line(self.cleaned_data["invoice_reference"])

    def clean_org_nr(self):
        value = org_nr_normalise(self.cleaned_data["org_nr"])
        validate_org_nr(value)
        if Company.objects.filter(org_nr=value).exists():
            raise forms.ValidationError(
                _(
                    "A company with this organisation number is already registered. "
                    "Ask its admin to add you."
                )
            )
        return value


class CompanyEditForm(PageIds, forms.ModelForm):
    id_prefix = "company"

    class Meta:
        model = Company
        fields = ["name", "billing_email", "invoice_reference", "hms_review_on"]
        widgets = {"hms_review_on": forms.DateInput(attrs={"type": "date"})}

    def clean_name(self):
        return _required_plain(self.cleaned_data["name"])

    def clean_invoice_reference(self):
        return plain_line(self.cleaned_data["invoice_reference"])


class InviteForm(PageIds, ProductChoiceMixin, forms.Form):
    id_prefix = "invite"

    product = forms.ChoiceField(label=_("Course or pass"))
    email = forms.EmailField(
        label=_("Employee's e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    name = PlainTextField(label=_("Name (optional)"), max_length=200, required=False)

    def __init__(self, *args, products=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_products(products)


class CsvInviteForm(PageIds, ProductChoiceMixin, forms.Form):
    id_prefix = "csv"

    product = forms.ChoiceField(label=_("Course or pass"))
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One employee per row: e-mail address, then name (optional). A header row "
            "such as “email,name” is fine. Comma or semicolon separated."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv,text/plain"}),
    )

    MAX_BYTES = 1024 * 1024

    def __init__(self, *args, products=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_products(products)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 1 MB)."))
        return upload


class ReassignForm(forms.Form):
    email = forms.EmailField(
        label=_("Give the seat to (e-mail address)"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class MemberInviteForm(PageIds, forms.Form):
    id_prefix = "member"

    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=CompanyMember.Role.choices,
        initial=CompanyMember.Role.ADMIN,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_member_%s")
        super().__init__(*args, **kwargs)


class RecordShareForm(forms.Form):
    course_key = forms.UUIDField(widget=forms.HiddenInput)


class SeatAssignForm(PageIds, ProductChoiceMixin, forms.Form):
    id_prefix = "assign"

    product = forms.ChoiceField(label=_("Course or pass"))
    member = forms.ChoiceField(label=_("Employee"))

    def __init__(self, *args, products=(), members=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_products(products)
        self.members = {str(m.user_id): m.user for m in members}
        self.fields["member"].choices = [
            (str(m.user_id), f"{m.user.get_full_name()} <{m.user.email}>")
            for m in members
        ]

    def clean_member(self):
        return self.members[self.cleaned_data["member"]]


class CodeBatchForm(forms.Form):
    """Wagtail admin: generate N single-use codes with the same discount and scope."""

    name = forms.CharField(label=_("Name of the batch"), max_length=120)
    count = forms.IntegerField(
        label=_("Number of codes"),
        min_value=1,
        max_value=settings.PAYMENTS_CODE_BATCH_MAX,
        initial=50,
    )
    prefix = forms.RegexField(
        label=_("Prefix (optional)"),
        regex=r"^[A-Za-z0-9]{0,12}$",
        max_length=12,
        required=False,
        help_text=_("Up to 12 letters or digits put in front of every code."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=DiscountCode.Kind.choices,
        initial=DiscountCode.Kind.PERCENT,
    )
    percent = forms.IntegerField(
        label=_("Percent off"), min_value=1, max_value=100, required=False, initial=100
    )
    amount_ore = amount_off_field()
    scope = forms.ChoiceField(label=_("Valid for"), choices=DiscountCode.Scope.choices)
    courses = forms.ModelMultipleChoiceField(
        label=_("Courses"),
        queryset=CoursePage.objects.all().select_related("locale").order_by("path"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    include_translations = forms.BooleanField(
        label=_("Also other language versions of the chosen courses"),
        required=False,
        initial=True,
    )
    audience = forms.ChoiceField(
        label=_("Audience"), choices=[("", "—"), *AUDIENCE_CHOICES], required=False
    )
    valid_from = forms.DateTimeField(
        label=_("Valid from (Norwegian time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    valid_until = forms.DateTimeField(
        label=_("Valid until (Norwegian time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=_(
            "A day without a time (00:00) means to the end of that day, 23:59."
        ),
    )

    def clean_valid_until(self):
        return end_of_day_if_midnight(self.cleaned_data.get("valid_until"))

    def clean(self):
        data = super().clean()
        if data.get("kind") == DiscountCode.Kind.PERCENT and not data.get("percent"):
            self.add_error("percent", _("Enter the percent off."))
        if data.get("kind") == DiscountCode.Kind.AMOUNT and not data.get("amount_ore"):
            self.add_error("amount_ore", _("Enter the amount off."))
        if data.get("scope") == DiscountCode.Scope.COURSES and not data.get("courses"):
            self.add_error("courses", _("Choose at least one course."))
        if data.get("scope") == DiscountCode.Scope.AUDIENCE and not data.get(
            "audience"
        ):
            self.add_error("audience", _("Choose the audience."))
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end <= start:
            self.add_error("valid_until", _("The end must be after the start."))
        return data

    def template_code(self) -> DiscountCode:
        data = self.cleaned_data
        kind = data["kind"]
        return DiscountCode(
            kind=kind,
            percent=data.get("percent") if kind == DiscountCode.Kind.PERCENT else None,
            amount_ore=data.get("amount_ore")
            if kind == DiscountCode.Kind.AMOUNT
            else None,
            scope=data["scope"],
            include_translations=data.get("include_translations", False),
            audience=data.get("audience", ""),
            valid_from=data.get("valid_from"),
            valid_until=data.get("valid_until"),
        )


class DiscountCodeAdminForm(KronerFormMixin, WagtailAdminModelForm):
    """The Wagtail edit form for codes: the amount off in kroner, and the checks the
    model alone cannot make (M2M)."""

    kroner_fields = {"amount_kr": "amount_ore"}
    amount_kr = amount_off_field()

    def clean(self):
        data = super().clean()
        if data.get("scope") == DiscountCode.Scope.COURSES and not data.get("courses"):
            self.add_error("courses", _("Choose at least one course."))
        return data


class CoursePassAdminForm(KronerFormMixin, WagtailAdminModelForm):
    kroner_fields = {"price_kr": "price_ore"}
    price_kr = KronerField(
        label=_("Price per seat in kroner (incl. VAT)"),
        required=True,
        help_text=_("For example 4990 or 4990,50."),
    )


class RefundForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept in the audit log)"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
