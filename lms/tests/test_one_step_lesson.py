"""Passing the last quiz of a lesson finishes the lesson: no second "done" to press."""

import pytest
from django.urls import reverse

from courses.factories import course_with_lessons
from lms import services
from lms.models import Enrolment, LessonProgress
from tests.foundation_helpers import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    complete_url,
    quiz_post,
    quiz_url,
)

pytestmark = pytest.mark.django_db


def test_passing_the_quiz_finishes_the_lesson_and_the_pages_say_so_at_once(
    client, course, learner
):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    last = course.lessons[-1]
    block_id = last.quiz_blocks()[0].id
    client.post(quiz_url(last, block_id), quiz_post(block_id, WRONG_ANSWERS))
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
    response = client.post(
        quiz_url(last, block_id), quiz_post(block_id, RIGHT_ANSWERS), follow=True
    )
    html = response.content.decode()
    assert "Leksjonen er fullført" in html
    assert LessonProgress.objects.get(enrolment=enrolment).completed_at is not None
    # The course page and the dashboard count it without any further click.
    assert "1 av 3 leksjoner fullført" in client.get(course.url).content.decode()
    dashboard = client.get(reverse("lms:dashboard")).content.decode()
    assert "1 av 3 leksjoner fullført" in dashboard


def test_passing_the_last_quiz_of_the_last_lesson_completes_the_course(
    client, site, learner
):
    course, lessons = course_with_lessons(site["catalogue"], lessons=2)
    enrolment = services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    client.post(complete_url(lessons[0]))
    block_id = lessons[1].quiz_blocks()[0].id
    response = client.post(
        quiz_url(lessons[1], block_id), quiz_post(block_id, RIGHT_ANSWERS), follow=True
    )
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert "Gratulerer" in response.content.decode()
