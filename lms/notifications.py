"""Learner e-mails: welcome, certificate issued, refresher reminders and nudges.

Each is an outbox job (``lms.jobs``), keyed by its occasion, so it goes out exactly
once: the outbox row's unique key is the only "sent" marker. The daily beat runs
(``refresher_reminders_send``, ``nudges_send``) only *record* what is due; delivery,
retries and the catch-up after a Redis or worker outage are the outbox's. Every
e-mail goes through ``lms.site.emails.email_send`` in the recipient's language.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation

from courses.selectors import course_in_language
from lms.site.emails import email_send

from .access import record_watchers
from .models import Certificate, Enrolment, User
from .outbox import outbox_enqueue
from .selectors import course_progress_for

logger = logging.getLogger(__name__)

REMINDER_DAYS = (60, 30)
NUDGE_AFTER = timedelta(days=7)


def _language(user) -> str:
    return getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse(name, kwargs=kwargs or None)


def welcome_send(*, user: User) -> None:
    """The welcome e-mail after the address is confirmed (the outbox job
    ``lms.welcome_email``, keyed once per user)."""
    language = _language(user)
    email_send(
        language=language,
        to=user.email,
        template="welcome",
        context={"user": user, "dashboard_url": _url("lms:dashboard", language)},
    )


def certificate_issued_send(*, certificate: Certificate) -> None:
    """Tell the learner their certificate is ready, with the PDF attached (the
    outbox job ``lms.certificate_issued_email``, keyed once per certificate)."""
    from lms.certificates.render import certificate_filename, certificate_pdf_bytes
    from lms.certificates.services import certificate_verification_url

    user = certificate.user
    language = _language(user)
    email_send(
        language=language,
        to=user.email,
        template="certificate_issued",
        context={
            "user": user,
            "certificate": certificate,
            "verify_url": certificate_verification_url(
                number=certificate.number, language=language
            ),
            "certificates_url": _url("lms:certificate_list", language),
        },
        attachments=[
            (
                certificate_filename(certificate=certificate),
                certificate_pdf_bytes(certificate=certificate),
                "application/pdf",
            )
        ],
    )


def _watchers(certificate: Certificate) -> list[User]:
    return record_watchers(learner=certificate.user, course_key=certificate.course_key)


def _reminder_anchor(certificate: Certificate) -> int:
    """The certificate whose expiry a reminder is about, for its sent-marker.

    A staff re-issue (a corrected name) keeps the dates of the certificate it replaces,
    so a reminder already sent for that one is not sent again for the copy.
    """
    anchor = certificate
    while anchor.reason == Certificate.Reason.REISSUE and anchor.replaces_id:
        anchor = anchor.replaces
    return anchor.pk


def refresher_reminders_send(*, today=None) -> int:
    """Record the reminders due 60 and 30 days before a certificate expires, to the
    learner and the company admins who may see the record; returns how many are new.

    Run daily by Celery beat. A reminder that was missed (a day without beat) is sent
    late rather than never; the 60-day one is skipped once 30 days are left, and each
    fires once per certificate and recipient. Replaced and revoked certificates get none.
    """
    today = today or timezone.localdate()
    horizon = today + timedelta(days=max(REMINDER_DAYS))
    certificates = (
        Certificate.objects.current()
        .filter(
            revoked_at__isnull=True,
            valid_until__isnull=False,
            valid_until__gte=today,
            valid_until__lte=horizon,
        )
        .exclude(enrolment__status=Enrolment.Status.WITHDRAWN)
        .select_related("user")
        .order_by("valid_until", "pk")
    )
    recorded = 0
    for certificate in certificates:
        days = 30 if (certificate.valid_until - today).days <= 30 else 60
        learner = [certificate.user] if certificate.user.is_active else []
        anchor = _reminder_anchor(certificate)
        for recipient in [*learner, *_watchers(certificate)]:
            with transaction.atomic():
                recorded += bool(
                    outbox_enqueue(
                        job="lms.refresher_reminder",
                        payload={
                            "certificate_id": certificate.pk,
                            "recipient_id": recipient.pk,
                            "days": days,
                        },
                        key=f"reminder{days}:{anchor}:{recipient.pk}",
                    )
                )
    return recorded


def refresher_reminder_send(*, certificate: Certificate, recipient: User, days: int):
    """One refresher reminder, in the recipient's language (the outbox job)."""
    language = _language(recipient)
    course = course_in_language(
        course=certificate.course.specific, language_code=language
    )
    email_send(
        language=language,
        to=recipient.email,
        template="refresher_reminder",
        context={
            "recipient": recipient,
            "learner": certificate.user,
            "is_learner": recipient.pk == certificate.user_id,
            "certificate": certificate,
            "course_title": course.title,
            "days": days,
            "days_left": (certificate.valid_until - timezone.localdate()).days,
            "course_url": settings.SITE_URL.rstrip("/") + (course.url or ""),
            "dashboard_url": _url("lms:dashboard", language),
        },
    )


def nudges_send(*, now=None) -> int:
    """Record a nudge for learners idle for 7 days in an unfinished course; once per
    idle stretch. Returns how many were recorded.

    A course enrolled in but never opened counts from the day of enrolment.
    Learners who switched nudges off get nothing. Activity after a nudge starts a new
    stretch, so a second nudge can follow another 7 idle days.
    """
    now = now or timezone.now()
    enrolments = (
        Enrolment.objects.annotate(
            idle_since=Coalesce("last_activity_at", "enrolled_at")
        )
        .filter(
            status=Enrolment.Status.ACTIVE,
            completed_at__isnull=True,
            idle_since__lte=now - NUDGE_AFTER,
            user__nudges_enabled=True,
            user__is_active=True,
        )
        .filter(Q(nudged_at__isnull=True) | Q(nudged_at__lt=F("idle_since")))
        .select_related("user", "course")
    )
    recorded = 0
    for enrolment in enrolments:
        language = _language(enrolment.user)
        course = course_in_language(
            course=enrolment.course.specific, language_code=language
        )
        progress = course_progress_for(user=enrolment.user, course=course)
        if progress.next_lesson is None:
            # Every lesson is done; what is left (an exercise waiting for an
            # instructor's grade) is not the learner's to continue.
            continue
        stamp = int(enrolment.idle_since.timestamp())
        with transaction.atomic():  # the nudge and its mark commit together
            recorded += bool(
                outbox_enqueue(
                    job="lms.nudge",
                    payload={"enrolment_id": enrolment.pk},
                    key=f"nudge:{enrolment.pk}:{stamp}",
                )
            )
            Enrolment.objects.filter(pk=enrolment.pk).update(nudged_at=now)
    return recorded


def nudge_send(*, enrolment: Enrolment) -> None:
    """One nudge to continue a course, in the learner's language (the outbox job)."""
    user = enrolment.user
    language = _language(user)
    course = course_in_language(
        course=enrolment.course.specific, language_code=language
    )
    email_send(
        language=language,
        to=user.email,
        template="nudge",
        context={
            "user": user,
            "course_title": course.title,
            "continue_url": _url("lms:continue", language, course_id=course.pk),
            "profile_url": _url("lms:profile", language),
        },
    )
