"""Course certificates (kursbevis): issuing, re-issuing, revoking, rendering, refreshers.

A certificate is issued once per recorded completion, by a Celery task started when
``lms.services.course_completed`` fires. The record is a snapshot of what it certifies;
the PDF is rendered once (WeasyPrint, A4, in the learner's language) with a QR code that
leads to the public verification page.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.models import AUDIENCE_CHOICES, CoursePage
from courses.selectors import course_in_language

from .models import (
    Certificate,
    Enrolment,
    LessonProgress,
    RefresherStart,
    User,
)
from .models.legal import seller_for_default_site
from .pdf import (
    SECOND_LANGUAGE,
    certificate_words,
    date_text,
    is_bilingual,
    pdf_document,
    pdf_from_html,
    qr_png_data_uri,
)
from .services import LearningError, audit_record
from .time_on_task import duration_label

logger = logging.getLogger(__name__)

# Crockford-style alphabet without look-alikes (0/O, 1/I/L, U): easy to read aloud.
NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
NUMBER_GROUPS = 4
NUMBER_GROUP_LENGTH = 4  # 16 symbols from 30 = ~78 bits: not guessable, not sequential

# Audiences whose training counts toward the 40 hours of FOLM § 3-19.
FORTY_HOUR_AUDIENCES = ("verneombud", "amu")
FORTY_HOURS = Decimal("40")


class CertificateError(Exception):
    """A certificate action that cannot be done; the message is shown to the user."""


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


# --- Rendering ------------------------------------------------------------------------


def audience_label(code: str) -> str:
    return str(dict(AUDIENCE_CHOICES).get(code, code))


def _density(certificate: Certificate) -> str:
    """How much the page must hold: long names, titles and topic lists (and a second
    language) get smaller type so the certificate stays one A4 page."""
    topics = list(certificate.topics) + list(certificate.bokmal.get("topics", []))
    weight = (
        len(certificate.holder_name) * 2
        + len(certificate.course_title) * 2
        + len(certificate.bokmal.get("course_title", ""))
        + sum(len(topic) + 40 for topic in topics)
        + (400 if is_bilingual(certificate.language) else 0)
    )
    if weight > 1500:
        return "tight"
    if weight > 800:
        return "compact"
    return ""


# From roomy to dense; the renderer starts at the estimate and moves down the list
# until the certificate is one page.
DENSITIES = ["", "compact", "tight", "tight tighter", "tight tighter tiniest"]


def _in_both(language: str, render) -> str:
    """``render()`` in the certificate's language, then in bokmål if it differs."""
    with translation.override(language):
        first = str(render())
    if not is_bilingual(language):
        return first
    with translation.override(SECOND_LANGUAGE):
        second = str(render())
    return first if second == first else f"{first} / {second}"


def certificate_render_pdf(*, certificate: Certificate) -> bytes:
    """The certificate as one A4 page, in the certificate's language and bokmål."""
    language = certificate.language
    url = certificate_verification_url(number=certificate.number, language=language)
    with translation.override(language):
        context = _render_context(certificate, language, url)
        start = DENSITIES.index(_density(certificate))
        for density in DENSITIES[start:]:
            html = render_to_string(
                "lms/certificate_pdf.html", {**context, "density": density}
            )
            document = pdf_document(html)
            if len(document.pages) == 1:
                break
    return document.write_pdf()


def _render_context(certificate: Certificate, language: str, url: str) -> dict:
    return {
        "certificate": certificate,
        "words": certificate_words(
            language=language,
            hours=certificate.hours,
            issued=timezone.localtime(certificate.issued_at).date(),
        ),
        "bokmal": certificate.bokmal,
        "audience": (
            audience_label(certificate.audience),
            _in_both(SECOND_LANGUAGE, lambda: audience_label(certificate.audience))
            if is_bilingual(language)
            else "",
        ),
        "hours": formats.number_format(certificate.hours, 2),
        "recorded": _in_both(
            language, lambda: duration_label(certificate.active_seconds)
        ),
        "completed_on": date_text(
            timezone.localtime(certificate.completed_at).date(), language
        ),
        "valid_until": date_text(certificate.valid_until, language),
        "verify_url": url,
        "qr": qr_png_data_uri(data=url),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "forty_hour_track": certificate.audience in FORTY_HOUR_AUDIENCES,
        "seller": seller_for_default_site(),
    }


