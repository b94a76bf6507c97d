"""CSV and Excel exports of the compliance table, streamed in constant memory."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .table import ComplianceRow

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
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
        row.hours,
        row.active_seconds // 60 if row.active_seconds is not None else "",
    ]


def csv_lines(rows: Iterable[ComplianceRow]) -> Iterator[bytes]:
    """CSV for spreadsheets, line by line: UTF-8 with BOM and semicolons, as Norwegian
    Excel expects."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")

    def take() -> bytes:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text.encode("utf-8")

    writer.writerow(_headers())
    yield "\ufeff".encode() + take()
    for row in rows:
        writer.writerow(
            [v.isoformat() if isinstance(v, date) else v for v in _values(row)]
        )
        yield take()


def compliance_csv(rows: Iterable[ComplianceRow]) -> bytes:
    return b"".join(csv_lines(rows))


def compliance_xlsx_file(rows: Iterable[ComplianceRow], title: str = ""):
    """The workbook written row by row (openpyxl's write-only mode) to a temporary
    file; returns the open file, positioned at its start."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.child import INVALID_TITLE_REGEX

    workbook = Workbook(write_only=True)
    # Excel refuses \ / ? * [ ] : in sheet names (openpyxl raises), e.g. "Bygg A/S",
    # and an apostrophe at either end (Excel then "repairs" the file).
    title = INVALID_TITLE_REGEX.sub(" ", title or "").strip(" '")[:31].strip(" '")
    sheet = workbook.create_sheet(title or _("Compliance")[:31])
    for index, width in enumerate(XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for text in _headers():
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        values = []
        for index, value in enumerate(_values(row)):
            cell = WriteOnlyCell(sheet, value=value)
            if index in DATE_COLUMNS:
                cell.number_format = "yyyy-mm-dd"
            values.append(cell)
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_WIDTHS))}{count + 1}"
    output = tempfile.TemporaryFile()
    workbook.save(output)
    output.seek(0)
    return output


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
