"""Company accounts, seats and invitations. A seat is never given twice.

(Invitations from a CSV file: ``invitations_csv``.)

Every change to a company's seats happens inside a transaction that first locks the
company row (``select_for_update``), and each seat moves between states with a
compare-and-set ``UPDATE … WHERE status = <expected>``; on PostgreSQL the lock serialises
concurrent redemptions and the compare-and-set keeps even SQLite (no row locks) honest.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.selectors import course_in_language
from lms.models import Enrolment
from lms.outbox import outbox_enqueue
from lms.services import audit_record, enrolment_create

from ..exceptions import CompanyError, SeatError
from ..models import Company, CompanyMember, Seat, SeatInvitation
from ..products import Product
from ..validators import org_nr_normalise


def company_create(
    *, user, name: str, org_nr: str, billing_email: str, invoice_reference: str = ""
) -> Company:
    """Register a company with ``user`` as its first admin."""
    company = Company(
        name=name.strip(),
        org_nr=org_nr_normalise(org_nr),
        billing_email=billing_email.strip().lower(),
        invoice_reference=invoice_reference.strip(),
    )
    company.full_clean()
    with transaction.atomic():
        company.save()
        CompanyMember.objects.create(
            company=company, user=user, role=CompanyMember.Role.ADMIN
        )
        audit_record(actor=user, action="company.created", target=company)
    return company


def company_update(*, company: Company, actor, **fields) -> Company:
    allowed = {"name", "billing_email", "invoice_reference"}
    for name, value in fields.items():
        if name not in allowed:
            raise CompanyError(f"{name} cannot be changed here")
        setattr(company, name, value.strip())
    company.full_clean()
    company.save(update_fields=sorted(fields))
    audit_record(
        actor=actor, action="company.updated", target=company, fields=sorted(fields)
    )
    return company


def _lock(company: Company) -> Company:
    return Company.objects.select_for_update().get(pk=company.pk)


def _product_seats(company: Company, product: Product):
    seats = Seat.objects.filter(company=company)
    if product.is_pass:
        return seats.filter(course_pass=product.course_pass)
    return seats.filter(course_key=product.course_key)


def _seat_take(seat_id: int, *, expected: str, **changes) -> bool:
    """Move one seat on only if it is still in the expected state (compare-and-set)."""
    return bool(Seat.objects.filter(pk=seat_id, status=expected).update(**changes))


def _enrol_seat_holder(*, seat: Seat, user, language: str, actor) -> list[Enrolment]:
    if seat.course_pass_id:
        pages = {}
        for page in CoursePage.objects.live().select_related("locale").order_by("id"):
            current = pages.get(page.translation_key)
            if current is None or page.locale.language_code == language:
                pages[page.translation_key] = page
        courses = list(pages.values())
    else:
        courses = [
            course_in_language(course=seat.course.specific, language_code=language)
        ]
    return [
        enrolment_create(
            user=user, course=course, source=Enrolment.Source.SEAT, actor=actor
        )
        for course in courses
    ]


def _holds_product(company: Company, product_seats, user) -> bool:
    return product_seats.filter(holder=user).exclude(status=Seat.Status.VOID).exists()


def _has_course_already(user, seat: Seat) -> bool:
    if not seat.course_key:
        return False
    return (
        Enrolment.objects.filter(user=user, course_key=seat.course_key)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .exists()
    )


def seat_claim(*, company: Company, product: Product, user, actor=None) -> Seat:
    """Give ``user`` one free seat of ``product`` and enrol them; idempotent per user.

    Used when a company admin gives a seat straight to an employee with an account.
    With many callers racing for the last free seats, each seat goes to exactly one.
    """
    language = getattr(user, "preferred_language", "") or "nb"
    with transaction.atomic():
        company = _lock(company)
        seats = _product_seats(company, product)
        held = seats.filter(holder=user).exclude(status=Seat.Status.VOID).first()
        if held is not None:
            return held
        if not product.is_pass and (
            Enrolment.objects.filter(user=user, course_key=product.course_key)
            .exclude(status=Enrolment.Status.WITHDRAWN)
            .exists()
        ):
            raise SeatError(
                _("%(email)s already has this course.") % {"email": user.email}
            )
        for seat in seats.filter(status=Seat.Status.FREE).order_by("id"):
            taken = _seat_take(
                seat.pk,
                expected=Seat.Status.FREE,
                status=Seat.Status.USED,
                holder=user,
                used_at=timezone.now(),
            )
            if taken:
                seat.refresh_from_db()
                CompanyMember.objects.get_or_create(company=company, user=user)
                _enrol_seat_holder(
                    seat=seat, user=user, language=language, actor=actor or user
                )
                audit_record(
                    actor=actor or user,
                    action="seat.claimed",
                    target=seat,
                    company=company.pk,
                    holder=user.pk,
                )
                return seat
        raise SeatError(
            _("There are no free seats left for %(product)s. Ask your company admin.")
            % {"product": product.name}
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