def certificate_pdf_store(*, certificate: Certificate) -> Certificate:
    """Render and store the PDF once; later calls return the stored file."""
    if certificate.pdf:
        return certificate
    content = certificate_render_pdf(certificate=certificate)
    # A random part in the file name keeps stored files unguessable even if media
    # is served directly.
    name = f"{certificate.number}-{secrets.token_hex(8)}.pdf"
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.pdf:
            return locked
        locked.pdf.save(name, ContentFile(content), save=False)
        locked.pdf_sha256 = hashlib.sha256(content).hexdigest()
        locked.save(update_fields=["pdf", "pdf_sha256"])
    return locked


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    certificate = certificate_pdf_store(certificate=certificate)
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def certificate_filename(*, certificate: Certificate) -> str:
    with translation.override(certificate.language):
        word = slugify(_("certificate"), allow_unicode=True)
    return "-".join(filter(None, [word, certificate.number])) + ".pdf"


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


# --- Hours toward 40 (FOLM § 3-19) ------------------------------------------------------


@dataclass
class TrackLine:
    course_title: str
    audience: str
    hours: Decimal
    completed_at: object
    certificate: Certificate | None
    active_seconds: int | None = None


@dataclass
class TrackHours:
    lines: list[TrackLine]
    total: Decimal
    target: Decimal = FORTY_HOURS

    @property
    def remaining(self) -> Decimal:
        return max(self.target - self.total, Decimal("0"))

    @property
    def percent(self) -> int:
        return min(100, int(self.total * 100 / self.target)) if self.target else 0

    @property
    def reached(self) -> bool:
        return self.total >= self.target


def track_hours_for(*, user, language: str = "") -> TrackHours:
    """Hours credited toward the 40-hour verneombud/AMU training, one line per course.

    A course counts once, however often it was renewed; a course being taken again as a
    refresher keeps the hours of its last certificate.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    enrolments = list(
        Enrolment.objects.filter(user=user, course__audience__in=FORTY_HOUR_AUDIENCES)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("course")
    )
    certificates = {
        c.course_key: c
        for c in Certificate.objects.filter(
            user=user, audience__in=FORTY_HOUR_AUDIENCES, revoked_at__isnull=True
        )
        .current()
        .order_by("issued_at")
    }
    translated = {
        c.translation_key: c
        for c in CoursePage.objects.filter(
            translation_key__in=[e.course_key for e in enrolments],
            locale__language_code=language,
        )
    }
    lines = []
    for enrolment in enrolments:
        certificate = certificates.get(enrolment.course_key)
        if enrolment.completed_at:
            hours, completed_at = enrolment.hours_credited, enrolment.completed_at
            active_seconds = enrolment.active_seconds
        elif certificate:
            hours, completed_at = certificate.hours, certificate.completed_at
            active_seconds = certificate.active_seconds
        else:
            continue
        course = translated.get(enrolment.course_key) or enrolment.course
        lines.append(
            TrackLine(
                course_title=course.title,
                audience=certificate.audience if certificate else "",
                hours=hours,
                completed_at=completed_at,
                certificate=certificate,
                active_seconds=active_seconds,
            )
        )
    lines.sort(key=lambda line: line.completed_at)
    return TrackHours(lines=lines, total=sum((x.hours for x in lines), Decimal("0")))


def track_hours_statement_pdf(*, user: User, language: str) -> bytes:
    """A dated statement of the hours accumulated toward the 40 hours, as a PDF."""
    with translation.override(language):
        hours = track_hours_for(user=user, language=language)
        html = render_to_string(
            "lms/certificate_hours_pdf.html",
            {
                "holder": user,
                "hours": hours,
                "today": timezone.localdate(),
                "site_name": settings.WAGTAIL_SITE_NAME,
                "site_url": settings.SITE_URL,
            },
        )
    return pdf_from_html(html)
