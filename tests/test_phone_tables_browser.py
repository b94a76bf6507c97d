"""At 390 × 844 every table keeps its columns and every action stays on the screen:
pending invitations, order lines, the order list and the compliance matrix."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"

OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  const off = [];
  document.querySelectorAll("main button, main a.button, main input, main select")
    .forEach((el) => {
      const box = el.getBoundingClientRect();
      if (box.width && (box.right > width + 1 || box.left < -1)) {
        off.push(el.outerHTML.slice(0, 100));
      }
    });
  return {off, scroll: document.documentElement.scrollWidth, width};
}"""


def _login(page, base, email):
    page.goto(f"{base}/nb/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.stack-form button[type=submit]").click()


def test_company_tables_fit_a_phone(live_server, phone_page, site):
    from courses.factories import course_with_lessons
    from lms.factories import UserFactory
    from payments.factories import seat_given
    from payments.models import Company, CompanyMember, Seat
    from payments.products import Product
    from payments.services.invitations import seat_invite

    course, _ = course_with_lessons(site["catalogue"], price_ore=149000)
    company = Company.objects.create(
        name="Bygg og Anlegg Vestland AS", org_nr="914778271", billing_email="f@x.no"
    )
    admin = UserFactory(email="hr@bygg.no", full_name="Hanne HR")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    seat = seat_given(company=company, user=admin, course=course, buyer=admin)
    for _i in range(2):  # two more seats from the same order, not yet given
        Seat.objects.create(
            company=company,
            order_line=seat.order_line,
            course=course,
            course_key=course.translation_key,
        )
    for email in ("kari.nordmann.med.langt.navn@bygg-og-anlegg.no", "ola@bygg.no"):
        seat_invite(
            company=company, product=Product(course=course), email=email, actor=admin
        )
    order = seat.order_line.order
    page = phone_page
    _login(page, live_server.url, admin.email)
    for url in (
        reverse("payments:company_detail", args=[company.pk]),
        reverse("payments:order_list"),
        reverse("payments:order_detail", args=[order.public_id]),
        reverse("payments:compliance"),
    ):
        page.goto(live_server.url + url)
        found = page.evaluate(OFF_SCREEN)
        assert not found["off"], (url, found["off"])
        assert found["scroll"] <= found["width"], url
    # The invitations keep every column, each value under its column's name.
    page.goto(live_server.url + reverse("payments:company_detail", args=[company.pk]))
    labels = page.evaluate(
        """() => [...document.querySelectorAll(
             "section[aria-labelledby=pending-title] tbody tr:first-child td")]
           .map((td) => getComputedStyle(td, "::before").content)"""
    )
    assert labels == [
        '"E-postadresse"',
        '"Kurs eller kurspass"',
        '"Invitert"',
        '"Handlinger"',
    ]
