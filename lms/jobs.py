"""The learning app's outbox jobs (registered when the app is ready).

Each is idempotent: it looks its objects up again and does only what is not yet done.
"""

from django.urls import reverse
from django.utils import translation

from lms.site.emails import email_send

from .outbox import outbox_enqueue, outbox_job


@outbox_job("lms.certificate_issue")
def certificate_issue_job(*, enrolment_id: int) -> None:
    """Issue, render and store the certificate for a completed enrolment, and record
    the e-mail that brings it to the learner (once per certificate)."""
    from lms.certificates.render import certificate_pdf_store
    from lms.certificates.services import certificate_issue

    from .models import Enrolment

    enrolment = Enrolment.objects.filter(pk=enrolment_id).first()
    if enrolment is None:
        return
    certificate = certificate_issue(enrolment=enrolment)
    if certificate is None:
        return
    certificate = certificate_pdf_store(certificate=certificate)
    outbox_enqueue(
        job="lms.certificate_issued_email",
        payload={"certificate_id": certificate.pk},
        key=f"issued:{certificate.pk}",
    )


def _unrevoked_certificate(certificate_id: int):
    """The certificate with its holder, or None once it was revoked or deleted."""
    from .models import Certificate

    return (
        Certificate.objects.filter(pk=certificate_id, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )


@outbox_job("lms.certificate_issued_email")
def certificate_issued_email_job(*, certificate_id: int) -> None:
    from .notifications import certificate_issued_send

    certificate = _unrevoked_certificate(certificate_id)
    if certificate is not None and certificate.user.is_active:
        certificate_issued_send(certificate=certificate)


@outbox_job("lms.course_completions_recheck")
def course_completions_recheck_job(*, course_key: str) -> None:
    """Record the completion of everyone who has now done every live lesson."""
    from .models import Enrolment
    from .services import enrolment_check_completion

    for enrolment in Enrolment.objects.filter(
        course_key=course_key, completed_at__isnull=True
    ).exclude(status=Enrolment.Status.WITHDRAWN):
        enrolment_check_completion(enrolment=enrolment)


@outbox_job("lms.welcome_email")
def welcome_email_job(*, user_id: int) -> None:
    from .models import User
    from .notifications import welcome_send

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        welcome_send(user=user)


@outbox_job("lms.newsletter_confirmation")
def newsletter_confirmation_job(*, subscription_id: int) -> None:
    from .models import NewsletterSubscription

    subscription = NewsletterSubscription.objects.filter(pk=subscription_id).first()
    if subscription is None or subscription.confirmed_at:
        return
    with translation.override(subscription.language):
        path = reverse("lms:newsletter_confirm", args=[subscription.token])
    email_send(
        to=subscription.email,
        template="newsletter_confirm",
        context={"confirm_path": path},
        language=subscription.language,
    )


@outbox_job("lms.refresher_reminder")
def refresher_reminder_job(*, certificate_id: int, recipient_id: int, days: int):
    """A reminder recorded by the daily beat run; skipped if the certificate was
    revoked or the recipient closed their account in the meantime."""
    from .models import User
    from .notifications import refresher_reminder_send

    certificate = _unrevoked_certificate(certificate_id)
    recipient = User.objects.filter(pk=recipient_id, is_active=True).first()
    if certificate is not None and recipient is not None:
        refresher_reminder_send(certificate=certificate, recipient=recipient, days=days)


@outbox_job("lms.nudge")
def nudge_job(*, enrolment_id: int) -> None:
    """A nudge recorded by the daily beat run; skipped if the learner finished,
    withdrew or switched nudges off in the meantime."""
    from .models import Enrolment
    from .notifications import nudge_send

    enrolment = (
        Enrolment.objects.filter(
            pk=enrolment_id,
            status=Enrolment.Status.ACTIVE,
            completed_at__isnull=True,
            user__is_active=True,
            user__nudges_enabled=True,
        )
        .select_related("user", "course")
        .first()
    )
    if enrolment is not None:
        nudge_send(enrolment=enrolment)
