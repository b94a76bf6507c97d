"""Celery beat's daily run for the payments app: required-training reminders. Work a
request causes goes through the outbox (lms.outbox), not through tasks of its own."""

import smtplib

from celery import shared_task

RETRY_ON = (OSError, smtplib.SMTPException)


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def training_reminders_task(self) -> int:
    from payments.services.training_reminders import training_reminders_send

    return training_reminders_send()
