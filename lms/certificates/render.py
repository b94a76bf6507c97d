"""The certificate's PDF: one A4 page in the learner's language and bokmål, rendered
once and stored; the verification page's QR code on it.

A certificate that does not fit one page at the estimated density is laid out again
at the next denser one (``DENSITIES``); see tests/test_certificate_layout.py.
"""

from __future__ import annotations

import hashlib
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.models import AUDIENCE_CHOICES
from lms.certificates.pdf import (
    SECOND_LANGUAGE,
    certificate_words,
    date_text,
    is_bilingual,
    pdf_document,
    qr_png_data_uri,
)
from lms.certificates.services import FORTY_HOUR_AUDIENCES, certificate_verification_url
from lms.models import Certificate
from lms.models.legal import LegalSettings, seller_for_default_site
from lms.time_on_task import duration_label


def audience_label(code: str) -> str:
    return str(dict(AUDIENCE_CHOICES).get(code, code))


def _density(certificate: Certificate) -> str:
    """How much the page must hold: long names, titles and topic lists (and a second
    language) get smaller type so the certificate stays one A4 page."""
    topics = list(certificate.topics) + list(certificate.bokmal.get("topics", []))
    weight = (
        len(certificate.holder_name) * 2
        + len(certificate.course_title) * 2
        + len(certificate.bokmal.get("course_title", ""))
        + sum(len(topic) + 40 for topic in topics)
        + (400 if is_bilingual(certificate.language) else 0)
    )
    if weight > 1500:
        return "tight"
    if weight > 800:
        return "compact"
    return ""


# From roomy to dense; the renderer starts at the estimate and moves down the list
# until the certificate is one page.
DENSITIES = ["", "compact", "tight", "tight tighter", "tight tighter tiniest"]


def _in_both(language: str, render) -> str:
    """``render()`` in the certificate's language, then in bokmål if it differs."""
    with translation.override(language):
        first = str(render())
    if not is_bilingual(language):
        return first
    with translation.override(SECOND_LANGUAGE):
        second = str(render())
    return first if second == first else f"{first} / {second}"


def certificate_render_pdf(
    *, certificate: Certificate, seller: LegalSettings | None = None
) -> bytes:
    """The certificate as one A4 page, in the certificate's language and bokmål.
    ``seller``: the seller's line to print; read from the default site if not given."""
    language = certificate.language
    url = certificate_verification_url(number=certificate.number, language=language)
    with translation.override(language):
        context = _render_context(certificate, language, url)
        context["seller"] = seller if seller is not None else seller_for_default_site()
        start = DENSITIES.index(_density(certificate))
        for density in DENSITIES[start:]:
            html = render_to_string(
                "lms/certificate_pdf.html", {**context, "density": density}
            )
            document = pdf_document(html)
            if len(document.pages) == 1:
                break
    return document.write_pdf()


def _render_context(certificate: Certificate, language: str, url: str) -> dict:
    return {
        "certificate": certificate,
        "words": certificate_words(
            language=language,
            hours=certificate.hours,
            issued=timezone.localtime(certificate.issued_at).date(),
        ),
        "bokmal": certificate.bokmal,
        "audience": (
            audience_label(certificate.audience),
            _in_both(SECOND_LANGUAGE, lambda: audience_label(certificate.audience))
            if is_bilingual(language)
            else "",
        ),
        "hours": formats.number_format(certificate.hours, 2),
        "recorded": _in_both(
            language, lambda: duration_label(certificate.active_seconds)
        ),
        "completed_on": date_text(
            timezone.localtime(certificate.completed_at).date(), language
        ),
        "valid_until": date_text(certificate.valid_until, language),
        "verify_url": url,
        "qr": qr_png_data_uri(data=url),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "forty_hour_track": certificate.audience in FORTY_HOUR_AUDIENCES,
    }


def certificate_pdf_store(*, certificate: Certificate) -> Certificate:
    """Render and store the PDF once; later calls return the stored file."""
    if certificate.pdf:
        return certificate
    content = certificate_render_pdf(certificate=certificate)
    # A random part in the file name keeps stored files unguessable even if media
    # is served directly.
    name = f"{certificate.number}-{secrets.token_hex(8)}.pdf"
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.pdf:
            return locked
        locked.pdf.save(name, ContentFile(content), save=False)
        locked.pdf_sha256 = hashlib.sha256(content).hexdigest()
        locked.save(update_fields=["pdf", "pdf_sha256"])
    return locked


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    certificate = certificate_pdf_store(certificate=certificate)
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def certificate_filename(*, certificate: Certificate) -> str:
    with translation.override(certificate.language):
        word = slugify(_("certificate"), allow_unicode=True)
    return "-".join(filter(None, [word, certificate.number])) + ".pdf"


def warm_up() -> None:
    """Load WeasyPrint, its fonts and CSS once, at process start, so the first
    certificate a learner waits for renders as fast as the later ones: a sample
    certificate (never saved) is laid out in bokmål and in Ukrainian with bokmål
    beside it, which loads the template, the QR code maker and every font face
    (DejaVu Sans for the text, DejaVu Sans Mono for the number).

    It reads nothing from the database: it runs as a worker process starts, beside
    other processes that may be writing (an unsaved sample seller stands in)."""
    now = timezone.now()
    sample_seller = LegalSettings(seller_name="HMS-kurs AS", org_nr="999999999")
    for language in ("nb", "uk"):
        certificate_render_pdf(
            seller=sample_seller,
            certificate=Certificate(
                number="WARM-UP0-0000-0000",
                holder_name="Ola Nordmann",
                course_title="HMS",
                hours=Decimal("1.50"),
                language=language,
                audience="leader",
                legal_basis="AML § 3-5",
                issued_at=now,
                completed_at=now,
                valid_until=now.date(),
            ),
        )
