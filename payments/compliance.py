"""The company compliance view: who holds a valid certificate for which course.

A company sees a member's record of a course only where ``company_access`` allows it (a
seat it gave, or a course the member shared with it); every other cell reads "not
enrolled", whatever the person did elsewhere. Reads (the table, exports) run in a fixed
number of queries however many employees a company has; the evidence pack (a ZIP of
every certificate plus a summary sheet) is written by a Celery task that reports its
progress on an ``EvidencePackJob`` row.
"""

from __future__ import annotations

import csv
import io
import logging
import secrets
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Count, Q
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import CoursePage, LessonPage
from lms.models import Certificate, Enrolment, EvidencePackJob, LessonProgress, User
from lms.outbox import outbox_enqueue
from lms.services import audit_record

from .company_access import visible_course_keys
from .models import Company, CompanyMember, RecordShare, Seat

logger = logging.getLogger(__name__)

EXPIRING_WITHIN = timedelta(days=60)


# --- The table ---------------------------------------------------------------------------


class CellStatus:
    NOT_ASSIGNED = "not_assigned"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"  # completed, certificate being issued
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"

    LABELS = {
        NOT_ASSIGNED: gettext_lazy("Not enrolled"),
        NOT_STARTED: gettext_lazy("Not started"),
        IN_PROGRESS: gettext_lazy("In progress"),
        COMPLETED: gettext_lazy("Completed"),
        VALID: gettext_lazy("Valid"),
        EXPIRING: gettext_lazy("Expires soon"),
        EXPIRED: gettext_lazy("Expired"),
        REVOKED: gettext_lazy("Revoked"),
    }


FILTERS = {
    "": gettext_lazy("Everyone"),
    "expiring": gettext_lazy("Expiring within 60 days"),
    "not_started": gettext_lazy("Not started"),
    "gaps": gettext_lazy("Missing or expired certificate"),
}


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

    @property
    def status_label(self) -> str:
        return str(CellStatus.LABELS[self.status])

    @property
    def valid_until(self) -> date | None:
        return self.certificate.valid_until if self.certificate else None


@dataclass
class ComplianceTable:
    company: object
    courses: list[tuple[str, str]]  # (course_key, title)
    rows: list[ComplianceRow]
    employee_count: int
    # Per status, before the status filter: the summary always shows the whole picture.
    status_counts: dict[str, int]

    def counts(self) -> dict[str, int]:
        return self.status_counts


def _company_course_keys(*, company) -> tuple[set, bool]:
    """The courses the company's table has columns for: those it bought seats of (all
    courses with a pass) and those a member shared with it. Never a course a member
    took elsewhere and kept to themselves."""
    seats = Seat.objects.filter(company=company).exclude(status=Seat.Status.VOID)
    keys = {k for k in seats.values_list("course_key", flat=True).distinct() if k}
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
    if has_pass:
        pages = pages.all()
    else:
        pages = pages.filter(translation_key__in=keys)
    best: dict = {}
    for page in pages.only("id", "title", "translation_key", "locale", "path", "depth"):
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


def compliance_table(
    *,
    company,
    language: str,
    status_filter: str = "",
    course_key: str = "",
    today: date | None = None,
) -> ComplianceTable:
    """Every employee × course with status, progress and certificate validity.

    A fixed number of queries (members, seats, courses, lessons, enrolments, progress,
    certificates) independent of the company's size.
    """
    today = today or timezone.localdate()
    memberships = list(
        CompanyMember.objects.filter(company=company)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )
    member_ids = CompanyMember.objects.filter(company=company).values("user_id")
    keys, has_pass = _company_course_keys(company=company)
    visible = visible_course_keys(company=company, user_ids=member_ids)
    courses = _courses_in_language(keys=keys, has_pass=has_pass, language=language)
    lesson_totals, live_lesson_keys = _lesson_totals(courses)
    enrolments = {
        (e.user_id, e.course_key): e
        for e in Enrolment.objects.filter(
            user_id__in=member_ids, course_key__in=list(courses)
        ).exclude(status=Enrolment.Status.WITHDRAWN)
        if e.course_key in visible.get(e.user_id, ())
    }
    done = dict(
        LessonProgress.objects.filter(
            enrolment__user_id__in=member_ids,
            enrolment__course_key__in=list(courses),
            completed_at__isnull=False,
            # A lesson done and later unpublished no longer counts (as on the
            # learner's own progress bar), so progress never passes 100 %.
            lesson_key__in=live_lesson_keys,
        )
        .values("enrolment_id")
        .annotate(n=Count("id"))
        .values_list("enrolment_id", "n")
    )
    certificates: dict = {}
    for certificate in (
        Certificate.objects.current()
        .filter(user_id__in=member_ids, course_key__in=list(courses))
        .only(
            "id",
            "number",
            "user_id",
            "course_key",
            "valid_until",
            "revoked_at",
            "completed_at",
            "issued_at",
            "pdf",
        )
        .order_by("issued_at", "id")
    ):
        if certificate.course_key in visible.get(certificate.user_id, ()):
            certificates[(certificate.user_id, certificate.course_key)] = certificate
    ordered_courses = sorted(courses.items(), key=lambda item: item[1].title)
    rows = []
    for membership in memberships:
        user = membership.user
        for key, course in ordered_courses:
            if course_key and str(key) != course_key:
                continue
            enrolment = enrolments.get((user.pk, key))
            certificate = certificates.get((user.pk, key))
            total = lesson_totals.get(key, 0)
            lessons_done = done.get(enrolment.pk, 0) if enrolment else 0
            percent = round(100 * lessons_done / total) if total else 0
            if enrolment and enrolment.completed_at:
                percent = 100
            status = _cell_status(
                enrolment=enrolment,
                certificate=certificate,
                lessons_done=lessons_done,
                today=today,
            )
            rows.append(
                ComplianceRow(
                    employee=user,
                    role=membership.get_role_display(),
                    course_key=str(key),
                    course_title=course.title,
                    status=status,
                    percent=percent,
                    completed_at=(
                        enrolment.completed_at
                        if enrolment and enrolment.completed_at
                        else (certificate.completed_at if certificate else None)
                    ),
                    certificate=certificate,
                )
            )
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    rows = [row for row in rows if _matches(row, status_filter, today)]
    return ComplianceTable(
        company=company,
        courses=[(str(k), c.title) for k, c in ordered_courses],
        rows=rows,
        employee_count=len(memberships),
        status_counts=counts,
    )


