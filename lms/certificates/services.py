"""Course certificates (kursbevis): issuing, re-issuing, revoking, refreshers.

A certificate is issued once per recorded completion, by a Celery task started when
``lms.services.course_completed`` fires. The record is a snapshot of what it certifies.
Its PDF is in ``lms.certificates.render``; the hours toward the 40-hour training in
``lms.certificates.forty_hours``.
"""

from __future__ import annotations

import logging
import secrets
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.selectors import course_in_language
from lms.audit import audit_record
from lms.certificates.pdf import (
    SECOND_LANGUAGE,
    is_bilingual,
)
from lms.exceptions import CertificateError, LearningError
from lms.models import (
    Certificate,
    Enrolment,
    LessonProgress,
    RefresherStart,
)

logger = logging.getLogger(__name__)

# Crockford-style alphabet without look-alikes (0/O, 1/I/L, U): easy to read aloud.
NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
NUMBER_GROUPS = 4
NUMBER_GROUP_LENGTH = 4  # 16 symbols from 30 = ~78 bits: not guessable, not sequential

# Audiences whose training counts toward the 40 hours of FOLM § 3-19.
FORTY_HOUR_AUDIENCES = ("verneombud", "amu")
FORTY_HOURS = Decimal("40")


def certificate_number_new() -> str:
    """A fresh random certificate number such as ``7KQ2-M9XD-4TPA-HW3C``; unique."""
    while True:
        symbols = "".join(
            secrets.choice(NUMBER_ALPHABET)
            for _i in range(NUMBER_GROUPS * NUMBER_GROUP_LENGTH)
        )
        number = "-".join(
            symbols[i : i + NUMBER_GROUP_LENGTH]
            for i in range(0, len(symbols), NUMBER_GROUP_LENGTH)
        )
        if not Certificate.objects.filter(number=number).exists():
            return number


def certificate_number_normalise(*, raw: str) -> str:
    """What a person typed (lower case, spaces, O for 0, no dashes) → the stored form."""
    cleaned = "".join(ch for ch in raw.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != NUMBER_GROUPS * NUMBER_GROUP_LENGTH:
        return raw.strip().upper()
    return "-".join(
        cleaned[i : i + NUMBER_GROUP_LENGTH]
        for i in range(0, len(cleaned), NUMBER_GROUP_LENGTH)
    )


def certificate_verification_url(*, number: str, language: str = "") -> str:
    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse("lms:certificate_verify", kwargs={"number": number})
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _valid_until(*, course: CoursePage, completed_at):
    if not course.certificate_validity_months:
        return None
    completed_day = timezone.localtime(completed_at).date()
    return completed_day + relativedelta(months=course.certificate_validity_months)


def _topics(course: CoursePage) -> list[str]:
    return [str(block.value) for block in course.topics if block.value]


def _bokmal(*, enrolment: Enrolment, language: str) -> dict:
    """What the certificate also says in bokmål when it is issued in another language."""
    if not is_bilingual(language):
        return {}
    course = course_in_language(
        course=enrolment.course.specific, language_code=SECOND_LANGUAGE
    ).specific
    return {
        "course_title": course.title,
        "legal_basis": course.legal_basis,
        "topics": _topics(course),
    }


def _snapshot(*, enrolment: Enrolment, language: str) -> dict:
    course = course_in_language(
        course=enrolment.course.specific, language_code=language
    ).specific
    user = enrolment.user
    return {
        "user": user,
        "enrolment": enrolment,
        "course": course,
        "course_key": enrolment.course_key,
        "language": language,
        "holder_name": user.get_full_name(),
        "course_title": course.title,
        "audience": course.audience,
        "hours": enrolment.hours_credited or course.hours,
        "active_seconds": enrolment.active_seconds,
        "legal_basis": course.legal_basis,
        "topics": _topics(course),
        "bokmal": _bokmal(enrolment=enrolment, language=language),
        "completed_at": enrolment.completed_at,
        "valid_until": _valid_until(course=course, completed_at=enrolment.completed_at),
    }


def _latest_current(*, user, course_key) -> Certificate | None:
    return (
        Certificate.objects.filter(user=user, course_key=course_key)
        .current()
        .order_by("-issued_at", "-id")
        .first()
    )


def certificate_issue(*, enrolment: Enrolment, issued_at=None) -> Certificate | None:
    """Issue the certificate for the enrolment's recorded completion; idempotent.

    Returns the (new or existing) certificate, or None when the course is not completed.
    A completion after an earlier certificate (a refresher) issues a new certificate
    that replaces the earlier one in the history. ``issued_at`` defaults to now (the
    demo seeder back-dates it).
    """
    enrolment = Enrolment.objects.select_related("user", "course").get(pk=enrolment.pk)
    if not enrolment.completed_at:
        return None
    existing = (
        Certificate.objects.filter(
            enrolment=enrolment, completed_at=enrolment.completed_at
        )
        .exclude(reason=Certificate.Reason.REISSUE)
        .first()
    )
    if existing:
        return existing
    language = enrolment.user.preferred_language or settings.LANGUAGE_CODE
    snapshot = _snapshot(enrolment=enrolment, language=language)
    try:
        with transaction.atomic():
            previous = _latest_current(
                user=enrolment.user, course_key=enrolment.course_key
            )
            certificate = Certificate(
                number=certificate_number_new(),
                reason=(
                    Certificate.Reason.REFRESHER
                    if previous
                    else Certificate.Reason.COMPLETION
                ),
                replaces=previous,
                issued_at=issued_at or timezone.now(),
                **snapshot,
            )
            certificate.full_clean(exclude=["pdf"])
            certificate.save()
            if previous:
                previous.superseded_by = certificate
                previous.save(update_fields=["superseded_by"])
            audit_record(
                actor=None,
                action="certificate.issued",
                target=certificate,
                number=certificate.number,
                user=enrolment.user_id,
                course=certificate.course_title,
                replaces=previous.number if previous else "",
            )
    except IntegrityError:
        # A concurrent run of the same task won the race.
        return Certificate.objects.get(
            enrolment=enrolment,
            completed_at=enrolment.completed_at,
            reason__in=[Certificate.Reason.COMPLETION, Certificate.Reason.REFRESHER],
        )
    return certificate


def enrolments_without_certificate(*, limit: int = 500) -> list[int]:
    """Completed enrolments whose current completion has no certificate yet."""
    issued = Certificate.objects.filter(
        enrolment=OuterRef("pk"), completed_at=OuterRef("completed_at")
    )
    return list(
        Enrolment.objects.filter(completed_at__isnull=False)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .exclude(Exists(issued))
        .order_by("completed_at")
        .values_list("pk", flat=True)[:limit]
    )


def certificate_reissue(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Staff: issue a corrected copy (new number, current name) and revoke the old one."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give a reason for re-issuing the certificate."))
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.superseded_by_id:
            raise CertificateError(_("This certificate has already been replaced."))
        enrolment = old.enrolment
        snapshot = _snapshot(enrolment=enrolment, language=old.language)
        snapshot.update(
            completed_at=old.completed_at,
            valid_until=old.valid_until,
            hours=old.hours,
            active_seconds=old.active_seconds,
        )
        new = Certificate(
            number=certificate_number_new(),
            reason=Certificate.Reason.REISSUE,
            replaces=old,
            **snapshot,
        )
        new.save()
        old.superseded_by = new
        if not old.revoked_at:
            old.revoked_at = timezone.now()
            old.revoked_by = (
                actor if getattr(actor, "is_authenticated", False) else None
            )
            old.revoked_reason = _("Replaced by certificate %(number)s: %(reason)s") % {
                "number": new.number,
                "reason": reason,
            }
        old.save(
            update_fields=[
                "superseded_by",
                "revoked_at",
                "revoked_by",
                "revoked_reason",
            ]
        )
        audit_record(
            actor=actor,
            action="certificate.reissued",
            target=new,
            number=new.number,
            replaces=old.number,
            reason=reason,
        )
    return new


