"""What each role sees: the public verification page, downloads, lists, the dashboard."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from lms.certificates import services as certificates
from lms.factories import UserFactory
from lms.models import Certificate
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(site, learner, django_capture_on_commit_callbacks):
    from courses.factories import course_with_lessons

    course, _ = course_with_lessons(
        site["catalogue"],
        title="Verneombudskurs del 1",
        audience="verneombud",
        duration_minutes=180,
        legal_basis="AML § 6-5, FOLM § 3-19",
        certificate_validity_months=12,
    )
    with time_machine.travel("2026-03-02 12:00 +01:00", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=course, user=learner)
    return Certificate.objects.get(user=learner)


def _nb(text):
    with translation.override("nb"):
        return gettext(text)


def test_verification_of_a_valid_certificate_shows_name_course_and_dates_only(
    client, certificate
):
    with time_machine.travel("2026-06-01 12:00 +02:00"):
        response = client.get(f"/nb/verify/{certificate.number}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert _nb("Valid certificate") in body
    assert "Kari Nordmann" in body and "Verneombudskurs del 1" in body
    assert "2. mars 2026" in body or "2. March 2026" in body
    assert "learner@example.org" not in body  # nothing more than name, course, dates
    assert "noindex" in response["X-Robots-Tag"]


def test_verification_of_an_expired_certificate(client, certificate):
    with time_machine.travel("2027-03-03 12:00 +01:00"):
        response = client.get(f"/nb/verify/{certificate.number}/")
    assert response.status_code == 200
    assert _nb("Expired certificate") in response.content.decode()


def test_verification_of_a_revoked_certificate_does_not_show_the_reason(
    client, certificate
):
    staff = UserFactory(is_staff=True)
    certificates.certificate_revoke(
        certificate=certificate, actor=staff, reason="Secret internal reason"
    )
    body = client.get(f"/en/verify/{certificate.number}/").content.decode()
    assert "Revoked certificate" in body
    assert "Secret internal reason" not in body


def test_verification_of_an_unknown_number_is_a_404_with_a_clear_message(
    client, db, site
):
    response = client.get("/en/verify/AAAA-BBBB-CCCC-DDDD/")
    assert response.status_code == 404
    assert "No certificate with this number" in response.content.decode()


def test_typed_numbers_are_normalised(client, certificate):
    typed = certificate.number.replace("-", "").lower()
    response = client.get(reverse("lms:verify_lookup"), {"number": typed})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/verify/{certificate.number}/")


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 302),
        ("other_learner", 404),
        ("owner", 200),
        ("editor", 404),
        ("superuser", 200),
    ],
)
def test_download_is_for_the_owner_and_superusers_not_editors(
    client, certificate, role, expected
):
    if role == "owner":
        client.force_login(certificate.user)
    elif role == "other_learner":
        client.force_login(UserFactory())
    elif role == "editor":
        client.force_login(UserFactory(is_staff=True))
    elif role == "superuser":
        client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(
        reverse("lms:certificate_download", args=[certificate.number])
    )
    assert response.status_code == expected
    if expected == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")


def test_dashboard_links_the_certificate_and_sums_hours_toward_40(client, certificate):
    client.force_login(certificate.user)
    with time_machine.travel("2026-04-01 12:00 +02:00"):
        body = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("lms:certificate_download", args=[certificate.number]) in body
    assert reverse("lms:hours_statement") in body
    assert "3.00" in body or "3,00" in body  # 180 minutes credited
    assert "40" in body
    # Not yet due for a refresher (expires 2027-03-02).
    refresher = f"/learn/{certificate.enrolment_id}/refresher/"
    assert refresher not in body
    with time_machine.travel("2027-01-15 12:00 +01:00"):
        client.force_login(certificate.user)
        body = client.get(reverse("lms:dashboard")).content.decode()
    assert refresher in body


def test_hours_statement_pdf_lists_the_courses_and_total(client, certificate):
    import io

    from pypdf import PdfReader

    client.force_login(certificate.user)
    response = client.get("/en/certificates/hours/")
    assert response.status_code == 200
    text = " ".join(
        PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split()
    )
    assert "Verneombudskurs del 1" in text
    assert "Total hours completed 3.00" in text
    assert "Remaining 37.00" in text
    assert certificate.number in text


def test_hours_statement_and_lists_need_login(client, db, site):
    for name in ("lms:hours_statement", "lms:certificate_list"):
        assert client.get(reverse(name)).status_code == 302


def test_refresher_only_for_own_enrolment(client, certificate):
    client.force_login(UserFactory())
    response = client.post(
        reverse("lms:refresher_start", args=[certificate.enrolment_id])
    )
    assert response.status_code == 404
    certificate.enrolment.refresh_from_db()
    assert certificate.enrolment.completed_at is not None


def test_certificate_without_validity_says_it_does_not_expire(
    site, learner, client, django_capture_on_commit_callbacks
):
    from courses.factories import course_with_lessons

    course, _ = course_with_lessons(site["catalogue"], certificate_validity_months=0)
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.valid_until is None
    far_future = datetime.date(2099, 1, 1)
    assert certificate.status_on(far_future) == "valid"
    body = client.get(f"/en/verify/{certificate.number}/").content.decode()
    assert "Does not expire" in body
