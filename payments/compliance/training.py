"""Required training as the company sees it: per person and role, what is valid, due
and overdue, read from certificates the company may see.

The status is computed on every read, never stored: a completion, an expiry or a
revocation shows at once. A certificate counts only when the company may read the
record (a seat it gave, or the person shared it); otherwise the course shows as due or
overdue like one not taken, and nothing reveals whether the person took it elsewhere.
A renewal ("every N months") ends a certificate's validity N months after it was
issued, or at its own expiry if that is sooner; the renewal is due on that day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from dateutil.relativedelta import relativedelta
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.selectors import course_in_language
from lms.models import Certificate

from ..company_access import visible_course_keys
from ..models import CompanyMember, Department, MemberRole, TrainingAssignment
from .records import latest_visible


class TrainingStatus:
    VALID = "valid"
    DUE = "due"
    OVERDUE = "overdue"

    LABELS = {
        VALID: _("Valid"),
        DUE: _("Due"),
        OVERDUE: _("Overdue"),
    }


FILTERS = {
    "": _("Everyone"),
    "overdue": _("Someone overdue"),
    "due": _("Due, not overdue"),
    "no_seat": _("Waiting for a seat"),
}


@dataclass
class AssignmentState:
    assignment: TrainingAssignment
    course_title: str
    status: str
    due_on: date
    valid_until: date | None = None
    certificate: Certificate | None = None

    @property
    def status_label(self):
        return TrainingStatus.LABELS[self.status]

    @property
    def needs_seat(self) -> bool:
        return self.assignment.seat_id is None and self.status != TrainingStatus.VALID

    @property
    def days_left(self) -> int:
        return (self.due_on - timezone.localdate()).days

    @property
    def days_late(self) -> int:
        return -self.days_left


@dataclass
class PersonTraining:
    membership: CompanyMember
    roles: list[str] = field(default_factory=list)
    department: str = ""
    states: list[AssignmentState] = field(default_factory=list)

    @property
    def open(self) -> int:
        """Courses due or overdue: what a reminder would be about."""
        return sum(s.status != TrainingStatus.VALID for s in self.states)


def _validity(certificate: Certificate, renew_months: int | None) -> date | None:
    ends = [certificate.valid_until] if certificate.valid_until else []
    if renew_months:
        issued = timezone.localdate(certificate.issued_at)
        ends.append(issued + relativedelta(months=renew_months))
    return min(ends) if ends else None


def state_of(
    assignment, certificate, *, today: date, title: str = ""
) -> AssignmentState:
    """One assignment's status from the latest visible certificate (or None)."""
    title = title or assignment.course.title
    if certificate is not None:
        valid_until = _validity(certificate, assignment.renew_every_months)
        if valid_until is None or valid_until >= today:
            return AssignmentState(
                assignment,
                title,
                TrainingStatus.VALID,
                assignment.due_on,
                valid_until,
                certificate,
            )
        due_on = max(assignment.due_on, valid_until)
    else:
        due_on = assignment.due_on
    status = TrainingStatus.DUE if today <= due_on else TrainingStatus.OVERDUE
    return AssignmentState(assignment, title, status, due_on, None, certificate)


def latest_certificates(*, company, assignments) -> dict:
    """{(user id, course key): latest current certificate the company may read}."""
    users = {a.user_id for a in assignments}
    if not users:
        return {}
    certificates = Certificate.objects.current().filter(
        user_id__in=users,
        course_key__in={a.course_key for a in assignments},
        revoked_at__isnull=True,
    )
    return latest_visible(
        certificates, visible_course_keys(company=company, user_ids=users)
    )


def assignment_states(*, company, assignments, language: str, today=None):
    today = today or timezone.localdate()
    assignments = list(assignments)
    latest = latest_certificates(company=company, assignments=assignments)
    titles = {}
    states = []
    for assignment in assignments:
        if assignment.course_key not in titles:
            course = course_in_language(
                course=assignment.course, language_code=language
            )
            titles[assignment.course_key] = course.title
        states.append(
            state_of(
                assignment,
                latest.get((assignment.user_id, assignment.course_key)),
                today=today,
                title=titles[assignment.course_key],
            )
        )
    return states


def people_in_scope(*, company, department_ids=None) -> QuerySet[CompanyMember]:
    """The company's members, or only those of the given departments (a department
    manager's view)."""
    people = CompanyMember.objects.filter(company=company)
    if department_ids is not None:
        people = people.filter(placement__department_id__in=department_ids)
    return people


@dataclass
class TrainingPage:
    page_obj: object
    people: list[PersonTraining]
    departments: list[Department]
    counts: dict
    seats_needed: list[tuple[str, int]]


