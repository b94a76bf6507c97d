"""A code's total uses count seats: a single-use licence code is one free seat, not 500."""

import pytest
from django.utils import translation

from payments.exceptions import CodeRefused
from payments.factories import DiscountCodeFactory
from payments.models import Order, Seat
from payments.products import Product
from payments.services import orders as order_services

from .helpers import pay_dev

pytestmark = pytest.mark.django_db


def seat_order(company, admin, course, quantity):
    return order_services.order_create(
        user=admin, product=Product(course=course), quantity=quantity, company=company
    )


def test_a_single_use_licence_code_does_not_make_many_seats_free(
    company, company_admin, paid_course
):
    DiscountCodeFactory(code="LICENCE1", percent=100, max_uses=1)
    order = seat_order(company, company_admin, paid_course, 500)
    with translation.override("en"), pytest.raises(CodeRefused) as info:
        order_services.order_code_apply(
            order=order, code_text="LICENCE1", count_attempt=False
        )
    assert info.value.reason == "too_few_uses"
    assert str(info.value) == (
        "Seats left on this code: 1. Choose fewer seats or buy without the code."
    )
    order.refresh_from_db()
    assert order.code is None and order.total_ore == 500 * 149000


def test_seats_bought_with_a_code_use_up_that_many_of_its_uses(
    company, company_admin, paid_course
):
    DiscountCodeFactory(code="TEAM5", percent=100, max_uses=5, max_uses_per_user=None)
    first = seat_order(company, company_admin, paid_course, 3)
    order_services.order_code_apply(order=first, code_text="TEAM5", count_attempt=False)
    first.refresh_from_db()
    assert first.total_ore == 0
    pay_dev(first)
    second = seat_order(company, company_admin, paid_course, 3)
    with translation.override("en"), pytest.raises(CodeRefused) as info:
        order_services.order_code_apply(
            order=second, code_text="TEAM5", count_attempt=False
        )
    assert info.value.reason == "too_few_uses" and "left on this code: 2." in str(
        info.value
    )
    second = seat_order(company, company_admin, paid_course, 2)
    order_services.order_code_apply(
        order=second, code_text="TEAM5", count_attempt=False
    )
    second.refresh_from_db()
    assert second.total_ore == 0
    pay_dev(second)
    assert Seat.objects.filter(company=company).count() == 5
    assert Order.objects.filter(company=company, status="paid").count() == 2
    third = seat_order(company, company_admin, paid_course, 1)
    with translation.override("en"), pytest.raises(CodeRefused) as info:
        order_services.order_code_apply(
            order=third, code_text="TEAM5", count_attempt=False
        )
    assert info.value.reason == "used_up"
