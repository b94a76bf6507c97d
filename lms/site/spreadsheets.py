"""CSV and Excel files for people's spreadsheets, written row by row in constant memory.

CSV is UTF-8 with a byte-order mark and semicolons, as Norwegian Excel opens it; text
that users typed never runs as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value) -> str:
    """Names typed by users must never run as spreadsheet formulas."""
    value = str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_lines(headers: Sequence[str], rows: Iterable[Sequence]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")

    def take() -> bytes:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text.encode("utf-8")

    writer.writerow(headers)
    yield "\ufeff".encode() + take()
    for row in rows:
        writer.writerow([v.isoformat() if isinstance(v, date) else v for v in row])
        yield take()


def sheet_title(title: str, fallback: str) -> str:
    """Excel refuses \\ / ? * [ ] : in sheet names (openpyxl raises), e.g. "Bygg A/S",
    and an apostrophe at either end (Excel then "repairs" the file)."""
    from openpyxl.workbook.child import INVALID_TITLE_REGEX

    title = INVALID_TITLE_REGEX.sub(" ", title or "").strip(" '")[:31].strip(" '")
    return title or fallback[:31]


def xlsx_file(
    headers: Sequence[str],
    rows: Iterable[Sequence],
    *,
    title: str,
    widths: Sequence[int],
    date_columns: Sequence[int] = (),
):
    """The workbook written row by row (openpyxl's write-only mode) to a temporary
    file; returns the open file, positioned at its start. ``date_columns`` count
    from 0."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        values = []
        for index, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=value)
            if index in date_columns:
                cell.number_format = "yyyy-mm-dd"
            values.append(cell)
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    output = tempfile.TemporaryFile()
    workbook.save(output)
    output.seek(0)
    return output
