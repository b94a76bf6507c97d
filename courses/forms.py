"""Editor forms: prices typed in kroner, stored in øre.

``KronerField`` reads "1490", "1 490" or "1490,50" and hands back whole øre;
``KronerFormMixin`` maps such a form field onto the model's øre field, so every price
an editor or a staff member types (course, all-courses pass, amount-off code, code
batch) is in kroner while the database keeps integers.
"""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


def kroner_to_ore(amount: Decimal | None) -> int | None:
    if amount is None:
        return None
    return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def ore_to_kroner(ore: int | None) -> Decimal | None:
    return None if ore is None else Decimal(ore) / Decimal(100)


class KronerField(forms.DecimalField):
    """A money field in kroner with two decimals; ``clean`` returns øre (int)."""

    def __init__(self, *, min_kr="0", max_kr="1000000", **kwargs):
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("localize", True)
        super().__init__(min_value=Decimal(min_kr), max_value=Decimal(max_kr), **kwargs)

    def clean(self, value):
        return kroner_to_ore(super().clean(value))


class KronerFormMixin:
    """``kroner_fields = {"price_kr": "price_ore"}``: the form field in kroner is shown
    with the stored øre and written back to the instance before model validation."""

    kroner_fields: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for form_name, model_name in self.kroner_fields.items():
            stored = getattr(self.instance, model_name, None) if self.instance else None
            if stored is not None:
                self.initial.setdefault(form_name, ore_to_kroner(stored))

    def _update_errors(self, errors):
        # The model's own checks name its øre field; show them at the kroner field.
        for form_name, model_name in self.kroner_fields.items():
            if hasattr(errors, "error_dict") and model_name in errors.error_dict:
                moved = errors.error_dict.pop(model_name)
                errors.error_dict.setdefault(form_name, []).extend(moved)
        super()._update_errors(errors)

    def clean(self):
        data = super().clean()
        for form_name, model_name in self.kroner_fields.items():
            if form_name in data:
                setattr(self.instance, model_name, data[form_name])
        return data


class CoursePageForm(KronerFormMixin, WagtailAdminPageForm):
    """Editors type "1490" or "1 490,50" kroner; the page keeps whole øre."""

    kroner_fields = {"price_kr": "price_ore"}
    price_kr = KronerField(
        label=_("Price in kroner (incl. VAT)"),
        required=True,
        help_text=_("For example 1490 or 1490,50. 0 makes the course free."),
    )
