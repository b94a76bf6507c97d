"""Wagtail admin: listings with search and filters, bulk codes, usage report, refunds."""

import csv
import io
import re

import pytest

from lms.factories import UserFactory
from payments.factories import CompanyFactory, DiscountCodeFactory
from payments.models import CodeBatch, DiscountCode, Order
from payments.products import Product
from payments.services import invitations
from payments.services import orders as order_services
from payments.services.codes import UNAMBIGUOUS_ALPHABET

from .helpers import order_for, pay_dev

pytestmark = pytest.mark.django_db


def test_codes_are_listed_with_search_and_filters(admin_client):
    DiscountCodeFactory(code="HMS2026", description="Kampanje")
    DiscountCodeFactory(code="GAMMEL", active=False)
    listing = admin_client.get("/admin/payments/codes/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "HMS2026" in html and "GAMMEL" in html
    assert "Generate single-use codes" in html
    found = admin_client.get("/admin/payments/codes/?q=hms").content.decode()
    assert "HMS2026" in found and "GAMMEL" not in found
    inactive = admin_client.get("/admin/payments/codes/?active=false").content.decode()
    assert "GAMMEL" in inactive and "HMS2026" not in inactive


def test_codes_can_be_created_in_the_admin(admin_client, paid_course):
    response = admin_client.post(
        "/admin/payments/codes/new/",
        {
            "code": "vår2026",
            "active": "on",
            "description": "Spring",
            "kind": "amount",
            "amount_kr": "200",
            "scope": "courses",
            "courses": [paid_course.pk],
            "include_translations": "on",
            "audience": "",
            "max_uses": "100",
            "max_uses_per_user": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    code = DiscountCode.objects.get(code="VÅR2026")
    # Typed in kroner, stored in øre; the edit form shows kroner again.
    assert code.amount_ore == 20000
    edit = admin_client.get(f"/admin/payments/codes/edit/{code.pk}/").content.decode()
    assert 'name="amount_kr"' in edit and 'value="200"' in edit
    assert (
        list(code.courses.all()) == [paid_course.page_ptr] or code.courses.count() == 1
    )


def test_a_code_for_chosen_courses_needs_at_least_one_course(admin_client):
    response = admin_client.post(
        "/admin/payments/codes/new/",
        {
            "code": "TOM",
            "active": "on",
            "kind": "percent",
            "percent": "10",
            "scope": "courses",
            "max_uses_per_user": "1",
        },
    )
    assert response.status_code == 200
    assert "Choose at least one course." in response.content.decode()
    assert not DiscountCode.objects.filter(code="TOM").exists()


def test_orders_are_listed_searchable_filterable_and_read_only(
    admin_client, buyer, paid_course
):
    paid = order_for(buyer, paid_course)
    pay_dev(paid)
    other = UserFactory(email="someone@example.org")
    open_order = order_for(other, paid_course)
    listing = admin_client.get("/admin/payments/orders/").content.decode()
    assert paid.number in listing and open_order.number in listing
    assert "/admin/payments/orders/new/" not in listing
    assert f"/admin/payments/tools/orders/{paid.pk}/refund/" in listing
    assert f"/admin/payments/tools/orders/{open_order.pk}/refund/" not in listing
    found = admin_client.get("/admin/payments/orders/?q=someone").content.decode()
    assert open_order.number in found and paid.number not in found
    only_paid = admin_client.get("/admin/payments/orders/?status=paid").content.decode()
    assert paid.number in only_paid and open_order.number not in only_paid
    assert admin_client.get("/admin/payments/orders/new/").status_code in (302, 403)
    inspect = admin_client.get(f"/admin/payments/orders/inspect/{paid.pk}/")
    assert inspect.status_code == 200


def test_companies_seats_and_invitations_are_listed(
    admin_client, company, company_admin, paid_course
):
    CompanyFactory(name="Annet Firma AS")
    order = order_services.order_create(
        user=company_admin,
        product=Product(course=paid_course),
        quantity=2,
        company=company,
    )
    pay_dev(order)
    invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="venter@example.org",
        actor=company_admin,
    )
    companies = admin_client.get(
        "/admin/payments/companies/?q=914778271"
    ).content.decode()
    assert "Testbygg AS" in companies and "Annet Firma AS" not in companies
    seats = admin_client.get("/admin/payments/seats/?status=invited")
    assert seats.status_code == 200
    assert "Testbygg AS" in seats.content.decode()
    listed = admin_client.get("/admin/payments/invitations/?q=venter").content.decode()
    assert "venter@example.org" in listed
    assert admin_client.get("/admin/payments/company-members/").status_code == 200
    assert admin_client.get("/admin/payments/stripe-events/").status_code == 200
    assert admin_client.get("/admin/payments/passes/").status_code == 200


def test_bulk_generation_of_single_use_codes_with_csv_export(admin_client, paid_course):
    response = admin_client.post(
        "/admin/payments/tools/codes/generate/",
        {
            "name": "Partner 2026",
            "count": "25",
            "prefix": "lis",
            "kind": "percent",
            "percent": "100",
            "scope": "courses",
            "courses": [paid_course.pk],
            "include_translations": "on",
        },
    )
    batch = CodeBatch.objects.get()
    assert response["Location"] == f"/admin/payments/tools/codes/batches/{batch.pk}/"
    codes = list(batch.codes.all())
    assert len(codes) == 25 == len({c.code for c in codes})
    pattern = re.compile(rf"^LIS[{UNAMBIGUOUS_ALPHABET}]{{10}}$")
    assert all(pattern.match(c.code) for c in codes)
    assert all(c.max_uses == 1 and c.max_uses_per_user == 1 for c in codes)
    assert all(list(c.courses.all()) for c in codes)
    export = admin_client.get(
        f"/admin/payments/tools/codes/batches/{batch.pk}/codes.csv"
    )
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert rows[0][0] == "code" and len(rows) == 26
    assert {r[0] for r in rows[1:]} == {c.code for c in codes}
    assert (
        admin_client.get(f"/admin/payments/tools/codes/batches/{batch.pk}/").status_code
        == 200
    )


def test_the_alphabet_has_no_look_alikes():
    assert not set("0O1IL2Z5S8B") & set(UNAMBIGUOUS_ALPHABET)


def test_bulk_generation_validates_the_form(admin_client):
    response = admin_client.post(
        "/admin/payments/tools/codes/generate/",
        {"name": "X", "count": "0", "kind": "percent", "scope": "courses"},
    )
    assert response.status_code == 200
    assert not CodeBatch.objects.exists()


def test_usage_report_per_code(admin_client, buyer, paid_course):
    code = DiscountCodeFactory(code="RAPPORT", percent=25, max_uses=10)
    pay_dev(order_for(buyer, paid_course, "RAPPORT"))
    order_for(UserFactory(), paid_course, "RAPPORT")  # held by an unpaid order
    page = admin_client.get(f"/admin/payments/tools/codes/{code.pk}/usage/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Usage of RAPPORT" in html
    assert "1 / 10" in html  # redeemed
    assert "372,50" in html  # discount given
    assert buyer.email in html
    listing = admin_client.get("/admin/payments/codes/").content.decode()
    assert f"/admin/payments/tools/codes/{code.pk}/usage/" in listing


def test_refund_needs_a_reason_and_only_paid_orders(admin_client, buyer, paid_course):
    order = order_for(buyer, paid_course)
    page = admin_client.get(f"/admin/payments/tools/orders/{order.pk}/refund/")
    assert "Only paid orders can be refunded." in page.content.decode()
    pay_dev(order)
    admin_client.post(
        f"/admin/payments/tools/orders/{order.pk}/refund/", {"reason": ""}
    )
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    admin_client.post(
        f"/admin/payments/tools/orders/{order.pk}/refund/", {"reason": "Dobbeltkjøp"}
    )
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED


def test_payment_tools_need_permissions(client, buyer, paid_course):
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    order = order_for(buyer, paid_course)
    assert client.get(
        f"/admin/payments/tools/orders/{order.pk}/refund/"
    ).status_code in (
        302,
        403,
    )
    assert client.get("/admin/payments/tools/codes/generate/").status_code in (302, 403)


def test_editors_choose_the_campaign_code_in_site_settings(admin_client, site):
    from wagtail.models import Site

    code = DiscountCodeFactory(code="KAMPANJE")
    site_id = Site.objects.get(is_default_site=True).pk
    url = f"/admin/settings/payments/campaignbannersettings/{site_id}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"code": code.pk, "headline": ""})
    assert response.status_code == 302
    from payments.models import CampaignBannerSettings

    assert CampaignBannerSettings.objects.get().code == code


def test_admin_edits_keep_a_before_and_after_history(admin_client, admin_user):
    company = CompanyFactory(name="Gammelt Navn AS", invoice_reference="PO-1")
    member = UserFactory(email="member@example.org")
    from payments.models import CompanyMember

    membership = CompanyMember.objects.create(
        company=company, user=member, role=CompanyMember.Role.EMPLOYEE
    )
    response = admin_client.post(
        f"/admin/payments/companies/edit/{company.pk}/",
        {
            "name": "Nytt Navn AS",
            "org_nr": company.org_nr,
            "billing_email": company.billing_email,
            "invoice_reference": "PO-2",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    admin_client.post(
        f"/admin/payments/company-members/edit/{membership.pk}/",
        {"company": company.pk, "user": member.pk, "role": "admin"},
    )
    page = admin_client.get(f"/admin/change-history/payments/company/{company.pk}/")
    html = page.content.decode()
    assert "Gammelt Navn AS" in html and "Nytt Navn AS" in html
    assert admin_user.email in html
    roles = admin_client.get(
        f"/admin/change-history/payments/companymember/{membership.pk}/"
    ).content.decode()
    assert "employee" in roles and "admin" in roles
    # Linked from the listing, and for superusers only.
    listing = admin_client.get("/admin/payments/companies/").content.decode()
    assert f"/admin/change-history/payments/company/{company.pk}/" in listing
    admin_client.force_login(UserFactory(is_staff=True))
    assert admin_client.get(
        f"/admin/change-history/payments/company/{company.pk}/"
    ).status_code in (302, 403)


def test_staff_type_pass_prices_and_batch_amounts_in_kroner(admin_client, paid_course):
    """Nobody has to count øre: the pass price and a batch's amount off are kroner."""
    from payments.models import CoursePass

    response = admin_client.post(
        "/admin/payments/passes/new/",
        {
            "name": "Alle kurs",
            "description": "",
            "price_kr": "4990.50",
            "vat_rate": "25",
            "active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert CoursePass.objects.get(name="Alle kurs").price_ore == 499050
    refused = admin_client.post(
        "/admin/payments/passes/new/",
        {"name": "Gratis?", "price_kr": "fem", "vat_rate": "25"},
    )
    assert refused.status_code == 200
    assert 'value="fem"' in refused.content.decode()
    assert not CoursePass.objects.filter(name="Gratis?").exists()

    admin_client.post(
        "/admin/payments/tools/codes/generate/",
        {
            "name": "Partner",
            "count": "2",
            "kind": "amount",
            "amount_ore": "150.5",
            "scope": "courses",
            "courses": [paid_course.pk],
        },
    )
    assert {c.amount_ore for c in CodeBatch.objects.get().codes.all()} == {15050}


def test_an_amount_code_needs_its_amount_in_kroner(admin_client):
    response = admin_client.post(
        "/admin/payments/codes/new/",
        {
            "code": "BELOP",
            "active": "on",
            "kind": "amount",
            "amount_kr": "",
            "scope": "all",
            "max_uses_per_user": "1",
        },
    )
    assert response.status_code == 200
    assert "Enter the amount off." in response.content.decode()
    assert not DiscountCode.objects.filter(code="BELOP").exists()
