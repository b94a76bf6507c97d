"""Seats on invoice: the order, approval (staff, or at once under the credit limit),
the invoice as PDF and EHF with VAT per rate and a KID, payment, and what happens when
it is not paid."""

import io
from datetime import timedelta
from decimal import Decimal
from xml.etree import ElementTree as ET

import pdfplumber
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from courses.factories import course_with_lessons
from lms.models.legal import LegalSettings
from payments.invoicing.ehf import CAC, CBC, invoice_ehf_xml
from payments.invoicing.kid import kid_for, kid_is_valid
from payments.models import Invoice, Order, Seat
from payments.products import Product
from payments.services import invoices as invoice_services

pytestmark = pytest.mark.django_db
NS = {"cac": CAC, "cbc": CBC}


@pytest.fixture
def seller(site):
    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.seller_name = "HMS-kurs AS"
    legal.org_nr = "923609016"
    legal.address = "Kursveien 2, 0150 Oslo"
    legal.email = "faktura@hmskurs.example"
    legal.bank_account = "12345678903"
    legal.save()
    return legal


@pytest.fixture
def courses(site):
    taxed, _ = course_with_lessons(
        site["catalogue"], lessons=1, price_ore=149000, vat_rate=25, title="Leder"
    )
    exempt, _ = course_with_lessons(
        site["catalogue"], lessons=1, price_ore=99000, vat_rate=0, title="Verneombud"
    )
    return taxed, exempt


def _order(company, admin, course, quantity=3, **extra):
    fields = {
        "purchase_order": "PO-4411",
        "buyer_reference": "Hanne HR",
        "terms_days": 14,
        "street": "Byggveien 5",
        "postcode": "7010",
        "city": "Trondheim",
    }
    fields.update(extra)
    return invoice_services.invoice_order_create(
        company=company,
        product=Product(course=course),
        quantity=quantity,
        actor=admin,
        **fields,
    )


def test_without_credit_the_seats_wait_for_staff_approval(
    company,
    company_admin,
    courses,
    seller,
    admin_user,
    django_capture_on_commit_callbacks,
):
    invoice = _order(company, company_admin, courses[0])
    assert invoice.status == Invoice.Status.REQUESTED and not invoice.number
    assert not Seat.objects.filter(company=company).exists()
    with django_capture_on_commit_callbacks(execute=True):
        invoice_services.invoice_issue(invoice=invoice, actor=admin_user)
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.ISSUED
    assert invoice.due_on == timezone.localdate() + timedelta(days=14)
    assert Seat.objects.filter(company=company, status=Seat.Status.FREE).count() == 3
    order = invoice.order
    order.refresh_from_db()
    # Given, not paid: nothing on paper says paid before the money came.
    assert order.status == Order.Status.INVOICED and order.paid_at is None
    (sent,) = mail.outbox
    names = [name for name, _content, _type in sent.attachments]
    assert names == [
        f"faktura-{invoice.number}.pdf",
        f"faktura-{invoice.number}-ehf.xml",
    ]
    assert invoice.kid in sent.body


def test_under_the_credit_limit_the_invoice_is_issued_at_once(
    company, company_admin, courses, seller
):
    company.invoice_credit_limit_ore = 500000
    company.save()
    first = _order(company, company_admin, courses[0], quantity=3)  # 4 470 kr
    assert first.status == Invoice.Status.ISSUED and first.auto_approved
    second = _order(company, company_admin, courses[0], quantity=1)  # over 5 000 kr
    assert second.status == Invoice.Status.REQUESTED


def test_the_kid_has_a_valid_mod10_check_digit():
    kid = kid_for(company_id=42, sequence=10001)
    assert kid == "000420010001" + kid[-1] and len(kid) == 13
    assert kid_is_valid(kid)
    wrong = kid[:-1] + str((int(kid[-1]) + 1) % 10)
    assert not kid_is_valid(wrong)


