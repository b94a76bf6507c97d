"""A company sees a person's training only by that person's consent.

The attack this guards against: anyone registers a company (any valid org.nr), names an
existing user as its admin or employee, and then reads that user's certificates and
training record. Membership is now an invitation the person accepts, and even then the
company sees only the courses it gave a seat in or the person shared.
"""

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from lms.factories import UserFactory
from lms.models import AuditEvent, Certificate
from lms.tests.certificate_helpers import finish_course
from payments.factories import CompanyFactory, seat_given
from payments.models import CompanyMember, MemberInvitation, RecordShare

pytestmark = pytest.mark.django_db


@pytest.fixture
def victim_certificate(course, learner, django_capture_on_commit_callbacks):
    """The learner bought and finished a course on their own: a private record."""
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    mail.outbox.clear()
    return Certificate.objects.get(user=learner)


@pytest.fixture
def attacker(client):
    user = UserFactory(email="attacker@example.org")
    company = CompanyFactory(name="Snoop AS", admin=user)
    client.force_login(user)
    return {"user": user, "company": company}


def _invite(client, company, email, role="admin"):
    url = reverse("payments:member_invite", args=[company.pk])
    return client.post(url, {"email": email, "role": role})


def _pdf(client, certificate):
    return client.get(reverse("lms:certificate_download", args=[certificate.number]))


def _export(client, company):
    response = client.get(
        reverse("payments:compliance_export", args=["csv"]), {"company": company.pk}
    )
    return b"".join(response.streaming_content).decode("utf-8-sig")  # streamed


