"""Invitations to a company's seats: one by one, revoked, moved to another address, and
accepted by the person invited. A seat is never given twice.

Each change locks the company row first and moves the seat with a compare-and-set, as
in ``companies``; invitations from a CSV file are in ``invitations_csv``.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.outbox import outbox_enqueue

from ..exceptions import SeatError
from ..models import Company, CompanyMember, Seat, SeatInvitation
from ..products import Product
from .companies import (
    _enrol_seat_holder,
    _has_course_already,
    _holds_product,
    _lock,
    _product_seats,
    _seat_take,
)


def _email_checked(email: str) -> str:
    """A valid address that also fits the column (the validator allows 320 characters)."""
    email = (email or "").strip().lower()
    validate_email(email)
    if len(email) > SeatInvitation._meta.get_field("email").max_length:
        raise ValidationError("too long", code="invalid")
    return email


def _invite_problem(company: Company, product_seats, email: str) -> str:
    """Why ``email`` cannot be invited to this product now, or ""."""
    if product_seats.filter(
        holder__email__iexact=email, status=Seat.Status.USED
    ).exists():
        return _("%(email)s already holds a seat for this course.") % {"email": email}
    if SeatInvitation.objects.filter(
        seat__in=product_seats,
        email__iexact=email,
        status=SeatInvitation.Status.PENDING,
    ).exists():
        return _("%(email)s already has an invitation waiting for this course.") % {
            "email": email
        }
    return ""


# Seat invitations a company may send in 24 hours (a big CSV import fits), and that one
# address may receive from all companies together: revoking and re-inviting cannot turn
# the form into a way to flood someone's inbox.
SEAT_INVITATIONS_PER_COMPANY_PER_DAY = 1000
SEAT_INVITATIONS_PER_RECIPIENT_PER_DAY = 5


def _invitation_cap(*, company: Company, email: str) -> None:
    since = timezone.now() - timedelta(days=1)
    recent = SeatInvitation.objects.filter(created_at__gte=since)
    if recent.filter(email__iexact=email).count() >= (
        SEAT_INVITATIONS_PER_RECIPIENT_PER_DAY
    ):
        raise SeatError(
            _("%(email)s has been sent several invitations today. Try again tomorrow.")
            % {"email": email}
        )
    if recent.filter(company=company).count() >= SEAT_INVITATIONS_PER_COMPANY_PER_DAY:
        raise SeatError(
            _("This company has sent %(count)s invitations today. Try again tomorrow.")
            % {"count": SEAT_INVITATIONS_PER_COMPANY_PER_DAY}
        )


def _invitation_create(
    *, company: Company, seat: Seat, email: str, name: str, actor, language: str
) -> SeatInvitation:
    _invitation_cap(company=company, email=email)
    if not _seat_take(seat.pk, expected=Seat.Status.FREE, status=Seat.Status.INVITED):
        raise SeatError(_("That seat was just taken. Try again."))
    invitation = SeatInvitation.objects.create(
        company=company,
        seat=seat,
        email=email,
        name=name.strip()[: SeatInvitation._meta.get_field("name").max_length],
        language=language,
        invited_by=actor,
    )
    audit_record(
        actor=actor,
        action="seat.invited",
        target=seat,
        company=company.pk,
        email=email,
        invitation=invitation.pk,
    )
    outbox_enqueue(
        job="payments.seat_invitation",
        payload={"invitation_id": invitation.pk},
        key=f"seat-invitation:{invitation.pk}",
    )
    return invitation


def seat_invite(
    *,
    company: Company,
    product: Product,
    email: str,
    actor,
    name: str = "",
    language: str = "nb",
) -> SeatInvitation:
    """Hold a free seat for ``email`` and send them an invitation link."""
    try:
        email = _email_checked(email)
    except ValidationError as error:
        raise SeatError(_("Enter a valid e-mail address.")) from error
    with transaction.atomic():
        company = _lock(company)
        seats = _product_seats(company, product)
        problem = _invite_problem(company, seats, email)
        if problem:
            raise SeatError(problem)
        seat = seats.filter(status=Seat.Status.FREE).order_by("id").first()
        if seat is None:
            raise SeatError(
                _("There are no free seats for %(product)s. Buy more seats first.")
                % {"product": product.name}
            )
        return _invitation_create(
            company=company,
            seat=seat,
            email=email,
            name=name,
            actor=actor,
            language=language,
        )


def seat_invitation_revoke(*, invitation: SeatInvitation, actor) -> Seat:
    """Withdraw an invitation nobody has accepted; its seat becomes free again."""
    with transaction.atomic():
        _lock(invitation.company)
        locked = SeatInvitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.status != SeatInvitation.Status.PENDING:
            raise SeatError(
                _("Only invitations that are not yet accepted can be revoked.")
            )
        locked.status = SeatInvitation.Status.REVOKED
        locked.revoked_at = timezone.now()
        locked.save(update_fields=["status", "revoked_at"])
        _seat_take(
            locked.seat_id, expected=Seat.Status.INVITED, status=Seat.Status.FREE
        )
        audit_record(
            actor=actor,
            action="seat.revoked",
            target=locked.seat,
            company=locked.company_id,
            email=locked.email,
            invitation=locked.pk,
        )
    return Seat.objects.get(pk=locked.seat_id)


def seat_invitation_reassign(
    *,
    invitation: SeatInvitation,
    email: str,
    actor,
    name: str = "",
    language: str = "nb",
) -> SeatInvitation:
    """Take an unused seat back from one invitee and give it to someone else."""
    try:
        email = _email_checked(email)
    except ValidationError as error:
        raise SeatError(_("Enter a valid e-mail address.")) from error
    with transaction.atomic():
        seat = seat_invitation_revoke(invitation=invitation, actor=actor)
        company = invitation.company
        seats = Seat.objects.filter(pk__in=_same_product_seats(seat))
        problem = _invite_problem(company, seats, email)
        if problem:
            raise SeatError(problem)
        return _invitation_create(
            company=company,
            seat=seat,
            email=email,
            name=name,
            actor=actor,
            language=language,
        )


def _same_product_seats(seat: Seat):
    seats = Seat.objects.filter(company_id=seat.company_id)
    if seat.course_pass_id:
        return seats.filter(course_pass_id=seat.course_pass_id).values("pk")
    return seats.filter(course_key=seat.course_key).values("pk")


def seat_invitation_accept(*, token: str, user) -> Seat:
    """The invited employee takes the held seat and is enrolled. Idempotent for them.

    The link may be opened by a different address than the one invited (people have
    work and private e-mails); the token is the secret, and it works once.
    """
    language = getattr(user, "preferred_language", "") or "nb"
    with transaction.atomic():
        invitation = (
            SeatInvitation.objects.select_related("company").filter(token=token).first()
        )
        if invitation is None:
            raise SeatError(_("This invitation link is not valid."))
        _lock(invitation.company)
        invitation = SeatInvitation.objects.select_for_update().get(pk=invitation.pk)
        seat = Seat.objects.select_related("course", "course_pass").get(
            pk=invitation.seat_id
        )
        if invitation.status == SeatInvitation.Status.ACCEPTED:
            if invitation.accepted_by_id == user.pk:
                return seat
            raise SeatError(_("This invitation has already been used."))
        if invitation.status == SeatInvitation.Status.REVOKED:
            raise SeatError(
                _("This invitation has been withdrawn. Ask your company admin.")
            )
        product_seats = Seat.objects.filter(pk__in=_same_product_seats(seat))
        if _holds_product(invitation.company, product_seats, user):
            raise SeatError(_("You already have a seat for this course."))
        if _has_course_already(user, seat):
            raise SeatError(
                _(
                    "You already have this course, so the seat stays free for a "
                    "colleague. Tell your company admin."
                )
            )
        taken = _seat_take(
            seat.pk,
            expected=Seat.Status.INVITED,
            status=Seat.Status.USED,
            holder=user,
            used_at=timezone.now(),
        )
        if not taken:
            raise SeatError(_("This invitation has already been used."))
        now = timezone.now()
        invitation.status = SeatInvitation.Status.ACCEPTED
        invitation.accepted_by = user
        invitation.accepted_at = now
        invitation.save(update_fields=["status", "accepted_by", "accepted_at"])
        CompanyMember.objects.get_or_create(company=invitation.company, user=user)
        seat.refresh_from_db()
        _enrol_seat_holder(seat=seat, user=user, language=language, actor=user)
        audit_record(
            actor=user,
            action="seat.redeemed",
            target=seat,
            company=invitation.company_id,
            invitation=invitation.pk,
        )
    return seat
