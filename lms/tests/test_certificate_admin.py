"""Staff revoke or re-issue a certificate with a reason in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group

from lms.factories import UserFactory
from lms.models import AuditEvent, Certificate
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(course, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    return Certificate.objects.get(user=learner)


@pytest.fixture
def superuser():
    return UserFactory(is_staff=True, is_superuser=True)


def test_superuser_lists_and_inspects_certificates(client, certificate, superuser):
    client.force_login(superuser)
    listing = client.get("/admin/certificates/")
    assert listing.status_code == 200
    body = listing.content.decode()
    assert certificate.number in body
    assert f"/admin/certificates/revoke/{certificate.pk}/" in body
    assert (
        client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 200
    )
    # Immutable: no add or edit forms.
    assert client.get("/admin/certificates/new/").status_code in (302, 403)
    assert client.get(f"/admin/certificates/edit/{certificate.pk}/").status_code in (
        302,
        403,
    )


def test_revoke_needs_a_reason_and_is_audited(client, certificate, superuser):
    client.force_login(superuser)
    url = f"/admin/certificates/revoke/{certificate.pk}/"
    response = client.post(url, {"action": "revoke", "reason": ""})
    assert response.status_code == 200  # form shown again with an error
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    response = client.post(url, {"action": "revoke", "reason": "Wrong person took it"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_by == superuser
    event = AuditEvent.objects.get(action="certificate.revoked")
    assert event.actor == superuser and event.data["reason"] == "Wrong person took it"
    page = client.get(f"/en/verify/{certificate.number}/").content.decode()
    assert "Revoked certificate" in page and "Wrong person" not in page


def test_reissue_from_the_admin_makes_a_new_number(client, certificate, superuser):
    client.force_login(superuser)
    response = client.post(
        f"/admin/certificates/revoke/{certificate.pk}/",
        {"action": "reissue", "reason": "Name misspelt"},
    )
    assert response.status_code == 302
    new = Certificate.objects.exclude(pk=certificate.pk).get()
    assert new.replaces == certificate and new.pdf
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and new.status == "valid"


@pytest.mark.parametrize("role", ["editor", "learner"])
def test_others_cannot_revoke(client, certificate, role):
    user = UserFactory(is_staff=role == "editor")
    if role == "editor":
        user.groups.add(Group.objects.get_or_create(name="Editors")[0])
    client.force_login(user)
    response = client.post(
        f"/admin/certificates/revoke/{certificate.pk}/",
        {"action": "revoke", "reason": "x"},
    )
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
