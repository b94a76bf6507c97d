"""Celery tasks of the learning app: thin, idempotent wrappers around services.

Each task looks its objects up again by id, so a retry (or a duplicate delivery) after
a crash repeats only what has not been done: certificates are issued once per
completion, PDFs are rendered once and every e-mail has a sent-marker.
"""

import smtplib

from celery import shared_task

# Transient failures worth retrying: mail server, storage, broker hiccups.
RETRY_ON = (OSError, smtplib.SMTPException)


@shared_task(
    bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=5, acks_late=True
)
def certificate_issue_task(self, enrolment_id: int) -> str | None:
    """Issue, render, store and e-mail the certificate for a completed enrolment."""
    from lms.certificates import certificate_issue, certificate_pdf_store
    from lms.models import Enrolment
    from lms.notifications import certificate_issued_send

    enrolment = Enrolment.objects.filter(pk=enrolment_id).first()
    if enrolment is None:
        return None
    certificate = certificate_issue(enrolment=enrolment)
    if certificate is None:
        return None
    certificate = certificate_pdf_store(certificate=certificate)
    certificate_issued_send(certificate=certificate)
    return certificate.number


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def certificates_sweep_task(self) -> int:
    """Queue certificates for completions that have none (e.g. the broker was down)."""
    from lms.certificates import enrolments_without_certificate

    ids = enrolments_without_certificate()
    for enrolment_id in ids:
        certificate_issue_task.delay(enrolment_id)
    return len(ids)


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=5)
def welcome_email_task(self, user_id: int) -> bool:
    from lms.models import User
    from lms.notifications import welcome_send

    user = User.objects.filter(pk=user_id, is_active=True).first()
    return bool(user and welcome_send(user=user))


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def refresher_reminders_task(self) -> int:
    from lms.notifications import refresher_reminders_send

    return refresher_reminders_send()


@shared_task(bind=True, autoretry_for=RETRY_ON, retry_backoff=True, max_retries=3)
def nudges_task(self) -> int:
    from lms.notifications import nudges_send

    return nudges_send()
