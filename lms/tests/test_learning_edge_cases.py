"""Edge cases of learning and certificates: answers kept over an expired session, a quiz
added to a finished lesson, withdrawn courses in the hours total, reminders after a
reissue or for a deactivated learner, unpublished lessons, and dates in Ukrainian."""

import re

import pytest
import time_machine
from django.conf import settings
from django.test import TestCase

from lms import services
from tests.foundation_helpers import RIGHT_ANSWERS, WRONG_ANSWERS, quiz_post, quiz_url

pytestmark = pytest.mark.django_db


def test_answers_kept_over_an_expired_session_come_back_without_errors(
    client, course, learner
):
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    block_id = last.quiz_blocks()[0].id
    client.force_login(learner)
    client.get(last.url)
    client.cookies.pop(settings.SESSION_COOKIE_NAME)  # the session expired
    response = client.post(
        quiz_url(last, block_id), quiz_post(block_id, WRONG_ANSWERS), follow=True
    )
    [(login_url, _status)] = response.redirect_chain
    response = client.post(
        login_url, {"login": learner.email, "password": "secret-pass-123"}, follow=True
    )
    html = response.content.decode()
    # Both the single-choice and the multiple-choice answer are ticked again...
    assert re.search(rf'value="0"[^>]*id="id_{block_id}-q0_0"[^>]*checked', html)
    assert re.search(rf'value="2"[^>]*id="id_{block_id}-q1_2"[^>]*checked', html)
    # ...and nothing claims they are invalid ("['0'] is not one of the choices").
    assert "error-text" not in html
    assert "aria-invalid" not in html


