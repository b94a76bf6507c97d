"""Signal receivers of the certificate and notification feature (connected in apps.py)."""

from django.db import transaction


def on_course_completed(sender, enrolment, **kwargs):
    from .tasks import certificate_issue_task

    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: certificate_issue_task.delay(enrolment_id))


def on_email_confirmed(sender, request=None, email_address=None, **kwargs):
    from .tasks import welcome_email_task

    if email_address is None or not email_address.user_id:
        return
    user_id = email_address.user_id
    transaction.on_commit(lambda: welcome_email_task.delay(user_id))


def connect():
    from allauth.account.signals import email_confirmed

    from .services import course_completed

    course_completed.connect(on_course_completed, dispatch_uid="lms.certificate_issue")
    email_confirmed.connect(on_email_confirmed, dispatch_uid="lms.welcome_email")
