"""The practice company: a repeatable history shaped like a municipality's report, and
statistics that match a hand count and cost the same queries for any history size."""

import io
from collections import Counter

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from avvik_sandbox.practice import selectors
from avvik_sandbox.practice.demo import MUNICIPALITY
from avvik_sandbox.practice.generator import generate_history
from avvik_sandbox.practice.models import (
    PracticeAction,
    PracticeDeviation,
)
from avvik_sandbox.practice.selectors import Filters
from avvik_sandbox.tests.helpers import make_company

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _bokmal():
    with translation.override("nb"):
        yield


def _fingerprint(company):
    return list(
        company.deviations.order_by("number").values_list(
            "number", "category", "severity", "unit__name", "reported_at", "status"
        )
    )


def test_the_history_follows_the_municipal_report():
    company = make_company()
    log = PracticeDeviation.objects.filter(company=company)
    per_year = Counter(
        timezone.localtime(d).year for d in log.values_list("reported_at", flat=True)
    )
    assert per_year == {2025: 1300, 2024: 1368}  # about 5 % more the year before
    latest = log.filter(reported_at__year=2025)
    for year in (2024, 2025):
        months = Counter(
            timezone.localtime(d).month
            for d in log.filter(reported_at__year=year).values_list(
                "reported_at", flat=True
            )
        )
        assert months.most_common(1)[0][0] == 9, (
            f"no September peak in {year}: {months}"
        )
        assert months[7] < months[9] / 2  # the summer holiday
    severity = Counter(latest.values_list("severity", flat=True))
    assert 0.60 < severity["lav"] / 1300 < 0.70
    assert 0.25 < severity["middels"] / 1300 < 0.35
    assert 0.03 < severity["hoy"] / 1300 < 0.07
    categories = Counter(latest.values_list("category", flat=True))
    top, count = categories.most_common(1)[0]
    assert top == "vold" and 0.45 < count / 1300 < 0.58
    departments = Counter(latest.values_list("department__name", flat=True))
    assert departments.most_common(2)[0][0] == "Helse og omsorg"
    assert departments.most_common(2)[1][0] == "Oppvekst"
    assert departments["Helse og omsorg"] + departments["Oppvekst"] > 0.85 * 1300
    # Open deviations lie near the practice world's today; old ones are mostly closed.
    old = log.filter(reported_at__year=2024)
    assert old.filter(status="closed").count() > 0.9 * old.count()
    units = sum(len(d[3]) for d in MUNICIPALITY["departments"])
    assert company.people.filter(role="leader").count() == units == 20  # one per unit
    assert company.people.filter(role="verneombud").count() == 5


def test_the_same_seed_gives_the_same_history_and_another_seed_another():
    company = make_company(volume=60)
    first = _fingerprint(company)
    generate_history(company=company)
    assert _fingerprint(company) == first
    generate_history(company=company, seed=8)
    assert _fingerprint(company) != first
    company.refresh_from_db()
    assert company.seed == 8 and company.generated_at is not None


def _hand_count(company, filters):
    start, end = filters.period()
    log = [
        d
        for d in PracticeDeviation.objects.filter(company=company)
        if start <= d.reported_at < end
        and (not filters.department_id or d.department_id == filters.department_id)
        and (not filters.category or d.category == filters.category)
    ]
    closed = [d.days_to_close for d in log if d.days_to_close is not None]
    overdue = [
        a
        for a in PracticeAction.objects.filter(company=company)
        if a.done_on is None
        and a.deadline < company.simulated_today
        and (
            not filters.department_id
            or a.deviation.department_id == filters.department_id
        )
    ]
    return {
        "total": len(log),
        "severity": Counter(d.severity for d in log),
        "category": Counter(d.category for d in log),
        "unit": Counter(d.unit_id for d in log),
        "status": Counter(d.status for d in log),
        "average": round(sum(closed) / len(closed), 1) if closed else None,
        "within_week": sum(1 for n in closed if n <= 7),
        "overdue": len(overdue),
    }


@pytest.mark.parametrize("narrow", [False, True])
def test_the_statistics_match_a_hand_count(narrow):
    company = make_company(volume=40, seed=3)
    department = company.departments.get(name="Helse og omsorg")
    filters = Filters(year=2025, department_id=department.pk if narrow else None)
    stats = selectors.statistics(company=company, filters=filters)
    hand = _hand_count(company, filters)
    assert stats.total == hand["total"] > 0
    assert {code: n for code, _l, n, _p in stats.by_severity if n} == hand["severity"]
    assert {code: n for code, _l, n in stats.by_category if n} == hand["category"]
    assert {code: n for code, _l, n in stats.by_status if n} == hand["status"]
    units = {u.pk: n for _d, _t, rows in stats.by_department for u, n in rows if n}
    assert units == hand["unit"]
    assert stats.average_days_to_close == hand["average"]
    assert stats.close_buckets[0][1] == hand["within_week"]
    assert stats.overdue_count == hand["overdue"]
    assert sum(row[1] for row in stats.by_month) == hand["total"]


