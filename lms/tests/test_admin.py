"""Staff enrol learners from the Wagtail admin; the audit log is read-only evidence."""

import pytest

from lms.factories import UserFactory
from lms.models import AuditEvent, Enrolment

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user():
    return UserFactory(email="boss@example.org", is_staff=True, is_superuser=True)


def test_staff_can_enrol_a_learner_in_a_paid_course(client, site, learner, admin_user):
    from courses.factories import course_with_lessons

    paid, _ = course_with_lessons(site["catalogue"], price_ore=149000)
    client.force_login(admin_user)
    response = client.post(
        "/admin/enrolments/new/", {"user": learner.pk, "course": paid.pk}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.source == Enrolment.Source.STAFF
    event = AuditEvent.objects.get(action="enrolment.created")
    assert event.actor == admin_user


def test_learner_cannot_open_the_enrolment_admin(client, learner):
    client.force_login(learner)
    response = client.get("/admin/enrolments/")
    assert response.status_code in (302, 403)


def test_audit_log_cannot_be_changed_from_the_admin(client, admin_user):
    event = AuditEvent.objects.create(action="x.y", object_type="t", object_id="1")
    client.force_login(admin_user)
    assert client.get("/admin/audit/").status_code == 200
    assert client.get(f"/admin/audit/edit/{event.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/audit/delete/{event.pk}/").status_code in (302, 403)
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_an_enrolment_cannot_be_edited_or_deleted_from_the_admin(
    client, course, learner, admin_user
):
    from lms.services import enrolment_free_create

    enrolment = enrolment_free_create(user=learner, course=course)
    other = UserFactory(email="someone.else@example.org")
    client.force_login(admin_user)
    assert client.get(f"/admin/enrolments/inspect/{enrolment.pk}/").status_code == 200
    response = client.post(
        f"/admin/enrolments/edit/{enrolment.pk}/",
        {"user": other.pk, "course": course.pk},
    )
    assert response.status_code in (302, 403)
    client.post(f"/admin/enrolments/delete/{enrolment.pk}/")
    enrolment.refresh_from_db()
    assert enrolment.user == learner
