"""The compliance table: columns (courses), company-wide counts, and people by page.

Cost does not follow the number of cells (people × courses, 100,000 for 2,000 people
with a course pass): the counts and the status filters are counted by the database
(``counts``), and the rows with everything a page prints are built for one page of
people at a time. Every read is a fixed number of queries per page (or per chunk, for
``table_rows``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.utils import timezone

from courses.models import CoursePage, LessonPage
from lms.models import Certificate, User

from ..models import CompanyMember, RecordShare, Seat
from .counts import status_counts, with_status
from .figures import columns_digest, company_figure
from .records import Columns, records_for
from .status import FILTER_STATUSES, CellStatus, status_matches

CHUNK = 500  # people per chunk when walking everyone (exports, evidence pack)


@dataclass
class ComplianceRow:
    employee: User
    role: str
    course_key: str
    course_title: str
    status: str
    percent: int
    completed_at: object
    certificate: Certificate | None
    hours: Decimal | None = None  # the course's hours (the certificate's, once issued)
    active_seconds: int | None = None  # recorded time on task; None: not recorded

    @property
    def status_label(self) -> str:
        return str(CellStatus.LABELS[self.status])

    @property
    def valid_until(self) -> date | None:
        return self.certificate.valid_until if self.certificate else None


@dataclass
class MatrixRow:
    employee: User
    role: str
    cells: list[ComplianceRow | None]  # one per column, None where filtered out
    # A signed agreement on a shorter programme (FOLM § 3-19), shown beside the
    # certificates it concerns.
    agreement: object = None


@dataclass
class CompliancePage:
    company: object
    courses: list[tuple[str, str]]  # every column (course_key, title)
    columns: list[tuple[str, str]]  # the columns shown (the course filter applied)
    employee_count: int
    status_counts: dict[str, int]  # the whole company, before the status filter
    page_obj: Page
    people: list[MatrixRow] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return self.status_counts

    @property
    def rows(self) -> list[ComplianceRow]:
        return [cell for person in self.people for cell in person.cells if cell]


# --- Columns -------------------------------------------------------------------------------


def _company_course_keys(*, company) -> tuple[set, bool]:
    """The courses the company's table has columns for: those it bought seats of (all
    courses with a pass) and those a member shared with it. Never a course a member
    took elsewhere and kept to themselves."""
    seats = Seat.objects.filter(company=company).exclude(status=Seat.Status.VOID)
    keys = {
        k for k in seats.order_by().values_list("course_key", flat=True).distinct() if k
    }
    has_pass = seats.filter(course_pass__isnull=False).exists()
    keys |= set(
        RecordShare.objects.filter(
            company=company, user__company_memberships__company=company
        ).values_list("course_key", flat=True)
    )
    return keys, has_pass


def _courses_in_language(*, keys: set, has_pass: bool, language: str) -> dict:
    """{course_key: CoursePage} in the viewer's language where it exists."""
    pages = CoursePage.objects.live().select_related("locale")
    if not has_pass:
        pages = pages.filter(translation_key__in=keys)
    best: dict = {}
    for page in pages.only(
        "id", "title", "translation_key", "locale", "path", "depth", "duration_minutes"
    ):
        current = best.get(page.translation_key)
        if (
            current is None
            or page.locale.language_code == language
            or (
                current.locale.language_code != language
                and page.locale.language_code == settings.LANGUAGE_CODE
            )
        ):
            best[page.translation_key] = page
    return best


def _lesson_totals(courses: dict) -> tuple[dict, set]:
    """({course_key: number of live lessons}, their lesson keys), in one query."""
    if not courses:
        return {}, set()
    path_filter = Q()
    for course in courses.values():
        path_filter |= Q(path__startswith=course.path, depth__gt=course.depth)
    totals = dict.fromkeys(courses, 0)
    live_keys = set()
    by_path = sorted(courses.items(), key=lambda item: -len(item[1].path))
    for path, lesson_key in (
        LessonPage.objects.live()
        .filter(path_filter)
        .values_list("path", "translation_key")
    ):
        live_keys.add(lesson_key)
        for key, course in by_path:
            if path.startswith(course.path):
                totals[key] += 1
                break
    return totals, live_keys


def table_columns(*, company, language: str) -> Columns:
    keys, has_pass = company_figure(
        company_id=company.pk,
        name="columns",
        today=None,
        build=lambda: _company_course_keys(company=company),
    )
    courses = _courses_in_language(keys=keys, has_pass=has_pass, language=language)
    totals, live_keys = _lesson_totals(courses)
    ordered = sorted(courses.items(), key=lambda item: item[1].title)
    return Columns(ordered=ordered, lesson_totals=totals, live_lesson_keys=live_keys)


# --- Records -------------------------------------------------------------------------------


