"""The compliance table's company-wide figures, counted by the database.

The counts per status and the status filters used to read every record of every
employee into Python; for 20,000 employees that took seconds. Here each cell's status
is a SQL ``CASE`` over the person's enrolment and latest current certificate, and the
company's right to see a record (``company_access.visible_course_keys``: a seat it gave,
a pass seat's own enrolments, or the person's consent) is the same rule written as
``EXISTS`` subqueries. The counts are then two grouped queries and a status filter is
one ``EXISTS`` on the members, whatever the size of the company.

``tests`` compare every figure with the cell-by-cell rule in ``status.cell_status``.
"""

from __future__ import annotations

from datetime import date

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from lms.models import Certificate, Enrolment, LessonProgress

from ..models import CompanyMember, RecordShare, Seat
from .status import EXPIRING_WITHIN, CellStatus


def visible_to_company(company) -> Q:
    """Rows (with ``user_id`` and ``course_key``) whose person and course the company
    may read. Mirrors ``company_access.visible_course_keys``."""
    user, course_key = "user_id", "course_key"
    used = Seat.objects.filter(status=Seat.Status.USED, holder_id=OuterRef(user))
    member = Exists(
        CompanyMember.objects.filter(company=company, user_id=OuterRef(user))
    )
    own_seat = Exists(
        used.filter(
            company=company, course_pass__isnull=True, course_key=OuterRef(course_key)
        )
    )
    shared = Exists(
        RecordShare.objects.filter(
            company=company, user_id=OuterRef(user), course_key=OuterRef(course_key)
        )
    )
    pass_enrolment = (
        Exists(used.filter(company=company, course_pass__isnull=False))
        & Exists(
            Enrolment.objects.filter(
                user_id=OuterRef(user),
                course_key=OuterRef(course_key),
                source=Enrolment.Source.SEAT,
            ).exclude(status=Enrolment.Status.WITHDRAWN)
        )
        & ~Exists(used.filter(course_key=OuterRef(course_key)).exclude(company=company))
    )
    return Q(member) & (Q(own_seat) | Q(shared) | Q(pass_enrolment))


def _current_certificates() -> QuerySet:
    """``Certificate.objects.current()`` for use inside a per-row subquery. Written as
    ``COALESCE(superseded_by_id, 0) = 0`` so that no planner takes the unique index on
    ``superseded_by`` (where NULL matches nearly every row) over the (user, course_key)
    index: SQLite did, and each lookup then read every certificate."""
    return Certificate.objects.alias(replaced=Coalesce("superseded_by_id", 0)).filter(
        replaced=0
    )


def _certificate_case(today: date) -> Case:
    """A certificate row's cell status, as ``status.cell_status`` decides it."""
    return Case(
        When(revoked_at__isnull=False, then=Value(CellStatus.REVOKED)),
        When(valid_until__lt=today, then=Value(CellStatus.EXPIRED)),
        When(valid_until__lte=today + EXPIRING_WITHIN, then=Value(CellStatus.EXPIRING)),
        default=Value(CellStatus.VALID),
        output_field=CharField(),
    )


def enrolment_cells(*, company, keys, live_lesson_keys, today: date) -> QuerySet:
    """The company's visible enrolments in ``keys``, each with ``cell_status``."""
    latest = (
        _current_certificates()
        .filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key"))
        .order_by("-issued_at", "-id")
    )
    lesson_done = Exists(
        LessonProgress.objects.filter(
            enrolment_id=OuterRef("pk"),
            completed_at__isnull=False,
            lesson_key__in=live_lesson_keys,
        )
    )
    # The latest current certificate decides when there is one (one subquery per row,
    # giving its status or NULL); otherwise the enrolment does.
    certificate = Subquery(
        latest.annotate(cell=_certificate_case(today)).values("cell")[:1],
        output_field=CharField(),
    )
    return (
        Enrolment.objects.filter(course_key__in=keys)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .filter(visible_to_company(company))
        .annotate(
            cell_status=Coalesce(
                certificate,
                Case(
                    When(completed_at__isnull=False, then=Value(CellStatus.COMPLETED)),
                    When(
                        Q(lesson_done) | Q(last_activity_at__isnull=False),
                        then=Value(CellStatus.IN_PROGRESS),
                    ),
                    default=Value(CellStatus.NOT_STARTED),
                    output_field=CharField(),
                ),
            )
        )
    )


def certificate_only_cells(*, company, keys, today: date) -> QuerySet:
    """Visible (person, course) pairs with a current certificate and no enrolment
    (withdrawn, or issued elsewhere): the latest certificate, with ``cell_status``."""
    newer = _current_certificates().filter(
        user_id=OuterRef("user_id"), course_key=OuterRef("course_key")
    )
    enrolled = Enrolment.objects.filter(
        user_id=OuterRef("user_id"), course_key=OuterRef("course_key")
    ).exclude(status=Enrolment.Status.WITHDRAWN)
    return (
        Certificate.objects.current()
        .filter(course_key__in=keys)
        .exclude(Exists(enrolled))
        .exclude(
            Exists(
                newer.filter(
                    Q(issued_at__gt=OuterRef("issued_at"))
                    | Q(issued_at=OuterRef("issued_at"), id__gt=OuterRef("id"))
                )
            )
        )
        .filter(visible_to_company(company))
        .annotate(cell_status=_certificate_case(today))
    )


def _cells(*, company, columns, today: date) -> tuple[QuerySet, QuerySet]:
    """Every visible cell with a record: (enrolment cells, certificate-only cells)."""
    return (
        enrolment_cells(
            company=company,
            keys=columns.keys,
            live_lesson_keys=columns.live_lesson_keys,
            today=today,
        ),
        certificate_only_cells(company=company, keys=columns.keys, today=today),
    )


def status_counts(*, company, columns, people: int, today: date) -> dict[str, int]:
    """{status: number of cells} for the whole company; cells without a record are
    ``not_assigned``."""
    counts: dict[str, int] = {}
    for cells in _cells(company=company, columns=columns, today=today):
        for status, n in (
            cells.order_by().values("cell_status").annotate(n=Count("id"))
        ).values_list("cell_status", "n"):
            counts[status] = counts.get(status, 0) + n
    counts[CellStatus.NOT_ASSIGNED] = people * len(columns.ordered) - sum(
        counts.values()
    )
    return counts


def with_status(*, company, columns, statuses, today: date) -> Q:
    """Company members (``CompanyMember`` rows) with a cell in one of ``statuses``."""
    q = Q()
    for cells in _cells(company=company, columns=columns, today=today):
        mine = cells.filter(cell_status__in=statuses, user_id=OuterRef("user_id"))
        q |= Q(Exists(mine))
    return q
