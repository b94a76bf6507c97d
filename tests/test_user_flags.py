"""The menu's per-user links come from the cache, and change the moment the rows
behind them do (a membership, an order, an instructor assignment)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from avvik_sandbox.models import InstructorAssignment
from payments.models import Company, CompanyMember

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def dashboard(client):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("lms:dashboard")).content.decode()
    return html, len(queries.captured_queries)


def test_the_menu_flags_are_cached_and_follow_the_rows(client, learner, course):
    client.force_login(learner)
    company_link = reverse("payments:company_home")
    grading_link = reverse("avvik_sandbox:grading_queue")
    first, first_queries = dashboard(client)
    second, second_queries = dashboard(client)
    assert company_link not in second and grading_link not in second
    # The three flags (company admin, orders, instructor) are no longer queried.
    assert second_queries <= first_queries - 3

    company = Company.objects.create(
        name="Flagg AS", org_nr="914778271", billing_email="a@flagg.no"
    )
    member = CompanyMember.objects.create(company=company, user=learner, role="admin")
    assert company_link in dashboard(client)[0]
    InstructorAssignment.objects.create(instructor=learner, course=course)
    assert grading_link in dashboard(client)[0]
    member.delete()
    assert company_link not in dashboard(client)[0]
