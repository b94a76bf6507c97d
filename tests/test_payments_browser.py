"""Buying in a real browser: a learner with HMS2026, and a company buying seats.

Chromium through Playwright against live_server, with the development gateway (no
Stripe keys, DEBUG on) completing the payments through the same fulfilment as Stripe.
Sign-up uses allauth with mandatory e-mail verification: the link is read from the
locmem outbox.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone, translation
from playwright.sync_api import expect
from wagtail.models import Site

from courses.factories import course_with_lessons
from lms.factories import UserFactory
from lms.models import Enrolment, User
from payments.models import (
    CampaignBannerSettings,
    DiscountCode,
    Order,
    Seat,
    SeatInvitation,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Fjellvann-Regn-42"


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


def at(path: str):
    return re.compile(re.escape(path) + r"(\?.*)?(#.*)?$")


def confirm_email(page, base, email: str) -> None:
    """Open the newest verification link sent to ``email`` and confirm."""
    message = [m for m in mail.outbox if email in m.to][-1]
    [link] = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    page.goto(base + urlsplit(link).path)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(lambda url: "confirm-email" not in url)


def sign_up(page, *, name: str, email: str) -> None:
    page.get_by_label(nb("Full name")).fill(name)
    page.locator("main input[name=email]").fill(email)
    page.locator("main input[name=password1]").fill(PASSWORD)
    page.locator("main input[name=password2]").fill(PASSWORD)
    page.locator("main form.stack-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))


@pytest.fixture
def test_mode(settings):
    settings.DEBUG = True
    settings.STRIPE_SECRET_KEY = ""
    return settings


def test_sign_up_with_hms2026_and_buy_a_course_at_25_percent_off(
    live_server, desktop_page, site, test_mode
):
    page, base = desktop_page, live_server.url
    course, lessons = course_with_lessons(
        site["catalogue"], price_ore=149000, vat_rate=25, title="HMS for ledere"
    )
    code = DiscountCode.objects.create(
        code="HMS2026",
        percent=25,
        valid_from=timezone.now() - timedelta(days=1),
        valid_until=timezone.now() + timedelta(days=60),
    )
    banner = CampaignBannerSettings.for_site(Site.objects.get(is_default_site=True))
    banner.code = code
    banner.save()

    # The home page counts down to the end of the campaign.
    page.goto(base + "/nb/")
    countdown = page.locator("[data-countdown]")
    expect(countdown).to_be_visible()
    assert countdown.get_attribute("aria-hidden") == "true"
    seconds = page.locator('[data-unit="seconds"]')
    before = seconds.inner_text()
    expect(seconds).not_to_have_text(before, timeout=3000)
    assert page.locator('[data-unit="days"]').inner_text() in ("59", "60")
    # The visitor can stop the clock (WCAG 2.2.2) and start it again.
    stop = page.get_by_role("button", name=nb("Stop the clock"))
    stop.click()
    stopped = seconds.inner_text()
    page.wait_for_timeout(1500)
    assert seconds.inner_text() == stopped
    page.get_by_role("button", name=nb("Start the clock")).click()
    expect(seconds).not_to_have_text(stopped, timeout=3000)
    # Asked for reduced motion, the clock shows no seconds and does not tick.
    page.emulate_media(reduced_motion="reduce")
    page.reload()
    expect(countdown).to_be_visible()
    expect(page.locator(".countdown-seconds")).to_be_hidden()
    page.emulate_media(reduced_motion="no-preference")

    # Sign up from the banner: the code comes along and is kept on the account.
    page.get_by_role("link", name=nb("Sign up with the code")).click()
    page.wait_for_url(re.compile(r"/nb/accounts/signup/\?code=HMS2026$"))
    expect(page.locator("main input[name=code]")).to_have_value("HMS2026")
    sign_up(page, name="Siri Leder", email="siri@example.org")
    confirm_email(page, base, "siri@example.org")
    user = User.objects.get(email="siri@example.org")
    assert user.pending_code.code == code

    # Buy the course: the code is applied, the test-mode gateway takes no money.
    page.goto(base + course.url)
    expect(page.locator(".test-mode-notice")).to_be_visible()
    page.check("#buy-consent")
    page.locator("form.buy-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/nb/checkout/test/[0-9a-f-]+/$"))
    expect(page.locator(".dev-gateway")).to_contain_text("1\u00a0117,50\u00a0kr")
    expect(page.locator(".dev-gateway")).to_contain_text("HMS2026")
    page.locator("form[action$='/pay/'] button").click()

    # … and land in the course.
    page.wait_for_url(at(lessons[0].url))
    assert page.get_by_role("heading", level=1).inner_text() == lessons[0].title
    order = Order.objects.get(user=user)
    assert (order.status, order.gateway) == (Order.Status.PAID, Order.Gateway.DEV)
    assert (order.subtotal_ore, order.discount_ore, order.total_ore) == (
        149000,
        37250,
        111750,
    )
    assert order.vat_ore == 22350
    assert Enrolment.objects.get(user=user).source == Enrolment.Source.ORDER
    receipt = [m for m in mail.outbox if m.to == ["siri@example.org"]][-1]
    assert order.number in receipt.subject


def _invite_by_csv(admin, course) -> None:
    """The company admin invites three employees with one CSV file."""
    mail.outbox.clear()
    csv_form = admin.locator("form[action$='/invite/csv/']")
    csv_form.locator("select[name=product]").select_option(
        f"course:{course.translation_key}"
    )
    csv_form.locator("input[type=file]").set_input_files(
        {
            "name": "ansatte.csv",
            "mimeType": "text/csv",
            "buffer": (
                b"e-post;navn\n"
                b"ola@bygg.example.org;Ola Nordmann\n"
                b"kari@bygg.example.org;Kari Nordmann\n"
                b"ali@bygg.example.org;Ali Hassan\n"
            ),
        }
    )
    csv_form.locator("button[type=submit]").click()
    admin.wait_for_url(re.compile(r"/nb/company/\d+/$"))
    expect(admin.locator("section[aria-labelledby=pending-title]")).to_contain_text(
        "kari@bygg.example.org"
    )
    assert SeatInvitation.objects.filter(status="pending").count() == 3
    assert len(mail.outbox) == 3


def test_company_buys_3_seats_invites_by_csv_and_an_employee_accepts(
    live_server, browser_instance, site, test_mode
):
    base = live_server.url
    course, lessons = course_with_lessons(
        site["catalogue"], price_ore=249000, vat_rate=0, title="Verneombud grunnkurs"
    )
    UserFactory(email="hr@bygg.example.org", full_name="Hanne HR", password=PASSWORD)

    admin = browser_instance.new_context(
        viewport={"width": 1280, "height": 900}, locale="nb-NO"
    ).new_page()
    admin.set_default_timeout(15000)
    admin.goto(base + "/nb/accounts/login/")
    admin.locator("main input[name=login]").fill("hr@bygg.example.org")
    admin.locator("main input[name=password]").fill(PASSWORD)
    admin.locator("main form button[type=submit]").click()
    admin.wait_for_url(lambda url: "/accounts/login/" not in url)

    # Register the company (org.nr with its mod-11 check digit).
    admin.goto(base + "/nb/company/")
    admin.locator("main input[name=name]").fill("Bygg og Anlegg AS")
    admin.locator("input[name=org_nr]").fill("914 778 271")
    admin.locator("input[name=billing_email]").fill("faktura@bygg.example.org")
    admin.locator("input[name=invoice_reference]").fill("PO-4411")
    admin.locator("main form button[type=submit]").click()
    admin.wait_for_url(re.compile(r"/nb/company/\d+/$"))

    # Buy 3 seats through the same checkout (test mode).
    buy = admin.locator("form[action$='/buy/']")
    buy.locator("select[name=product]").select_option(
        f"course:{course.translation_key}"
    )
    buy.locator("input[name=quantity]").fill("3")
    buy.locator("button[type=submit]").click()
    admin.wait_for_url(re.compile(r"/nb/checkout/test/[0-9a-f-]+/$"))
    expect(admin.locator(".dev-gateway")).to_contain_text("7\u00a0470\u00a0kr")
    admin.locator("form[action$='/pay/'] button").click()
    admin.wait_for_url(re.compile(r"/nb/company/\d+/$"))
    summary = admin.locator("table.seat-summary")
    expect(summary).to_contain_text("Verneombud grunnkurs")
    assert Seat.objects.filter(status="free").count() == 3

    # Invite three employees with a CSV file.
    _invite_by_csv(admin, course)

    # Kari opens her invitation, signs up, verifies and accepts.
    invitation = SeatInvitation.objects.get(email="kari@bygg.example.org")
    message = [m for m in mail.outbox if m.to == ["kari@bygg.example.org"]][0]
    [link] = re.findall(r"https?://\S+/invite/\S+/", message.body)
    assert invitation.token in link
    employee = browser_instance.new_context(
        viewport={"width": 390, "height": 844}, locale="nb-NO", is_mobile=True
    ).new_page()
    employee.set_default_timeout(15000)
    employee.goto(base + urlsplit(link).path)
    expect(employee.locator("main")).to_contain_text("Bygg og Anlegg AS")
    employee.get_by_role("link", name=nb("Create an account")).click()
    sign_up(employee, name="Kari Nordmann", email="kari@bygg.example.org")
    confirm_email(employee, base, "kari@bygg.example.org")
    # Back on the invitation, logged in: accept and start.
    employee.wait_for_url(at(f"/nb/invite/{invitation.token}/"))
    employee.get_by_role("button", name=nb("Accept and start the course")).click()
    employee.wait_for_url(at(lessons[0].url))

    kari = User.objects.get(email="kari@bygg.example.org")
    seat = Seat.objects.get(holder=kari)
    assert seat.status == Seat.Status.USED
    assert Enrolment.objects.get(user=kari).source == Enrolment.Source.SEAT
    admin.reload()
    expect(admin.locator("section[aria-labelledby=holders-title]")).to_contain_text(
        "Kari Nordmann"
    )
    row = admin.locator("table.seat-summary tbody tr").first
    expect(row).to_contain_text("3")
    assert Seat.objects.filter(status="used").count() == 1
    assert Seat.objects.filter(status="invited").count() == 2


def test_payments_pages_have_no_serious_accessibility_violations(
    live_server, phone_page, site, test_mode
):
    """axe-core on the banner, buy box, order, test gateway, company and invitation."""
    from axe_playwright_python.sync_playwright import Axe
    from django.conf import settings
    from django.test import Client

    from payments.factories import CompanyFactory
    from payments.products import Product
    from payments.services import fulfilment, invitations
    from payments.services import orders as order_services
    from payments.services import roles as role_services

    course, _lessons = course_with_lessons(site["catalogue"], price_ore=149000)
    code = DiscountCode.objects.create(
        code="HMS2026", percent=25, valid_until=timezone.now() + timedelta(days=30)
    )
    banner = CampaignBannerSettings.for_site(Site.objects.get(is_default_site=True))
    banner.code = code
    banner.save()
    hr = UserFactory(email="hr@a11y.example.org")
    company = CompanyFactory(name="Tilgjengelig AS", admin=hr)
    seats = order_services.order_create(
        user=hr, product=Product(course=course), quantity=4, company=company
    )
    fulfilment.order_fulfil(
        order_id=seats.pk, gateway="dev", amount_ore=seats.total_ore
    )
    invitation = invitations.seat_invite(
        company=company, product=Product(course=course), email="a@example.org", actor=hr
    )
    role = role_services.role_create(
        company=company, name="Verneombud", kind="verneombud", actor=hr
    )
    role_services.requirement_add(
        role=role, course=course, due_within_days=30, renew_every_months=24, actor=hr
    )
    role_services.department_create(company=company, name="Lager", actor=hr)
    role_services.member_roles_set(
        membership=company.memberships.get(user=hr),
        roles=[role],
        department=None,
        actor=hr,
    )
    open_order = order_services.order_create(user=hr, product=Product(course=course))
    order_services.order_code_apply(
        order=open_order, code_text="HMS2026", count_attempt=False
    )

    client = Client()
    client.force_login(hr)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    pages = {
        "home with campaign": ("/nb/", False),
        "course buy box": (course.url, True),
        "order": (f"/nb/orders/{open_order.public_id}/", True),
        "test gateway": (f"/nb/checkout/test/{open_order.public_id}/", True),
        "my orders": ("/nb/orders/", True),
        "company": (f"/nb/company/{company.pk}/", True),
        "roles": (f"/nb/company/{company.pk}/roles/", True),
        "required training": (f"/nb/company/{company.pk}/training/", True),
        "40-hour training": (f"/nb/company/{company.pk}/hours/", True),
        "leaders' digest": ("/nb/digest/", False),
        "invitation": (f"/nb/invite/{invitation.token}/", False),
    }
    axe, problems = Axe(), {}
    for name, (path, logged_in) in pages.items():
        phone_page.context.clear_cookies()
        if logged_in:
            phone_page.context.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": session,
                        "url": live_server.url,
                    }
                ]
            )
        response = phone_page.goto(live_server.url + path)
        assert response.status == 200, (name, response.status)
        violations = [
            v
            for v in axe.run(phone_page).response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        if violations:
            problems[name] = [
                (v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations
            ]
        assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390, name
    assert not problems, problems
