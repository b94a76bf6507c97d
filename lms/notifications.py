"""Learner e-mails: welcome, certificate issued, refresher reminders and nudges.

Each notification is sent at most once: a ``NotificationSent`` row with a unique key is
written before sending and deleted again if sending fails, so a retried task resends
exactly what did not go out. Every e-mail goes through ``lms.emails.email_send`` in the
recipient's language.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation

from courses.selectors import course_in_language

from .access import record_watchers
from .emails import email_send
from .models import Certificate, Enrolment, NotificationSent, User
from .selectors import course_progress_for

logger = logging.getLogger(__name__)

REMINDER_DAYS = (60, 30)
NUDGE_AFTER = timedelta(days=7)


def _claim(*, kind: str, key: str, user) -> NotificationSent | None:
    """Record that this notification is going out; None if it already went."""
    try:
        with transaction.atomic():
            return NotificationSent.objects.create(kind=kind, key=key, user=user)
    except IntegrityError:
        return None


def _send_once(*, kind: str, key: str, user, **email) -> bool:
    marker = _claim(kind=kind, key=key, user=user)
    if marker is None:
        return False
    try:
        email_send(language=_language(user), **email)
    except Exception:
        marker.delete()
        raise
    return True


def _language(user) -> str:
    return getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse(name, kwargs=kwargs or None)


def welcome_send(*, user: User) -> bool:
    """The welcome e-mail after the address is confirmed; once per user."""
    language = _language(user)
    return _send_once(
        kind=NotificationSent.Kind.WELCOME,
        key=f"welcome:{user.pk}",
        user=user,
        to=user.email,
        template="welcome",
        context={"user": user, "dashboard_url": _url("lms:dashboard", language)},
    )


def certificate_issued_send(*, certificate: Certificate) -> bool:
    """Tell the learner their certificate is ready, with the PDF attached; once."""
    from .certificates import (
        certificate_filename,
        certificate_pdf_bytes,
        certificate_verification_url,
    )

    user = certificate.user
    language = _language(user)
    return _send_once(
        kind=NotificationSent.Kind.CERTIFICATE_ISSUED,
        key=f"issued:{certificate.pk}",
        user=user,
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
    """Reminders 60 and 30 days before a certificate expires, to learner and admins.

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
        .select_related("user", "enrolment")
        .order_by("valid_until", "pk")
    )
    sent = 0
    for certificate in certificates:
        if certificate.enrolment.status == Enrolment.Status.WITHDRAWN:
            continue
        days_left = (certificate.valid_until - today).days
        days = 30 if days_left <= 30 else 60
        kind = (
            NotificationSent.Kind.REMINDER_30
            if days == 30
            else NotificationSent.Kind.REMINDER_60
        )
        learner = [certificate.user] if certificate.user.is_active else []
        recipients = [*learner, *_watchers(certificate)]
        anchor = _reminder_anchor(certificate)
        for recipient in recipients:
            language = _language(recipient)
            course = course_in_language(
                course=certificate.course.specific, language_code=language
            )
            if _send_once(
                kind=kind,
                key=f"reminder{days}:{anchor}:{recipient.pk}",
                user=recipient,
                to=recipient.email,
                template="refresher_reminder",
                context={
                    "recipient": recipient,
                    "learner": certificate.user,
                    "is_learner": recipient.pk == certificate.user_id,
                    "certificate": certificate,
                    "course_title": course.title,
                    "days": days,
                    "days_left": days_left,
                    "course_url": settings.SITE_URL.rstrip("/") + (course.url or ""),
                    "dashboard_url": _url("lms:dashboard", language),
                },
            ):
                sent += 1
    return sent


def nudges_send(*, now=None) -> int:
    """Nudge learners idle for 7 days in an unfinished course; once per idle stretch.

    A course enrolled in but never opened counts from the day of enrolment.

    Learners who switched nudges off get nothing. Activity after a nudge starts a new
    stretch, so a second nudge can follow another 7 idle days.
    """
    now = now or timezone.now()
    # A course never opened counts as idle since the day of enrolment.
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
    sent = 0
    for enrolment in enrolments:
        user = enrolment.user
        language = _language(user)
        course = course_in_language(
            course=enrolment.course.specific, language_code=language
        )
        if course_progress_for(user=user, course=course).next_lesson is None:
            # Every lesson is done; what is left (an exercise waiting for an
            # instructor's grade) is not the learner's to continue.
            continue
        stamp = int(enrolment.idle_since.timestamp())
        if _send_once(
            kind=NotificationSent.Kind.NUDGE,
            key=f"nudge:{enrolment.pk}:{stamp}",
            user=user,
            to=user.email,
            template="nudge",
            context={
                "user": user,
                "course_title": course.title,
                "continue_url": _url("lms:continue", language, course_id=course.pk),
                "profile_url": _url("lms:profile", language),
            },
        ):
            sent += 1
        Enrolment.objects.filter(pk=enrolment.pk).update(nudged_at=now)
    return sent
