"""The kursbevis holds up on paper: one A4 page, nothing overlapping, two languages.

Rendered with long names, titles and topic lists in all four languages and read back
with pdfplumber: every word inside the page, no two words drawn over each other, the
verification block below the topics, and bokmål beside the learner's language.
"""

import datetime
from decimal import Decimal
from io import BytesIO

import pdfplumber
import pytest
from django.utils import timezone

from lms.certificates.render import certificate_render_pdf
from lms.certificates.services import certificate_number_new
from lms.models import Certificate

A4 = (595.3, 841.9)  # points

LONG_NAME = "Oleksandra Volodymyrivna Kovalenko-Shevchenko Bakke-Haugen"
TITLES = {
    "nb": "HMS for ledere etter arbeidsmiljøloven § 3-5 – grunnkurs med fordypning "
    "i risikovurdering",
    "nn": "HMS for leiarar etter arbeidsmiljølova § 3-5 – grunnkurs med fordjuping "
    "i risikovurdering",
    "en": "HSE for managers under the Working Environment Act section 3-5 – "
    "foundation course with risk assessment in depth",
    "uk": "Охорона праці для керівників відповідно до Закону про робоче середовище "
    "§ 3-5 – базовий курс з поглибленою оцінкою ризиків",
}
TOPICS = {
    "nb": "Systematisk HMS-arbeid, kartlegging og risikovurdering av arbeidsmiljøet",
    "nn": "Systematisk HMS-arbeid, kartlegging og risikovurdering av arbeidsmiljøet",
    "en": "Systematic HSE work, mapping and risk assessment of the working environment",
    "uk": "Систематична робота з охорони праці, обстеження та оцінка ризиків "
    "робочого середовища",
}


def _certificate(language: str, topics: int) -> Certificate:
    now = timezone.now()
    bokmal = {}
    if language != "nb":
        bokmal = {
            "course_title": TITLES["nb"],
            "legal_basis": "AML § 2-3 og § 3-2",
            "topics": [f"{TOPICS['nb']} ({i})" for i in range(topics)],
        }
    # Not saved: the rendering reads only what the certificate snapshot holds.
    return Certificate(
        number=certificate_number_new(),
        reason=Certificate.Reason.COMPLETION,
        language=language,
        holder_name=LONG_NAME,
        course_title=TITLES[language],
        audience="verneombud",
        hours=Decimal("40.00"),
        active_seconds=2400 * 60 + 17 * 60,
        legal_basis={"uk": "AML § 2-3 і § 3-2", "en": "AML § 2-3 and § 3-2"}.get(
            language, "AML § 2-3 og § 3-2"
        ),
        topics=[f"{TOPICS[language]} ({i})" for i in range(topics)],
        bokmal=bokmal,
        completed_at=now - datetime.timedelta(days=3),
        issued_at=now,
        valid_until=(now + datetime.timedelta(days=730)).date(),
    )


def _overlaps(a, b) -> bool:
    return (
        min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nb", "nn", "en", "uk"])
@pytest.mark.parametrize("topics", [3, 12])
def test_a_long_certificate_fits_one_page_without_overlap(language, topics):
    pdf = pdfplumber.open(
        BytesIO(certificate_render_pdf(certificate=_certificate(language, topics)))
    )
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert (round(page.width, 1), round(page.height, 1)) == A4
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    for word in words:
        assert word["x0"] >= 0 and word["x1"] <= page.width, word["text"]
        assert word["top"] >= 0 and word["bottom"] <= page.height, word["text"]
    clashes = [
        (a["text"], b["text"])
        for i, a in enumerate(words)
        for b in words[i + 1 :]
        if _overlaps(a, b)
    ]
    assert not clashes, clashes[:5]
    text = page.extract_text()
    # The verification block comes after the last topic, not on top of it.
    last_topic = max(w["bottom"] for w in words if w["text"] == f"({topics - 1})")
    url = next(w for w in words if "/verify/" in w["text"])
    assert url["top"] > last_topic
    if language != "nb":
        # Readable by a Norwegian employer or inspector as well.
        for bokmal in ("Kursbevis", "Timer", "Lovgrunnlag", "AML § 2-3 og § 3-2"):
            assert bokmal in text, bokmal
    if language == "uk":
        assert "AML § 2-3 і § 3-2" in text


@pytest.mark.django_db
def test_a_ukrainian_certificate_keeps_the_bokmal_title_it_was_issued_with(
    course, learner
):
    from lms import services
    from lms.certificates.services import certificate_issue
    from tests.foundation_helpers import translate_course

    translate_course(course, "uk", title="Охорона праці для керівників")
    learner.preferred_language = "uk"
    learner.save()
    enrolment = services.enrolment_free_create(user=learner, course=course)
    enrolment.completed_at = timezone.now()
    enrolment.save()
    certificate = certificate_issue(enrolment=enrolment)
    issued_title = course.title
    assert certificate.course_title == "Охорона праці для керівників"
    assert certificate.bokmal["course_title"] == issued_title
    # A later edit of the bokmål title does not change what was issued.
    course.title = "Nytt navn"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.bokmal["course_title"] == issued_title
    pdf = pdfplumber.open(BytesIO(certificate_render_pdf(certificate=certificate)))
    text = pdf.pages[0].extract_text()
    assert "Kursbevis" in text and issued_title in text