def test_a_quarter_counts_only_its_months():
    company = make_company(volume=200, seed=5)
    year = selectors.statistics(company=company, filters=Filters(year=2025))
    third = selectors.statistics(company=company, filters=Filters(year=2025, quarter=3))
    assert [m for m, _a, _b in third.by_month] == [7, 8, 9]
    assert third.total == sum(n for m, n, _b in year.by_month if m in (7, 8, 9))
    assert third.previous_total == sum(
        b for m, _n, b in year.by_month if m in (7, 8, 9)
    )


def _statistics_queries(client, company):
    url = reverse("avvik_sandbox:practice_statistics", args=[company.slug])
    client.get(url)  # the site's menu and settings are cached after the first page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"year": 2025})
    assert response.status_code == 200
    return len(queries)


def test_the_pages_cost_the_same_queries_for_a_small_and_a_large_history(
    client, learner
):
    client.force_login(learner)
    small = make_company(slug="small", volume=20)
    large = make_company(slug="large", volume=600)
    assert (
        _statistics_queries(client, small) == _statistics_queries(client, large) <= 25
    )
    url = reverse("avvik_sandbox:practice_company", args=[large.slug])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, {"page": 3})
    assert len(queries) <= 20


def test_learners_read_a_live_company_and_only_editors_one_in_preparation(
    client, learner, django_user_model
):
    live = make_company(slug="live", volume=20)
    draft = make_company(slug="draft", volume=20, live=False)
    url = reverse("avvik_sandbox:practice_statistics", args=[live.slug])
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(learner)
    assert client.get(url).status_code == 200
    draft_url = reverse("avvik_sandbox:practice_company", args=[draft.slug])
    assert client.get(draft_url).status_code == 404
    editor = django_user_model.objects.create_user(
        email="ed@example.org", password="x" * 12, is_staff=True
    )
    editor.user_permissions.add(
        Permission.objects.get(codename="change_practicecompany")
    )
    client.force_login(editor)
    response = client.get(draft_url)
    assert response.status_code == 200
    assert "Vises ikke for deltakere ennå." in response.content.decode()


def test_the_log_filters_and_pages(client, learner):
    company = make_company(volume=120)
    client.force_login(learner)
    url = reverse("avvik_sandbox:practice_company", args=[company.slug])
    response = client.get(url, {"year": 2025, "category": "brann", "status": "closed"})
    page = response.context["page_obj"]
    expected = company.deviations.filter(
        reported_at__year=2025, category="brann", status="closed"
    ).count()
    assert page.paginator.count == expected
    assert all(d.category == "brann" and d.status == "closed" for d in page)
    # Nonsense in the query string falls back to the whole latest year.
    response = client.get(url, {"year": "1999", "department": "x"})
    assert response.status_code == 200
    assert (
        response.context["page_obj"].paginator.count
        == company.deviations.filter(reported_at__year=2025).count()
    )


def test_the_exports_hold_the_filtered_log(client, learner):
    from openpyxl import load_workbook

    company = make_company(volume=80)
    client.force_login(learner)
    query = {"year": 2025, "category": "vold"}
    expected = company.deviations.filter(
        reported_at__year=2025, category="vold"
    ).count()
    csv_url = reverse("avvik_sandbox:practice_export", args=[company.slug, "csv"])
    response = client.get(csv_url, query)
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.strip().split("\r\n")
    assert len(lines) == expected + 1
    assert "attachment" in response["Content-Disposition"]
    xlsx_url = reverse("avvik_sandbox:practice_export", args=[company.slug, "xlsx"])
    response = client.get(xlsx_url, query)
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == expected + 1
    assert (
        client.get(
            reverse("avvik_sandbox:practice_export", args=[company.slug, "pdf"])
        ).status_code
        == 404
    )


def test_an_editor_regenerates_the_history_from_the_admin(client, django_user_model):
    from django.contrib.auth.models import Group

    company = make_company(volume=30)
    before = _fingerprint(company)
    url = reverse("practice_companies:generate", args=[company.pk])
    editor = django_user_model.objects.create_user(
        email="ed2@example.org", password="x" * 12, is_staff=True
    )
    group = Group.objects.create(name="Practice editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_practicecompany"),
    )
    editor.groups.add(group)
    client.force_login(editor)
    assert "30" in client.get(url).content.decode()
    response = client.post(url, {"seed": 99})
    assert response.status_code == 302
    company.refresh_from_db()
    assert company.seed == 99 and _fingerprint(company) != before
    response = client.post(url, {"seed": "-4"})
    assert response.status_code == 200 and company.deviations.count() == len(before)
