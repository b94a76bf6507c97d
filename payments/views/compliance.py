"""The company compliance view and its exports (company admins; superusers for support).

Employees, other companies' admins and anonymous visitors never see a company's table:
every view resolves the company through ``company_access.companies_viewable_by``.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST, require_safe

from payments.models import EvidencePackJob

from ..company_access import companies_viewable_by
from ..compliance import evidence, exports, status, table
from ..compliance.hours import signed_agreements

PAGE_SIZE = 50  # employees per page


def _company_for(request):
    companies = list(companies_viewable_by(user=request.user))
    if not companies:
        raise PermissionDenied
    wanted = request.GET.get("company") or request.POST.get("company")
    if wanted:
        company = next((c for c in companies if str(c.pk) == wanted), None)
        if company is None:
            raise PermissionDenied
        return company, companies
    return companies[0], companies


def _language():
    return translation.get_language() or "nb"


def _filters(request):
    status_filter = request.GET.get("filter", "")
    if status_filter not in status.FILTERS:
        status_filter = ""
    return status_filter, request.GET.get("course", "")


@require_safe
@login_required
def compliance_overview(request):
    company, companies = _company_for(request)
    status_filter, course_key = _filters(request)
    search = request.GET.get("q", "")[:100]
    page = table.compliance_page(
        company=company,
        language=_language(),
        status_filter=status_filter,
        course_key=course_key,
        search=search,
        page=request.GET.get("page"),
        per_page=PAGE_SIZE,
    )
    agreements = {
        a.user_id: a
        for a in signed_agreements(company=company).filter(
            user_id__in=[person.employee.pk for person in page.people]
        )
    }
    for person in page.people:
        person.agreement = agreements.get(person.employee.pk)
    job = EvidencePackJob.objects.filter(company_id=company.pk).first()
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "payments/compliance.html",
        {
            "company": company,
            "companies": companies,
            "table": page,
            "page_obj": page.page_obj,
            "people": page.people,
            "columns": page.columns,
            "status_filter": status_filter,
            "course_key": course_key,
            "search": search,
            "filters": status.FILTERS,
            "job": job,
            "querystring": query.urlencode(),
        },
    )


@require_safe
@login_required
def compliance_export(request, fmt: str):
    """The whole (filtered) table as CSV or Excel, read a chunk of people at a time:
    memory stays flat however large the company."""
    company, _companies = _company_for(request)
    status_filter, course_key = _filters(request)
    rows = table.table_rows(
        company=company,
        language=_language(),
        status_filter=status_filter,
        course_key=course_key,
    )
    if fmt == "csv":
        response = StreamingHttpResponse(
            exports.csv_lines(rows), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "xlsx":
        response = FileResponse(
            exports.compliance_xlsx_file(rows, title=company.name),
            as_attachment=True,
            filename=exports.export_filename(company=company, extension=fmt),
            content_type=(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            ),
        )
    else:
        raise Http404
    filename = exports.export_filename(company=company, extension=fmt)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def evidence_pack_start(request):
    company, _companies = _company_for(request)
    job = evidence.evidence_pack_request(
        company=company, user=request.user, language=_language()
    )
    return redirect(reverse("payments:evidence_pack", kwargs={"job_id": job.pk}))


def _job_for(request, job_id: int) -> EvidencePackJob:
    job = get_object_or_404(EvidencePackJob, pk=job_id)
    allowed = set(companies_viewable_by(user=request.user).values_list("pk", flat=True))
    if job.company_id not in allowed:
        raise Http404
    return job


@require_safe
@login_required
def evidence_pack(request, job_id: int):
    """The job's progress: JSON for the progress bar's script, a page without it."""
    job = _job_for(request, job_id)
    download_url = reverse("payments:evidence_pack_download", kwargs={"job_id": job.pk})
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse(
            {
                "status": job.status,
                "status_label": str(job.get_status_display()),
                "done": job.done,
                "total": job.total,
                "percent": job.percent,
                "download_url": download_url
                if job.status == EvidencePackJob.Status.DONE
                else "",
            }
        )
    return render(
        request,
        "payments/compliance_evidence_pack.html",
        {"job": job, "download_url": download_url},
    )


@require_safe
@login_required
def evidence_pack_download(request, job_id: int):
    job = _job_for(request, job_id)
    if job.status != EvidencePackJob.Status.DONE or not job.file:
        raise Http404
    response = FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.file.name.rsplit("/", 1)[-1],
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response
