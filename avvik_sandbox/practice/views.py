"""The practice company's pages: its log, its statistics and their exports.

Signed-in learners read them (the data is invented, nobody's record); a company that is
not live yet is seen only by the editors who prepare it.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from . import charts, exports, selectors
from .forms import FilterForm, LogFilterForm
from .lookup import company_or_404

LOG_PAGE_SIZE = 25
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _log(company, form: LogFilterForm):
    queryset = selectors.deviations(company=company, filters=form.filters())
    status = form.status_filter()
    if status == "open":
        queryset = queryset.exclude(status="closed")
    elif status:
        queryset = queryset.filter(status=status)
    return (
        queryset.select_related("department", "unit")
        .annotate(
            open_actions=Count("actions", filter=Q(actions__done_on__isnull=True))
        )
        .order_by("-reported_at", "-number")
    )


@require_safe
@login_required
def company_detail(request, slug: str):
    company = company_or_404(request, slug)
    form = LogFilterForm(request.GET, company=company)
    page = Paginator(_log(company, form), LOG_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    people = company.people.exclude(role__in=("worker", "leader")).select_related(
        "department"
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "avvik_sandbox/practice/company.html",
        {
            "company": company,
            "departments": company.departments.prefetch_related("units"),
            "key_people": people.order_by("role", "name"),
            "risk_exercises": company.riskexercise_set.filter(live=True),
            "form": form,
            "page_obj": page,
            "querystring": query.urlencode(),
        },
    )


@require_safe
@login_required
def company_statistics(request, slug: str):
    company = company_or_404(request, slug)
    form = FilterForm(request.GET, company=company)
    stats = selectors.statistics(company=company, filters=form.filters())
    return render(
        request,
        "avvik_sandbox/practice/statistics.html",
        {
            "company": company,
            "form": form,
            "stats": stats,
            "month_chart": charts.months(stats.by_month),
            "severity_chart": charts.horizontal(
                [(label, actual) for _c, label, actual, _p in stats.by_severity]
            ),
            "category_chart": charts.horizontal(
                [(label, n) for _c, label, n in stats.by_category if n]
            ),
            "department_chart": charts.horizontal(
                [(d.name, n) for d, n, _units in stats.by_department]
            ),
            "querystring": request.GET.urlencode(),
        },
    )


@require_safe
@login_required
def company_export(request, slug: str, fmt: str):
    company = company_or_404(request, slug)
    filters = FilterForm(request.GET, company=company).filters()
    deviations = selectors.deviations(company=company, filters=filters)
    name = exports.filename(company=company, year=filters.year, extension=fmt)
    if fmt == "csv":
        response = StreamingHttpResponse(
            exports.csv_lines(deviations), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = content_disposition_header(True, name)
        return response
    if fmt == "xlsx":
        return FileResponse(
            exports.xlsx_file(deviations, company=company),
            as_attachment=True,
            filename=name,
            content_type=XLSX,
        )
    raise Http404
