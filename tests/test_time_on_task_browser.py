"""The lesson page counts active time and stops when the learner is away (Chromium).

Playwright's clock runs the page's timers forward; the server's minutes are real.
"""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"


def _login(page, base, email):
    page.goto(f"{base}/nb/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.stack-form button[type=submit]").click()


def test_the_time_line_moves_and_pauses_when_the_learner_is_away(
    live_server, phone_page
):
    from courses.factories import course_with_lessons, site_tree
    from lms import services
    from lms.factories import UserFactory
    from lms.models import ActiveMinute

    _home, catalogue = site_tree()
    course, lessons = course_with_lessons(
        catalogue, lessons=2, duration_minutes=30, min_time_percent=50
    )
    learner = UserFactory(email="tid@example.org")
    services.enrolment_free_create(user=learner, course=course)
    page = phone_page
    _login(page, live_server.url, learner.email)
    page.clock.install()
    with page.expect_response(lambda r: "/visit/" in r.url):
        page.goto(live_server.url + lessons[0].url)
    # The opening report counts this minute, and the line says so.
    expect(page.locator("[data-time-summary]")).to_have_text(
        "1 av 15 minutter aktiv tid"
    )
    assert ActiveMinute.objects.count() == 1
    paused = page.locator("[data-time-paused]")
    expect(paused).to_be_hidden()
    # Eleven minutes without touching the page: the reports stop and the page says why.
    page.clock.run_for("11:00")
    expect(paused).to_be_visible()
    with page.expect_response(lambda r: "/visit/" in r.url):
        # (a dispatched click: the page's timers are held by the test clock)
        paused.get_by_role("button").dispatch_event("click")
    expect(paused).to_be_hidden()
