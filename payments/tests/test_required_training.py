"""Required training by role: roles and their courses, assignment with due dates (one
by one and from a roles file), reminders before and after the due date, the
manager's "remind", and department managers who see their own people only."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from courses.factories import course_with_lessons
from lms.factories import UserFactory
from lms.models import Enrolment
from lms.tests.certificate_helpers import finish_course
from payments.factories import seats_bought
from payments.models import (
    CompanyMember,
    CompanyRole,
    Department,
    MemberInvitation,
    TrainingAssignment,
)
from payments.services import roles as role_services
from payments.services.training_reminders import training_reminders_send

pytestmark = pytest.mark.django_db

DAY = date(2027, 3, 1)


@pytest.fixture
def two_courses(site):
    first, _ = course_with_lessons(site["catalogue"], lessons=2, title="Verneombud")
    second, _ = course_with_lessons(site["catalogue"], lessons=2, title="Førstehjelp")
    return first, second


@pytest.fixture
def verneombud_role(company, company_admin, two_courses):
    first, second = two_courses
    role = role_services.role_create(
        company=company, name="Verneombud", kind="verneombud", actor=company_admin
    )
    role_services.requirement_add(
        role=role,
        course=first,
        due_within_days=30,
        renew_every_months=None,
        actor=company_admin,
    )
    role_services.requirement_add(
        role=role,
        course=second,
        due_within_days=14,
        renew_every_months=24,
        actor=company_admin,
    )
    return role


def _member(company, email, **user_fields):
    user = UserFactory(email=email, **user_fields)
    return CompanyMember.objects.create(company=company, user=user)


def _csv(client, company, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("roller.csv", text.encode("utf-8"), "text/csv")
    return client.post(
        reverse("payments:roles_csv_import", args=[company.pk]), {"file": upload}
    )


def test_a_roles_file_gives_a_new_employee_both_courses_with_due_dates_on_accepting(
    company_admin_client, company, verneombud_role, two_courses, run_on_commit, client
):
    first, second = two_courses
    seats_bought(company=company, course=first, quantity=1)
    seats_bought(company=company, course=second, quantity=1)
    with time_machine.travel(DAY, tick=False):
        company_admin_client.force_login(company.memberships.get().user)
        response = _csv(
            company_admin_client,
            company,
            "e-post;rolle\nny.ansatt@example.org;Verneombud\n",
        )
    assert response.status_code == 302
    invitation = MemberInvitation.objects.get(email="ny.ansatt@example.org")
    assert [m.subject for m in mail.outbox if "ny.ansatt" in m.to[0]]
    # Nothing is assigned before the person says yes.
    assert not TrainingAssignment.objects.exists()

    newcomer = UserFactory(email="ny.ansatt@example.org")
    joined = DAY + timedelta(days=2)
    with time_machine.travel(joined, tick=False):
        client.force_login(newcomer)
        client.post(reverse("payments:join_accept", args=[invitation.token]))

    due = {
        a.course_key: a.due_on
        for a in TrainingAssignment.objects.filter(user=newcomer, company=company)
    }
    assert due == {
        first.translation_key: joined + timedelta(days=30),
        second.translation_key: joined + timedelta(days=14),
    }
    # Each came with one of the company's seats, so the courses are on their page.
    assert set(
        Enrolment.objects.filter(user=newcomer).values_list("course_key", flat=True)
    ) == {first.translation_key, second.translation_key}


def test_reminders_come_on_their_days_once_each_in_the_employees_language(
    company,
    company_admin,
    verneombud_role,
    two_courses,
    django_capture_on_commit_callbacks,
):
    first, second = two_courses
    seats_bought(company=company, course=first, quantity=1)
    seats_bought(company=company, course=second, quantity=1)
    member = _member(company, "vo@example.org", preferred_language="nn")
    with time_machine.travel(DAY, tick=False):
        role_services.member_roles_set(
            membership=member,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
    mail.outbox.clear()
    # The second course is due 14 days after DAY: before 7 days, after 1 and 14 days.
    sent = {}
    for offset in range(0, 40):
        today = DAY + timedelta(days=offset)
        with django_capture_on_commit_callbacks(execute=True):
            count = training_reminders_send(today=today)
        if count:
            sent[offset] = count
    # 14 − 7 = day 7 and 30 − 7 = day 23 (before); 15 and 28 (after 1 and 14 days
    # of the 14-day course); 31 (1 day after the 30-day course).
    assert sent == {7: 1, 15: 1, 23: 1, 28: 1, 31: 1}
    assert len(mail.outbox) == 5
    assert all(m.to == ["vo@example.org"] for m in mail.outbox)
    assert all(m.extra_headers["Content-Language"] == "nn" for m in mail.outbox)


def test_a_completed_course_is_valid_and_gets_no_more_reminders(
    company,
    company_admin,
    verneombud_role,
    two_courses,
    django_capture_on_commit_callbacks,
    company_admin_client,
):
    first, second = two_courses
    seats_bought(company=company, course=first, quantity=1)
    seats_bought(company=company, course=second, quantity=1)
    member = _member(company, "ferdig@example.org")
    with time_machine.travel(DAY, tick=False):
        role_services.member_roles_set(
            membership=member,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
        enrolment = Enrolment.objects.get(
            user=member.user, course_key=second.translation_key
        )
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(course=second, user=member.user, enrolment=enrolment)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        training_reminders_send(today=DAY + timedelta(days=15))
    assert mail.outbox == []  # only the other course's "before" is not due yet
    with time_machine.travel(DAY + timedelta(days=15), tick=False):
        company_admin_client.force_login(company_admin)
        page = company_admin_client.get(
            reverse("payments:company_training", args=[company.pk])
        ).content.decode()
    assert "Valid" in page and "Førstehjelp" in page
    assert "due " in page  # the first course, not yet late


def test_a_department_manager_sees_and_reminds_only_their_department(
    client,
    company,
    company_admin,
    verneombud_role,
    two_courses,
    django_capture_on_commit_callbacks,
):
    lager = role_services.department_create(
        company=company, name="Lager", actor=company_admin
    )
    verksted = role_services.department_create(
        company=company, name="Verksted", actor=company_admin
    )
    manager = _member(company, "leder.lager@example.org")
    mine = _member(company, "min.ansatt@example.org")
    theirs = _member(company, "annen.avdeling@example.org")
    role_services.department_managers_set(
        department=lager, user_ids=[manager.user_id], actor=company_admin
    )
    with time_machine.travel(DAY, tick=False):
        for member, department in ((mine, lager), (theirs, verksted), (manager, lager)):
            role_services.member_roles_set(
                membership=member,
                roles=[verneombud_role],
                department=department,
                actor=company_admin,
            )
    late = DAY + timedelta(days=40)
    with time_machine.travel(late, tick=False):
        client.force_login(manager.user)
        page = client.get(reverse("payments:company_training", args=[company.pk]))
        assert page.status_code == 200
        assert "min.ansatt@example.org" in page.content.decode()
        assert "annen.avdeling@example.org" not in page.content.decode()
        other = client.post(
            reverse("payments:training_remind", args=[company.pk, theirs.pk])
        )
        assert other.status_code == 404
        assert (
            client.get(reverse("payments:company_roles", args=[company.pk])).status_code
            == 404
        )
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("payments:training_remind_overdue", args=[company.pk]))
    assert sorted(m.to[0] for m in mail.outbox) == [
        "leder.lager@example.org",
        "min.ansatt@example.org",
    ]
    # An employee who manages nothing sees nothing.
    client.force_login(theirs.user)
    assert (
        client.get(reverse("payments:company_training", args=[company.pk])).status_code
        == 404
    )


def test_remind_sends_one_email_a_day_and_says_so(
    company_admin_client,
    company,
    company_admin,
    verneombud_role,
    django_capture_on_commit_callbacks,
):
    member = _member(company, "glemsk@example.org")
    with time_machine.travel(DAY, tick=False):
        role_services.member_roles_set(
            membership=member,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
    url = reverse("payments:training_remind", args=[company.pk, member.pk])
    with time_machine.travel(DAY + timedelta(days=3), tick=False):
        company_admin_client.force_login(company_admin)
        with django_capture_on_commit_callbacks(execute=True):
            company_admin_client.post(url)
            again = company_admin_client.post(url, follow=True)
    assert len([m for m in mail.outbox if m.to == ["glemsk@example.org"]]) == 1
    assert "already been reminded today" in again.content.decode()


def test_without_free_seats_the_manager_is_told_what_to_buy_and_can_fill_later(
    company_admin_client, company, company_admin, verneombud_role, two_courses
):
    first, _second = two_courses
    member = _member(company, "venter@example.org")
    role_services.member_roles_set(
        membership=member, roles=[verneombud_role], department=None, actor=company_admin
    )
    assert not TrainingAssignment.objects.filter(seat__isnull=False).exists()
    url = reverse("payments:company_training", args=[company.pk])
    page = company_admin_client.get(url).content.decode()
    assert "waiting for a seat" in page and "Verneombud: 1 person" in page
    seats_bought(company=company, course=first, quantity=1)
    company_admin_client.post(
        reverse("payments:training_seats_fill", args=[company.pk])
    )
    assignment = TrainingAssignment.objects.get(
        user=member.user, course_key=first.translation_key
    )
    assert assignment.seat.holder == member.user


def test_a_wrong_requirement_comes_back_with_what_was_typed(
    company_admin_client, company, verneombud_role, two_courses
):
    first, _ = two_courses
    response = company_admin_client.post(
        reverse("payments:requirement_add", args=[company.pk, verneombud_role.pk]),
        {"course": first.pk, "due_within_days": "9999", "renew_every_months": "7"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="9999"' in html and 'value="7"' in html
    assert "less than or equal to 730" in html


def test_a_roles_file_with_an_unknown_role_changes_nothing(
    company_admin_client, company, verneombud_role
):
    member = _member(company, "kjent@example.org")
    response = _csv(
        company_admin_client,
        company,
        "email,role\nkjent@example.org,Verneombud\nny@example.org,Sjef for alt\n",
    )
    assert response.status_code == 400
    assert "There is no role called “Sjef for alt”" in response.content.decode()
    assert not member.hms_roles.exists()
    assert not MemberInvitation.objects.exists()


def test_removing_a_requirement_removes_it_from_the_people_holding_the_role(
    company, company_admin, verneombud_role, two_courses
):
    member = _member(company, "fjernes@example.org")
    role_services.member_roles_set(
        membership=member, roles=[verneombud_role], department=None, actor=company_admin
    )
    assert TrainingAssignment.objects.filter(user=member.user).count() == 2
    requirement = verneombud_role.requirements.first()
    role_services.requirement_remove(requirement=requirement, actor=company_admin)
    assert TrainingAssignment.objects.filter(user=member.user).count() == 1


def test_the_usual_roles_are_added_once(company_admin_client, company):
    url = reverse("payments:roles_defaults", args=[company.pk])
    company_admin_client.post(url)
    company_admin_client.post(url)
    kinds = sorted(
        CompanyRole.objects.filter(company=company).values_list("kind", flat=True)
    )
    assert kinds == ["amu", "leader", "leader", "verneombud", "worker"]
    assert not Department.objects.exists()


def test_the_employee_sees_what_is_required_and_by_when_on_their_page(
    client, company, company_admin, verneombud_role, two_courses
):
    member = _member(company, "ansatt@example.org")
    with time_machine.travel(DAY, tick=False):
        role_services.member_roles_set(
            membership=member,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
        client.force_login(member.user)
        page = client.get(reverse("lms:dashboard")).content.decode()
    assert "Required by your company" in page
    assert "Førstehjelp" in page and "due by" in page
    with time_machine.travel(DAY, tick=False):
        client.force_login(UserFactory(email="alene2@example.org"))
        alone = client.get(reverse("lms:dashboard")).content.decode()
    assert "Required by your company" not in alone


def test_a_roles_file_can_invite_more_newcomers_than_the_one_by_one_form_allows(
    company_admin_client, company, verneombud_role, run_on_commit
):
    rows = "\n".join(f"ny{i}@example.org;Verneombud" for i in range(25))
    response = _csv(company_admin_client, company, f"e-post;rolle\n{rows}\n")
    assert response.status_code == 302
    assert MemberInvitation.objects.filter(company=company).count() == 25


def test_the_filters_show_who_is_overdue_and_who_waits_for_a_seat(
    company_admin_client, company, company_admin, verneombud_role, two_courses
):
    first, second = two_courses
    seats_bought(company=company, course=first, quantity=1)
    seats_bought(company=company, course=second, quantity=1)
    early = _member(company, "tidlig@example.org")
    late = _member(company, "sen@example.org")
    with time_machine.travel(DAY - timedelta(days=40), tick=False):
        role_services.member_roles_set(
            membership=early,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
    with time_machine.travel(DAY, tick=False):
        role_services.member_roles_set(
            membership=late,
            roles=[verneombud_role],
            department=None,
            actor=company_admin,
        )
        company_admin_client.force_login(company_admin)
        url = reverse("payments:company_training", args=[company.pk])
        overdue = company_admin_client.get(url, {"filter": "overdue"}).content.decode()
        waiting = company_admin_client.get(url, {"filter": "no_seat"}).content.decode()
    # The first person took the only seats; the second waits, and is not yet late.
    assert "tidlig@example.org" in overdue and "sen@example.org" not in overdue
    assert "sen@example.org" in waiting and "tidlig@example.org" not in waiting
