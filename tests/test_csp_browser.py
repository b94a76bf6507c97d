"""The Content-Security-Policy holds in a real browser: no page breaks under it.

Chromium reports every blocked script, style, frame or form target as a
``securitypolicyviolation`` event; the test collects them on the pages a learner, an
instructor, a company admin and an editor use, the Wagtail page editor included.
"""

from contextlib import nullcontext

import pytest
from django.conf import settings
from django.test import Client

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COLLECT = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + (e.blockedURI || "inline") +
                    " at " + e.sourceFile + ":" + e.lineNumber);
});
"""


@pytest.fixture
def world(transactional_db):
    from courses.factories import site_tree
    from tests.authz_world import build

    home, catalogue = site_tree()
    return build({"home": home, "catalogue": catalogue}, lambda **kwargs: nullcontext())


def _signed_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _violations(page, url):
    console = []
    page.on(
        "console",
        lambda m: console.append(m.text) if "Content Security Policy" in m.text else 0,
    )
    response = page.goto(url)
    assert response.status < 400, (url, response.status)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__csp") + console


def test_no_page_breaks_under_the_content_security_policy(
    live_server, world, browser_instance
):
    o, people = world.objects, world.people
    lesson = o["course"].lessons[0]
    pages = {
        None: ["/nb/", o["course"].url, "/nb/verify/"],
        "learner": [lesson.url, o["exercise"].url, "/nb/dashboard/"],
        "instructor": [f"/nb/sandbox/grading/{o['submission'].pk}/"],
        "admin": [f"/nb/company/{o['company'].pk}/", "/nb/company/compliance/"],
        "super": [
            "/admin/",
            f"/admin/pages/{lesson.pk}/edit/",
            f"/admin/pages/{o['exercise'].pk}/edit/",
        ],
    }
    found = {}
    for role, urls in pages.items():
        context = browser_instance.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(COLLECT)
        if role:
            _signed_in(context, live_server, people[role])
        page = context.new_page()
        page.set_default_timeout(15000)
        for url in urls:
            violations = _violations(page, f"{live_server.url}{url}")
            if violations:
                found[url] = violations
        context.close()
    assert not found, "\n".join(f"{url}: {v}" for url, vs in found.items() for v in vs)
