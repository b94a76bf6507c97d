"""Ordering seats on invoice, and the company's invoices as PDF and EHF.

Company admins order and download; superusers may download for support. An invoice
exists on paper only once it is issued (numbered, with its KID).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from lms.models.legal import seller_for_default_site
from lms.site.downloads import private_download
from payments.services import invoices as invoice_services

from .. import selectors
from ..company_access import company_viewable
from ..exceptions import OrderError
from ..invoice_forms import InvoiceOrderForm
from ..invoicing.ehf import invoice_ehf_xml
from ..invoicing.pdf import invoice_pdf
from ..models import Invoice
from .company import _company_or_404, _language, _rerender


@require_POST
@login_required
def company_buy_invoice(request, company_id):
    company = _company_or_404(request, company_id)
    products = selectors.company_products(language_code=_language())
    form = InvoiceOrderForm(request.POST, products=products)
    if not form.is_valid():
        return _rerender(request, company, invoice_form=form)
    try:
        invoice = invoice_services.invoice_order_create(
            company=company,
            actor=request.user,
            language=_language(),
            **form.cleaned_data,
        )
    except OrderError as error:
        form.add_error(None, str(error))
        return _rerender(request, company, invoice_form=form)
    if invoice.status == Invoice.Status.ISSUED:
        messages.success(
            request,
            _(
                "Invoice %(number)s is issued and sent to %(email)s. The seats are "
                "ready to give."
            )
            % {"number": invoice.number, "email": company.billing_email},
        )
    else:
        messages.success(
            request,
            _(
                "Your invoice order is received. We approve it within one working day; "
                "the seats are ready then, and the invoice is sent to %(email)s."
            )
            % {"email": company.billing_email},
        )
    return redirect("payments:company_detail", company.pk)


def _issued(request, company_id, invoice_id) -> Invoice:
    company = company_viewable(user=request.user, company_id=company_id)
    if company is None:
        raise Http404
    return get_object_or_404(
        Invoice.objects.select_related("order__company").exclude(
            status__in=[Invoice.Status.REQUESTED, Invoice.Status.CANCELLED]
        ),
        pk=invoice_id,
        order__company=company,
    )


@require_safe
@login_required
def invoice_download(request, company_id, invoice_id):
    invoice = _issued(request, company_id, invoice_id)
    content = invoice_pdf(
        invoice=invoice, seller=seller_for_default_site(), language=_language()
    )
    return private_download(
        content,
        content_type="application/pdf",
        filename=f"faktura-{invoice.number}.pdf",
    )


@require_safe
@login_required
def invoice_ehf(request, company_id, invoice_id):
    invoice = _issued(request, company_id, invoice_id)
    content = invoice_ehf_xml(invoice=invoice, seller=seller_for_default_site())
    return private_download(
        content,
        content_type="application/xml",
        filename=f"faktura-{invoice.number}-ehf.xml",
    )
