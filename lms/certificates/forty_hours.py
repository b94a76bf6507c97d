"""Hours toward the 40-hour training of verneombud and AMU members (FOLM § 3-19):
one line per course, and the dated statement of them as a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from courses.models import CoursePage
from lms.certificates.pdf import pdf_from_html
from lms.certificates.services import FORTY_HOUR_AUDIENCES, FORTY_HOURS
from lms.models import Certificate, Enrolment, User


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
