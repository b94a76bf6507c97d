"""The company's "order on invoice" form."""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.site.text import plain_line

from .forms import PageIds, ProductChoiceMixin
from .models.invoices import TERMS_CHOICES


class InvoiceOrderForm(PageIds, ProductChoiceMixin, forms.Form):
    id_prefix = "inv"

    product = forms.ChoiceField(label=_("Course or pass"))
    quantity = forms.IntegerField(
        label=_("Number of seats"), min_value=1, max_value=500, initial=5
    )
    purchase_order = forms.CharField(label=_("Purchase order number"), max_length=50)
    buyer_reference = forms.CharField(
        label=_("Your reference"),
        max_length=100,
        help_text=_("A person or a code; public buyers require it on EHF invoices."),
    )
    terms_days = forms.TypedChoiceField(
        label=_("Payment terms"), choices=TERMS_CHOICES, coerce=int, initial=30
    )
    street = forms.CharField(label=_("Street address"), max_length=200)
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=4,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "postal-code"}
        ),
    )
    city = forms.CharField(label=_("City"), max_length=100)

    def __init__(self, *args, products=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_products(products)

    def clean_postcode(self):
        value = self.cleaned_data["postcode"].strip()
        if not re.fullmatch(r"\d{4}", value):
            raise forms.ValidationError(_("A Norwegian postcode has four digits."))
        return value

    def _plain(self, name):
        value = plain_line(self.cleaned_data[name])
        if not value:
            raise forms.ValidationError(forms.Field.default_error_messages["required"])
        return value

    def clean_purchase_order(self):
        return self._plain("purchase_order")

    def clean_buyer_reference(self):
        return self._plain("buyer_reference")

    def clean_street(self):
        return self._plain("street")

    def clean_city(self):
        return self._plain("city")