def _filtered(company, people, status_filter: str, today: date):
    assignments = TrainingAssignment.objects.filter(
        company=company, user_id__in=people.values("user_id")
    )
    if status_filter == "no_seat":
        return people.filter(
            user__in=assignments.filter(seat__isnull=True).values("user_id")
        )
    if status_filter == "overdue":
        # A first narrowing in SQL: past the due date, or renewed (a lapsed
        # certificate); the exact status, which needs the certificates, is decided
        # per page.
        late = assignments.filter(
            Q(due_on__lt=today) | Q(renew_every_months__isnull=False)
        )
        return people.filter(user__in=late.values("user_id"))
    if status_filter == "due":
        return people.filter(
            user__in=assignments.filter(due_on__gte=today).values("user_id")
        )
    return people


def training_page(
    *,
    company,
    language: str,
    department_ids=None,
    department: str = "",
    search: str = "",
    status_filter: str = "",
    page=None,
    per_page: int = 50,
    today=None,
) -> TrainingPage:
    today = today or timezone.localdate()
    people = people_in_scope(company=company, department_ids=department_ids)
    if department.isdigit():
        people = people.filter(placement__department_id=int(department))
    if search:
        people = people.filter(
            Q(user__email__icontains=search)
            | Q(user__first_name__icontains=search)
            | Q(user__last_name__icontains=search)
            | Q(placement__department__name__icontains=search)
        )
    people = _filtered(company, people, status_filter, today)
    people = people.select_related("user", "placement__department").order_by(
        "user__last_name", "user__first_name", "user__email", "pk"
    )
    page_obj = Paginator(people, per_page).get_page(page)
    rows = _rows(company, list(page_obj.object_list), language, today)
    if status_filter in ("overdue", "due"):
        rows = [r for r in rows if any(s.status == status_filter for s in r.states)]
    departments = Department.objects.filter(company=company)
    if department_ids is not None:
        departments = departments.filter(pk__in=department_ids)
    return TrainingPage(
        page_obj=page_obj,
        people=rows,
        departments=list(departments),
        counts=_counts(company, department_ids, language, today),
        seats_needed=seats_needed(
            company=company, department_ids=department_ids, language=language
        ),
    )


def _rows(company, memberships, language, today) -> list[PersonTraining]:
    by_user = {m.user_id: PersonTraining(membership=m) for m in memberships}
    for person in by_user.values():
        placement = getattr(person.membership, "placement", None)
        person.department = placement.department.name if placement else ""
    for held in (
        MemberRole.objects.filter(membership__in=memberships)
        .select_related("role", "membership")
        .order_by("role__name")
    ):
        by_user[held.membership.user_id].roles.append(held.role.name)
    assignments = TrainingAssignment.objects.filter(
        company=company, user_id__in=by_user
    ).select_related("course")
    for state in assignment_states(
        company=company, assignments=assignments, language=language, today=today
    ):
        by_user[state.assignment.user_id].states.append(state)
    return list(by_user.values())


def open_states(*, company, user_ids, language: str = "nb", today=None):
    """The assignments of these people that are not valid today (due or overdue)."""
    assignments = TrainingAssignment.objects.filter(
        company=company, user_id__in=user_ids
    ).select_related("course")
    return [
        s
        for s in assignment_states(
            company=company, assignments=assignments, language=language, today=today
        )
        if s.status != TrainingStatus.VALID
    ]


def _counts(company, department_ids, language, today) -> dict:
    people = people_in_scope(company=company, department_ids=department_ids)
    counts: dict = defaultdict(int)
    for state in open_states(
        company=company,
        user_ids=people.values("user_id"),
        language=language,
        today=today,
    ):
        counts[state.status] += 1
    assignments = TrainingAssignment.objects.filter(
        company=company, user_id__in=people.values("user_id")
    )
    counts["total"] = assignments.count()
    counts[TrainingStatus.VALID] = counts["total"] - counts["due"] - counts["overdue"]
    return dict(counts)


def seats_needed(*, company, department_ids=None, language: str = "nb"):
    """[(course title, people waiting for a seat)]: what the manager should buy."""
    people = people_in_scope(company=company, department_ids=department_ids)
    waiting = defaultdict(int)
    courses = {}
    for assignment in TrainingAssignment.objects.filter(
        company=company, seat__isnull=True, user_id__in=people.values("user_id")
    ).select_related("course"):
        waiting[assignment.course_key] += 1
        courses[assignment.course_key] = assignment.course
    return [
        (course_in_language(course=courses[key], language_code=language).title, n)
        for key, n in sorted(waiting.items(), key=lambda kv: -kv[1])
    ]
