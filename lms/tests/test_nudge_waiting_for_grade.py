"""No "continue your course" nudge when only an instructor's grade is outstanding."""

import pytest
import time_machine
from django.core import mail
from django.test import TestCase

from lms import notifications, services
from lms.models import LessonProgress

pytestmark = pytest.mark.django_db


def test_no_nudge_when_every_lesson_is_done(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    with time_machine.travel("2026-05-01 18:00 +02:00", tick=False):
        for lesson in course.lessons:
            services.lesson_visit(enrolment=enrolment, lesson=lesson)
        # Every lesson done, but the course is not complete (e.g. an exercise is
        # waiting for grading): mark progress directly so completion is not recorded.
        LessonProgress.objects.filter(enrolment=enrolment).update(
            completed_at="2026-05-01T16:00:00Z"
        )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    mail.outbox.clear()
    with time_machine.travel("2026-05-10 18:30 +02:00", tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            notifications.nudges_send()
    assert mail.outbox == []
