"""A member's required training: which courses their roles require, by when, and a
seat for each from the company's stock.

``assignments_sync`` is the one writer of ``TrainingAssignment``: called whenever a
person's roles or a role's requirements change, it adds what is newly required (due
so many days after the person got the role), tightens a due date or renewal when a
stricter role is added, and drops what no role requires any more. A seat is taken
from the company's free seats of the course (or of the all-courses pass) when there
is one; otherwise the assignment waits and the training page tells the manager which
seats to buy (``seats_fill`` gives seats bought later to those waiting).
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from lms.audit import audit_record

from ..exceptions import SeatError
from ..models import (
    CompanyMember,
    CoursePass,
    MemberRole,
    RoleRequirement,
    Seat,
    TrainingAssignment,
)
from ..products import Product
from .companies import has_course, seat_claim


def _required(membership: CompanyMember) -> dict:
    """{course key: (course, due date, renewal months)} from the member's roles: the
    earliest due date and the shortest renewal of all roles requiring a course."""
    wanted: dict = {}
    held = MemberRole.objects.filter(membership=membership).values_list(
        "role_id", "assigned_at"
    )
    since = dict(held)
    requirements = RoleRequirement.objects.filter(role_id__in=since).select_related(
        "course"
    )
    for requirement in requirements:
        start = timezone.localdate(since[requirement.role_id])
        due = start + timedelta(days=requirement.due_within_days)
        renew = requirement.renew_every_months
        current = wanted.get(requirement.course_key)
        if current is not None:
            due = min(due, current[1])
            renew = min(filter(None, (renew, current[2])), default=None)
        wanted[requirement.course_key] = (requirement.course, due, renew)
    return wanted


def _seat_held(membership: CompanyMember, course_key) -> Seat | None:
    """A seat of this company the person already holds for the course, or a pass seat."""
    held = Seat.objects.filter(
        company_id=membership.company_id,
        holder_id=membership.user_id,
        status=Seat.Status.USED,
    )
    return (
        held.filter(course_key=course_key).first()
        or held.filter(course_pass__isnull=False).first()
    )


def _seat_for(assignment: TrainingAssignment, membership, actor) -> Seat | None:
    """Link a seat to the assignment: one held already, else a free course seat, else
    a free pass seat. None when the company has none free (or the person bought the
    course themselves, in which case the record is theirs to share)."""
    seat = _seat_held(membership, assignment.course_key)
    if seat is not None:
        return seat
    if has_course(membership.user_id, assignment.course_key):
        return None
    company = membership.company
    products = [Product(course=assignment.course)] + [
        Product(course_pass=course_pass)
        for course_pass in CoursePass.objects.filter(
            seats__company=company, seats__status=Seat.Status.FREE
        ).distinct()
    ]
    for product in products:
        try:
            return seat_claim(
                company=company, product=product, user=membership.user, actor=actor
            )
        except SeatError:
            continue
    return None


def assignments_sync(*, membership: CompanyMember, actor) -> list[TrainingAssignment]:
    """Bring the member's assignments in line with their roles; returns the new ones."""
    created = []
    with transaction.atomic():
        wanted = _required(membership)
        existing = {
            a.course_key: a
            for a in TrainingAssignment.objects.select_for_update().filter(
                company_id=membership.company_id, user_id=membership.user_id
            )
        }
        for course_key, assignment in existing.items():
            if course_key not in wanted:
                assignment.delete()
                audit_record(
                    actor=actor,
                    action="training.unassigned",
                    target=membership.company,
                    user=membership.user_id,
                    course_key=str(course_key),
                )
        for course_key, (course, due, renew) in wanted.items():
            assignment = existing.get(course_key)
            if assignment is None:
                created.append(
                    _assignment_create(
                        membership, course, course_key, due, renew, actor
                    )
                )
            elif (assignment.due_on, assignment.renew_every_months) != (due, renew):
                assignment.due_on = min(due, assignment.due_on)
                assignment.renew_every_months = renew
                assignment.save(update_fields=["due_on", "renew_every_months"])
    return created


def _assignment_create(membership, course, course_key, due, renew, actor):
    assignment = TrainingAssignment.objects.create(
        company_id=membership.company_id,
        user_id=membership.user_id,
        course=course,
        course_key=course_key,
        due_on=due,
        renew_every_months=renew,
    )
    seat = _seat_for(assignment, membership, actor)
    if seat is not None:
        assignment.seat = seat
        assignment.save(update_fields=["seat"])
    audit_record(
        actor=actor,
        action="training.assigned",
        target=membership.company,
        user=membership.user_id,
        course_key=str(course_key),
        due_on=due.isoformat(),
        seat=seat.pk if seat else None,
    )
    return assignment


def seats_fill(*, company, actor) -> int:
    """Give free seats to assignments still waiting for one; returns how many got one."""
    waiting = (
        TrainingAssignment.objects.filter(company=company, seat__isnull=True)
        .select_related("course", "user")
        .order_by("due_on", "id")
    )
    filled = 0
    memberships = {
        m.user_id: m
        for m in CompanyMember.objects.filter(company=company).select_related(
            "company", "user"
        )
    }
    for assignment in waiting:
        membership = memberships.get(assignment.user_id)
        if membership is None:
            continue
        with transaction.atomic():
            seat = _seat_for(assignment, membership, actor)
            if seat is not None:
                TrainingAssignment.objects.filter(pk=assignment.pk).update(seat=seat)
                filled += 1
    return filled
