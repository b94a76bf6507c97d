"""Inviting employees to seats from a CSV file: everyone in one go, or nobody when a
row is wrong or the seats do not reach."""

import pytest
from django.core import mail

from payments.models import Seat, SeatInvitation
from payments.products import Product
from payments.services import invitations

from .helpers import seats_bought, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_csv_invites_everyone(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 3, company_admin)
    mail.outbox.clear()
    response = upload(
        company_admin_client,
        company,
        paid_course,
        "E-post;Navn\nola@example.org;Ola Nordmann\nkari@example.org;Kari Nordmann\n"
        "\nper@example.org;Per Ås\n",
        encoding="cp1252",
    )
    assert response.status_code == 302
    assert SeatInvitation.objects.count() == 3
    assert {m.to[0] for m in mail.outbox} == {
        "ola@example.org",
        "kari@example.org",
        "per@example.org",
    }
    assert SeatInvitation.objects.get(email="per@example.org").name == "Per Ås"


def test_a_csv_with_bad_rows_imports_nothing_and_reports_each_row(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 5, company_admin)
    invitations.seat_invite(
        company=company,
        product=Product(course=paid_course),
        email="taken@example.org",
        actor=company_admin,
    )
    mail.outbox.clear()
    response = upload(
        company_admin_client,
        company,
        paid_course,
        "email,name\n"
        "good@example.org,Good\n"
        "not-an-address,Bad\n"
        "good@example.org,Twice\n"
        ",Nobody\n"
        "taken@example.org,Taken\n",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page
    assert "“not-an-address” is not a valid e-mail address." in page
    assert "This address is also on row 2." in page
    assert "The e-mail address is missing." in page
    assert "taken@example.org already has an invitation waiting" in page
    assert SeatInvitation.objects.count() == 1  # only the earlier one
    assert mail.outbox == []


def test_a_csv_with_more_people_than_free_seats_imports_nothing(
    company_admin_client, company, company_admin, paid_course
):
    seats_bought(company, paid_course, 2, company_admin)
    response = upload(
        company_admin_client,
        company,
        paid_course,
        "a@example.org\nb@example.org\nc@example.org\n",
    )
    assert (
        "The file has 3 people but only 2 seats are free." in response.content.decode()
    )
    assert not SeatInvitation.objects.exists()
    assert Seat.objects.filter(status="free").count() == 2
