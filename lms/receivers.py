"""Signal receivers of the certificate and notification feature (connected in apps.py)."""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def _enqueue(task, *args):
    """Queue after commit; a broker outage must not turn a saved completion into a 500.

    Anything not queued is picked up by the daily ``certificates_sweep_task``.
    """

    def send():
        try:
            task.delay(*args)
        except Exception:
            logger.exception("Could not queue %s%r", task.name, args)

    transaction.on_commit(send)


def on_course_completed(sender, enrolment, **kwargs):
    from .tasks import certificate_issue_task

    _enqueue(certificate_issue_task, enrolment.pk)


def on_email_confirmed(sender, request=None, email_address=None, **kwargs):
    from .tasks import welcome_email_task

    if email_address is None or not email_address.user_id:
        return
    _enqueue(welcome_email_task, email_address.user_id)


def connect():
    from allauth.account.signals import email_confirmed

    from .services import course_completed

    course_completed.connect(on_course_completed, dispatch_uid="lms.certificate_issue")
    email_confirmed.connect(on_email_confirmed, dispatch_uid="lms.welcome_email")
