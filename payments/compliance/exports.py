"""CSV and Excel exports of the compliance table, streamed in constant memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms.site import spreadsheets
from lms.site.spreadsheets import safe_text

from .table import ComplianceRow

XLSX_WIDTHS = [28, 32, 16, 40, 16, 12, 14, 22, 14, 10, 16]
DATE_COLUMNS = (6, 8)  # "Completed" and "Valid until", counted from 0


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
        _("Hours"),
        _("Recorded time on task (minutes)"),
    ]


def _local_date(value):
    if value is None:
        return None
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).date()
    return value


def _values(row: ComplianceRow) -> list:
    return [
        safe_text(row.employee.get_full_name()),
        safe_text(row.employee.email),
        row.role,
        safe_text(row.course_title),
        row.status_label,
        row.percent,
        _local_date(row.completed_at),
        row.certificate.number if row.certificate else "",
        row.valid_until,
        row.hours,
        row.active_seconds // 60 if row.active_seconds is not None else "",
    ]


def csv_lines(rows: Iterable[ComplianceRow]) -> Iterator[bytes]:
    """CSV for spreadsheets, line by line."""
    return spreadsheets.csv_lines(_headers(), (_values(row) for row in rows))


def compliance_csv(rows: Iterable[ComplianceRow]) -> bytes:
    return b"".join(csv_lines(rows))


def compliance_xlsx_file(rows: Iterable[ComplianceRow], title: str = ""):
    """The workbook in a temporary file, positioned at its start."""
    return spreadsheets.xlsx_file(
        _headers(),
        (_values(row) for row in rows),
        title=spreadsheets.sheet_title(title, _("Compliance")),
        widths=XLSX_WIDTHS,
        date_columns=DATE_COLUMNS,
    )


def compliance_xlsx(rows: Iterable[ComplianceRow], title: str = "") -> bytes:
    with compliance_xlsx_file(rows, title) as output:
        return output.read()


def export_filename(*, company, extension: str) -> str:
    stamp = timezone.localdate().isoformat()
    parts = [
        slugify(_("certificates"), allow_unicode=True),
        slugify(company.name, allow_unicode=True) or str(company.pk),
        stamp,
    ]
    return "-".join(filter(None, parts)) + f".{extension}"
