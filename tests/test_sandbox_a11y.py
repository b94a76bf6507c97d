"""axe-core scans of the sandbox pages at phone and desktop size: no serious or
critical violations on the workspace (also with errors), feedback, queue and grading."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.axe_scan import blocking_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sandbox_pages(live_server, site, learner):
    from avvik_sandbox import grading, services
    from avvik_sandbox.factories import (
        GOOD_NB,
        ExercisePageFactory,
        answer,
        sandbox_tree,
    )
    from lms.factories import UserFactory

    index = sandbox_tree(site["home"])
    exercise = ExercisePageFactory(parent=index)
    other = ExercisePageFactory(parent=index, title="Andre øvelse")
    submission = services.submission_submit(
        submission=services.submission_get_or_create(user=learner, exercise=exercise),
        draft=answer(exercise, **GOOD_NB),
        language="nb",
    )
    instructor = UserFactory(email="a11y-teacher@example.org")
    grading.instructor_assign(instructor=instructor, course=None)
    grading.submission_claim(submission_id=submission.pk, instructor=instructor)

    def session_for(user):
        client = Client()
        client.force_login(user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    with translation.override("nb"):
        return {
            "learner": session_for(learner),
            "instructor": session_for(instructor),
            "urls": [
                ("index", index.url, "learner"),
                ("workspace", other.url, "learner"),
                (
                    "feedback",
                    reverse("avvik_sandbox:submission", args=[submission.pk]),
                    "learner",
                ),
                ("queue", reverse("avvik_sandbox:grading_queue"), "instructor"),
                (
                    "grading",
                    reverse("avvik_sandbox:grading_detail", args=[submission.pk]),
                    "instructor",
                ),
            ],
            "workspace": other.url,
        }


def _scan(page, live_server, pages):
    problems = {}
    for name, path, who in pages["urls"]:
        page.context.clear_cookies()
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": pages[who],
                    "url": live_server.url,
                }
            ]
        )
        response = page.goto(live_server.url + path)
        assert response.status == 200, (name, response.status)
        blocking = blocking_violations(page)
        if blocking:
            problems[name] = describe(blocking)
    # The workspace after an incomplete submit: error summary and marked fields.
    page.goto(live_server.url + pages["workspace"])
    page.click("button[formaction$='/submit/']")
    page.wait_for_selector("#error-summary")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    blocking = blocking_violations(page)
    if blocking:
        problems["workspace with errors"] = describe(blocking)
    return problems


def test_sandbox_pages_on_a_phone(live_server, sandbox_pages, phone_page):
    problems = _scan(phone_page, live_server, sandbox_pages)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_sandbox_pages_on_a_desktop(live_server, sandbox_pages, desktop_page):
    problems = _scan(desktop_page, live_server, sandbox_pages)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())