@dataclass
class MatrixRow:
    employee: User
    role: str
    cells: list[ComplianceRow | None]  # one per column, None where filtered out


def compliance_matrix(*, table: ComplianceTable, course_key: str = "") -> tuple:
    """The table as employees × courses for the page: (columns, [MatrixRow])."""
    columns = [(k, t) for k, t in table.courses if not course_key or k == course_key]
    index = {key: i for i, (key, _title) in enumerate(columns)}
    people: dict[int, MatrixRow] = {}
    for row in table.rows:
        if row.course_key not in index:
            continue
        matrix_row = people.get(row.employee.pk)
        if matrix_row is None:
            matrix_row = people[row.employee.pk] = MatrixRow(
                employee=row.employee, role=row.role, cells=[None] * len(columns)
            )
        matrix_row.cells[index[row.course_key]] = row
    return columns, list(people.values())


def _cell_status(*, enrolment, certificate, lessons_done, today) -> str:
    if certificate is not None:
        if certificate.revoked_at:
            return CellStatus.REVOKED
        if certificate.valid_until and certificate.valid_until < today:
            return CellStatus.EXPIRED
        if (
            certificate.valid_until
            and certificate.valid_until <= today + EXPIRING_WITHIN
        ):
            return CellStatus.EXPIRING
        return CellStatus.VALID
    if enrolment is None:
        return CellStatus.NOT_ASSIGNED
    if enrolment.completed_at:
        return CellStatus.COMPLETED
    if lessons_done or enrolment.last_activity_at:
        return CellStatus.IN_PROGRESS
    return CellStatus.NOT_STARTED


def _matches(row: ComplianceRow, status_filter: str, today) -> bool:
    if status_filter == "expiring":
        return row.status == CellStatus.EXPIRING
    if status_filter == "not_started":
        return row.status == CellStatus.NOT_STARTED
    if status_filter == "gaps":
        return row.status in {
            CellStatus.NOT_STARTED,
            CellStatus.IN_PROGRESS,
            CellStatus.EXPIRED,
            CellStatus.REVOKED,
        }
    return True


# --- Exports -------------------------------------------------------------------------------


def _headers() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Role"),
        _("Course"),
        _("Status"),
        _("Progress (%)"),
        _("Completed"),
        _("Certificate number"),
        _("Valid until"),
    ]


def _local_date(value):
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).date()
    return value


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """Names typed by users must never run as spreadsheet formulas (CSV injection)."""
    value = str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def _values(row: ComplianceRow) -> list:
    return [
        _text(row.employee.get_full_name()),
        _text(row.employee.email),
        row.role,
        _text(row.course_title),
        row.status_label,
        row.percent,
        _local_date(row.completed_at),
        row.certificate.number if row.certificate else "",
        row.valid_until,
    ]