def test_an_attackers_company_gets_nothing_until_the_person_accepts(
    client, attacker, victim_certificate, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _invite(client, attacker["company"], learner.email)
    assert response.status_code == 302
    assert not CompanyMember.objects.filter(user=learner).exists()
    assert _pdf(client, victim_certificate).status_code == 404
    assert learner.email not in _export(client, attacker["company"])
    # The person is asked, by e-mail, and the e-mail says what the company would see.
    [invitation_mail] = mail.outbox
    assert invitation_mail.to == [learner.email]
    assert "Snoop AS" in invitation_mail.subject
    invitation = MemberInvitation.objects.get(email=learner.email)
    assert invitation.token in invitation_mail.body


def test_the_invitation_form_does_not_tell_whether_an_address_has_an_account(
    client, attacker, learner
):
    answers = []
    for email in (learner.email, "nobody-here@example.org"):
        response = _invite(client, attacker["company"], email)
        page = client.get(response["Location"])
        answers.append(
            (
                response.status_code,
                [str(m).replace(email, "X") for m in page.context["messages"]],
            )
        )
    assert answers[0] == answers[1]
    assert answers[0][0] == 302 and len(answers[0][1]) == 1
    assert MemberInvitation.objects.filter(status="pending").count() == 2


def test_accepting_makes_a_member_who_still_keeps_private_courses_private(
    client, attacker, victim_certificate, learner
):
    _invite(client, attacker["company"], learner.email, role="employee")
    invitation = MemberInvitation.objects.get()
    client.force_login(learner)
    page = client.get(reverse("payments:join", args=[invitation.token]))
    assert "Snoop AS" in page.content.decode()
    assert not CompanyMember.objects.filter(
        user=learner
    ).exists()  # GET changes nothing
    client.post(reverse("payments:join_accept", args=[invitation.token]))
    assert CompanyMember.objects.get(user=learner).role == "employee"
    client.force_login(attacker["user"])
    # A course the person bought themselves stays theirs.
    assert _pdf(client, victim_certificate).status_code == 404
    assert victim_certificate.number not in _export(client, attacker["company"])


def test_a_shared_course_becomes_visible_and_unsharing_hides_it_again(
    client, attacker, victim_certificate, learner
):
    CompanyMember.objects.create(company=attacker["company"], user=learner)
    client.force_login(learner)
    share = {"course_key": str(victim_certificate.course_key)}
    client.post(reverse("payments:record_share", args=[attacker["company"].pk]), share)
    assert RecordShare.objects.filter(user=learner).exists()
    client.force_login(attacker["user"])
    assert _pdf(client, victim_certificate).status_code == 200
    assert victim_certificate.number in _export(client, attacker["company"])
    client.force_login(learner)
    client.post(
        reverse("payments:record_unshare", args=[attacker["company"].pk]), share
    )
    client.force_login(attacker["user"])
    assert _pdf(client, victim_certificate).status_code == 404


def test_a_seat_the_company_gave_is_visible_and_every_read_is_audited(
    client, course, learner, django_capture_on_commit_callbacks
):
    admin = UserFactory()
    company = CompanyFactory(admin=admin)
    seat_given(company=company, user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    certificate = Certificate.objects.get(user=learner)
    client.force_login(admin)
    assert _pdf(client, certificate).status_code == 200
    read = AuditEvent.objects.get(action="certificate.read_by_other")
    assert read.actor == admin and read.data["holder"] == learner.pk
    # Another company's admin sees nothing.
    stranger = UserFactory()
    CompanyFactory(admin=stranger)
    client.force_login(stranger)
    assert _pdf(client, certificate).status_code == 404


def test_leaving_ends_what_the_company_sees_but_the_last_admin_cannot_leave(
    client, course, learner, django_capture_on_commit_callbacks
):
    admin = UserFactory()
    company = CompanyFactory(admin=admin)
    seat_given(company=company, user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        finish_course(course=course, user=learner)
    certificate = Certificate.objects.get(user=learner)
    client.force_login(learner)
    client.post(reverse("payments:company_leave", args=[company.pk]))
    assert not CompanyMember.objects.filter(user=learner).exists()
    client.force_login(admin)
    assert _pdf(client, certificate).status_code == 404
    assert learner.email not in _export(client, company)
    client.post(reverse("payments:company_leave", args=[company.pk]))
    assert CompanyMember.objects.filter(user=admin, role="admin").exists()


def test_a_withdrawn_or_declined_invitation_cannot_be_accepted(
    client, attacker, learner
):
    _invite(client, attacker["company"], learner.email)
    invitation = MemberInvitation.objects.get()
    client.post(
        reverse(
            "payments:member_invitation_revoke",
            args=[attacker["company"].pk, invitation.pk],
        )
    )
    client.force_login(learner)
    client.post(reverse("payments:join_accept", args=[invitation.token]))
    assert not CompanyMember.objects.filter(user=learner).exists()
    client.force_login(attacker["user"])
    _invite(client, attacker["company"], learner.email)
    second = MemberInvitation.objects.get(status="pending")
    client.force_login(learner)
    client.post(reverse("payments:join_decline", args=[second.token]))
    client.post(reverse("payments:join_accept", args=[second.token]))
    assert not CompanyMember.objects.filter(user=learner).exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "company.member_invited",
        "company.member_invitation_revoked",
        "company.member_declined",
    } <= actions


def test_only_the_companys_admins_can_invite_or_withdraw(client, learner):
    company = CompanyFactory(admin=UserFactory())
    client.force_login(learner)
    response = _invite(client, company, "someone@example.org")
    assert response.status_code == 404
    assert not MemberInvitation.objects.exists()


def test_an_admin_can_send_a_limited_number_of_membership_invitations_a_day(
    client, attacker
):
    from payments.services.membership import MEMBER_INVITATIONS_PER_DAY

    for n in range(MEMBER_INVITATIONS_PER_DAY):
        _invite(client, attacker["company"], f"p{n}@example.org")
    response = _invite(client, attacker["company"], "one-too-many@example.org")
    assert response.status_code == 400
    assert "tomorrow" in response.content.decode()
    assert MemberInvitation.objects.count() == MEMBER_INVITATIONS_PER_DAY


def test_company_admins_are_reminded_only_of_courses_the_company_gave(
    site, course, learner, django_capture_on_commit_callbacks
):
    from courses.factories import course_with_lessons
    from lms import notifications

    given, _lessons = course_with_lessons(
        site["catalogue"], title="Gitt kurs", certificate_validity_months=12
    )
    private, _lessons = course_with_lessons(
        site["catalogue"], title="Eget kurs", certificate_validity_months=12
    )
    admin = UserFactory(email="hr@bygg.no", preferred_language="uk")
    company = CompanyFactory(admin=admin)
    seat_given(company=company, user=learner, course=given)
    with time_machine.travel("2026-03-01 12:00 +01:00", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=given, user=learner)
            finish_course(course=private, user=learner)
    mail.outbox.clear()
    with time_machine.travel("2026-12-31 07:00 +01:00", tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            notifications.refresher_reminders_send()
    to_admin = [m for m in mail.outbox if m.to == ["hr@bygg.no"]]
    assert len(to_admin) == 1
    assert to_admin[0].extra_headers["Content-Language"] == "uk"
    assert "Gitt kurs" in to_admin[0].body and "Eget kurs" not in to_admin[0].body
    assert len([m for m in mail.outbox if m.to == [learner.email]]) == 2


def test_admins_added_before_consent_existed_become_pending_invitations(learner):
    import importlib

    from django.apps import apps

    from lms.audit import audit_record

    admin = UserFactory()
    company = CompanyFactory(admin=admin)
    audit_record(actor=admin, action="company.created", target=company)
    CompanyMember.objects.create(company=company, user=learner, role="admin")
    audit_record(
        actor=admin, action="company.admin_added", target=company, user=learner.pk
    )
    migration = importlib.import_module(
        "payments.migrations.0003_admins_added_without_consent"
    )
    migration.forward(apps, None)
    assert not CompanyMember.objects.filter(user=learner).exists()
    assert CompanyMember.objects.filter(user=admin, role="admin").exists()
    invitation = MemberInvitation.objects.get(email=learner.email)
    assert invitation.status == "pending" and invitation.role == "admin"


def test_my_companies_page_lists_what_each_company_sees(client, course, learner):
    company = CompanyFactory(name="Bygg AS", admin=UserFactory())
    seat_given(company=company, user=learner, course=course)
    from lms import services

    services.enrolment_create(user=learner, course=course, source="seat")
    client.force_login(learner)
    body = client.get(reverse("payments:my_companies")).content.decode()
    assert "Bygg AS" in body and course.title in body
    assert reverse("payments:company_leave", args=[company.pk]) in body


@pytest.mark.parametrize("lang", ["nb", "nn", "uk"])
def test_the_join_page_is_translated(client, attacker, learner, lang):
    _invite(client, attacker["company"], learner.email)
    invitation = MemberInvitation.objects.get()
    client.logout()
    body = client.get(f"/{lang}/company/join/{invitation.token}/").content.decode()
    assert "The company sees your progress" not in body


def test_one_address_gets_few_membership_invitations_from_all_companies(client):
    from payments.services import membership

    sender = UserFactory(email="spammer@example.org")
    client.force_login(sender)
    for n in range(membership.MEMBER_INVITATIONS_PER_RECIPIENT_PER_DAY + 1):
        company = CompanyFactory(name=f"Spam {n} AS", admin=sender)
        response = _invite(client, company, "victim@example.org")
    # The last one is refused on the form, with the reason.
    assert "has been sent several invitations today" in response.content.decode()
    assert MemberInvitation.objects.filter(email="victim@example.org").count() == (
        membership.MEMBER_INVITATIONS_PER_RECIPIENT_PER_DAY
    )
