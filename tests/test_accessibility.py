"""axe-core scans of the main pages: no serious or critical violations.

axe-playwright-python ships axe.min.js, so the scan needs no network. Each page is
scanned at phone size (390×844) and at desktop size (1280×900), with realistic
content: a lesson with a law callout and a quiz answered wrongly (feedback showing),
a dashboard with a course in progress and a completed one.
"""

import uuid

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.utils import translation

from courses.factories import (
    ArticleIndexPageFactory,
    course_with_lessons,
    quiz_block,
    text_block,
)
from courses.models import ArticlePage
from lms import services
from tests.axe_scan import BLOCKING, describe
from tests.foundation_helpers import RIGHT_ANSWERS, WRONG_ANSWERS, quiz_post, quiz_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def url(name: str) -> str:
    from django.urls import reverse

    with translation.override("nb"):
        return reverse(name)


def lesson_body():
    return [
        {"type": "heading", "value": "Why internal control", "id": str(uuid.uuid4())},
        text_block(
            "<p>Internal control means <strong>working systematically</strong>.</p>"
            "<ul><li>Map the risks</li><li>Make a plan</li></ul>"
        ),
        {
            "type": "law",
            "value": {
                "reference": "Internkontrollforskriften § 5",
                "title": "What the enterprise must do",
                "text": "Map hazards, assess risk and make plans to reduce it.",
            },
            "id": str(uuid.uuid4()),
        },
        quiz_block(),
    ]


@pytest.fixture
def pages(live_server, site, learner):
    """{name: (url, logged in?)} for every page that is scanned."""
    course, lessons = course_with_lessons(site["catalogue"], lessons=3)
    lessons[-1].body = lesson_body()
    lessons[-1].save_revision().publish()
    done, done_lessons = course_with_lessons(site["catalogue"], lessons=1)
    course_with_lessons(site["catalogue"], lessons=1, price_ore=149000)
    articles = ArticleIndexPageFactory(parent=site["home"])
    article = ArticlePage(
        title="What is a deviation?",
        slug="what-is-a-deviation",
        intro="The injury is rarely the deviation.",
        body=lesson_body()[:3],
    )
    articles.add_child(instance=article)
    article.save_revision().publish()

    enrolment = services.enrolment_free_create(user=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=lessons[0])
    finished = services.enrolment_free_create(user=learner, course=done)
    block_id = done_lessons[0].quiz_blocks()[0].id
    services.quiz_attempt_submit(
        enrolment=finished,
        lesson=done_lessons[0],
        block_id=block_id,
        answers=RIGHT_ANSWERS,
    )
    services.lesson_complete(enrolment=finished, lesson=done_lessons[0])

    client = Client()
    client.force_login(learner)
    last = course.lessons[-1]
    client.post(
        quiz_url(last, last.quiz_blocks()[0].id),
        quiz_post(last.quiz_blocks()[0].id, WRONG_ANSWERS),
    )
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {
        "session": session,
        "urls": {
            "home": (site["home"].url, False),
            "catalogue": (site["catalogue"].url, False),
            "course": (course.url, False),
            "course (enrolled)": (course.url, True),
            "lesson (quiz answered wrongly)": (last.url, True),
            "article index": (articles.url, False),
            "article": (article.url, False),
            "login": (url("account_login"), False),
            "signup": (url("account_signup"), False),
            "dashboard": (url("lms:dashboard"), True),
        },
    }


def scan(browser_page, live_server, pages, viewport):
    axe = Axe()
    browser_page.set_viewport_size(viewport)
    anonymous = browser_page.context
    problems = {}
    for name, (path, logged_in) in pages["urls"].items():
        if logged_in:
            anonymous.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": pages["session"],
                        "url": live_server.url,
                    }
                ]
            )
        else:
            anonymous.clear_cookies()
        response = browser_page.goto(live_server.url + path)
        assert response.status == 200, (name, response.status)
        results = axe.run(browser_page)
        blocking = [
            v for v in results.response["violations"] if v["impact"] in BLOCKING
        ]
        if blocking:
            problems[name] = describe(blocking)
    return problems


def test_no_serious_violations_on_a_phone(live_server, pages, phone_page):
    problems = scan(phone_page, live_server, pages, {"width": 390, "height": 844})
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_no_serious_violations_on_a_desktop(live_server, pages, desktop_page):
    problems = scan(desktop_page, live_server, pages, {"width": 1280, "height": 900})
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_the_phone_menu_is_accessible_when_open(live_server, site, phone_page):
    phone_page.goto(live_server.url + site["home"].url)
    toggle = phone_page.locator(".nav-toggle")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone_page.locator("#site-nav").is_visible()
    results = Axe().run(phone_page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)


def test_a_sign_up_form_with_errors_is_accessible_and_focuses_the_problem(
    live_server, site, phone_page
):
    phone_page.goto(live_server.url + url("account_signup"))
    phone_page.locator("main input[name=email]").fill("not-an-address")
    phone_page.locator("main form.stack-form button[type=submit]").click()
    phone_page.wait_for_selector("main .field-error")
    focused = phone_page.evaluate("document.activeElement.id")
    assert focused == "id_email"
    described = phone_page.locator("#id_email").get_attribute("aria-describedby")
    assert "id_email_error" in described.split()
    assert phone_page.locator("#id_email").input_value() == "not-an-address"
    results = Axe().run(phone_page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)


def test_the_404_page_is_accessible(live_server, site, phone_page):
    response = phone_page.goto(live_server.url + "/de/kurs/")
    assert response.status == 404
    results = Axe().run(phone_page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)


def test_keyboard_users_can_skip_to_the_content_and_use_the_menu(
    live_server, site, phone_page
):
    page = phone_page
    page.goto(live_server.url + site["home"].url)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box and box["x"] >= 0  # visible on screen once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    toggle = page.locator(".nav-toggle")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-nav").is_visible()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#site-nav").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('nav-toggle')")
