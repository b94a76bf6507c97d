"""Welcome, refresher reminders and nudges: right day, right people, once, own language."""

import datetime

import pytest
import time_machine
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.core import mail
from django.test import TestCase
from django.utils import timezone, translation
from django.utils.translation import gettext

from lms import notifications, services
from lms.models import Certificate, Enrolment, OutboxMessage
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db

OSLO = datetime.timezone(datetime.timedelta(hours=1))


@pytest.fixture
def expiring(site, learner, django_capture_on_commit_callbacks):
    """A certificate valid until 2027-03-01 (12 months from 2026-03-01)."""
    from courses.factories import course_with_lessons

    course, _ = course_with_lessons(
        site["catalogue"], title="Førstehjelp", certificate_validity_months=12
    )
    with time_machine.travel("2026-03-01 12:00 +01:00", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=course, user=learner)
    mail.outbox.clear()
    return Certificate.objects.get(user=learner)


def _run_reminders_on(day: str) -> list:
    before = len(mail.outbox)
    # Beat records the reminders; each is delivered after its commit.
    with time_machine.travel(f"{day} 07:00 +01:00", tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            notifications.refresher_reminders_send()
    return mail.outbox[before:]


def test_reminders_fire_once_at_60_and_30_days_under_a_frozen_clock(expiring):
    assert str(expiring.valid_until) == "2027-03-01"
    assert _run_reminders_on("2026-12-30") == []  # 61 days left
    [sixty] = _run_reminders_on("2026-12-31")  # 60 days left
    assert sixty.to == ["learner@example.org"]
    assert "60" in sixty.subject
    assert _run_reminders_on("2027-01-01") == []  # not again
    assert _run_reminders_on("2027-01-29") == []  # 31 days left
    [thirty] = _run_reminders_on("2027-01-30")  # 30 days left
    assert "30" in thirty.subject
    assert _run_reminders_on("2027-02-15") == []
    assert _run_reminders_on("2027-03-10") == []  # expired: nothing more
    assert (
        OutboxMessage.objects.filter(
            job="lms.refresher_reminder", status=OutboxMessage.Status.SENT
        ).count()
        == 2
    )


def test_a_missed_day_sends_the_reminder_late_but_never_both(expiring):
    # Beat was down from 60 to 25 days before expiry: only the 30-day one goes out.
    [late] = _run_reminders_on("2027-02-04")
    assert "30" in late.subject
    assert _run_reminders_on("2027-02-05") == []


def test_replaced_and_revoked_certificates_get_no_reminders(expiring):
    from lms.certificates.services import certificate_revoke

    certificate_revoke(certificate=expiring, actor=None, reason="Test")
    assert _run_reminders_on("2026-12-31") == []


def test_reminder_task_is_scheduled_daily_by_beat(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"lms.tasks.refresher_reminders_task", "lms.tasks.nudges_task"} <= tasks


@pytest.fixture
def idle_enrolment(course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    with time_machine.travel("2026-05-01 18:00 +02:00", tick=False):
        services.lesson_visit(enrolment=enrolment, lesson=course.lessons[0])
    mail.outbox.clear()
    return enrolment


def _nudge_on(when: str) -> list:
    before = len(mail.outbox)
    with time_machine.travel(when, tick=False):
        with TestCase.captureOnCommitCallbacks(execute=True):
            notifications.nudges_send()
    return mail.outbox[before:]


def test_nudge_after_seven_idle_days_once_per_idle_stretch(idle_enrolment, course):
    assert _nudge_on("2026-05-08 17:00 +02:00") == []  # not quite 7 days
    [nudge] = _nudge_on("2026-05-08 18:30 +02:00")
    assert nudge.to == ["learner@example.org"]
    assert course.title in nudge.subject
    assert f"/learn/{course.pk}/continue/" in nudge.body
    assert "/profile/" in nudge.body  # how to switch them off
    assert _nudge_on("2026-05-20 18:30 +02:00") == []  # still idle: not again
    idle_enrolment.refresh_from_db()
    assert idle_enrolment.nudged_at is not None
    # Coming back and going idle again earns one more nudge.
    with time_machine.travel("2026-05-21 10:00 +02:00", tick=False):
        services.lesson_visit(enrolment=idle_enrolment, lesson=course.lessons[1])
    assert len(_nudge_on("2026-05-28 11:00 +02:00")) == 1


def test_no_nudge_when_switched_off_or_completed(idle_enrolment, learner):
    learner.nudges_enabled = False
    learner.save()
    assert _nudge_on("2026-05-10 18:30 +02:00") == []
    learner.nudges_enabled = True
    learner.save()
    Enrolment.objects.filter(pk=idle_enrolment.pk).update(
        completed_at=timezone.now(), status=Enrolment.Status.COMPLETED
    )
    assert _nudge_on("2026-05-10 18:30 +02:00") == []


@pytest.mark.parametrize("language", ["nb", "uk"])
def test_nudge_is_in_the_learners_language(idle_enrolment, learner, language):
    learner.preferred_language = language
    learner.save()
    [nudge] = _nudge_on("2026-05-09 18:30 +02:00")
    assert nudge.extra_headers["Content-Language"] == language
    with translation.override(language):
        expected = gettext("Continue the course")
    html = nudge.alternatives[0][0]
    assert expected in html
    assert f'lang="{language}"' in html
    assert f"/{language}/learn/" in nudge.body


@pytest.mark.parametrize("language", ["nb", "uk"])
def test_welcome_email_after_confirming_the_address_once(
    learner, language, django_capture_on_commit_callbacks, rf
):
    learner.preferred_language = language
    learner.save()
    address = EmailAddress.objects.get(user=learner)
    for _i in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            email_confirmed.send(
                sender=EmailAddress, request=rf.get("/"), email_address=address
            )
    [welcome] = [m for m in mail.outbox if m.to == [learner.email]]
    assert welcome.extra_headers["Content-Language"] == language
    with translation.override(language):
        assert gettext("Go to my courses") in welcome.alternatives[0][0]
    assert f"/{language}/dashboard/" in welcome.body


def test_a_failed_send_is_retried_not_lost(idle_enrolment, monkeypatch):
    calls = {"n": 0}
    real = notifications.email_send

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("SMTP down")
        return real(**kwargs)

    monkeypatch.setattr(notifications, "email_send", flaky)
    # The mail server is down: the nudge is recorded, its delivery fails and waits.
    assert _nudge_on("2026-05-09 18:30 +02:00") == []
    [message] = OutboxMessage.objects.filter(job="lms.nudge")
    assert message.status == OutboxMessage.Status.PENDING
    assert "SMTP down" in message.last_error
    # The next daily run records nothing new (the learner was nudged) ...
    assert _nudge_on("2026-05-10 18:30 +02:00") == []
    # ... and the outbox sweep, once the backoff has passed, sends it exactly once.
    from lms.outbox import outbox_sweep

    before = len(mail.outbox)
    with time_machine.travel("2026-05-10 18:31 +02:00", tick=False):
        assert outbox_sweep() == 1
        assert outbox_sweep() == 0
    assert len(mail.outbox) - before == 1


def test_a_course_never_opened_is_nudged_a_week_after_enrolment(course, learner):
    with time_machine.travel("2026-05-01 12:00 +02:00", tick=False):
        services.enrolment_free_create(user=learner, course=course)
    assert _nudge_on("2026-05-07 12:00 +02:00") == []
    assert len(_nudge_on("2026-05-08 12:30 +02:00")) == 1
    assert _nudge_on("2026-05-20 12:30 +02:00") == []
