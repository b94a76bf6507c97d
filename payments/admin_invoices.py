"""Wagtail admin for invoices: the list (waiting for approval, unpaid, overdue) and
one page per invoice where staff approve or decline it and register its payment.

Each action is its own POST URL and goes through ``services.invoices`` (audited);
rows are never edited by hand.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe
from wagtail.admin import messages
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from payments.services import invoices as invoice_services

from .exceptions import PaymentError
from .models import Invoice

PERMISSION = "payments.change_order"


class PaidForm(forms.Form):
    reference = forms.CharField(
        label=gettext_lazy("Bank reference"),
        max_length=100,
        help_text=gettext_lazy(
            "From the bank statement, so the payment can be traced."
        ),
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"), max_length=500, widget=forms.Textarea
    )


def _invoice(request, invoice_id) -> Invoice:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(
        Invoice.objects.select_related("order__company"), pk=invoice_id
    )


@require_safe
def invoice_detail(request, invoice_id):
    return _detail_page(request, invoice_id)


def _detail_page(request, invoice_id, paid_form=None, decline_form=None):
    invoice = _invoice(request, invoice_id)
    title = _("Invoice for order %(order)s") % {"order": invoice.order.number}
    return TemplateResponse(
        request,
        "payments/admin/invoice.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "doc-full",
            "invoice": invoice,
            "order": invoice.order,
            "lines": list(invoice.order.lines.all()),
            "paid_form": paid_form or PaidForm(),
            "decline_form": decline_form or DeclineForm(),
        },
        status=400 if (paid_form or decline_form) else 200,
    )


def _done(request, invoice, action, message):
    try:
        action()
    except PaymentError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, message)
    return redirect("payments_admin:invoice", invoice.pk)


@require_POST
def invoice_approve(request, invoice_id):
    invoice = _invoice(request, invoice_id)
    return _done(
        request,
        invoice,
        lambda: invoice_services.invoice_issue(invoice=invoice, actor=request.user),
        _("The invoice is issued and sent; the seats are ready."),
    )


@require_POST
def invoice_decline(request, invoice_id):
    invoice = _invoice(request, invoice_id)
    form = DeclineForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, invoice_id, decline_form=form)
    return _done(
        request,
        invoice,
        lambda: invoice_services.invoice_decline(
            invoice=invoice, actor=request.user, reason=form.cleaned_data["reason"]
        ),
        _("The invoice order is declined."),
    )


@require_POST
def invoice_paid(request, invoice_id):
    invoice = _invoice(request, invoice_id)
    form = PaidForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, invoice_id, paid_form=form)
    return _done(
        request,
        invoice,
        lambda: invoice_services.invoice_mark_paid(
            invoice=invoice,
            actor=request.user,
            reference=form.cleaned_data["reference"],
        ),
        _("The payment is registered."),
    )


class InvoiceIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Approve, decline or register payment"),
                url=reverse("payments_admin:invoice", args=[instance.pk]),
                icon_name="doc-full",
                priority=5,
            )
        ]


class InvoiceViewSet(ModelViewSet):
    model = Invoice
    add_to_reference_index = False
    name = "payments_invoices"
    url_prefix = "payments/invoices"
    menu_label = gettext_lazy("Invoices")
    icon = "doc-full"
    index_view_class = InvoiceIndexView
    list_display = ["__str__", "order", "status", "due_on", "reminded_at"]
    list_filter = ["status", "due_on"]
    search_fields = ["order__company_name", "kid", "purchase_order"]
    search_backend_name = None
    copy_view_enabled = False
    exclude_form_fields: list[str] = []
