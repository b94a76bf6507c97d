"""The lesson page counts active time and stops when the learner is away (Chromium).

The beat and the idle limit are settings; here they are seconds, not minutes.
"""

import re

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
    live_server, phone_page, settings
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
    settings.LESSON_ACTIVITY_BEAT_SECONDS = 1
    settings.LESSON_IDLE_SECONDS = 3
    page = phone_page
    _login(page, live_server.url, learner.email)
    with page.expect_response(lambda r: "/visit/" in r.url):
        page.goto(live_server.url + lessons[0].url)
    # The opening report counts this minute, and the line says so.
    # (a report every second here: two if the clock passed a minute meanwhile)
    expect(page.locator("[data-time-summary]")).to_have_text(
        re.compile(r"^[12] av 15 minutter aktiv tid$")
    )
    assert ActiveMinute.objects.count() in (1, 2)
    paused = page.locator("[data-time-paused]")
    expect(paused).to_be_hidden()
    # No input for longer than the idle limit: the reports stop and the page says why.
    expect(paused).to_be_visible(timeout=10000)
    assert paused.get_attribute("role") == "status"  # announced to screen readers
    # Any input counts again at once (a key, a tap, a scroll, the button).
    with page.expect_response(lambda r: "/visit/" in r.url):
        page.keyboard.press("Tab")
    expect(paused).to_be_hidden()
    # Nothing may still be on its way to the server when the test database is reset.
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")