# --- The company's counts and one page of people ----------------------------------------


def _members(company) -> QuerySet:
    return CompanyMember.objects.filter(company=company)


def _rows_for(*, company, memberships, columns: Columns, status_filter: str, today):
    """One MatrixRow per membership, with a cell per column (None when filtered out)."""
    user_ids = [m.user_id for m in memberships]
    records = records_for(company=company, user_ids=user_ids, columns=columns)
    people = []
    for membership in memberships:
        user = membership.user
        cells: list[ComplianceRow | None] = []
        for key, course in columns.ordered:
            status, percent, enrolment = records.cell(user.pk, key, columns, today)
            certificate = records.certificates.get((user.pk, key))
            if not status_matches(status, status_filter):
                cells.append(None)
                continue
            completed_at = (
                enrolment.completed_at
                if enrolment and enrolment.completed_at
                else (certificate.completed_at if certificate else None)
            )
            cells.append(
                ComplianceRow(
                    employee=user,
                    role=membership.get_role_display(),
                    course_key=str(key),
                    course_title=course.title,
                    status=status,
                    percent=percent,
                    completed_at=completed_at,
                    certificate=certificate,
                    hours=certificate.hours if certificate else course.hours,
                    active_seconds=(
                        enrolment.active_seconds
                        if enrolment
                        else certificate.active_seconds
                        if certificate
                        else None
                    ),
                )
            )
        people.append(
            MatrixRow(employee=user, role=membership.get_role_display(), cells=cells)
        )
    return people


class _Counted(Paginator):
    """A paginator told how many there are (a figure kept for the company)."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.__dict__["count"] = count


def _ordered_members(company, search: str = "") -> QuerySet:
    members = (
        _members(company)
        .select_related("user")
        .order_by("user__full_name", "user__email", "pk")
    )
    search = search.strip()
    if search:
        members = members.filter(
            Q(user__full_name__icontains=search) | Q(user__email__icontains=search)
        )
    return members


def compliance_page(
    *,
    company,
    language: str,
    status_filter: str = "",
    course_key: str = "",
    search: str = "",
    page: object = 1,
    per_page: int = 50,
    today: date | None = None,
) -> CompliancePage:
    """The counts for the whole company and one page of people (searched by name or
    e-mail, and with a status filter only those with a matching cell)."""
    today = today or timezone.localdate()
    all_columns = table_columns(company=company, language=language)
    columns = all_columns.only(course_key)
    digest = columns_digest(columns)

    def figure(name, build):
        return company_figure(
            company_id=company.pk, name=f"{name}:{digest}", today=today, build=build
        )

    headcount = figure("headcount", _members(company).count)
    counts = figure(
        "counts",
        lambda: status_counts(
            company=company, columns=columns, people=headcount, today=today
        ),
    )
    members = _ordered_members(company, search)
    if status_filter in FILTER_STATUSES:
        members = members.filter(
            with_status(
                company=company,
                columns=columns,
                statuses=FILTER_STATUSES[status_filter],
                today=today,
            )
        )
    if search:  # counted afresh: searches are many and each is narrow
        found = members.count()
    elif status_filter in FILTER_STATUSES:
        found = figure(f"found:{status_filter}", members.count)
    else:
        found = headcount
    page_obj = _Counted(members, per_page, count=found).get_page(page)
    people = _rows_for(
        company=company,
        memberships=list(page_obj.object_list),
        columns=columns,
        status_filter=status_filter,
        today=today,
    )
    return CompliancePage(
        company=company,
        courses=[(str(k), c.title) for k, c in all_columns.ordered],
        columns=[(str(k), c.title) for k, c in columns.ordered],
        employee_count=headcount,
        status_counts=counts,
        page_obj=page_obj,
        people=people,
    )


def table_rows(
    *,
    company,
    language: str,
    status_filter: str = "",
    course_key: str = "",
    today: date | None = None,
) -> Iterator[ComplianceRow]:
    """Every row (person × course) that passes the filters, read ``CHUNK`` people at a
    time: an export of any size holds one chunk in memory. The day and the columns
    are fixed when this is called, not when a streamed response reaches the rows."""
    today = today or timezone.localdate()
    columns = table_columns(company=company, language=language).only(course_key)
    return _rows_in_chunks(company, columns, status_filter, today)


def _rows_in_chunks(company, columns, status_filter, today) -> Iterator[ComplianceRow]:
    ids = list(_ordered_members(company).values_list("pk", flat=True))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        memberships = _ordered_members(company).filter(pk__in=chunk)
        for person in _rows_for(
            company=company,
            memberships=list(memberships),
            columns=columns,
            status_filter=status_filter,
            today=today,
        ):
            yield from (cell for cell in person.cells if cell)
