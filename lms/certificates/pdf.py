"""PDF and QR rendering: certificates and the hours statement (WeasyPrint, qrcode).

Also the certificate's words in two languages: a kursbevis taken in nynorsk, English or
Ukrainian carries every label in the learner's language and in bokmål, so an employer
or an inspector can read it.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import qrcode
from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

# The language every certificate can also be read in.
SECOND_LANGUAGE = "nb"

CERTIFICATE_LABELS = {
    "title": _("Course certificate"),
    "subtitle": _(
        "Documentation of completed health, safety and environment (HMS) training"
    ),
    "has_completed": _("has completed the course"),
    "audience": _("Audience"),
    "hours": _("Hours"),
    "recorded": _("Recorded time on task"),
    "legal_basis": _("Legal basis"),
    "completed": _("Completed"),
    "valid_until": _("Valid until"),
    "no_expiry": _("Does not expire"),
    "number": _("Certificate number"),
    "topics": _("Topics covered"),
    "check": _("Check that this certificate is genuine"),
    "check_how": _(
        "Scan the QR code or open the address below. The page shows whether the "
        "certificate is valid, expired or revoked."
    ),
    "forty": _(
        "The %(hours)s hours count toward the training of at least 40 hours for "
        "safety representatives and AMU members (FOLM § 3-19)."
    ),
    "issued": _("Issued %(date)s"),
    "qr_alt": _("QR code to the verification page"),
}


@dataclass(frozen=True)
class Words:
    """One label: in the certificate's language, and in bokmål when that differs."""

    first: str
    second: str = ""

    def __str__(self):
        return self.first


def is_bilingual(language: str) -> bool:
    return language != SECOND_LANGUAGE


def date_text(value, language: str) -> str:
    """Dates on a two-language certificate are numeric (21.01.2026): readable in
    both; a bokmål certificate writes the month out."""
    if value is None:
        return ""
    return formats.date_format(
        value, "d.m.Y" if is_bilingual(language) else "DATE_FORMAT"
    )


def certificate_words(*, language: str, hours, issued) -> dict[str, Words]:
    """Every certificate label in ``language`` (and bokmål, for other languages),
    with the hours and the issue date filled in."""

    def render(code: str) -> dict[str, str]:
        with translation.override(code):
            values = {
                "hours": formats.number_format(hours, 2),
                "date": date_text(issued, language),
            }
            return {
                key: str(text) % values if "%(" in str(text) else str(text)
                for key, text in CERTIFICATE_LABELS.items()
            }

    first = render(language)
    second = render(SECOND_LANGUAGE) if is_bilingual(language) else {}
    return {
        key: Words(text, "" if second.get(key, text) == text else second[key])
        for key, text in first.items()
    }


def qr_png_data_uri(*, data: str) -> str:
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8, border=4
    )
    qr.add_data(data)
    qr.make(fit=True)
    image = qr.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def pdf_document(html: str):
    """The laid-out document (its ``pages`` can be counted before writing)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(settings.BASE_DIR)).render()


def pdf_from_html(html: str) -> bytes:
    return pdf_document(html).write_pdf()
