"""Celery tasks of the learning app: the outbox's delivery and sweep, and beat's daily
runs (reminders, nudges, the certificate safety net). Work caused by a request goes
through the outbox (lms.outbox), not through tasks of its own.
"""

import smtplib

from celery import shared_task

# Transient failures worth retrying: mail server, storage, broker hiccups.
RETRY_ON = (OSError, smtplib.SMTPException)


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def certificates_sweep_task(self) -> int:
    """Record a certificate job for completions that have none (a safety net under
    the outbox: e.g. a completion written by a data fix outside the services)."""
    from lms.certificates.services import enrolments_without_certificate
    from lms.models import Enrolment
    from lms.outbox import outbox_enqueue

    ids = enrolments_without_certificate()
    for enrolment in Enrolment.objects.filter(pk__in=ids):
        outbox_enqueue(
            job="lms.certificate_issue",
            payload={"enrolment_id": enrolment.pk},
            key=f"certificate:{enrolment.pk}:{enrolment.completed_at.isoformat()}",
        )
    return len(ids)


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def refresher_reminders_task(self) -> int:
    from lms.notifications import refresher_reminders_send

    return refresher_reminders_send()


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def nudges_task(self) -> int:
    from lms.notifications import nudges_send

    return nudges_send()


@shared_task(bind=True, acks_late=True)
def outbox_deliver_task(self, message_id: int) -> bool:
    """Deliver one outbox row; a failure is retried by the row's own backoff."""
    from lms.outbox import outbox_deliver

    return outbox_deliver(message_id=message_id)


@shared_task(bind=True)
def outbox_sweep_task(self) -> int:
    from lms.outbox import outbox_sweep

    return outbox_sweep()
