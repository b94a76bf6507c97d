"""Time on task: a course is not completed before the editor's minimum time is spent.

The lesson page reports activity every half minute (lesson.js); here the test client
plays that page, with the clock moved by time_machine.
"""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from courses.factories import course_with_lessons
from lms import services
from lms.certificates.services import certificate_issue
from lms.models import ActiveMinute, Enrolment, LessonProgress
from lms.time_on_task import time_on_task
from tests.foundation_helpers import RIGHT_ANSWERS, complete_url, quiz_post, quiz_url

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, 5, tzinfo=datetime.UTC)


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


@pytest.fixture
def timed_course(site):
    # 20 minutes declared, 50 % required: 10 minutes of active time.
    course, _lessons = course_with_lessons(
        site["catalogue"], lessons=2, duration_minutes=20, min_time_percent=50
    )
    return course


def beat(client, lesson, at):
    with time_machine.travel(at, tick=False):
        return client.post(reverse("lms:lesson_visit", args=[lesson.pk]))


def finish_every_lesson(client, course):
    first, last = course.lessons
    client.post(complete_url(first))
    client.post(
        quiz_url(last, last.quiz_blocks()[0].id),
        quiz_post(last.quiz_blocks()[0].id, RIGHT_ANSWERS),
    )


def test_clicking_through_in_a_minute_does_not_complete_and_says_what_is_left(
    client, timed_course, learner
):
    enrolment = services.enrolment_free_create(user=learner, course=timed_course)
    client.force_login(learner)
    beat(client, timed_course.lessons[0], START)
    with time_machine.travel(START + datetime.timedelta(seconds=40), tick=False):
        finish_every_lesson(client, timed_course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert enrolment.active_seconds == 60
    # Every lesson is done; the course page says how much time is left.
    html = client.get(timed_course.url).content.decode()
    with translation.override("nb"):
        spent = time_on_task(enrolment=enrolment, course=timed_course)
        assert spent.remaining_minutes == 9
        assert spent.unmet_message() in html
    assert "1 av 10 minutter" in html


def test_spending_the_time_completes_the_course_by_itself(
    client, timed_course, learner
):
    enrolment = services.enrolment_free_create(user=learner, course=timed_course)
    client.force_login(learner)
    lesson = timed_course.lessons[0]
    with time_machine.travel(START, tick=False):
        finish_every_lesson(client, timed_course)
    for minute in range(9):
        beat(client, lesson, START + datetime.timedelta(minutes=minute, seconds=30))
    enrolment.refresh_from_db()
    assert enrolment.active_seconds == 9 * 60
    assert enrolment.completed_at is None
    # The tenth minute reaches the rule: the course completes without another click.
    response = beat(client, lesson, START + datetime.timedelta(minutes=9, seconds=30))
    assert response.json()["completed"] is True
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    # The certificate states the hours of the course and the time recorded.
    certificate = certificate_issue(enrolment=enrolment)
    assert certificate.active_seconds == 600
    # After completion nothing more is counted: the certificate's time stays true.
    beat(client, lesson, START + datetime.timedelta(minutes=20))
    enrolment.refresh_from_db()
    assert enrolment.active_seconds == 600


def test_two_tabs_in_the_same_minute_count_once(client, timed_course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=timed_course)
    client.force_login(learner)
    first, second = timed_course.lessons
    # Two tabs (or a phone and a laptop) each report every half minute, out of step.
    for seconds in range(0, 180, 15):
        lesson = first if seconds % 30 == 0 else second
        beat(client, lesson, START + datetime.timedelta(seconds=seconds))
    enrolment.refresh_from_db()
    assert enrolment.active_seconds == 3 * 60
    assert ActiveMinute.objects.filter(enrolment=enrolment).count() == 3
    # Each minute belongs to the lesson that claimed it first.
    per_lesson = dict(
        LessonProgress.objects.filter(enrolment=enrolment).values_list(
            "lesson_key", "active_seconds"
        )
    )
    assert sum(per_lesson.values()) == 180


def test_the_beacon_answers_with_the_time_line_in_the_learners_language(
    client, timed_course, learner
):
    services.enrolment_free_create(user=learner, course=timed_course)
    client.force_login(learner)
    data = beat(client, timed_course.lessons[0], START).json()
    assert data == {
        "summary": "1 av 10 minutter aktiv tid",
        "percent": 10,
        "met": False,
        "completed": False,
    }


def test_a_course_without_the_rule_completes_on_the_last_lesson(client, site, learner):
    course, _ = course_with_lessons(site["catalogue"], lessons=2, min_time_percent=0)
    enrolment = services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    finish_every_lesson(client, course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert nb("minutes of active time") not in client.get(course.url).content.decode()


def test_a_refresher_counts_its_time_from_zero(client, timed_course, learner):
    from lms.certificates.services import refresher_start

    enrolment = services.enrolment_free_create(user=learner, course=timed_course)
    client.force_login(learner)
    with time_machine.travel(START, tick=False):
        finish_every_lesson(client, timed_course)
    for minute in range(10):
        beat(
            client, timed_course.lessons[0], START + datetime.timedelta(minutes=minute)
        )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    refresher_start(enrolment=enrolment, actor=learner)
    enrolment.refresh_from_db()
    assert enrolment.active_seconds == 0
    with time_machine.travel(START + datetime.timedelta(days=400), tick=False):
        finish_every_lesson(client, timed_course)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
