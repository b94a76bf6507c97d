"""Editor forms: prices typed in kroner, stored in øre."""

from decimal import ROUND_HALF_UP, Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    """Editors type "1490" or "1 490,50" kroner; the page keeps whole øre."""

    price_kr = forms.DecimalField(
        label=_("Price in kroner (incl. VAT)"),
        min_value=Decimal("0"),
        max_value=Decimal("1000000"),
        decimal_places=2,
        required=True,
        localize=True,
        help_text=_("For example 1490 or 1490,50. 0 makes the course free."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance and self.instance.price_ore is not None:
            self.initial.setdefault(
                "price_kr", Decimal(self.instance.price_ore) / Decimal(100)
            )

    def save(self, commit=True):
        price = self.cleaned_data["price_kr"]
        self.instance.price_ore = int(
            (price * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        )
        return super().save(commit=commit)
