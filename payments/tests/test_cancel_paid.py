"""Cancelling an order that was paid meanwhile (another tab) does not claim to cancel it."""

import pytest
from django.urls import reverse

from payments.models import Order

from .helpers import in_language, order_for, pay_dev

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_cancel_on_a_paid_order_says_it_is_closed(
    logged_in, buyer, paid_course, dev_mode
):
    order = order_for(buyer, paid_course)
    pay_dev(order)  # paid in another tab
    response = logged_in.post(
        reverse("payments:order_cancel", args=[order.public_id]), follow=True
    )
    page = response.content.decode()
    assert in_language("The order has been cancelled.", "en") not in page
    assert in_language("This order is already closed.", "en") in page
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
