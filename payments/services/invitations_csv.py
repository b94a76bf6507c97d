"""Invitations from a spreadsheet: a CSV file of e-mail addresses (and names), read in
whatever encoding it was saved in, checked row by row, and sent as invitations in one
transaction, or not at all."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field

import charset_normalizer
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.audit import audit_record
from lms.site.text import plain_line

from ..models import Company, Seat
from ..products import Product
from .companies import _lock, _product_seats
from .invitations import _email_checked, _invitation_create, _invite_problem

MAX_CSV_ROWS = 1000


@dataclass
class CsvRow:
    line: int
    email: str
    name: str = ""
    errors: list[str] = field(default_factory=list)


@dataclass
class CsvReport:
    rows: list[CsvRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    created: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and all(not row.errors for row in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(1 for row in self.rows if row.errors)


EMAIL_HEADERS = {"email", "e-mail", "epost", "e-post", "mail", "електронна пошта"}
NAME_HEADERS = {"name", "navn", "namn", "full name", "fullt navn", "ім'я", "імʼя"}


def csv_text(content: bytes) -> str | None:
    """The file's text, whatever spreadsheet wrote it.

    Excel saves "CSV UTF-8" with a byte-order mark, "Unicode text" as UTF-16 and plain
    "CSV" as Windows-1252 on Norwegian machines; Numbers and LibreOffice write UTF-8.
    A byte-order mark decides; otherwise UTF-8 if it decodes, otherwise
    charset-normalizer's best guess.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            try:
                return content.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(
        content, cp_isolation=["cp1252", "utf_16", "latin_1", "iso8859_15"]
    ).best()
    return str(guess) if guess is not None else None


def csv_reader(text: str):
    """Rows of a comma, semicolon or tab separated text, as a spreadsheet wrote it."""
    try:
        dialect = csv.Sniffer().sniff("\n".join(text.splitlines()[:5]), ",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text), dialect)


def invitations_csv_parse(*, content: bytes) -> CsvReport:
    """Rows of e-mail (and optional name) from a CSV file, each checked on its own.

    Accepts comma, semicolon or tab separated files, with or without a header row.
    """
    report = CsvReport()
    text = csv_text(content)
    if text is None:
        report.errors.append(_("The file could not be read. Save it as CSV (UTF-8)."))
        return report
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        report.errors.append(_("The file is empty."))
        return report
    reader = csv_reader(text)
    email_col, name_col = 0, 1
    seen: dict[str, int] = {}
    for number, raw in enumerate(reader, start=1):
        cells = [cell.strip() for cell in raw]
        if not any(cells):
            continue
        if number == 1:
            lowered = [cell.lower() for cell in cells]
            if any(cell in EMAIL_HEADERS for cell in lowered):
                email_col = next(i for i, c in enumerate(lowered) if c in EMAIL_HEADERS)
                name_col = next(
                    (i for i, c in enumerate(lowered) if c in NAME_HEADERS), -1
                )
                continue
        email = cells[email_col].lower() if email_col < len(cells) else ""
        name = plain_line(cells[name_col]) if 0 <= name_col < len(cells) else ""
        row = CsvRow(line=number, email=email, name=name)
        if not email:
            row.errors.append(_("The e-mail address is missing."))
        else:
            try:
                _email_checked(email)
            except ValidationError:
                row.errors.append(
                    _("“%(value)s” is not a valid e-mail address.") % {"value": email}
                )
            else:
                if email in seen:
                    row.errors.append(
                        _("This address is also on row %(line)s.")
                        % {"line": seen[email]}
                    )
                else:
                    seen[email] = number
        report.rows.append(row)
    if len(report.rows) > MAX_CSV_ROWS:
        report.errors.append(
            _("The file has more than %(max)s rows. Split it into smaller files.")
            % {"max": MAX_CSV_ROWS}
        )
    if not report.rows and not report.errors:
        report.errors.append(_("The file has no e-mail addresses."))
    return report


def seat_invitations_import_csv(
    *, company: Company, product: Product, content: bytes, actor, language: str = "nb"
) -> CsvReport:
    """Invite everyone in a CSV file, or nobody: any bad row and nothing is imported.

    The report says, row by row, what is wrong (or that the row is fine).
    """
    report = invitations_csv_parse(content=content)
    if report.errors:
        return report
    with transaction.atomic():
        company = _lock(company)
        seats = _product_seats(company, product)
        for row in report.rows:
            if not row.errors:
                problem = _invite_problem(company, seats, row.email)
                if problem:
                    row.errors.append(problem)
        free = list(seats.filter(status=Seat.Status.FREE).order_by("id"))
        if len(report.rows) > len(free):
            report.errors.append(
                ngettext(
                    "The file has %(rows)s people but only %(free)s seat is free. "
                    "Buy more seats or remove rows.",
                    "The file has %(rows)s people but only %(free)s seats are free. "
                    "Buy more seats or remove rows.",
                    len(free),
                )
                % {"rows": len(report.rows), "free": len(free)}
            )
        if not report.ok:
            return report
        for row, seat in zip(report.rows, free, strict=False):
            _invitation_create(
                company=company,
                seat=seat,
                email=row.email,
                name=row.name,
                actor=actor,
                language=language,
            )
        report.created = len(report.rows)
        audit_record(
            actor=actor,
            action="seat.invitations_imported",
            target=company,
            product=product.key,
            count=report.created,
        )
    return report
