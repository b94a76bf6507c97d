"""A company's compliance figures are kept between requests and are never out of date:
every change to what the table shows is in the counts of the very next request."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from courses.factories import course_with_lessons
from lms import services
from payments.factories import seat_given
from payments.models import CompanyMember

from .compliance_world import TODAY, _certificate, compliance_company

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures_kept(settings):
    settings.COMPLIANCE_FIGURES_SECONDS = 300


def _page(client, django_assert_max_num_queries, when=TODAY):
    with time_machine.travel(when, tick=False):
        with django_assert_max_num_queries(60) as captured:
            response = client.get(reverse("payments:compliance"))
    assert response.status_code == 200
    # The company-wide counts (a page's own per-person counts are not among them).
    counted = [
        q
        for q in captured.captured_queries
        if '"__count"' in q["sql"] or '"cell_status"' in q["sql"]
    ]
    return response.context["table"], len(counted)


def test_the_second_look_counts_nothing_again_and_a_change_shows_at_once(
    client, course, figures_kept, django_assert_max_num_queries
):
    world = compliance_company(course)
    client.force_login(world["admin"])
    table, first = _page(client, django_assert_max_num_queries)
    assert table.status_counts["valid"] == 1
    assert table.status_counts["not_started"] == 1
    assert table.employee_count == 5
    kept, second = _page(client, django_assert_max_num_queries)
    assert kept.status_counts == table.status_counts
    # The headcount and the counts per status are kept, not counted again.
    assert first >= 3 and second == 0

    # Cecilie opens her first lesson (the service the lesson page calls).
    cecilie = world["people"]["not_started"]
    enrolment = cecilie.enrolments.get()
    with time_machine.travel(TODAY, tick=False):
        services.lesson_visit(enrolment=enrolment, lesson=course.lessons[0])
    table, _n = _page(client, django_assert_max_num_queries)
    assert table.status_counts.get("not_started", 0) == 0
    assert table.status_counts["in_progress"] == 2

    # She finishes and is given a certificate.
    with time_machine.travel(TODAY, tick=False):
        enrolment.refresh_from_db()
        enrolment.completed_at = timezone.now()
        enrolment.status = "completed"
        enrolment.save()
        _certificate(enrolment, valid_until=datetime.date(2028, 6, 1))
    table, _n = _page(client, django_assert_max_num_queries)
    assert table.status_counts["valid"] == 2

    # David leaves the company.
    CompanyMember.objects.filter(user=world["people"]["in_progress"]).delete()
    table, _n = _page(client, django_assert_max_num_queries)
    assert table.employee_count == 4
    assert table.status_counts.get("in_progress", 0) == 0


def test_a_new_course_bought_is_a_new_column_at_once(
    client, site, course, figures_kept, django_assert_max_num_queries
):
    world = compliance_company(course)
    client.force_login(world["admin"])
    table, _n = _page(client, django_assert_max_num_queries)
    assert len(table.courses) == 1
    other, _lessons = course_with_lessons(
        site["catalogue"], title="Varme arbeider", lessons=2
    )
    seat_given(company=world["company"], user=world["people"]["valid"], course=other)
    table, _n = _page(client, django_assert_max_num_queries)
    assert [title for _key, title in table.courses] == [course.title, "Varme arbeider"]


def test_a_certificate_that_runs_out_overnight_is_counted_as_expired_next_morning(
    client, course, figures_kept, django_assert_max_num_queries
):
    world = compliance_company(course)  # Bjørn's certificate is valid to 15 July
    client.force_login(world["admin"])
    table, _n = _page(
        client, django_assert_max_num_queries, when="2026-07-15 22:00 +02:00"
    )
    assert table.status_counts["expiring"] == 1
    table, _n = _page(
        client, django_assert_max_num_queries, when="2026-07-16 07:00 +02:00"
    )
    assert table.status_counts.get("expiring", 0) == 0
    assert table.status_counts["expired"] == 1


def test_without_a_cache_every_figure_is_counted_afresh(
    client, course, settings, django_assert_max_num_queries
):
    settings.COMPLIANCE_FIGURES_SECONDS = 300
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    }
    world = compliance_company(course)
    client.force_login(world["admin"])
    _table, first = _page(client, django_assert_max_num_queries)
    table, second = _page(client, django_assert_max_num_queries)
    assert second == first >= 3
    assert table.status_counts["valid"] == 1 and table.employee_count == 5
