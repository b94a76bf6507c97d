"""Certificates and the compliance view in a real browser: axe-core scans at phone and
desktop size, and a company admin building the evidence pack with its progress bar."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.axe_scan import blocking_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages(live_server, site, learner):
    from courses.factories import course_with_lessons
    from lms.factories import UserFactory
    from lms.models import Certificate
    from lms.tests.certificate_helpers import finish_course
    from payments.factories import seat_given
    from payments.models import Company, CompanyMember

    course, _ = course_with_lessons(
        site["catalogue"],
        title="Verneombudskurs",
        audience="verneombud",
        certificate_validity_months=24,
        topics=[("topic", "Verneombudets oppgaver")],
    )
    company = Company.objects.create(
        name="Bygg AS", org_nr="914778271", billing_email="f@example.no"
    )
    admin = UserFactory(email="hr@bygg.no", full_name="Hanne HR")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    # The company gave the learner the seat, so it may see this course's record.
    seat_given(company=company, user=learner, course=course)
    finish_course(course=course, user=learner)  # autocommit: the task runs eagerly
    certificate = Certificate.objects.get(user=learner)

    def session_for(user):
        client = Client()
        client.force_login(user)
        return client.cookies[settings.SESSION_COOKIE_NAME].value

    with translation.override("nb"):
        return {
            "learner": session_for(learner),
            "admin": session_for(admin),
            "anonymous": None,
            "urls": [
                (
                    "verify",
                    reverse("lms:certificate_verify", args=[certificate.number]),
                    "anonymous",
                    200,
                ),
                (
                    "verify unknown",
                    reverse("lms:certificate_verify", args=["AAAA-BBBB-CCCC-DDDD"]),
                    "anonymous",
                    404,
                ),
                ("dashboard", reverse("lms:dashboard"), "learner", 200),
                ("certificates", reverse("lms:certificate_list"), "learner", 200),
                ("compliance", reverse("payments:compliance"), "admin", 200),
            ],
            "certificate": certificate,
        }


def _login(page, live_server, session):
    page.context.clear_cookies()
    if session:
        page.context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": session,
                    "url": live_server.url,
                }
            ]
        )


def _describe(violations) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['failureSummary'][:200]!r}")
    return "\n".join(lines)


def _scan(page, live_server, pages):
    problems = {}
    for name, path, who, status in pages["urls"]:
        _login(page, live_server, pages[who])
        response = page.goto(live_server.url + path)
        assert response.status == status, (name, response.status)
        blocking = blocking_violations(page)
        if blocking:
            problems[name] = _describe(blocking)
    return problems


def test_certificate_pages_on_a_phone(live_server, pages, phone_page):
    problems = _scan(phone_page, live_server, pages)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_certificate_pages_on_a_desktop(live_server, pages, desktop_page):
    problems = _scan(desktop_page, live_server, pages)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())


def test_company_admin_builds_and_downloads_the_evidence_pack(
    live_server, pages, phone_page
):
    page = phone_page
    _login(page, live_server, pages["admin"])
    page.goto(live_server.url + "/nb/company/compliance/")
    assert page.get_by_role("rowheader", name="Kari Nordmann").is_visible()
    page.locator("form[action$='/evidence-pack/'] button").click()
    page.wait_for_url("**/evidence-pack/*/")
    link = page.locator("[data-pack-download] a")
    link.wait_for(state="visible")
    assert page.locator("[data-pack-progress]").get_attribute("value") == "100"
    assert page.locator("[data-pack-count]").inner_text() == "1 / 1"
    with page.expect_download() as info:
        link.click()
    assert info.value.suggested_filename.endswith(".zip")
    # The learner reaches the same certificate from the verification page, no login.
    _login(page, live_server, None)
    number = pages["certificate"].number
    page.goto(live_server.url + "/nb/verify/")
    page.fill("#verify-number", number.replace("-", " ").lower())
    page.click(".verify-form button[type=submit]")
    page.wait_for_url(f"**/verify/{number}/")
    assert page.locator(".verify-valid").is_visible()


def test_progress_bar_follows_a_pack_being_built(live_server, pages, desktop_page):
    from lms.models import User
    from payments.compliance.evidence import evidence_pack_build
    from payments.models import Company, EvidencePackJob

    page = desktop_page
    job = EvidencePackJob.objects.create(
        company_id=Company.objects.get().pk,
        requested_by=User.objects.get(email="hr@bygg.no"),
        language="nb",
        status=EvidencePackJob.Status.RUNNING,
        total=10,
        done=3,
    )
    _login(page, live_server, pages["admin"])
    page.goto(live_server.url + reverse("payments:evidence_pack", args=[job.pk]))
    assert page.locator("[data-pack-progress]").get_attribute("value") == "30"
    assert page.locator("[data-pack-download]").is_hidden()
    evidence_pack_build(job_id=job.pk)  # the worker finishes while the page polls
    page.locator("[data-pack-download] a").wait_for(state="visible", timeout=10000)
    assert page.locator("[data-pack-progress]").get_attribute("value") == "100"
    assert page.locator("[data-pack-count]").inner_text() == "1 / 1"
