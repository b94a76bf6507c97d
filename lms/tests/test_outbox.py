"""The outbox: work recorded with its cause, delivered once, retried, never lost."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import reverse

from lms import outbox
from lms.models import NewsletterSubscription, OutboxMessage

pytestmark = pytest.mark.django_db

calls: list[dict] = []


@outbox.outbox_job("tests.record")
def _record(**payload):
    if payload.get("fail"):
        raise OSError("mail server down")
    calls.append(payload)


@pytest.fixture(autouse=True)
def _clear():
    calls.clear()


def test_a_job_runs_only_after_its_transaction_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            outbox.outbox_enqueue(job="tests.record", payload={"n": 1})
            assert calls == []
    assert calls == [{"n": 1}]
    assert OutboxMessage.objects.get().status == "sent"


def test_a_rolled_back_change_leaves_no_job(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                outbox.outbox_enqueue(job="tests.record", payload={"n": 1})
                raise RuntimeError("the change failed")
        except RuntimeError:
            pass
    assert calls == [] and not OutboxMessage.objects.exists()


def test_the_same_key_happens_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = outbox.outbox_enqueue(job="tests.record", payload={"n": 1}, key="k")
        second = outbox.outbox_enqueue(job="tests.record", payload={"n": 2}, key="k")
    assert first is not None and second is None
    assert calls == [{"n": 1}]
    assert outbox.outbox_deliver(message_id=first.pk) is False  # not run again
    assert calls == [{"n": 1}]


def test_a_failed_attempt_is_retried_with_backoff_and_then_given_up():
    start = datetime.datetime(2026, 12, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        message = OutboxMessage.objects.create(
            job="tests.record", payload={"fail": True}
        )
        assert outbox.outbox_deliver(message_id=message.pk) is False
        message.refresh_from_db()
        assert message.attempts == 1 and message.status == "pending"
        assert "mail server down" in message.last_error
        assert message.next_attempt_at == start + datetime.timedelta(seconds=30)
        assert outbox.outbox_sweep() == 0  # not due yet
    for attempt in range(2, outbox.MAX_ATTEMPTS + 1):
        with time_machine.travel(start + datetime.timedelta(days=attempt), tick=False):
            outbox.outbox_sweep()
        message.refresh_from_db()
        assert message.attempts == attempt
    assert message.status == "failed"


def test_a_job_that_recovers_is_delivered_by_the_sweep():
    message = OutboxMessage.objects.create(job="tests.record", payload={"fail": True})
    outbox.outbox_deliver(message_id=message.pk)
    OutboxMessage.objects.filter(pk=message.pk).update(payload={"n": 3})
    with time_machine.travel(datetime.timedelta(minutes=5)):
        assert outbox.outbox_sweep() == 1
    assert calls == [{"n": 3}]
    message.refresh_from_db()
    assert message.status == "sent" and message.attempts == 2


def test_a_broker_outage_never_fails_the_request_and_loses_no_email(
    settings, monkeypatch
):
    """With Redis down the newsletter form still answers, and the confirmation e-mail
    goes out from the sweep once the worker runs again."""

    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setattr("celery.app.base.Celery.send_task", broker_down)
    response = Client().post(
        reverse("lms:newsletter_subscribe"), {"email": "kari@example.org"}
    )
    assert response.status_code == 302
    assert mail.outbox == []
    assert NewsletterSubscription.objects.filter(email="kari@example.org").exists()
    assert OutboxMessage.objects.get().status == "pending"
    assert outbox.outbox_sweep() == 1
    [confirmation] = mail.outbox
    assert confirmation.to == ["kari@example.org"]


def test_an_unknown_job_is_refused_at_once():
    with pytest.raises(ValueError):
        outbox.outbox_enqueue(job="tests.no_such_job")


def test_operators_see_the_outbox_in_the_admin_but_cannot_edit_it(client):
    from lms.factories import UserFactory

    message = OutboxMessage.objects.create(
        job="tests.record", last_error="OSError: mail server down"
    )
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    listing = client.get("/admin/outbox/")
    assert listing.status_code == 200 and "tests.record" in listing.content.decode()
    assert client.get(f"/admin/outbox/inspect/{message.pk}/").status_code == 200
    assert client.get(f"/admin/outbox/edit/{message.pk}/").status_code in (302, 403)