def test_passing_a_quiz_added_to_a_lesson_already_done_completes_the_course(
    course, learner
):
    from courses.factories import quiz_block
    from courses.models import LessonPage

    enrolment = services.enrolment_free_create(user=learner, course=course)
    first, second, last = course.lessons
    services.lesson_complete(enrolment=enrolment, lesson=first)
    # An editor adds a quiz to the lesson the learner has already finished.
    first.body.append(("quiz", quiz_block()["value"]))
    first.save_revision().publish()
    first = LessonPage.objects.get(pk=first.pk)
    services.lesson_complete(enrolment=enrolment, lesson=second)
    services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=last,
        block_id=last.quiz_blocks()[0].id,
        answers=RIGHT_ANSWERS,
    )
    services.lesson_complete(enrolment=enrolment, lesson=last)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # the new quiz is still open

    services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=first,
        block_id=first.quiz_blocks()[0].id,
        answers=RIGHT_ANSWERS,
    )
    # Every lesson is done, so there is no "mark as done" left to press: passing the
    # quiz is the learner's last step and must record the completion.
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_the_learner_is_told_when_a_quiz_pass_completes_the_course(
    client, course, learner
):
    from django.utils import translation

    from courses.factories import quiz_block
    from courses.models import LessonPage

    enrolment = services.enrolment_free_create(user=learner, course=course)
    first, second, last = course.lessons
    services.lesson_complete(enrolment=enrolment, lesson=first)
    first.body.append(("quiz", quiz_block()["value"]))
    first.save_revision().publish()
    first = LessonPage.objects.get(pk=first.pk)
    services.lesson_complete(enrolment=enrolment, lesson=second)
    services.quiz_attempt_submit(
        enrolment=enrolment,
        lesson=last,
        block_id=last.quiz_blocks()[0].id,
        answers=RIGHT_ANSWERS,
    )
    services.lesson_complete(enrolment=enrolment, lesson=last)

    client.force_login(learner)
    block_id = first.quiz_blocks()[0].id
    response = client.post(
        quiz_url(first, block_id), quiz_post(block_id, RIGHT_ANSWERS), follow=True
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    with translation.override("nb"):
        expected = translation.gettext(
            "Congratulations! You have completed the course."
        )
    assert expected in response.content.decode()
    # A retake after completing says nothing of the kind again.
    response = client.post(
        quiz_url(first, block_id), quiz_post(block_id, RIGHT_ANSWERS), follow=True
    )
    assert expected not in response.content.decode()


def test_total_hours_on_the_dashboard_leave_out_a_withdrawn_course(
    client, site, learner
):
    from decimal import Decimal

    from courses.factories import course_with_lessons
    from lms import selectors
    from lms.tests.certificate_helpers import finish_course

    kept, _lessons = course_with_lessons(site["catalogue"], duration_minutes=90)
    refunded, _lessons = course_with_lessons(site["catalogue"], duration_minutes=60)
    finish_course(course=kept, user=learner)
    withdrawn = finish_course(course=refunded, user=learner)
    services.enrolment_withdraw(enrolment=withdrawn, actor=None, reason="Refund")
    # The dashboard lists only the kept course; its total must add up to what it lists.
    assert selectors.hours_completed(user=learner) == Decimal("1.50")


def _reminders_on(day: str) -> list:
    from django.core import mail

    from lms import notifications

    before = len(mail.outbox)
    with time_machine.travel(f"{day} 07:00 +01:00", tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            notifications.refresher_reminders_send()
    return mail.outbox[before:]


@pytest.fixture
def expiring(site, learner, django_capture_on_commit_callbacks):
    """A certificate valid until 2027-03-01 (12 months from 2026-03-01)."""
    from django.core import mail

    from courses.factories import course_with_lessons
    from lms.models import Certificate
    from lms.tests.certificate_helpers import finish_course

    course, _ = course_with_lessons(site["catalogue"], certificate_validity_months=12)
    with time_machine.travel("2026-03-01 12:00 +01:00", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=course, user=learner)
    mail.outbox.clear()
    return Certificate.objects.get(user=learner)


def test_a_staff_reissue_does_not_send_the_same_reminder_again(expiring):
    from lms.certificates.services import certificate_reissue

    [_sixty] = _reminders_on("2026-12-31")
    with time_machine.travel("2027-01-02 10:00 +01:00", tick=False):
        new = certificate_reissue(
            certificate=expiring, actor=None, reason="Name misspelt"
        )
    assert new.valid_until == expiring.valid_until
    assert _reminders_on("2027-01-03") == []  # the 60-day one went out already
    [thirty] = _reminders_on("2027-01-30")
    assert new.number in thirty.body  # the 30-day one is about the current number


def test_a_deactivated_learner_gets_no_reminder(expiring):
    expiring.user.is_active = False
    expiring.user.save()
    assert _reminders_on("2026-12-31") == []


def test_unpublishing_the_last_open_lesson_lets_the_course_complete(
    client, course, learner, django_capture_on_commit_callbacks
):
    from django.utils import translation

    from lms.models import AuditEvent, Enrolment, LessonProgress

    enrolment = services.enrolment_free_create(user=learner, course=course)
    first, second, last = course.lessons
    services.lesson_complete(enrolment=enrolment, lesson=first)
    services.lesson_complete(enrolment=enrolment, lesson=second)
    # Nothing is left to do and nothing the learner can press: the unpublishing
    # itself records the completion (a page view never writes).
    with django_capture_on_commit_callbacks(execute=True):
        last.unpublish()
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    client.force_login(learner)
    counts = [m.objects.count() for m in (AuditEvent, Enrolment, LessonProgress)]
    response = client.get(course.url)
    assert counts == [
        m.objects.count() for m in (AuditEvent, Enrolment, LessonProgress)
    ]
    with translation.override("nb"):
        expected = translation.gettext("You have completed this course.")
    assert expected in response.content.decode()


def test_completion_date_on_the_dashboard_is_written_the_ukrainian_way(
    client, course, learner
):
    from django.urls import reverse
    from django.utils import translation

    from lms.tests.certificate_helpers import finish_course

    with time_machine.travel("2026-03-05 12:00 +01:00", tick=False):
        finish_course(course=course, user=learner)
    client.force_login(learner)
    with translation.override("uk"):
        html = client.get(reverse("lms:dashboard")).content.decode()
    # Not "5. Березень 2026" (the bokmål pattern with a nominative month).
    assert "05 березня 2026" in html
    assert "Березень" not in html
