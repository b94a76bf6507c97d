"""The filtered deviation log as CSV and Excel, for a leader's own analysis."""

from __future__ import annotations

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms.site import spreadsheets

WIDTHS = [8, 12, 24, 28, 28, 12, 12, 22, 48, 10, 12]
DATE_COLUMNS = (1,)


def headers() -> list[str]:
    return [
        _("Number"),
        _("Reported"),
        _("Department"),
        _("Unit"),
        _("Category"),
        _("Severity"),
        _("Potential severity"),
        _("Status"),
        _("What happened"),
        _("Days to close"),
        _("Forwarded along the line"),
    ]


def values(deviations):
    rows = deviations.select_related("department", "unit").order_by("reported_at")
    for d in rows.iterator(chunk_size=500):
        yield [
            d.number,
            timezone.localtime(d.reported_at).date(),
            spreadsheets.safe_text(d.department.name),
            spreadsheets.safe_text(d.unit.name),
            str(d.get_category_display()),
            str(d.get_severity_display()),
            str(d.get_potential_severity_display()),
            str(d.get_status_display()),
            spreadsheets.safe_text(d.title),
            d.days_to_close if d.days_to_close is not None else "",
            _("yes") if d.forwarded else "",
        ]


def csv_lines(deviations):
    return spreadsheets.csv_lines(headers(), values(deviations))


def xlsx_file(deviations, *, company):
    return spreadsheets.xlsx_file(
        headers(),
        values(deviations),
        title=spreadsheets.sheet_title(company.name, _("Deviations")),
        widths=WIDTHS,
        date_columns=DATE_COLUMNS,
    )


def filename(*, company, year: int, extension: str) -> str:
    name = slugify(company.name, allow_unicode=True) or company.slug
    return f"{slugify(_('deviations'), allow_unicode=True)}-{name}-{year}.{extension}"
