"""Wagtail's routes are remembered between requests (lms.site.routing), and never
outlive what they depend on: publishing, unpublishing, moving and private pages."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from courses.factories import LessonPageFactory, text_block
from lms import services

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def structure_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def _route_queries(client, url) -> tuple[int, int]:
    """(status, number of queries on wagtailcore_site and wagtailcore_locale)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    routing = [
        q
        for q in captured.captured_queries
        if '"wagtailcore_locale"' in q["sql"] and "language_code" in q["sql"]
    ]
    return response.status_code, len(routing)


@pytest.fixture
def signed_in_learner(client, course, learner):
    services.enrolment_create(user=learner, course=course, source="order")
    client.force_login(learner)
    return learner


def test_a_lesson_is_routed_from_the_cache_after_the_first_visit(
    client, course, signed_in_learner
):
    lesson = course.lessons[0]
    status, first = _route_queries(client, lesson.url)
    assert status == 200 and first >= 1
    status, second = _route_queries(client, lesson.url)
    assert status == 200 and second == 0


def test_an_unpublished_lesson_is_gone_at_once(client, course, signed_in_learner):
    lesson = course.lessons[0]
    assert client.get(lesson.url).status_code == 200
    url = lesson.url
    lesson.unpublish()
    assert client.get(url).status_code == 404


def test_a_renamed_lesson_is_found_at_its_new_address(
    client, course, signed_in_learner
):
    lesson = course.lessons[1]
    old = lesson.url
    assert client.get(old).status_code == 200
    lesson.slug = "nytt-navn"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.url.endswith("/nytt-navn/") and lesson.url != old
    assert client.get(lesson.url).status_code == 200
    # The old address is no longer this page's route (Wagtail's redirect, if any).
    assert client.get(old).status_code in (301, 302, 404)


def test_a_lesson_made_private_asks_for_a_password_even_once_routed(
    client, course, signed_in_learner
):
    lesson = course.lessons[0]
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_a_new_lesson_is_found_and_made_up_paths_are_not_kept(
    client, course, signed_in_learner
):
    made_up = course.url + "finnes-ikke/"
    assert client.get(made_up).status_code == 404
    added = LessonPageFactory(
        parent=course, title="Ny leksjon", slug="finnes-ikke", body=[text_block()]
    )
    added.save_revision().publish()
    assert client.get(made_up).status_code == 200
    assert [k for k in cache._cache if "route:" in k and "finnes-ikke" in k]
    client.get(course.url + "ukjent-sti/")
    assert not [k for k in cache._cache if "route:" in k and "ukjent" in k]


def test_a_changed_site_name_is_used_at_once(client, course, signed_in_learner):
    from wagtail.models import Site

    lesson = course.lessons[0]
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as captured:
        client.get(lesson.url)
    assert not [q for q in captured.captured_queries if "wagtailcore_site" in q["sql"]]
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Nytt nettstednavn"
    site.save()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert response.wsgi_request._wagtail_site.site_name == "Nytt nettstednavn"
