"""The company's training pages ask the database a fixed number of questions, however
many people the company has: a page of 50 people costs what a page of 5 costs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.factories import course_with_lessons
from lms.factories import UserFactory
from payments.factories import seats_bought
from payments.models import CompanyMember, MemberInvitation, PendingRole
from payments.services import roles as role_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(company, company_admin, site):
    course, _ = course_with_lessons(site["catalogue"], lessons=1, audience="verneombud")
    role = role_services.role_create(
        company=company, name="Verneombud", kind="verneombud", actor=company_admin
    )
    role_services.requirement_add(
        role=role,
        course=course,
        due_within_days=30,
        renew_every_months=None,
        actor=company_admin,
    )
    seats_bought(company=company, course=course, quantity=3)

    def add_people(n, start):
        for i in range(start, start + n):
            # Each round also leaves a newcomer's invitation waiting, with its role.
            invitation = MemberInvitation.objects.create(
                company=company, email=f"ny{i}@example.org", invited_by=company_admin
            )
            PendingRole.objects.create(invitation=invitation, role=role)
            member = CompanyMember.objects.create(
                company=company, user=UserFactory(email=f"p{i}@firma.example.org")
            )
            role_services.member_roles_set(
                membership=member, roles=[role], department=None, actor=company_admin
            )

    return add_people


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "page", ["payments:company_training", "payments:company_hours"]
)
def test_the_page_does_not_ask_more_with_more_people(
    company_admin_client, company, world, page
):
    url = reverse(page, args=[company.pk])
    world(5, 0)
    _queries(company_admin_client, url)  # the per-process caches (site, menus) warm
    few = _queries(company_admin_client, url)
    world(25, 5)
    many = _queries(company_admin_client, url)
    assert many == few
    assert few <= 40