def _ehf(company, admin, courses, seller):
    company.invoice_credit_limit_ore = 10_000_000
    company.save()
    invoice = _order(company, admin, courses[0], quantity=3)
    other = _order(company, admin, courses[1], quantity=2)
    # One invoice with both rates: the second order's line moved onto the first.
    other.order.lines.update(order=invoice.order)
    Order.objects.filter(pk=invoice.order_id).update(
        total_ore=447000 + 198000, vat_ore=89400
    )
    invoice.refresh_from_db()
    return invoice, ET.fromstring(invoice_ehf_xml(invoice=invoice, seller=seller))


def _amount(root, path):
    return Decimal(root.find(path, NS).text)


def test_the_ehf_xml_has_the_required_elements_and_sums_that_add_up(
    company, company_admin, courses, seller
):
    invoice, root = _ehf(company, company_admin, courses, seller)
    assert root.tag == "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
    # UBL's own namespace is the default one, as Peppol validators expect to read it,
    # even after another library in the process took the default prefix for its own.
    ET.register_namespace("", "http://www.w3.org/2000/svg")
    text = invoice_ehf_xml(invoice=invoice, seller=seller).decode()
    assert (
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"'
        in text
    )
    for path in (
        "cbc:CustomizationID",
        "cbc:ProfileID",
        "cbc:ID",
        "cbc:IssueDate",
        "cbc:DueDate",
        "cbc:InvoiceTypeCode",
        "cbc:DocumentCurrencyCode",
        "cbc:BuyerReference",
        "cac:OrderReference/cbc:ID",
        "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID",
        "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID",
        "cac:PaymentMeans/cbc:PaymentID",
        "cac:TaxTotal/cbc:TaxAmount",
        "cac:LegalMonetaryTotal/cbc:PayableAmount",
    ):
        assert root.find(path, NS) is not None, path
    assert "poacc:billing:3.0" in root.find("cbc:CustomizationID", NS).text
    for party in ("cac:AccountingSupplierParty", "cac:AccountingCustomerParty"):
        endpoint = root.find(f"{party}/cac:Party/cbc:EndpointID", NS)
        assert endpoint.get("schemeID") == "0192" and len(endpoint.text) == 9
    assert (
        root.find(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID", NS
        ).text
        == "NO923609016MVA"
    )
    assert root.find("cac:PaymentMeans/cbc:PaymentID", NS).text == invoice.kid

    lines = root.findall("cac:InvoiceLine", NS)
    line_sum = sum(
        Decimal(line.find("cbc:LineExtensionAmount", NS).text) for line in lines
    )
    assert line_sum == _amount(root, "cac:LegalMonetaryTotal/cbc:LineExtensionAmount")
    subtotals = root.findall("cac:TaxTotal/cac:TaxSubtotal", NS)
    assert {s.find("cac:TaxCategory/cbc:ID", NS).text for s in subtotals} == {"S", "E"}
    assert sum(Decimal(s.find("cbc:TaxAmount", NS).text) for s in subtotals) == (
        _amount(root, "cac:TaxTotal/cbc:TaxAmount")
    )
    assert sum(Decimal(s.find("cbc:TaxableAmount", NS).text) for s in subtotals) == (
        _amount(root, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")
    )
    exclusive = _amount(root, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")
    tax = _amount(root, "cac:TaxTotal/cbc:TaxAmount")
    inclusive = _amount(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")
    assert (
        exclusive + tax
        == inclusive
        == _amount(root, "cac:LegalMonetaryTotal/cbc:PayableAmount")
    )
    # 3 × 1 490 kr at 25 % and 2 × 990 kr exempt, VAT included in the prices.
    assert inclusive == Decimal("6450.00") and tax == Decimal("894.00")


def test_the_pdf_states_vat_per_rate_the_kid_and_the_account(
    company_admin_client, company, company_admin, courses, seller
):
    invoice, _root = _ehf(company, company_admin, courses, seller)
    response = company_admin_client.get(
        reverse("payments:invoice_download", args=[company.pk, invoice.pk])
    )
    assert response["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert invoice.kid in text and "1234.56.78903" in text
    assert "PO-4411" in text and "Byggveien 5" in text
    assert "25 %" in text and "0 %" in text
    assert "6 450 kr" in text.replace("\u00a0", " ")


def test_overdue_a_reminder_once_then_unassigned_seats_are_suspended_until_paid(
    company,
    company_admin,
    courses,
    seller,
    admin_user,
    django_capture_on_commit_callbacks,
):
    company.invoice_credit_limit_ore = 1_000_000
    company.save()
    with django_capture_on_commit_callbacks(execute=True):
        invoice = _order(company, company_admin, courses[0], quantity=2)
    mail.outbox.clear()
    due = invoice.due_on
    with django_capture_on_commit_callbacks(execute=True):
        assert invoice_services.invoices_overdue_run(today=due).reminded == 0
        assert (
            invoice_services.invoices_overdue_run(
                today=due + timedelta(days=1)
            ).reminded
            == 1
        )
        assert (
            invoice_services.invoices_overdue_run(
                today=due + timedelta(days=2)
            ).reminded
            == 0
        )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == f"Påminnelse: faktura {invoice.number} har forfalt"
    held = Seat.objects.filter(company=company).first()
    Seat.objects.filter(pk=held.pk).update(
        status=Seat.Status.USED, holder=company_admin
    )
    run = invoice_services.invoices_overdue_run(today=due + timedelta(days=15))
    assert run.suspended == 1
    assert Seat.objects.get(pk=held.pk).status == Seat.Status.USED  # given: kept
    assert Seat.objects.filter(status=Seat.Status.SUSPENDED).count() == 1
    invoice_services.invoice_mark_paid(
        invoice=invoice, actor=admin_user, reference="BANK-77"
    )
    assert not Seat.objects.filter(status=Seat.Status.SUSPENDED).exists()
    order = Order.objects.get(pk=invoice.order_id)
    assert order.status == Order.Status.PAID and order.paid_at is not None


def test_the_company_page_order_form_keeps_what_was_typed_on_an_error(
    company_admin_client, company, courses, seller
):
    response = company_admin_client.post(
        reverse("payments:company_buy_invoice", args=[company.pk]),
        {
            "product": f"course:{courses[0].translation_key}",
            "quantity": "4",
            "purchase_order": "PO-9",
            "buyer_reference": "Kari",
            "terms_days": "30",
            "street": "Storgata 1",
            "postcode": "70A",
            "city": "Trondheim",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "A Norwegian postcode has four digits." in html
    assert 'value="PO-9"' in html and 'value="Storgata 1"' in html
    assert not Invoice.objects.exists()


def test_without_the_sellers_bank_account_there_is_no_invoice(
    company, company_admin, courses, site
):
    with pytest.raises(Exception, match="not available"):
        _order(company, company_admin, courses[0])
    assert not Invoice.objects.exists()


def test_an_invoice_order_cannot_be_paid_by_card_instead(
    company_admin_client, company, company_admin, courses, seller
):
    invoice = _order(company, company_admin, courses[0])
    pay_url = reverse("payments:order_pay", args=[invoice.order.public_id])
    page = company_admin_client.get(
        reverse("payments:order_detail", args=[invoice.order.public_id])
    ).content.decode()
    assert "It waits for our approval" in page and pay_url not in page
    response = company_admin_client.post(pay_url, follow=True)
    assert "This order is paid by invoice." in response.content.decode()
    assert Order.objects.get(pk=invoice.order_id).status == Order.Status.OPEN


def test_a_paid_invoice_order_is_not_refunded_without_a_credit_note(
    company, company_admin, courses, seller, admin_user
):
    from payments.exceptions import OrderError
    from payments.services.fulfilment import order_refund

    company.invoice_credit_limit_ore = 1_000_000
    company.save()
    invoice = _order(company, company_admin, courses[0], quantity=1)
    invoice_services.invoice_mark_paid(
        invoice=invoice, actor=admin_user, reference="B1"
    )
    order = Order.objects.get(pk=invoice.order_id)
    with pytest.raises(OrderError, match="credit note"):
        order_refund(order=order, actor=admin_user)
    assert Seat.objects.filter(company=company, status=Seat.Status.FREE).count() == 1
