"""Roles from a spreadsheet: one row per person with their e-mail, role(s) and
(optionally) department; all rows are checked first and applied together, or none.

A person who is already a member gets the roles (added to those they hold) at once,
and with them their required training. Anyone else is invited to join the company; the
roles wait on the invitation and are given when, and only if, the person accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lms.audit import audit_record

from ..exceptions import CompanyError
from ..models import (
    Company,
    CompanyMember,
    CompanyRole,
    Department,
    MemberInvitation,
    PendingRole,
)
from .invitations import _email_checked
from .invitations_csv import EMAIL_HEADERS, MAX_CSV_ROWS, csv_reader, csv_text
from .membership import member_invite
from .roles import member_roles_add

ROLE_HEADERS = {"role", "roles", "rolle", "roller", "роль", "ролі"}
DEPARTMENT_HEADERS = {"department", "avdeling", "eining", "відділ", "підрозділ"}
ROLE_SEPARATOR = "|"


@dataclass
class RoleRow:
    line: int
    email: str
    roles: list = field(default_factory=list)
    department: Department | None = None
    errors: list[str] = field(default_factory=list)


@dataclass
class RolesReport:
    rows: list[RoleRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    assigned: int = 0
    invited: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and all(not row.errors for row in self.rows)


def _columns(header: list[str]) -> tuple[int, int, int] | None:
    lowered = [cell.lower() for cell in header]
    if not any(cell in EMAIL_HEADERS for cell in lowered):
        return None

    def find(names):
        return next((i for i, c in enumerate(lowered) if c in names), -1)

    return find(EMAIL_HEADERS), find(ROLE_HEADERS), find(DEPARTMENT_HEADERS)


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if 0 <= index < len(cells) else ""


def _row(number, cells, columns, roles, departments) -> RoleRow:
    email_col, role_col, department_col = columns
    row = RoleRow(line=number, email=_cell(cells, email_col).lower())
    try:
        _email_checked(row.email)
    except ValidationError:
        row.errors.append(
            _("“%(value)s” is not a valid e-mail address.") % {"value": row.email}
        )
    for name in filter(
        None, (n.strip() for n in _cell(cells, role_col).split(ROLE_SEPARATOR))
    ):
        role = roles.get(name.lower())
        if role is None:
            row.errors.append(_("There is no role called “%(name)s”.") % {"name": name})
        else:
            row.roles.append(role)
    if not row.roles and not row.errors:
        row.errors.append(_("The role is missing."))
    department = _cell(cells, department_col).strip()
    if department:
        row.department = departments.get(department.lower())
        if row.department is None:
            row.errors.append(
                _("There is no department called “%(name)s”.") % {"name": department}
            )
    return row


def roles_csv_parse(*, company: Company, content: bytes) -> RolesReport:
    report = RolesReport()
    text = csv_text(content)
    if text is None:
        report.errors.append(_("The file could not be read. Save it as CSV (UTF-8)."))
        return report
    lines = [r for r in csv_reader(text) if any(c.strip() for c in r)]
    columns = _columns([c.strip() for c in lines[0]]) if lines else None
    if columns is None or columns[1] < 0:
        report.errors.append(
            _(
                "The first row must name the columns: e-mail, role and (optionally) department."
            )
        )
        return report
    roles = {r.name.lower(): r for r in CompanyRole.objects.filter(company=company)}
    departments = {
        d.name.lower(): d for d in Department.objects.filter(company=company)
    }
    for number, cells in enumerate(lines[1:], start=2):
        report.rows.append(
            _row(number, [c.strip() for c in cells], columns, roles, departments)
        )
    if len(report.rows) > MAX_CSV_ROWS:
        report.errors.append(
            _("The file has more than %(max)s rows. Split it into smaller files.")
            % {"max": MAX_CSV_ROWS}
        )
    if not report.rows and not report.errors:
        report.errors.append(_("The file has no e-mail addresses."))
    return report


def _merged(rows: list[RoleRow]) -> dict[str, RoleRow]:
    """One entry per address: a person on several rows gets the roles of all of them."""
    people: dict[str, RoleRow] = {}
    for row in rows:
        person = people.setdefault(row.email, RoleRow(line=row.line, email=row.email))
        person.roles += [r for r in row.roles if r not in person.roles]
        person.department = row.department or person.department
    return people


def roles_import_csv(*, company: Company, content: bytes, actor, language="nb"):
    """Apply a roles file, or nothing when any row is wrong (the report says which)."""
    report = roles_csv_parse(company=company, content=content)
    if not report.ok:
        return report
    members = {
        m.user.email.lower(): m
        for m in CompanyMember.objects.filter(company=company).select_related("user")
    }
    try:
        with transaction.atomic():
            for email, person in _merged(report.rows).items():
                if email in members:
                    member_roles_add(
                        membership=members[email],
                        roles=person.roles,
                        department=person.department,
                        actor=actor,
                    )
                    report.assigned += 1
                else:
                    _invite(company, person, actor, language)
                    report.invited += 1
            audit_record(
                actor=actor,
                action="roles.imported",
                target=company,
                assigned=report.assigned,
                invited=report.invited,
            )
    except CompanyError as error:
        report.errors.append(str(error))
        report.assigned = report.invited = 0
    return report


def _invite(company, person: RoleRow, actor, language) -> None:
    invitation = MemberInvitation.objects.filter(
        company=company,
        email__iexact=person.email,
        status=MemberInvitation.Status.PENDING,
    ).first()
    if invitation is None:
        invitation = member_invite(
            company=company,
            email=person.email,
            role=CompanyMember.Role.EMPLOYEE,
            actor=actor,
            language=language,
            from_file=True,
        )
    for role in person.roles:
        PendingRole.objects.update_or_create(
            invitation=invitation,
            role=role,
            defaults={"department": person.department},
        )
