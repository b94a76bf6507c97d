"""Certificates: issued on completion, the PDF, the QR code, numbers, history, revoking."""

import io
import re

import pytest
import zxingcpp
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from pypdf import PdfReader

from lms.certificates import render as certificate_render
from lms.certificates import services as certificates
from lms.exceptions import CertificateError
from lms.models import AuditEvent, Certificate
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader_course(site):
    from courses.factories import course_with_lessons

    course, _lessons = course_with_lessons(
        site["catalogue"],
        title="HMS for ledere",
        audience="leader",
        duration_minutes=150,
        legal_basis="AML § 3-5",
        certificate_validity_months=24,
        topics=[
            ("topic", "Internkontroll og systematisk HMS-arbeid"),
            ("topic", "Risikovurdering"),
        ],
    )
    return course


def _complete(course, user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=user)
    return enrolment


def test_completing_a_course_issues_a_stored_certificate_and_emails_it(
    leader_course, learner, django_capture_on_commit_callbacks
):
    enrolment = _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.enrolment == enrolment
    assert certificate.holder_name == "Kari Nordmann"
    assert certificate.course_title == "HMS for ledere"
    assert str(certificate.hours) == "2.50"
    assert certificate.pdf and certificate.pdf_sha256
    # Valid for 24 months from the completion day (Europe/Oslo).
    assert certificate.valid_until.year - certificate.completed_at.year == 2
    assert AuditEvent.objects.filter(
        action="certificate.issued", object_id=str(certificate.pk)
    ).exists()
    [message] = [m for m in mail.outbox if certificate.number in m.body]
    assert message.to == ["learner@example.org"]
    assert "HMS for ledere" in message.subject
    filename, content, mimetype = message.attachments[0]
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")
    html = message.alternatives[0][0]
    assert certificate.number in html


def test_the_job_is_idempotent(
    leader_course, learner, django_capture_on_commit_callbacks
):
    from lms.jobs import certificate_issue_job

    enrolment = _complete(leader_course, learner, django_capture_on_commit_callbacks)
    outbox = len(mail.outbox)
    certificate_issue_job(enrolment_id=enrolment.pk)
    assert Certificate.objects.filter(user=learner).count() == 1
    assert len(mail.outbox) == outbox  # not e-mailed twice


def test_pdf_holds_name_course_hours_legal_basis_topics_and_number(
    leader_course, learner, django_capture_on_commit_callbacks
):
    _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    reader = PdfReader(
        io.BytesIO(certificate_render.certificate_pdf_bytes(certificate=certificate))
    )
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = " ".join(reader.pages[0].extract_text().split())
    with translation.override("nb"):
        heading = gettext("Course certificate")
    assert re.search(r"\b2[,.]50\b", text)  # hours, written the nb way once translated
    for expected in (
        "Kari Nordmann",
        "HMS for ledere",
        "AML § 3-5",
        "Risikovurdering",
        certificate.number,
        heading,  # in the learner's language (nb)
    ):
        assert expected in text, expected


def test_qr_code_in_the_pdf_decodes_to_the_public_verification_url(
    leader_course, learner, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://kurs.example.no"
    _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    reader = PdfReader(
        io.BytesIO(certificate_render.certificate_pdf_bytes(certificate=certificate))
    )
    [image] = reader.pages[0].images
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)).convert("L"))
    assert [d.text for d in decoded] == [
        f"https://kurs.example.no/nb/verify/{certificate.number}/"
    ]


def test_ukrainian_learner_gets_certificate_and_email_in_ukrainian(
    leader_course, learner, django_capture_on_commit_callbacks
):
    learner.preferred_language = "uk"
    learner.save()
    _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.language == "uk"
    [message] = [m for m in mail.outbox if certificate.number in m.body]
    assert message.extra_headers["Content-Language"] == "uk"
    text = (
        PdfReader(
            io.BytesIO(
                certificate_render.certificate_pdf_bytes(certificate=certificate)
            )
        )
        .pages[0]
        .extract_text()
    )
    assert "/uk/verify/" in text
    assert re.search("[а-яіїє]", text), "Cyrillic text expected"


def test_certificate_numbers_are_random_and_cannot_be_enumerated():
    numbers = [certificates.certificate_number_new() for _i in range(300)]
    assert len(set(numbers)) == 300
    pattern = re.compile(
        r"^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}){3}$"
    )
    assert all(pattern.match(n) for n in numbers)
    # No shared prefix or increment: consecutive numbers share few positions.
    same_positions = [
        sum(a == b for a, b in zip(x, y, strict=True)) - 3
        for x, y in zip(numbers, numbers[1:], strict=False)
    ]
    assert sum(same_positions) / len(same_positions) < 2
    # ~78 bits: 16 symbols from an alphabet of 30.
    assert len(certificates.NUMBER_ALPHABET) ** 16 > 2**78


def test_a_certificate_cannot_be_edited(
    leader_course, learner, django_capture_on_commit_callbacks
):
    _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    certificate.holder_name = "Someone Else"
    with pytest.raises(ValueError):
        certificate.save()
    with pytest.raises(ValueError):
        certificate.save(update_fields=["holder_name"])
    certificate.refresh_from_db()
    assert certificate.holder_name == "Kari Nordmann"


def test_refresher_issues_a_new_certificate_and_keeps_the_old_in_history(
    leader_course, learner, django_capture_on_commit_callbacks, client
):
    import time_machine

    with time_machine.travel("2026-01-10 10:00 +01:00", tick=False):
        enrolment = _complete(
            leader_course, learner, django_capture_on_commit_callbacks
        )
    old = Certificate.objects.get(user=learner)
    assert str(old.valid_until) == "2028-01-10"
    with time_machine.travel("2027-12-01 09:00 +01:00", tick=False):
        client.force_login(learner)
        response = client.post(reverse("lms:refresher_start", args=[enrolment.pk]))
        assert response.status_code == 302
        enrolment.refresh_from_db()
        assert enrolment.completed_at is None
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=leader_course, user=learner, enrolment=enrolment)
    new = Certificate.objects.exclude(pk=old.pk).get(user=learner)
    old.refresh_from_db()
    assert new.number != old.number
    assert new.replaces == old and old.superseded_by == new
    assert new.reason == Certificate.Reason.REFRESHER
    assert str(new.valid_until) == "2029-12-01"
    assert old.status_on(old.valid_until) == "valid"  # the old one keeps its dates
    page = client.get(reverse("lms:certificate_list"))
    assert old.number in page.content.decode() and new.number in page.content.decode()


def test_staff_revoke_and_reissue_are_audited(
    leader_course, learner, django_capture_on_commit_callbacks
):
    from lms.factories import UserFactory

    staff = UserFactory(is_staff=True)
    _complete(leader_course, learner, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=learner)
    with pytest.raises(CertificateError):
        certificates.certificate_revoke(
            certificate=certificate, actor=staff, reason=" "
        )
    learner.full_name = "Kari Nordmann-Hansen"
    learner.save()
    new = certificates.certificate_reissue(
        certificate=certificate, actor=staff, reason="Name changed"
    )
    certificate.refresh_from_db()
    assert new.holder_name == "Kari Nordmann-Hansen"
    assert new.number != certificate.number
    assert certificate.status == "revoked" and new.status == "valid"
    assert new.completed_at == certificate.completed_at
    certificates.certificate_revoke(certificate=new, actor=staff, reason="Cheating")
    new.refresh_from_db()
    assert new.revoked_by == staff and new.revoked_reason == "Cheating"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "certificate.issued",
        "certificate.reissued",
        "certificate.revoked",
    } <= actions
