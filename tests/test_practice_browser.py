"""The practice company's pages (statistics, log, routine, AMU and risk exercises) in a
real browser at phone and desktop size: axe finds nothing serious, nothing is wider
than a phone, every chart has a table with its numbers, and the month chart's bars
follow the table."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.axe_scan import blocking_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def practice(live_server, site, learner):
    from avvik_sandbox.practice import amu, risk, routine
    from avvik_sandbox.practice.demo import seed_key
    from avvik_sandbox.practice.risk_demo import KINDERGARTEN, seed_risk_exercises
    from avvik_sandbox.practice.risk_models import RiskExercise
    from avvik_sandbox.tests.helpers import make_company
    from avvik_sandbox.tests.test_amu_exercise import CULTURE, QUIET, VIOLENCE
    from avvik_sandbox.tests.test_risk import GOOD

    company = make_company(slug="fjordvik-kommune", volume=300)
    seed_key(company)
    seed_risk_exercises({company.slug: company})
    exercise = RiskExercise.objects.get(slug=KINDERGARTEN["slug"])
    cohort = routine.cohort_solo(company=company, user=learner)
    case = cohort.cases.get()
    answer = amu.answer_submit(
        company=company,
        user=learner,
        year=2025,
        language="nb",
        conclusions=[CULTURE, QUIET, VIOLENCE],
    )
    risk_answer = risk.answer_submit(
        exercise=exercise, user=learner, language="nb", rows=GOOD
    )
    client = Client()
    client.force_login(learner)
    with translation.override("nb"):
        statistics = reverse("avvik_sandbox:practice_statistics", args=[company.slug])
        paths = [
            statistics,
            statistics.replace("/nb/", "/uk/", 1),
            reverse("avvik_sandbox:practice_company", args=[company.slug]),
            reverse("avvik_sandbox:routine_home", args=[company.slug]),
            reverse("avvik_sandbox:routine_cohort", args=[cohort.pk]),
            reverse("avvik_sandbox:routine_case", args=[case.pk]),
            reverse("avvik_sandbox:routine_report", args=[cohort.pk]).replace(
                "/nb/", "/uk/", 1
            ),
            reverse("avvik_sandbox:practice_amu", args=[company.slug]),
            reverse(
                "avvik_sandbox:practice_amu_answer", args=[company.slug, answer.pk]
            ),
            reverse("avvik_sandbox:risk_exercise", args=[exercise.slug]),
            reverse("avvik_sandbox:plan_exercise", args=[company.slug]),
            reverse("avvik_sandbox:routine_amu", args=[cohort.pk]),
            reverse("avvik_sandbox:risk_answer", args=[exercise.slug, risk_answer.pk]),
        ]
    return {
        "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "paths": paths,
        "statistics": statistics,
    }


def _open(page, live_server, practice, path):
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": practice["session"],
                "url": live_server.url,
            }
        ]
    )
    response = page.goto(live_server.url + path)
    assert response.status == 200, path


def _scan(page, live_server, practice):
    problems = {}
    for path in practice["paths"]:
        _open(page, live_server, practice, path)
        blocking = blocking_violations(page)
        if blocking:
            problems[path] = describe(blocking)
    return problems


def test_the_practice_pages_on_a_phone(live_server, practice, phone_page):
    problems = _scan(phone_page, live_server, practice)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())
    # Nothing wider than the screen: charts, the risk matrix and the forms fit.
    for path in practice["paths"]:
        _open(phone_page, live_server, practice, path)
        width = phone_page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)


def test_every_chart_has_its_numbers_in_a_table(live_server, practice, desktop_page):
    problems = _scan(desktop_page, live_server, practice)
    assert not problems, "\n".join(f"{k}:\n{v}" for k, v in problems.items())
    page = desktop_page
    _open(page, live_server, practice, practice["statistics"])
    for figure in page.locator("section.practice-figure").all():
        if figure.locator("svg[role=img]").count():
            assert figure.locator("table caption").count(), figure.inner_text()[:80]
    # The tallest bar of the chosen year stands in the month the table says is highest.
    rows = page.locator("#months-heading ~ .table-wrap tbody tr").all()
    counts = [int(r.locator("td").first.inner_text()) for r in rows]
    heights = page.eval_on_selector_all(
        "svg[aria-labelledby=months-title] rect.bar-this",
        "rects => rects.map(r => r.getBBox().height)",
    )
    assert len(heights) == 12
    assert heights.index(max(heights)) == counts.index(max(counts))
