"""Keyboard alone, at 390 px and at 1280 px: a quiz, a sandbox submission and an
invitation. After each POST, focus lands on what the POST produced (the quiz result,
the first thing to fix, the routine step, the "invitation sent" message), nothing a
focused element needs is hidden under the sticky save bar, and axe finds nothing
serious on the result pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from tests.axe_scan import BLOCKING, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"  # lms.factories.UserFactory
SIZES = [(390, 844), (1280, 900)]

ACTIVE = """() => {
  const el = document.activeElement;
  return {tag: el.tagName, id: el.id, name: el.getAttribute("name") || "",
          type: el.getAttribute("type") || "", value: el.value || "",
          posts: el.getAttribute("formaction") || "",
          cls: el.className || "", text: (el.innerText || "").slice(0, 80)};
}"""

# The focused element against the sticky "draft saved" bar: some of it must show.
OBSCURED = """() => {
  const el = document.activeElement, bar = document.querySelector("[data-save-status]");
  if (!bar || el === document.body) return false;
  const box = el.getBoundingClientRect(), cover = bar.getBoundingClientRect();
  return box.height > 0 && box.top >= cover.top && box.bottom <= cover.bottom;
}"""


def _login(page, base, email):
    page.goto(f"{base}/nb/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.stack-form button[type=submit]").click()


def tab_to(page, wanted, *, limit=250, watch_bar=False):
    """Press Tab until ``wanted(active)`` holds; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if watch_bar:
            assert not page.evaluate(OBSCURED), f"hidden under the save bar: {active}"
        if wanted(active):
            return active
    raise AssertionError("never reached by Tab")


def no_blocking_violations(page):
    results = Axe().run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_quiz_by_keyboard_lands_on_its_result(
    live_server, browser_instance, site, learner, width, height
):
    from courses.factories import course_with_lessons, quiz_block, text_block
    from lms import services

    course, lessons = course_with_lessons(site["catalogue"], lessons=1)
    lessons[0].body = [text_block(), quiz_block()]
    lessons[0].save_revision().publish()
    services.enrolment_free_create(user=learner, course=course)
    context = browser_instance.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    _login(page, live_server.url, learner.email)
    page.goto(live_server.url + lessons[0].url)

    # First question: Tab into the radio group, the arrow picks the right answer.
    tab_to(page, lambda a: a["type"] == "radio")
    page.keyboard.press("ArrowDown")
    # Second question: the first box only (not all the right ones): a wrong answer.
    tab_to(page, lambda a: a["type"] == "checkbox")
    page.keyboard.press("Space")
    tab_to(page, lambda a: a["tag"] == "BUTTON" and a["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement !== document.body")
    focused = page.evaluate(ACTIVE)
    assert "quiz-result" in focused["cls"] or page.evaluate(
        "!!document.activeElement.closest('[data-result], .quiz-result')"
    ), focused
    no_blocking_violations(page)
    context.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_sandbox_submission_by_keyboard_lands_on_each_result(
    live_server, browser_instance, width, height
):
    from avvik_sandbox.demo import seed_permissions
    from avvik_sandbox.factories import ExercisePageFactory, sandbox_tree
    from courses.factories import site_tree
    from lms.factories import UserFactory

    home, _catalogue = site_tree()
    index = sandbox_tree(home)
    seed_permissions(index)
    exercise = ExercisePageFactory(parent=index)
    learner = UserFactory(email=f"keys{width}@example.org")
    context = browser_instance.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    _login(page, live_server.url, learner.email)
    page.goto(live_server.url + exercise.url)

    # Walk the whole workspace by Tab: no focused field is hidden under the save bar.
    tab_to(
        page,
        lambda a: a["tag"] == "BUTTON" and a["posts"].endswith("/advance/"),
        limit=400,
        watch_bar=True,
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement !== document.body")
    # The routine step it moved is where focus is, with the new current step in it.
    assert page.evaluate("document.activeElement.id") == "step-routine"
    assert page.locator("#step-routine [aria-current=step]").count() == 1

    # Submitting an empty analysis: focus goes to the list of what to fix, whose
    # links lead to each field.
    tab_to(
        page,
        lambda a: a["tag"] == "BUTTON" and a["posts"].endswith("/submit/"),
        limit=400,
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement !== document.body")
    focused = page.evaluate(ACTIVE)
    assert focused["id"] == "error-summary", focused
    first = page.locator("#error-summary a").first
    assert first.get_attribute("href") == "#id_event_0"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_event_0"
    no_blocking_violations(page)
    context.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_an_invitation_by_keyboard_lands_on_the_message(
    live_server, browser_instance, site, width, height
):
    from courses.factories import course_with_lessons
    from lms.factories import UserFactory
    from payments.factories import seat_given
    from payments.models import Company, CompanyMember, Seat, SeatInvitation

    course, _ = course_with_lessons(site["catalogue"], price_ore=149000)
    company = Company.objects.create(
        name="Bygg AS", org_nr="914778271", billing_email="f@x.no"
    )
    admin = UserFactory(email=f"hr{width}@bygg.no", full_name="Hanne HR")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    seat = seat_given(company=company, user=admin, course=course, buyer=admin)
    Seat.objects.create(
        company=company,
        order_line=seat.order_line,
        course=course,
        course_key=course.translation_key,
    )
    context = browser_instance.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    _login(page, live_server.url, admin.email)
    page.goto(live_server.url + reverse("payments:company_detail", args=[company.pk]))
    tab_to(page, lambda a: a["tag"] == "INPUT" and a["type"] == "email")
    page.keyboard.type("ny.ansatt@bygg.no")
    tab_to(page, lambda a: a["tag"] == "BUTTON" and a["type"] == "submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement !== document.body")
    focused = page.evaluate(ACTIVE)
    assert "messages" in focused["cls"], focused
    assert "ny.ansatt@bygg.no" in focused["text"]
    assert SeatInvitation.objects.filter(email="ny.ansatt@bygg.no").exists()
    no_blocking_violations(page)
    context.close()
