"""The plain-text parts and subjects of the payments e-mails are not HTML-escaped."""

import pytest
from django.core import mail

from lms.factories import UserFactory
from payments.factories import CompanyFactory
from payments.products import Product
from payments.services import invitations
from payments.services import orders as order_services

from .helpers import pay_dev

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


@pytest.fixture
def ampersand_company(db):
    admin = UserFactory(email="hr@bygg.example.org", full_name="Kari O'Hara")
    company = CompanyFactory(
        name="Bygg & Anlegg AS",
        org_nr="914778271",
        billing_email="faktura@bygg.example.org",
        invoice_reference="PO <7> & co",
        admin=admin,
    )
    return company, admin


def test_receipt_text_shows_company_name_and_reference_as_typed(
    ampersand_company, paid_course, django_capture_on_commit_callbacks
):
    company, admin = ampersand_company
    order = order_services.order_create(
        user=admin, product=Product(course=paid_course), quantity=2, company=company
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        pay_dev(order)
    (receipt,) = mail.outbox
    assert "Bygg & Anlegg AS" in receipt.body
    assert "PO <7> & co" in receipt.body
    assert "Kari O'Hara" in receipt.body
    assert "&amp;" not in receipt.body and "&#x27;" not in receipt.body
    # The HTML part stays escaped.
    html = receipt.alternatives[0][0]
    assert "Bygg &amp; Anlegg AS" in html and "PO &lt;7&gt;" in html


def test_invitation_subject_and_text_show_company_name_as_typed(
    ampersand_company, paid_course, django_capture_on_commit_callbacks
):
    company, admin = ampersand_company
    order = order_services.order_create(
        user=admin, product=Product(course=paid_course), quantity=1, company=company
    )
    pay_dev(order)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        invitations.seat_invite(
            company=company,
            product=Product(course=paid_course),
            email="ansatt@example.org",
            name="Ola D'Souza",
            actor=admin,
        )
    (message,) = mail.outbox
    assert message.subject.startswith("Bygg & Anlegg AS ")
    assert "Bygg & Anlegg AS" in message.body
    assert "Ola D'Souza" in message.body
    assert "&amp;" not in message.body and "&#x27;" not in message.body