def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Staff: revoke a certificate with a reason; the verification page then says so."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Give a reason for revoking the certificate."))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at:
            raise CertificateError(_("This certificate is already revoked."))
        locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.revoked_by = actor if getattr(actor, "is_authenticated", False) else None
        locked.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
        audit_record(
            actor=actor,
            action="certificate.revoked",
            target=locked,
            number=locked.number,
            reason=reason,
        )
    return locked


# --- Refresher ------------------------------------------------------------------------


def refresher_start(*, enrolment: Enrolment, actor) -> Enrolment:
    """Open a completed course again so that completing it renews the certificate.

    Lesson progress is reset and the enrolment becomes active; the earlier completion
    and its certificate stay in the history (the certificate keeps its own dates).
    """
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.user_id != getattr(actor, "pk", None) and not getattr(
            actor, "is_staff", False
        ):
            raise LearningError(_("You can only renew your own courses."))
        if not locked.completed_at:
            raise LearningError(_("The course is not completed yet."))
        if locked.status == Enrolment.Status.WITHDRAWN:
            raise LearningError(_("You no longer have access to this course."))
        previous = _latest_current(user=locked.user, course_key=locked.course_key)
        RefresherStart.objects.create(
            enrolment=locked,
            previous_certificate=previous,
            previous_completed_at=locked.completed_at,
        )
        # The refresher is a new round: its time on task is counted from zero.
        LessonProgress.objects.filter(enrolment=locked).update(
            completed_at=None, active_seconds=0
        )
        locked.completed_at = None
        locked.status = Enrolment.Status.ACTIVE
        locked.last_activity_at = timezone.now()
        locked.active_seconds = 0
        locked.save(
            update_fields=[
                "completed_at",
                "status",
                "last_activity_at",
                "active_seconds",
            ]
        )
        audit_record(
            actor=actor,
            action="enrolment.refresher_started",
            target=locked,
            previous_certificate=previous.number if previous else "",
        )
    return locked
