"""A seat is never given twice, with real threads racing on PostgreSQL.

Run with ``make test-postgres`` (skipped on SQLite, which has no row locks).
"""

import threading

import pytest
from django.db import connection

from lms.factories import UserFactory
from lms.models import Enrolment
from payments.exceptions import SeatError
from payments.models import Seat, SeatInvitation
from payments.products import Product
from payments.services import companies as company_services
from payments.services import invitations
from payments.services import orders as order_services

from .helpers import pay_dev

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("the seat race needs PostgreSQL (make test-postgres)")


def race(callables):
    """Start every callable at the same moment, each on its own thread/connection."""
    barrier = threading.Barrier(len(callables))
    results = [None] * len(callables)

    def run(index, fn):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            results[index] = fn()
        except SeatError as error:
            results[index] = error
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(callables)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def ten_seats_five_left(company, company_admin, paid_course):
    order = order_services.order_create(
        user=company_admin,
        product=Product(course=paid_course),
        quantity=10,
        company=company,
    )
    pay_dev(order)
    product = Product(course=paid_course)
    for _i in range(5):
        company_services.seat_claim(
            company=company, product=product, user=UserFactory()
        )
    assert Seat.objects.filter(company=company, status="free").count() == 5
    return product


def test_20_concurrent_redemptions_of_the_last_5_seats_give_exactly_5(
    company, paid_course, ten_seats_five_left
):
    users = [UserFactory() for _i in range(20)]
    results = race(
        [
            (
                lambda user=user: company_services.seat_claim(
                    company=company, product=ten_seats_five_left, user=user
                )
            )
            for user in users
        ]
    )
    won = [r for r in results if isinstance(r, Seat)]
    refused = [r for r in results if isinstance(r, SeatError)]
    assert (len(won), len(refused)) == (5, 15)
    assert len({seat.pk for seat in won}) == 5
    racers = Enrolment.objects.filter(
        user__in=users, course_key=paid_course.translation_key
    )
    assert racers.count() == 5
    assert Seat.objects.filter(company=company, status="used").count() == 10
    assert Seat.objects.filter(company=company, status="free").count() == 0


def test_20_concurrent_acceptances_of_5_invitations_give_exactly_5(
    company, company_admin, paid_course, ten_seats_five_left
):
    sent = [
        invitations.seat_invite(
            company=company,
            product=ten_seats_five_left,
            email=f"invited{i}@example.org",
            actor=company_admin,
        )
        for i in range(5)
    ]
    # Each link forwarded to four people who all click at once.
    users = [UserFactory() for _i in range(20)]
    results = race(
        [
            (
                lambda user=user, token=sent[i % 5].token: (
                    invitations.seat_invitation_accept(token=token, user=user)
                )
            )
            for i, user in enumerate(users)
        ]
    )
    assert sum(isinstance(r, Seat) for r in results) == 5
    assert (
        Enrolment.objects.filter(
            user__in=users, course_key=paid_course.translation_key
        ).count()
        == 5
    )
    assert SeatInvitation.objects.filter(status="accepted").count() == 5


def test_20_concurrent_invitations_for_the_last_5_seats(
    company, company_admin, ten_seats_five_left
):
    results = race(
        [
            (
                lambda i=i: invitations.seat_invite(
                    company=company,
                    product=ten_seats_five_left,
                    email=f"racer{i}@example.org",
                    actor=company_admin,
                )
            )
            for i in range(20)
        ]
    )
    assert sum(isinstance(r, SeatInvitation) for r in results) == 5
    assert SeatInvitation.objects.filter(status="pending").count() == 5
    assert Seat.objects.filter(company=company, status="invited").count() == 5
