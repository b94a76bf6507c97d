"""The learner's journey in a real browser at phone size (390×844).

Debian's Chromium through Playwright (tests/fixtures.py) against pytest-django's
live_server; the data must be committed for the server thread, hence transactional_db.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import expect

from lms.models import Enrolment, User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Fjellvann-Regn-42"


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


def at(path: str):
    """The URL of ``path`` on the live server; a kept #fragment does not matter."""
    return re.compile(re.escape(path) + r"(#.*)?$")


def _sign_up_and_confirm(page, base):
    """Sign up through the real form on a phone, then confirm from the e-mail."""
    # Sign up through the real form; the name field is there and labelled.
    page.get_by_label(nb("Full name")).fill("Ingrid Solberg")
    page.locator("main input[name=email]").fill("ingrid@example.org")
    page.locator("main input[name=password1]").fill(PASSWORD)
    page.locator("main input[name=password2]").fill(PASSWORD)
    page.locator("form.stack-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    user = User.objects.get(email="ingrid@example.org")
    assert user.full_name == "Ingrid Solberg"
    # Nothing spills out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    # Open the verification link from the e-mail and confirm.
    assert len(mail.outbox) == 1
    [link] = re.findall(
        r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body
    )
    page.goto(base + urlsplit(link).path)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(lambda url: "confirm-email" not in url)
    assert user.emailaddress_set.get().verified

    return user


def test_phone_journey_from_sign_up_to_completed_course(
    live_server, phone_page, course
):
    page = phone_page
    base = live_server.url
    lessons = course.lessons

    # The course page invites a visitor to sign up.
    page.goto(base + course.url)
    assert page.viewport_size == {"width": 390, "height": 844}
    page.get_by_role("link", name=nb("Sign up to start – free")).click()
    page.wait_for_url(re.compile(r"/nb/accounts/signup/"))

    user = _sign_up_and_confirm(page, base)

    # Enrol in the free course: straight into the first lesson.
    page.goto(base + course.url)
    page.get_by_role("button", name=nb("Start the course – free")).click()
    page.wait_for_url(at(lessons[0].url))
    assert Enrolment.objects.filter(user=user).count() == 1

    # The lessons without a quiz.
    for lesson, following in zip(lessons, lessons[1:], strict=False):
        assert page.get_by_role("heading", level=1).inner_text() == lesson.title
        page.get_by_role("button", name=nb("Mark as done and continue")).click()
        page.wait_for_url(at(following.url))

    # The quiz: first wrong, with feedback and the answers still ticked.
    quiz = page.locator("section.quiz")
    quiz.get_by_label("The broken leg").check()
    quiz.get_by_label("Nobody").check()
    quiz.get_by_role("button", name=nb("Check my answers")).click()
    expect(page.locator(".quiz-result.is-failed")).to_be_visible()
    # Focus lands on the result, not at the top of the page.
    page.wait_for_function(
        "document.activeElement.classList.contains('quiz-result')", timeout=3000
    )
    assert page.get_by_text("That is the event.").is_visible()
    assert quiz.get_by_label("The broken leg").is_checked()
    assert quiz.get_by_label("Nobody").is_checked()

    # Then right.
    quiz.get_by_label("The unsanded ice").check()
    quiz.get_by_label("Nobody").uncheck()
    quiz.get_by_label("Nearest leader").check()
    quiz.get_by_label("Verneombud").check()
    quiz.get_by_role("button", name=nb("Submit new answers")).click()
    expect(page.locator(".quiz-result.is-passed")).to_be_visible()

    # Passing the last quiz finishes the lesson and with it the course: no second
    # "done" button.
    expect(
        page.get_by_text(nb("Congratulations! You have completed the course."))
    ).to_be_visible()
    assert page.get_by_role("button", name=nb("Mark as done and continue")).count() == 0
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.completed_at is not None
    assert str(enrolment.hours_credited) == "1.50"

    # The dashboard, reached through the phone menu.
    page.get_by_role("button", name=nb("Menu")).click()
    page.get_by_role("link", name=nb("My courses")).click()
    page.wait_for_url(re.compile(r"/nb/dashboard/$"))
    completed = page.locator("section[aria-labelledby=completed-title]")
    assert completed.get_by_role("link", name=course.title, exact=True).is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
