"""Opening a lesson writes nothing; the page reports the visit with a POST."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms import services
from lms.models import Enrolment, LessonProgress

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def test_a_lesson_get_writes_nothing_and_the_beacon_records_the_visit(
    client, course, learner
):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    lesson = course.lessons[1]
    client.get("/nb/")  # Wagtail creates the site's settings rows on their first read
    with CaptureQueriesContext(connection) as queries:
        page = client.get(lesson.url)
    assert page.status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].startswith(WRITES)]
    # The session's expiry may be refreshed; no learning record is touched.
    assert not [w for w in writes if "lms_" in w], writes
    url = reverse("lms:lesson_visit", args=[lesson.pk])
    assert f'data-lesson-visit="{url}"' in page.content.decode()
    assert client.post(url).status_code == 200
    enrolment.refresh_from_db()
    assert enrolment.last_lesson_key == lesson.translation_key
    assert enrolment.last_activity_at is not None
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1
    # "Continue" does not depend on it: it follows what is done, not what was opened.
    assert client.get(reverse("lms:continue", args=[course.pk])).status_code == 302


def test_the_beacon_is_refused_to_someone_not_enrolled(client, course, learner):
    client.force_login(learner)
    url = reverse("lms:lesson_visit", args=[course.lessons[0].pk])
    assert client.post(url).status_code == 404
    assert client.get(url).status_code == 405
    assert not Enrolment.objects.exists()
