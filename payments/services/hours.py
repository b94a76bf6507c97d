"""The 40-hour rule (FOLM § 3-19): hours from elsewhere with their documents, and the
agreement on a shorter programme, signed by the employer and then by the person.

The employer's signature is the company admin who proposes the agreement; the person
signs it themselves, signed in as themselves, and nobody can sign for both sides. An
agreement is never edited: it is withdrawn (by either side) and a new one proposed.
Every step is audited; the person is e-mailed when there is something to sign.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.outbox import outbox_enqueue

from ..exceptions import CompanyError
from ..models import CompanyMember, ExternalHours, ShorterProgrammeAgreement

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
# What the first bytes of an accepted document look like: the name alone proves nothing.
DOCUMENT_SIGNATURES = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def _document_checked(document) -> None:
    if document.size > MAX_DOCUMENT_BYTES:
        raise CompanyError(_("The document is too large (at most 5 MB)."))
    head = document.read(8)
    document.seek(0)
    if not head.startswith(DOCUMENT_SIGNATURES):
        raise CompanyError(_("The document must be a PDF, JPG or PNG file."))


def _hours_checked(value, *, low: Decimal, high: Decimal) -> Decimal:
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.1"))
    except (InvalidOperation, ValueError) as error:
        raise CompanyError(_("Enter the hours as a number.")) from error
    if not low <= hours <= high:
        raise CompanyError(
            _("The hours must be between %(low)s and %(high)s.")
            % {"low": low, "high": high}
        )
    return hours


def external_hours_add(
    *,
    membership: CompanyMember,
    title: str,
    provider: str,
    hours,
    completed_on: date,
    document,
    actor,
) -> ExternalHours:
    hours = _hours_checked(hours, low=Decimal("0.5"), high=Decimal("40"))
    if completed_on > timezone.localdate():
        raise CompanyError(_("The date cannot be in the future."))
    _document_checked(document)
    with transaction.atomic():
        entry = ExternalHours.objects.create(
            company_id=membership.company_id,
            user_id=membership.user_id,
            title=title.strip()[:200],
            provider=provider.strip()[:200],
            hours=hours,
            completed_on=completed_on,
            document=document,
            recorded_by=actor,
        )
        audit_record(
            actor=actor,
            action="hours.external_added",
            target=membership.company,
            user=membership.user_id,
            hours=str(hours),
            entry=entry.pk,
        )
    return entry


def external_hours_remove(*, entry: ExternalHours, actor) -> None:
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="hours.external_removed",
            target=entry.company,
            user=entry.user_id,
            hours=str(entry.hours),
            title=entry.title,
        )
        document = entry.document
        entry.delete()
        transaction.on_commit(lambda: document.delete(save=False))


def agreement_propose(
    *,
    membership: CompanyMember,
    capacity: str,
    hours,
    programme: str,
    reasons: str,
    actor,
) -> ShorterProgrammeAgreement:
    """The employer proposes and signs; the person is asked to sign."""
    if actor.pk == membership.user_id:
        raise CompanyError(
            _("You cannot sign for the employer an agreement about yourself.")
        )
    if capacity not in ShorterProgrammeAgreement.Capacity.values:
        raise CompanyError(_("Choose verneombud or AMU member."))
    hours = _hours_checked(hours, low=Decimal("1"), high=Decimal("39.5"))
    if not programme.strip() or not reasons.strip():
        raise CompanyError(_("Describe the programme and why it is justifiable."))
    now = timezone.now()
    with transaction.atomic():
        standing = ShorterProgrammeAgreement.objects.select_for_update().filter(
            company_id=membership.company_id,
            user_id=membership.user_id,
            capacity=capacity,
            withdrawn_at__isnull=True,
        )
        if standing.exists():
            raise CompanyError(
                _("There is already an agreement for this person. Withdraw it first.")
            )
        agreement = ShorterProgrammeAgreement.objects.create(
            company_id=membership.company_id,
            user_id=membership.user_id,
            capacity=capacity,
            hours=hours,
            programme=programme.strip(),
            reasons=reasons.strip(),
            employer_signed_by=actor,
            employer_signed_at=now,
            created_at=now,
        )
        audit_record(
            actor=actor,
            action="hours.agreement_signed_by_employer",
            target=membership.company,
            user=membership.user_id,
            agreement=agreement.pk,
            hours=str(hours),
        )
        outbox_enqueue(
            job="payments.hours_agreement",
            payload={"agreement_id": agreement.pk},
            key=f"hours-agreement:{agreement.pk}",
        )
    return agreement


def agreement_sign(*, agreement: ShorterProgrammeAgreement, user) -> None:
    """The person signs what the employer signed; only they can."""
    with transaction.atomic():
        locked = ShorterProgrammeAgreement.objects.select_for_update().get(
            pk=agreement.pk
        )
        if locked.user_id != user.pk:
            raise CompanyError(_("Only the person the agreement is about can sign it."))
        if not locked.is_open:
            raise CompanyError(_("This agreement can no longer be signed."))
        if not CompanyMember.objects.filter(
            company_id=locked.company_id, user=user
        ).exists():
            raise CompanyError(_("This agreement can no longer be signed."))
        locked.member_signed_at = timezone.now()
        locked.save(update_fields=["member_signed_at"])
        audit_record(
            actor=user,
            action="hours.agreement_signed_by_member",
            target=locked.company,
            agreement=locked.pk,
        )


def agreement_withdraw(*, agreement: ShorterProgrammeAgreement, actor) -> None:
    """Either side withdraws; the 40 hours apply again from then on."""
    with transaction.atomic():
        updated = ShorterProgrammeAgreement.objects.filter(
            pk=agreement.pk, withdrawn_at__isnull=True
        ).update(withdrawn_at=timezone.now(), withdrawn_by=actor)
        if not updated:
            raise CompanyError(_("This agreement is already withdrawn."))
        audit_record(
            actor=actor,
            action="hours.agreement_withdrawn",
            target=agreement.company,
            user=agreement.user_id,
            agreement=agreement.pk,
        )
