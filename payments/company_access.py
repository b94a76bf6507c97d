"""Who administers a company, and which of a person's records a company may read.

The one definition for the whole code base (views, the compliance table, certificate
downloads, reminders): every question about "company X and person Y" is answered here.

- A company admin is a ``CompanyMember`` with the admin role. Such a row exists only by
  the person's own act: registering the company, accepting a membership invitation, or
  accepting a seat.
- A company reads a member's record of a course only when it gave them a seat in that
  course (a course seat, or a pass seat for the courses the pass enrolled them in), or
  when they shared that course with the company (``RecordShare``). Never their other
  purchases, and nothing once they have left the company.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from uuid import UUID

from django.db.models import QuerySet

from lms.models import Enrolment, User

from .models import Company, CompanyMember, Department, RecordShare, Seat


def companies_administered_by(*, user) -> QuerySet[Company]:
    """Companies ``user`` is an admin of (by their own consent)."""
    if not getattr(user, "is_authenticated", False):
        return Company.objects.none()
    return Company.objects.filter(
        memberships__user=user, memberships__role=CompanyMember.Role.ADMIN
    ).order_by("name")


def companies_viewable_by(*, user) -> QuerySet[Company]:
    """Companies whose training overview ``user`` may open: their own, or all for
    superusers (support). Every read of another company's records is audited by the
    view that serves it."""
    if getattr(user, "is_superuser", False):
        return Company.objects.order_by("name")
    return companies_administered_by(user=user)


def is_company_admin(*, user, company: Company) -> bool:
    return (
        getattr(user, "is_authenticated", False)
        and CompanyMember.objects.filter(
            company=company, user=user, role=CompanyMember.Role.ADMIN
        ).exists()
    )


def company_admins(*, company: Company) -> QuerySet[User]:
    """The people who administer ``company`` (active accounts)."""
    return User.objects.filter(
        company_memberships__company=company,
        company_memberships__role=CompanyMember.Role.ADMIN,
        is_active=True,
    ).distinct()


def training_scope(*, user, company_id: int):
    """Whose required training ``user`` may see and remind in the company:
    ``(company, None)`` for its admins and superusers (everyone),
    ``(company, {department ids})`` for a member who manages departments (their
    people only), ``(None, None)`` for anyone else."""
    company = company_viewable(user=user, company_id=company_id)
    if company is not None:
        return company, None
    if not getattr(user, "is_authenticated", False):
        return None, None
    departments = set(
        Department.objects.filter(
            company_id=company_id,
            managers=user,
            company__memberships__user=user,
        ).values_list("pk", flat=True)
    )
    if not departments:
        return None, None
    return Company.objects.get(pk=company_id), departments


def company_viewable(*, user, company_id: int) -> Company | None:
    """The company if ``user`` may read its overview (an admin, or a superuser)."""
    return companies_viewable_by(user=user).filter(pk=company_id).first()


def company_for_admin(*, user, company_id: int) -> Company | None:
    return companies_administered_by(user=user).filter(pk=company_id).first()


def visible_course_keys(
    *, company: Company, user_ids: Iterable[int] | QuerySet
) -> dict[int, set[UUID]]:
    """{member id: course keys the company may read} for the given members.

    A fixed number of queries whatever the number of members. People who are not (or
    no longer) members of the company get nothing.
    """
    members = set(
        CompanyMember.objects.filter(company=company, user_id__in=user_ids).values_list(
            "user_id", flat=True
        )
    )
    visible: dict[int, set[UUID]] = defaultdict(set)
    if not members:
        return visible
    held = Seat.objects.filter(
        company=company, holder_id__in=members, status=Seat.Status.USED
    )
    pass_holders = set()
    for holder_id, course_key, course_pass_id in held.values_list(
        "holder_id", "course_key", "course_pass_id"
    ):
        if course_pass_id:
            pass_holders.add(holder_id)
        elif course_key:
            visible[holder_id].add(course_key)
    if pass_holders:
        _add_pass_courses(company, pass_holders, visible)
    for user_id, course_key in RecordShare.objects.filter(
        company=company, user_id__in=members
    ).values_list("user_id", "course_key"):
        visible[user_id].add(course_key)
    return visible


def _add_pass_courses(company, pass_holders: set[int], visible: dict) -> None:
    """A pass seat covers the courses it enrolled the holder in (seat enrolments),
    except those another company gave a seat of its own for."""
    elsewhere = set(
        Seat.objects.filter(
            holder_id__in=pass_holders,
            status=Seat.Status.USED,
            course_key__isnull=False,
        )
        .exclude(company=company)
        .values_list("holder_id", "course_key")
    )
    for user_id, course_key in (
        Enrolment.objects.filter(user_id__in=pass_holders, source=Enrolment.Source.SEAT)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .values_list("user_id", "course_key")
    ):
        if (user_id, course_key) not in elsewhere:
            visible[user_id].add(course_key)


def company_may_read_record(*, viewer, learner_id: int, course_key) -> bool:
    """Whether ``viewer`` may read ``learner``'s record of a course as a company admin."""
    for company in companies_administered_by(user=viewer):
        keys = visible_course_keys(company=company, user_ids=[learner_id])
        if _key(course_key) in keys.get(learner_id, set()):
            return True
    return False


def record_watchers(*, learner, course_key) -> list[User]:
    """Admins of the companies that may read ``learner``'s record of this course (they
    are told when its certificate is about to expire)."""
    watchers = []
    for company in Company.objects.filter(memberships__user=learner).distinct():
        if _key(course_key) not in visible_course_keys(
            company=company, user_ids=[learner.pk]
        ).get(learner.pk, set()):
            continue
        watchers += company_admins(company=company).exclude(pk=learner.pk)
    unique = {user.pk: user for user in watchers}
    return list(unique.values())


def _key(course_key) -> UUID:
    return course_key if isinstance(course_key, UUID) else UUID(str(course_key))
