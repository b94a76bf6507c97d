"""Celery beat's runs for the payments app: required-training reminders, overdue
invoices (daily) and the leaders' digest (hourly). Work a request causes goes through
the outbox (lms.outbox), not through tasks of its own."""

import smtplib

from celery import shared_task

RETRY_ON = (OSError, smtplib.SMTPException)


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def training_reminders_task(self) -> int:
    from payments.services.training_reminders import training_reminders_send

    return training_reminders_send()


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def invoices_overdue_task(self) -> dict:
    from payments.services.invoices import invoices_overdue_run

    run = invoices_overdue_run()
    return {"reminded": run.reminded, "suspended": run.suspended}


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def digest_send_task(self) -> int:
    from payments.services.digest import digest_send_due

    return digest_send_due()
