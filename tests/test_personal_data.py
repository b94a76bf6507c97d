"""A person downloads everything held about them, and can delete their account."""

import io
import json
import zipfile

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from lms.factories import UserFactory
from lms.models import Certificate, User
from lms.tests.certificate_helpers import finish_course
from payments.factories import CompanyFactory, seat_given
from payments.models import CompanyMember, Order
from payments.tests.helpers import order_for, pay_dev

pytestmark = pytest.mark.django_db


def url(name, *args):
    with translation.override("nb"):
        return reverse(name, args=args)


@pytest.fixture
def person(site, course, learner, django_capture_on_commit_callbacks):
    """A learner who bought a course, finished another through a company seat, and
    worked on a deviation exercise."""
    from avvik_sandbox import services as sandbox
    from avvik_sandbox.factories import (
        GOOD_NB,
        ExercisePageFactory,
        answer,
        sandbox_tree,
    )
    from courses.factories import course_with_lessons

    hr = UserFactory(email="hr@firma.example.org", preferred_language="nb")
    company = CompanyFactory(name="Firma AS", admin=hr)
    seat_given(company=company, user=learner, course=course, buyer=hr)
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    bought, _ = course_with_lessons(site["catalogue"], lessons=1, price_ore=19900)
    pay_dev(order_for(learner, bought))
    exercise = ExercisePageFactory(parent=sandbox_tree(site["home"]))
    submission = sandbox.submission_get_or_create(user=learner, exercise=exercise)
    draft = answer(exercise, **GOOD_NB)
    draft["report"] = {"what": "Nøkkelen falt fra stillaset"}
    sandbox.submission_autosave(submission=submission, draft=draft, version=None)
    mail.outbox.clear()
    return {"user": learner, "hr": hr, "company": company, "submission": submission}


def test_the_export_holds_everything_and_the_certificate_pdfs(client, person):
    client.force_login(person["user"])
    page = client.get(url("lms:my_data"))
    assert page.status_code == 200
    response = client.post(url("lms:my_data_export"))
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("personal-data.json"))
    assert data["profile"]["email"] == person["user"].email
    assert data["certificates"][0]["number"]
    assert data["orders"][0]["total_ore"] == 19900
    assert data["companies"]["memberships"][0]["company__name"] == "Firma AS"
    assert "Nøkkelen falt" in json.dumps(
        data["deviation_exercises"], ensure_ascii=False
    )
    pdfs = [n for n in archive.namelist() if n.startswith("certificates/")]
    assert len(pdfs) == 1 and archive.read(pdfs[0]).startswith(b"%PDF")


def test_deleting_the_account_anonymises_but_keeps_orders_and_certificates(
    client, person, django_capture_on_commit_callbacks
):
    user = person["user"]
    certificate = Certificate.objects.get(user=user)
    orders_before = list(Order.objects.filter(user=user).values("pk", "buyer_email"))
    client.force_login(user)
    # The wrong password changes nothing, and says so in the visitor's language.
    wrong = client.post(
        url("lms:account_delete"), {"password": "nope", "confirm": "on"}
    )
    assert wrong.status_code == 400
    with translation.override("nb"):
        assert translation.gettext("The password is not correct.") in (
            wrong.content.decode()
        )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("lms:account_delete"),
            {"password": "secret-pass-123", "confirm": "on"},
        )
    assert response.status_code == 302
    gone = User.objects.get(pk=user.pk)
    assert gone.deleted_at and not gone.is_active
    assert gone.email.endswith("@deleted.invalid") and gone.full_name == ""
    assert not gone.has_usable_password()
    # Signed out, and cannot sign in again.
    assert client.get(url("lms:dashboard")).status_code == 302
    # The orders stay as accounting records, untouched.
    assert list(Order.objects.filter(user=gone).values("pk", "buyer_email")) == (
        orders_before
    )
    # The certificate still verifies, without the name.
    certificate.refresh_from_db()
    assert certificate.holder_name == "" and certificate.pdf_sha256
    page = client.get(url("lms:certificate_verify", certificate.number))
    assert page.status_code == 200
    with translation.override("nb"):
        assert (
            translation.gettext("Issued to an account that has since been deleted")
            in page.content.decode()
        )
    # What they wrote is gone; the company no longer has them, and its admin is told.
    person["submission"].refresh_from_db()
    assert "Nøkkelen" not in json.dumps(person["submission"].draft, ensure_ascii=False)
    assert not CompanyMember.objects.filter(user=gone).exists()
    [notice] = mail.outbox
    assert notice.to == [person["hr"].email]
    assert user.email in notice.body and "Firma AS" in notice.subject
