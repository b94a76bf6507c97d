"""Company accounts and their seats. A seat is never given twice.

(Invitations to seats: ``invitations``; from a CSV file: ``invitations_csv``.)

Every change to a company's seats happens inside a transaction that first locks the
company row (``select_for_update``), and each seat moves between states with a
compare-and-set ``UPDATE … WHERE status = <expected>``; on PostgreSQL the lock serialises
concurrent redemptions and the compare-and-set keeps even SQLite (no row locks) honest.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.selectors import course_in_language
from lms.audit import audit_record
from lms.models import Enrolment
from lms.services import enrolment_create

from ..compliance.figures import figures_kept, records_changed
from ..exceptions import CompanyError, SeatError
from ..models import Company, CompanyMember, Seat
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
    allowed = {"name", "billing_email", "invoice_reference", "hms_review_on"}
    for name, value in fields.items():
        if name not in allowed:
            raise CompanyError(f"{name} cannot be changed here")
        setattr(company, name, value.strip() if isinstance(value, str) else value)
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
    seats = Seat.objects.filter(pk=seat_id, status=expected)
    taken = bool(seats.update(**changes))
    if taken and figures_kept():
        company = Seat.objects.filter(pk=seat_id).values_list("company_id", flat=True)
        records_changed(company_ids=company)
    return taken


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


def has_course(user_id: int, course_key) -> bool:
    """The person is enrolled in the course (any language version), not withdrawn."""
    return (
        Enrolment.objects.filter(user_id=user_id, course_key=course_key)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .exists()
    )


def _has_course_already(user, seat: Seat) -> bool:
    return bool(seat.course_key) and has_course(user.pk, seat.course_key)


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
        if not product.is_pass and has_course(user.pk, product.course_key):
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
