"""A company's HMS roles, the courses each requires, its departments, and who holds
which role. Every change is audited (who and when) and re-syncs the required training
of the people it touches (``training.assignments_sync``).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from courses.models import CoursePage
from lms.audit import audit_record

from ..exceptions import CompanyError
from ..models import (
    Company,
    CompanyMember,
    CompanyRole,
    Department,
    MemberPlacement,
    MemberRole,
    RoleRequirement,
)
from .training import assignments_sync

MAX_DUE_DAYS = 730
MAX_RENEW_MONTHS = 120


def _usual_roles():
    kind = CompanyRole.Kind
    return [
        (_("General manager (daglig leder)"), kind.LEADER),
        (_("Leader with personnel responsibility"), kind.LEADER),
        (_("Safety representative (verneombud)"), kind.VERNEOMBUD),
        (_("AMU member"), kind.AMU),
        (_("Worker"), kind.WORKER),
    ]


def roles_defaults_create(*, company: Company, actor) -> list[CompanyRole]:
    """The usual roles of a Norwegian HMS organisation, named in the admin's language;
    roles the company already has by those names are left alone."""
    created = []
    with transaction.atomic():
        for name, kind in _usual_roles():
            role, new = CompanyRole.objects.get_or_create(
                company=company, name=name, defaults={"kind": kind}
            )
            if new:
                created.append(role)
                audit_record(actor=actor, action="role.created", target=role)
    return created


def _name_checked(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise CompanyError(_("Give the role a name."))
    return name[:100]


def role_create(*, company: Company, name: str, kind: str, actor) -> CompanyRole:
    name = _name_checked(name)
    if kind not in CompanyRole.Kind.values:
        raise CompanyError(_("Choose what kind of role this is."))
    try:
        with transaction.atomic():
            role = CompanyRole.objects.create(company=company, name=name, kind=kind)
            audit_record(actor=actor, action="role.created", target=role, kind=kind)
    except IntegrityError as error:
        raise CompanyError(
            _("The company already has a role called %(name)s.") % {"name": name}
        ) from error
    return role


def role_delete(*, role: CompanyRole, actor) -> None:
    """Delete a role nobody holds (a held role must be taken from its people first, so
    that nobody's required training disappears by accident)."""
    with transaction.atomic():
        holders = role.holders.count()
        if holders:
            raise CompanyError(
                _("Take the role from its %(count)s people first.") % {"count": holders}
            )
        audit_record(
            actor=actor, action="role.deleted", target=role.company, name=role.name
        )
        role.delete()


def _people_of(role: CompanyRole):
    return CompanyMember.objects.filter(hms_roles__role=role).select_related(
        "company", "user"
    )


def requirement_add(
    *,
    role: CompanyRole,
    course: CoursePage,
    due_within_days: int,
    renew_every_months: int | None,
    actor,
) -> RoleRequirement:
    if not 0 <= due_within_days <= MAX_DUE_DAYS:
        raise CompanyError(
            _("Days to complete must be between 0 and %(max)s.") % {"max": MAX_DUE_DAYS}
        )
    if renew_every_months is not None and not (
        1 <= renew_every_months <= MAX_RENEW_MONTHS
    ):
        raise CompanyError(
            _("Renewal must be between 1 and %(max)s months, or empty.")
            % {"max": MAX_RENEW_MONTHS}
        )
    with transaction.atomic():
        requirement, created = RoleRequirement.objects.update_or_create(
            role=role,
            course_key=course.translation_key,
            defaults={
                "course": course,
                "due_within_days": due_within_days,
                "renew_every_months": renew_every_months,
            },
        )
        audit_record(
            actor=actor,
            action="role.requirement_set",
            target=role,
            course_key=str(course.translation_key),
            due_within_days=due_within_days,
            renew_every_months=renew_every_months,
        )
        for membership in _people_of(role):
            assignments_sync(membership=membership, actor=actor)
    return requirement


def requirement_remove(*, requirement: RoleRequirement, actor) -> None:
    role = requirement.role
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="role.requirement_removed",
            target=role,
            course_key=str(requirement.course_key),
        )
        requirement.delete()
        for membership in _people_of(role):
            assignments_sync(membership=membership, actor=actor)


def department_create(*, company: Company, name: str, actor) -> Department:
    name = (name or "").strip()[:100]
    if not name:
        raise CompanyError(_("Give the department a name."))
    try:
        with transaction.atomic():
            department = Department.objects.create(company=company, name=name)
            audit_record(actor=actor, action="department.created", target=department)
    except IntegrityError as error:
        raise CompanyError(
            _("The company already has a department called %(name)s.") % {"name": name}
        ) from error
    return department


def department_managers_set(*, department: Department, user_ids, actor) -> None:
    """Managers are chosen among the company's members only."""
    members = set(
        CompanyMember.objects.filter(
            company_id=department.company_id, user_id__in=list(user_ids)
        ).values_list("user_id", flat=True)
    )
    with transaction.atomic():
        before = set(department.managers.values_list("pk", flat=True))
        department.managers.set(members)
        audit_record(
            actor=actor,
            action="department.managers_set",
            target=department,
            added=sorted(members - before),
            removed=sorted(before - members),
        )


def member_roles_set(
    *, membership: CompanyMember, roles, department: Department | None, actor
) -> None:
    """Give the member exactly ``roles`` and place them in ``department`` (None: no
    department); their required training follows."""
    roles = list(roles)
    if any(role.company_id != membership.company_id for role in roles):
        raise CompanyError(_("Choose among the company's own roles."))
    if department is not None and department.company_id != membership.company_id:
        raise CompanyError(_("Choose among the company's own departments."))
    with transaction.atomic():
        held = set(membership.hms_roles.values_list("role_id", flat=True))
        wanted = {role.pk for role in roles}
        membership.hms_roles.exclude(role_id__in=wanted).delete()
        for role_id in wanted - held:
            MemberRole.objects.create(
                membership=membership, role_id=role_id, assigned_by=actor
            )
        _place(membership, department)
        if held != wanted:
            audit_record(
                actor=actor,
                action="member.roles_set",
                target=membership.company,
                user=membership.user_id,
                added=sorted(wanted - held),
                removed=sorted(held - wanted),
            )
        assignments_sync(membership=membership, actor=actor)


def member_roles_add(
    *, membership: CompanyMember, roles, department: Department | None, actor
) -> None:
    """Give the member ``roles`` on top of those they hold; move them to
    ``department`` when one is given, else leave their department as it is."""
    held = [r.role for r in membership.hms_roles.select_related("role")]
    if department is None:
        placement = getattr(membership, "placement", None)
        department = placement.department if placement else None
    member_roles_set(
        membership=membership,
        roles=held + [role for role in roles if role not in held],
        department=department,
        actor=actor,
    )


def _place(membership: CompanyMember, department: Department | None) -> None:
    if department is None:
        MemberPlacement.objects.filter(membership=membership).delete()
    else:
        MemberPlacement.objects.update_or_create(
            membership=membership, defaults={"department": department}
        )
