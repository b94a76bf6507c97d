"""The 40-hour rule for verneombud and AMU members (FOLM § 3-19): the ledger of hours
here and elsewhere, and the agreement on a shorter programme that both sides sign."""

import io
import zipfile
from decimal import Decimal

import pdfplumber
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from courses.factories import course_with_lessons
from lms.factories import UserFactory
from lms.tests.certificate_helpers import finish_course
from payments.compliance.hours import hour_ledgers
from payments.factories import seat_given
from payments.models import EvidencePackJob, ExternalHours, ShorterProgrammeAgreement
from payments.services import roles as role_services

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def verneombud(company, company_admin, site, django_capture_on_commit_callbacks):
    """A verneombud of the company who finished a verneombud course on its seat."""
    course, _ = course_with_lessons(
        site["catalogue"], lessons=2, audience="verneombud", title="Verneombud 1"
    )
    person = UserFactory(email="vo@firma.example.org", full_name="Vera Vern")
    seat_given(company=company, user=person, course=course, buyer=company_admin)
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=person)
    role = role_services.role_create(
        company=company, name="Verneombud", kind="verneombud", actor=company_admin
    )
    membership = company.memberships.get(user=person)
    role_services.member_roles_set(
        membership=membership, roles=[role], department=None, actor=company_admin
    )
    mail.outbox.clear()
    return membership


def _ledger(company, membership):
    (ledger,) = hour_ledgers(company=company, member_ids=[membership.pk])
    return ledger


def _add_hours(client, company, membership, document, hours="7.5"):
    return client.post(
        reverse("payments:external_hours_add", args=[company.pk, membership.pk]),
        {
            "title": "Grunnkurs HMS, del 2",
            "provider": "Bedriftshelsetjenesten",
            "hours": hours,
            "completed_on": "2026-05-04",
            "document": document,
        },
    )


def test_hours_here_and_from_elsewhere_add_up_toward_forty(
    company_admin_client, company, verneombud
):
    here = _ledger(company, verneombud)
    assert here.total > 0 and here.target == Decimal("40")
    response = _add_hours(
        company_admin_client,
        company,
        verneombud,
        SimpleUploadedFile("kursbevis.pdf", PDF, "application/pdf"),
    )
    assert response.status_code == 302
    ledger = _ledger(company, verneombud)
    assert ledger.total == here.total + Decimal("7.5")
    page = company_admin_client.get(
        reverse("payments:company_hours", args=[company.pk])
    )
    assert "Grunnkurs HMS, del 2" in page.content.decode()
    entry = ExternalHours.objects.get()
    document = company_admin_client.get(
        reverse("payments:external_hours_document", args=[company.pk, entry.pk])
    )
    assert b"".join(document.streaming_content) == PDF


def test_a_document_that_is_not_a_pdf_or_image_is_refused_and_the_form_kept(
    company_admin_client, company, verneombud
):
    fake = SimpleUploadedFile(
        "kursbevis.pdf", b"MZ\x90\x00 not a pdf", "application/pdf"
    )
    response = _add_hours(company_admin_client, company, verneombud, fake, hours="6")
    assert response.status_code == 400
    html = response.content.decode()
    assert "must be a PDF, JPG or PNG" in html
    assert 'value="Grunnkurs HMS, del 2"' in html and 'value="6"' in html
    assert not ExternalHours.objects.exists()


def _propose(client, company, membership, **fields):
    data = {
        "capacity": "verneombud",
        "hours": "24",
        "programme": "Verneombud 1 og 2 her, pluss dagskurs hos BHT.",
        "reasons": "Lite lager med lav risiko; personen har fagbrev og lang erfaring.",
    }
    data.update(fields)
    return client.post(
        reverse("payments:agreement_propose", args=[company.pk, membership.pk]), data
    )


def test_the_shorter_programme_counts_only_when_both_have_signed(
    company_admin_client,
    company,
    verneombud,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _propose(company_admin_client, company, verneombud)
    assert response.status_code == 302
    agreement = ShorterProgrammeAgreement.objects.get()
    # Signed by the employer only: 40 hours still apply, and the person is asked.
    assert _ledger(company, verneombud).target == Decimal("40")
    assert [m.to for m in mail.outbox] == [["vo@firma.example.org"]]

    # Nobody else can sign for the person, not even the company admin.
    sign = reverse("payments:my_agreement_sign", args=[company.pk, agreement.pk])
    assert company_admin_client.post(sign).status_code == 404
    client = Client()
    client.force_login(UserFactory(email="someone@example.org"))
    assert client.post(sign).status_code == 404
    agreement.refresh_from_db()
    assert agreement.member_signed_at is None

    client = Client()
    client.force_login(verneombud.user)
    mine = client.get(reverse("payments:my_companies")).content.decode()
    assert "Lite lager med lav risiko" in mine
    client.post(sign)
    ledger = _ledger(company, verneombud)
    assert ledger.agreement == agreement and ledger.target == Decimal("24")

    # Either side can withdraw; then the 40 hours apply again.
    client.post(
        reverse("payments:my_agreement_withdraw", args=[company.pk, agreement.pk])
    )
    assert _ledger(company, verneombud).target == Decimal("40")


def test_an_admin_cannot_sign_both_sides_of_an_agreement_about_themselves(
    company_admin_client, company, company_admin
):
    admin_membership = company.memberships.get(user=company_admin)
    response = _propose(company_admin_client, company, admin_membership)
    assert response.status_code == 400
    assert "cannot sign for the employer an agreement about yourself" in (
        response.content.decode()
    )
    assert not ShorterProgrammeAgreement.objects.exists()


def test_a_signed_agreement_is_in_the_evidence_pack_and_an_unsigned_one_is_not(
    company_admin_client,
    company,
    verneombud,
    django_capture_on_commit_callbacks,
):
    _propose(company_admin_client, company, verneombud)
    agreement = ShorterProgrammeAgreement.objects.get()

    def pack_names():
        EvidencePackJob.objects.all().delete()
        with django_capture_on_commit_callbacks(execute=True):
            company_admin_client.post(
                reverse("payments:evidence_pack_start"), {"company": company.pk}
            )
        job = EvidencePackJob.objects.get()
        download = company_admin_client.get(
            reverse("payments:evidence_pack_download", args=[job.pk])
        )
        archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
        return archive, [n for n in archive.namelist() if "agreement" in n]

    assert pack_names()[1] == []
    client = Client()
    client.force_login(verneombud.user)
    client.post(reverse("payments:my_agreement_sign", args=[company.pk, agreement.pk]))
    archive, names = pack_names()
    assert len(names) == 1
    with pdfplumber.open(io.BytesIO(archive.read(names[0]))) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Lite lager med lav risiko" in text
    assert "Vera Vern" in text and "24" in text
    # …and it is shown beside the certificates in the compliance view.
    overview = company_admin_client.get(
        reverse("payments:compliance"), {"company": company.pk}
    ).content.decode()
    assert "Shorter programme agreed: 24.0 hours" in overview
