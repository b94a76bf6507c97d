"""What a leader reads from a practice company's log, counted in the database.

Every figure is one GROUP BY over the filtered log, so a page costs the same number of
queries for fifty deviations or fifty thousand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import choices as sandbox_choices
from . import choices
from .amu_models import StatisticsAnswer
from .models import PracticeAction, PracticeCompany, PracticeDeviation
from .risk_models import RiskAnswer
from .routine_models import RoutineCase

CLOSE_BUCKETS = [(7, "≤ 7"), (30, "8–30"), (90, "31–90"), (None, "> 90")]


@dataclass(frozen=True)
class Filters:
    year: int
    quarter: int | None = None
    department_id: int | None = None
    category: str = ""

    def period(self) -> tuple[datetime, datetime]:
        first_month = 1 + 3 * (self.quarter - 1) if self.quarter else 1
        last_month = first_month + 3 if self.quarter else 13
        start = date(self.year, first_month, 1)
        end = (
            date(self.year + 1, 1, 1)
            if last_month == 13
            else date(self.year, last_month, 1)
        )
        aware = timezone.get_current_timezone()
        return (
            datetime.combine(start, time(), aware),
            datetime.combine(end, time(), aware),
        )

    def months(self) -> range:
        if self.quarter:
            return range(1 + 3 * (self.quarter - 1), 4 + 3 * (self.quarter - 1))
        return range(1, 13)


@dataclass
class Statistics:
    filters: Filters
    total: int = 0
    previous_total: int = 0
    by_month: list = field(default_factory=list)  # (month, this year, year before)
    by_severity: list = field(default_factory=list)  # (code, label, actual, potential)
    by_category: list = field(default_factory=list)  # (code, label, count)
    by_department: list = field(
        default_factory=list
    )  # (department, count, [(unit, n)])
    by_status: list = field(default_factory=list)  # (code, label, count)
    open_count: int = 0
    closed_count: int = 0
    average_days_to_close: float | None = None
    close_buckets: list = field(default_factory=list)  # (label, count)
    overdue_count: int = 0
    overdue: list = field(default_factory=list)  # the oldest overdue actions


def deviations(*, company: PracticeCompany, filters: Filters):
    """The filtered log for the chosen period (what the statistics count and the
    exports write)."""
    start, end = filters.period()
    return _scope(company, filters).filter(reported_at__gte=start, reported_at__lt=end)


def _scope(company, filters: Filters):
    queryset = PracticeDeviation.objects.filter(company=company)
    if filters.department_id:
        queryset = queryset.filter(department_id=filters.department_id)
    if filters.category:
        queryset = queryset.filter(category=filters.category)
    return queryset


def _by_month(company, filters: Filters, stats: Statistics) -> None:
    start, end = filters.period()
    before = start.replace(year=start.year - 1)
    rows = (
        _scope(company, filters)
        .filter(
            Q(reported_at__gte=before, reported_at__lt=end.replace(year=end.year - 1))
            | Q(reported_at__gte=start, reported_at__lt=end)
        )
        .annotate(y=ExtractYear("reported_at"), m=ExtractMonth("reported_at"))
        .values("y", "m")
        .annotate(n=Count("id"))
    )
    counts = {(row["y"], row["m"]): row["n"] for row in rows}
    year = filters.year
    stats.by_month = [
        (month, counts.get((year, month), 0), counts.get((year - 1, month), 0))
        for month in filters.months()
    ]
    stats.total = sum(row[1] for row in stats.by_month)
    stats.previous_total = sum(row[2] for row in stats.by_month)


def _grouped(queryset, field_name: str) -> dict:
    return {
        row[field_name]: row["n"]
        for row in queryset.values(field_name).annotate(n=Count("id")).order_by()
    }


def _by_department(company, queryset, stats: Statistics) -> None:
    rows = (
        queryset.values("department_id", "unit_id").annotate(n=Count("id")).order_by()
    )
    counts = {(row["department_id"], row["unit_id"]): row["n"] for row in rows}
    for department in company.departments.prefetch_related("units"):
        if stats.filters.department_id and department.pk != stats.filters.department_id:
            continue
        units = [
            (unit, counts.get((department.pk, unit.pk), 0))
            for unit in department.units.all()
        ]
        stats.by_department.append((department, sum(n for _u, n in units), units))


def _closing(queryset, stats: Statistics) -> None:
    buckets = {}
    lower = 0
    for index, (upper, _label) in enumerate(CLOSE_BUCKETS):
        condition = Q(days_to_close__gt=lower)
        if upper is not None:
            condition &= Q(days_to_close__lte=upper)
        buckets[f"bucket{index}"] = Count("id", filter=condition)
        lower = upper or lower
    figures = queryset.aggregate(
        closed=Count("days_to_close"), days=Sum("days_to_close"), **buckets
    )
    stats.closed_count = figures["closed"]
    if figures["closed"]:
        stats.average_days_to_close = round(figures["days"] / figures["closed"], 1)
    stats.close_buckets = [
        (label, figures[f"bucket{index}"])
        for index, (_upper, label) in enumerate(CLOSE_BUCKETS)
    ]


def _overdue(company, filters: Filters, stats: Statistics) -> None:
    actions = PracticeAction.objects.filter(
        company=company, done_on__isnull=True, deadline__lt=company.simulated_today
    )
    if filters.department_id:
        actions = actions.filter(deviation__department_id=filters.department_id)
    if filters.category:
        actions = actions.filter(deviation__category=filters.category)
    stats.overdue_count = actions.count()
    stats.overdue = list(
        actions.select_related("deviation__unit", "owner").order_by("deadline", "pk")[
            :10
        ]
    )


def statistics(*, company: PracticeCompany, filters: Filters) -> Statistics:
    stats = Statistics(filters=filters)
    _by_month(company, filters, stats)
    period = deviations(company=company, filters=filters)
    actual = _grouped(period, "severity")
    potential = _grouped(period, "potential_severity")
    stats.by_severity = [
        (code, label, actual.get(code, 0), potential.get(code, 0))
        for code, label in sandbox_choices.SEVERITIES
    ]
    categories = _grouped(period, "category")
    stats.by_category = sorted(
        ((code, label, categories.get(code, 0)) for code, label in choices.CATEGORIES),
        key=lambda row: -row[2],
    )
    statuses = _grouped(period, "status")
    stats.by_status = [
        (code, label, statuses.get(code, 0))
        for code, label in sandbox_choices.CASE_STEPS
    ]
    stats.open_count = sum(n for code, _l, n in stats.by_status if code != "closed")
    _by_department(company, period, stats)
    _closing(period, stats)
    _overdue(company, filters, stats)
    return stats


def visible_companies(*, user):
    """The companies this reader may open: live ones; editors also those not live yet."""
    queryset = PracticeCompany.objects.all()
    if not (user.is_staff and user.has_perm("avvik_sandbox.change_practicecompany")):
        queryset = queryset.filter(live=True)
    return queryset


# --- In courses: what a lesson's practice block asks ----------------------------------


def company_choices() -> list[tuple[str, str]]:
    return list(PracticeCompany.objects.order_by("name").values_list("slug", "name"))


def _passed() -> Q:
    """The instructor's decision where there is one, else the pre-score's."""
    return Q(review_passed=True) | Q(review_passed__isnull=True, passed=True)


def activity_done(*, user, company_slug: str, activity: str) -> bool:
    """Statistics: an answer passed against the key. Routine: a case the user handled
    as the leader and closed."""
    if not user.is_authenticated:
        return False
    if activity == "statistics":
        return (
            StatisticsAnswer.objects.filter(user=user, company__slug=company_slug)
            .filter(_passed())
            .exists()
        )
    if activity == "risk":
        return (
            RiskAnswer.objects.filter(user=user, exercise__company__slug=company_slug)
            .filter(_passed())
            .exists()
        )
    if activity == "routine":
        return RoutineCase.objects.filter(
            handler=user, cohort__company__slug=company_slug, status="closed"
        ).exists()
    return False


def required_activities(*, lessons) -> list[dict]:
    return [
        block.value
        for lesson in lessons
        for block in lesson.body
        if block.block_type == "practice" and block.value.get("required")
    ]


def completion_unmet(enrolment, lessons) -> list[str]:
    """Completion check (registered in ``apps``): every required practice activity in
    the course's lessons done."""
    unmet = []
    for value in required_activities(lessons=lessons):
        slug, activity = value.get("company"), value.get("activity")
        if not activity_done(user=enrolment.user, company_slug=slug, activity=activity):
            name = (
                PracticeCompany.objects.filter(slug=slug)
                .values_list("name", flat=True)
                .first()
                or slug
            )
            unmet.append(
                _("Practice company activity not done yet: %(company)s")
                % {"company": name}
            )
    return unmet
