"""Invitation input longer than the database columns is reported, never a server error.

An e-mail address may be up to 320 characters by Django's validator, but the column
holds 254; a name from a spreadsheet may be longer than the 200 the column holds. On
PostgreSQL either one used to end in "value too long" (HTTP 500) instead of a report.
"""

import pytest
from django.urls import reverse

from payments.exceptions import SeatError
from payments.models import SeatInvitation
from payments.products import Product
from payments.services import invitations

from .helpers import product_key, seats_bought, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]

LONG_EMAIL = "a" * 64 + "@" + ("b" * 60 + ".") * 3 + "example.org"  # 259 characters


@pytest.fixture
def admin_client(client, company_admin):
    client.force_login(company_admin)
    return client


def test_a_csv_row_with_an_over_long_address_is_reported(
    admin_client, company, company_admin, paid_course
):
    assert len(LONG_EMAIL) > 254
    seats_bought(company, paid_course, 3, company_admin)
    response = upload(
        admin_client,
        company,
        paid_course,
        f"email,name\nok@example.org,Ok\n{LONG_EMAIL},Long\n",
    )
    assert response.status_code == 400
    assert f"“{LONG_EMAIL}” is not a valid e-mail address." in response.content.decode()
    assert not SeatInvitation.objects.exists()


def test_an_over_long_address_is_refused_when_inviting_one(
    admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    with pytest.raises(SeatError):
        invitations.seat_invite(
            company=company,
            product=Product(course=paid_course),
            email=LONG_EMAIL,
            actor=company_admin,
        )
    response = admin_client.post(
        reverse("payments:company_invite", args=[company.pk]),
        {"product": product_key(paid_course), "email": LONG_EMAIL},
    )
    assert response.status_code == 400
    assert not SeatInvitation.objects.exists()


def test_an_over_long_name_in_a_csv_is_shortened_to_fit(
    admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 1, company_admin)
    name = "Ola " + "Nordmann-" * 30
    response = upload(
        admin_client, company, paid_course, f"email,name\nola@example.org,{name}\n"
    )
    assert response.status_code == 302
    stored = SeatInvitation.objects.get().name
    assert len(stored) <= 200 and name.startswith(stored)
