"""One way to send an e-mail or run a background job exactly once: the outbox.

A service that causes work (a receipt, an invitation, a certificate) calls
``outbox_enqueue`` inside its own transaction. The row commits with the change or not
at all, so nothing is lost when Redis, the worker or the mail server is down:

1. after commit, ``outbox_dispatch`` hands the row to the worker (or, without a broker,
   delivers it in the request, as `make run` and the tests do); a broker outage costs
   one quick failed publish, never the request;
2. ``outbox_deliver`` locks the row, runs the job's handler and marks it done in one
   transaction: two workers never deliver the same row, and a delivered row is never
   run again;
3. a failed attempt is retried with exponential backoff (30 s … 6 h), then given up
   after ``MAX_ATTEMPTS`` and left visible in the admin;
4. the beat sweep (every 30 s) delivers whatever is due, e.g. rows written while the
   broker was down.

Jobs are registered by name with ``@outbox_job("payments.receipt")`` in each app's
``jobs.py`` (imported from its ``AppConfig.ready``). A handler must be idempotent in its
effects on the database; an e-mail handed to the mail server just before a crash can
be sent again on retry (at-least-once towards SMTP, exactly-once towards our records).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import OutboxMessage

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
BACKOFF_BASE_SECONDS = 30
BACKOFF_MAX_SECONDS = 6 * 3600

_jobs: dict[str, Callable[..., object]] = {}


class Retry:
    """Returned by a handler that recorded its own failure (those writes are kept) and
    wants another attempt later; raising instead rolls the handler's writes back."""

    def __init__(self, reason: str):
        self.reason = reason


def outbox_job(name: str):
    """Register ``handler(**payload)`` as the job ``name``."""

    def register(handler):
        if _jobs.get(name, handler) is not handler:
            raise ValueError(f"Outbox job {name!r} is registered twice")
        _jobs[name] = handler
        return handler

    return register


def outbox_enqueue(
    *, job: str, payload: dict | None = None, key: str | None = None
) -> OutboxMessage | None:
    """Record ``job`` to run after the current transaction commits.

    With a ``key``, the job happens once per key: a second call returns None.
    """
    if job not in _jobs:
        raise ValueError(f"Unknown outbox job {job!r}")
    try:
        with transaction.atomic():
            message = OutboxMessage.objects.create(
                job=job, payload=payload or {}, key=key
            )
    except IntegrityError:
        if key and OutboxMessage.objects.filter(key=key).exists():
            return None
        raise
    message_id = message.pk
    transaction.on_commit(lambda: outbox_dispatch(message_id=message_id))
    return message


def outbox_dispatch(*, message_id: int) -> None:
    """Hand a committed row to the worker; never raises into the request."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        outbox_deliver(message_id=message_id)
        return
    from celery import current_app

    try:
        # By name: the task module (lms.tasks) imports this one, not the reverse.
        current_app.send_task("lms.tasks.outbox_deliver_task", args=[message_id])
    except Exception:  # broker down: the sweep delivers it later
        logger.warning("Outbox %s not handed to the broker; the sweep will", message_id)


def _backoff(attempts: int) -> timedelta:
    return timedelta(
        seconds=min(BACKOFF_BASE_SECONDS * 2 ** (attempts - 1), BACKOFF_MAX_SECONDS)
    )


def outbox_deliver(*, message_id: int) -> bool:
    """Run one pending, due message; True when it is done now."""
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(
                pk=message_id,
                status=OutboxMessage.Status.PENDING,
                next_attempt_at__lte=timezone.now(),
            )
            .first()
        )
        if message is None:
            return False
        handler = _jobs.get(message.job)
        try:
            if handler is None:
                raise LookupError(f"no handler for outbox job {message.job!r}")
            with transaction.atomic():
                result = handler(**message.payload)
        except Exception as error:
            _attempt_failed(message, f"{type(error).__name__}: {error}")
            return False
        if isinstance(result, Retry):
            _attempt_failed(message, result.reason)
            return False
        message.status = OutboxMessage.Status.SENT
        message.attempts += 1
        message.done_at = timezone.now()
        message.save(update_fields=["status", "attempts", "done_at"])
        return True


def _attempt_failed(message: OutboxMessage, reason: str) -> None:
    message.attempts += 1
    message.last_error = reason[:2000]
    if message.attempts >= MAX_ATTEMPTS:
        message.status = OutboxMessage.Status.FAILED
        logger.error("Outbox %s (%s) gave up: %s", message.pk, message.job, reason)
    else:
        message.next_attempt_at = timezone.now() + _backoff(message.attempts)
        logger.warning("Outbox %s (%s) failed: %s", message.pk, message.job, reason)
    message.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])


def outbox_sweep(*, limit: int = 500) -> int:
    """Deliver every due message (oldest first); returns how many were done."""
    due = list(
        OutboxMessage.objects.filter(
            status=OutboxMessage.Status.PENDING, next_attempt_at__lte=timezone.now()
        )
        .order_by("id")
        .values_list("pk", flat=True)[:limit]
    )
    return sum(outbox_deliver(message_id=pk) for pk in due)
