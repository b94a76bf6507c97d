"""The 40-hour ledger per verneombud and AMU member, as the company sees it.

Hours from courses taken here are the hours printed on the certificates the company
may read (verneombud and AMU courses, each course once: its latest certificate);
hours from elsewhere are the entries the company recorded with a document. The target
is 40 hours, or the hours of a shorter programme that both sides have signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone

from lms.certificates.services import FORTY_HOUR_AUDIENCES, FORTY_HOURS
from lms.models import Certificate

from ..company_access import visible_course_keys
from ..models import (
    CompanyMember,
    CompanyRole,
    ExternalHours,
    MemberRole,
    ShorterProgrammeAgreement,
)
from .records import latest_visible

FORTY_HOUR_KINDS = (CompanyRole.Kind.VERNEOMBUD, CompanyRole.Kind.AMU)


@dataclass
class HourLine:
    title: str
    hours: Decimal
    completed_on: date
    certificate: Certificate | None = None
    entry: ExternalHours | None = None

    @property
    def elsewhere(self) -> bool:
        return self.entry is not None


@dataclass
class HourLedger:
    membership: CompanyMember
    roles: list[str] = field(default_factory=list)
    lines: list[HourLine] = field(default_factory=list)
    agreements: list[ShorterProgrammeAgreement] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((line.hours for line in self.lines), Decimal("0"))

    @property
    def agreement(self) -> ShorterProgrammeAgreement | None:
        """The signed agreement in force, if any."""
        return next((a for a in self.agreements if a.is_signed), None)

    @property
    def open_agreement(self) -> ShorterProgrammeAgreement | None:
        return next((a for a in self.agreements if a.is_open), None)

    @property
    def target(self) -> Decimal:
        agreement = self.agreement
        return agreement.hours if agreement else FORTY_HOURS

    @property
    def remaining(self) -> Decimal:
        return max(self.target - self.total, Decimal("0"))

    @property
    def reached(self) -> bool:
        return self.total >= self.target

    @property
    def percent(self) -> int:
        return min(100, int(self.total * 100 / self.target))


def _people(company, member_ids=None):
    """Members holding a verneombud or AMU role, or with hours or agreements here."""
    people = CompanyMember.objects.filter(company=company)
    if member_ids is not None:
        return people.filter(pk__in=member_ids)
    holders = MemberRole.objects.filter(
        membership__company=company, role__kind__in=FORTY_HOUR_KINDS
    ).values("membership_id")
    recorded = ExternalHours.objects.filter(company=company).values("user_id")
    agreed = ShorterProgrammeAgreement.objects.filter(company=company).values("user_id")
    return (
        people.filter(pk__in=holders)
        | people.filter(user__in=recorded)
        | (people.filter(user__in=agreed))
    )


def hour_ledgers(*, company, member_ids=None) -> list[HourLedger]:
    members = list(
        _people(company, member_ids)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    ledgers = {m.user_id: HourLedger(membership=m) for m in members}
    if not ledgers:
        return []
    for held in MemberRole.objects.filter(
        membership__in=members, role__kind__in=FORTY_HOUR_KINDS
    ).select_related("role", "membership"):
        ledgers[held.membership.user_id].roles.append(held.role.name)
    _lines_from_certificates(company, ledgers)
    for entry in ExternalHours.objects.filter(company=company, user_id__in=ledgers):
        ledgers[entry.user_id].lines.append(
            HourLine(entry.title, entry.hours, entry.completed_on, entry=entry)
        )
    for agreement in ShorterProgrammeAgreement.objects.filter(
        company=company, user_id__in=ledgers
    ).select_related("employer_signed_by"):
        ledgers[agreement.user_id].agreements.append(agreement)
    for ledger in ledgers.values():
        ledger.lines.sort(key=lambda line: line.completed_on)
    return list(ledgers.values())


def _lines_from_certificates(company, ledgers: dict) -> None:
    certificates = (
        Certificate.objects.current()
        .filter(
            user_id__in=list(ledgers),
            audience__in=FORTY_HOUR_AUDIENCES,
            revoked_at__isnull=True,
        )
        .select_related("course")
    )
    visible = visible_course_keys(company=company, user_ids=list(ledgers))
    for (user_id, _key), certificate in latest_visible(certificates, visible).items():
        ledgers[user_id].lines.append(
            HourLine(
                certificate.course_title or certificate.course.title,
                certificate.hours,
                timezone.localdate(certificate.issued_at),
                certificate=certificate,
            )
        )


def signed_agreements(*, company):
    """Agreements in force, for the evidence pack."""
    return (
        ShorterProgrammeAgreement.objects.filter(
            company=company, member_signed_at__isnull=False, withdrawn_at__isnull=True
        )
        .select_related("user", "employer_signed_by", "company")
        .order_by("user__last_name", "user__email")
    )


def agreement_pdf(*, agreement: ShorterProgrammeAgreement, language: str) -> bytes:
    """The agreement as signed, with both signatures' names and times, as a PDF."""
    from django.conf import settings
    from django.template.loader import render_to_string
    from django.utils import translation

    from lms.certificates.pdf import pdf_from_html

    with translation.override(language):
        html = render_to_string(
            "payments/agreement_pdf.html",
            {
                "agreement": agreement,
                "today": timezone.localdate(),
                "site_name": settings.WAGTAIL_SITE_NAME,
                "forty": FORTY_HOURS,
            },
        )
    return pdf_from_html(html)