def compliance_csv(*, table: ComplianceTable) -> bytes:
    """CSV for spreadsheets: UTF-8 with BOM and semicolons, as Norwegian Excel expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(_headers())
    for row in table.rows:
        writer.writerow(
            [v.isoformat() if isinstance(v, date) else v for v in _values(row)]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def compliance_xlsx(*, table: ComplianceTable, title: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.child import INVALID_TITLE_REGEX

    workbook = Workbook()
    sheet = workbook.active
    # Excel refuses \ / ? * [ ] : in sheet names (openpyxl raises), e.g. "Bygg A/S",
    # and an apostrophe at either end (Excel then "repairs" the file).
    title = INVALID_TITLE_REGEX.sub(" ", title or "").strip(" '")[:31].strip(" '")
    sheet.title = title or _("Compliance")[:31]
    sheet.append(_headers())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(_values(row))
    widths = [28, 32, 16, 40, 16, 12, 14, 22, 14]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for column in ("G", "I"):
        for cell in sheet[column][1:]:
            cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_filename(*, company, extension: str) -> str:
    stamp = timezone.localdate().isoformat()
    parts = [
        slugify(_("certificates"), allow_unicode=True),
        slugify(company.name, allow_unicode=True) or str(company.pk),
        stamp,
    ]
    return "-".join(filter(None, parts)) + f".{extension}"


# --- Evidence pack -------------------------------------------------------------------------


def evidence_pack_request(*, company, user, language: str) -> EvidencePackJob:
    """Start building the evidence pack in the background (one at a time per company)."""
    running = EvidencePackJob.objects.filter(
        company_id=company.pk,
        status__in=[EvidencePackJob.Status.PENDING, EvidencePackJob.Status.RUNNING],
        created_at__gte=timezone.now() - timedelta(hours=1),
    ).first()
    if running:
        return running
    job = EvidencePackJob.objects.create(
        company_id=company.pk, requested_by=user, language=language
    )
    audit_record(actor=user, action="compliance.evidence_pack_requested", target=job)
    outbox_enqueue(
        job="payments.evidence_pack",
        payload={"job_id": job.pk},
        key=f"evidence-pack:{job.pk}",
    )
    return job


def _progress(job_id: int, done: int, total: int) -> None:
    EvidencePackJob.objects.filter(pk=job_id).update(done=done, total=total)


def evidence_pack_build(*, job_id: int) -> EvidencePackJob:
    """Write the ZIP: every employee's current certificate PDFs plus a summary sheet.

    Idempotent: a finished job is returned as is; a job interrupted half-way starts
    again from the beginning (PDFs already rendered are reused).
    """
    from lms.certificates import certificate_pdf_bytes

    job = EvidencePackJob.objects.get(pk=job_id)
    if job.status == EvidencePackJob.Status.DONE and job.file:
        return job
    company = Company.objects.get(pk=job.company_id)
    EvidencePackJob.objects.filter(pk=job.pk).update(
        status=EvidencePackJob.Status.RUNNING, error=""
    )
    try:
        with translation.override(job.language):
            table = compliance_table(company=company, language=job.language)
            with_certificates = [row for row in table.rows if row.certificate]
            total = len(with_certificates)
            # The table loads certificates lean; those still to be rendered need every
            # printed field, fetched here in one query instead of field by field.
            unrendered = {
                c.pk: c
                for c in Certificate.objects.filter(
                    pk__in=[
                        r.certificate.pk
                        for r in with_certificates
                        if not r.certificate.pdf
                    ]
                )
            }
            _progress(job.pk, 0, total)
            step = max(1, total // 50)
            summary = slugify(_("summary"), allow_unicode=True)
            folder = slugify(_("certificates"), allow_unicode=True)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(
                    f"{summary}.xlsx", compliance_xlsx(table=table, title=company.name)
                )
                archive.writestr(f"{summary}.csv", compliance_csv(table=table))
                for index, row in enumerate(with_certificates, start=1):
                    name = slugify(row.employee.get_full_name()) or row.employee.pk
                    archive.writestr(
                        f"{folder}/{name}-{row.certificate.number}.pdf",
                        certificate_pdf_bytes(
                            certificate=unrendered.get(
                                row.certificate.pk, row.certificate
                            )
                        ),
                    )
                    if index % step == 0 or index == total:
                        _progress(job.pk, index, total)
        job.refresh_from_db()
        # Every employee's certificates in one file: a random folder keeps its address
        # unguessable even where media is served without a login (as for the PDFs).
        job.file.save(
            f"{secrets.token_hex(16)}/{export_filename(company=company, extension='zip')}",
            ContentFile(buffer.getvalue()),
            save=False,
        )
        job.status = EvidencePackJob.Status.DONE
        job.done = job.total = total
        job.finished_at = timezone.now()
        job.save(update_fields=["file", "status", "done", "total", "finished_at"])
    except Exception as error:
        logger.exception("Evidence pack %s failed", job_id)
        EvidencePackJob.objects.filter(pk=job_id).update(
            status=EvidencePackJob.Status.FAILED,
            error=str(error)[:2000],
            finished_at=timezone.now(),
        )
        raise
    return job
