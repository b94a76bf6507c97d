"""The invoice as a PDF (A4): seller and buyer, lines, VAT per rate, KID and account."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from lms.certificates.pdf import pdf_from_html

from .amounts import invoice_amounts
from .ehf import split_address


def invoice_pdf(*, invoice, seller, language: str) -> bytes:
    amounts = invoice_amounts(invoice.order)
    street, postcode, city = split_address(seller.address)
    with translation.override(language):
        html = render_to_string(
            "payments/invoice_pdf.html",
            {
                "invoice": invoice,
                "order": invoice.order,
                "seller": seller,
                "seller_street": street,
                "seller_city": f"{postcode} {city}".strip(),
                "amounts": amounts,
            },
        )
    return pdf_from_html(html)
