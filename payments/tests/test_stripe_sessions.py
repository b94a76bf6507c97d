"""An open Stripe Checkout page never takes money for an order we no longer expect.

When the buyer cancels an order, or its price changes (a code put on or taken off), the
Checkout Session made for it is expired at once; and money that Stripe did take for a
cancelled order (paid a moment before the cancel) still gives the buyer the course.
"""

import pytest
from django.urls import reverse

from payments.factories import DiscountCodeFactory
from payments.models import Order

from .stripe_helpers import checkout, completed_event, enrolled

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_cancelling_an_order_expires_its_checkout_session(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    session_id = order.stripe_session_id
    logged_in.post(reverse("payments:order_cancel", args=[order.public_id]))
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED
    assert stripe_stub.sessions[session_id]["status"] == "expired"


def test_a_payment_that_beat_the_cancel_still_gives_the_course(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)  # paid on Stripe's page …
    logged_in.post(reverse("payments:order_cancel", args=[order.public_id]))
    response = stripe_stub.deliver(client, event)  # … and the event comes after
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert order.payment_reference.startswith("pi_")
    assert enrolled(buyer, paid_course).exists()


def test_a_new_price_expires_the_checkout_session_made_for_the_old_one(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    full_price = order.stripe_session_id
    DiscountCodeFactory(code="HMS2026", percent=25)
    logged_in.post(
        reverse("payments:order_code", args=[order.public_id]), {"code": "HMS2026"}
    )
    # The Stripe tab still open at the full price can no longer be paid.
    assert stripe_stub.sessions[full_price]["status"] == "expired"
    order.refresh_from_db()
    logged_in.post(
        reverse("payments:order_pay", args=[order.public_id]), {"consent": "on"}
    )
    order.refresh_from_db()
    discounted = order.stripe_session_id
    assert stripe_stub.sessions[discounted]["amount_total"] == 111750
    logged_in.post(reverse("payments:order_code_remove", args=[order.public_id]))
    assert stripe_stub.sessions[discounted]["status"] == "expired"


def test_the_same_price_keeps_the_open_checkout_session(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    session_id = order.stripe_session_id
    # Clicking "Buy" again reprices the same order without changing its price.
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]),
        {"consent": "on", "code": ""},
    )
    assert response["Location"] == stripe_stub.sessions[session_id]["url"]
    assert stripe_stub.sessions[session_id]["status"] == "open"
