"""Refunds through Stripe: from the admin or Stripe's dashboard, in either order with
the payment, and access withdrawn once (real SDK, local stand-in, real signatures)."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from lms.models import AuditEvent, Enrolment
from lms.outbox import outbox_sweep
from payments.models import Order, WebhookEvent

from .stripe_helpers import checkout, completed_event, enrolled

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_completion_after_a_refund_does_not_enrol_again(
    logged_in, buyer, paid_course, stripe_stub, client, admin_client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    completed = completed_event(stripe_stub, order)
    logged_in.get(
        reverse("payments:checkout_success", args=[order.public_id])
        + f"?session_id={order.stripe_session_id}"
    )
    admin_client.post(
        reverse("payments_admin:order_refund", args=[order.pk]), {"reason": "Angret"}
    )
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED
    # The completed event arrives late (out of order).
    assert stripe_stub.deliver(client, completed).status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED
    assert not enrolled(buyer, paid_course).exists()


def test_a_refund_event_before_the_payment_event_is_retried_until_it_fits(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    completed = completed_event(stripe_stub, order)
    Order.objects.filter(pk=order.pk).update(
        payment_reference=completed["data"]["object"]["payment_intent"]
    )
    refunded = stripe_stub.event(
        "charge.refunded", stripe_stub.charge_refunded(order.stripe_session_id)
    )
    early = stripe_stub.deliver(client, refunded)
    # Stored and acknowledged; handling it waits for the payment (outbox retry).
    assert early.status_code == 200
    assert WebhookEvent.objects.get(event_id=refunded["id"]).outcome == "failed"
    stripe_stub.deliver(client, completed)
    assert enrolled(buyer, paid_course).exists()
    with time_machine.travel(datetime.timedelta(minutes=2)):
        assert outbox_sweep() == 1  # the stored refund, tried again from our copy
    # Stripe redelivering it later changes nothing more.
    assert stripe_stub.deliver(client, refunded).status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED
    assert not enrolled(buyer, paid_course).exists()
    assert WebhookEvent.objects.get(event_id=refunded["id"]).attempts == 2


def test_refund_from_the_admin_calls_stripe_and_withdraws_access(
    logged_in, buyer, paid_course, stripe_stub, client, admin_client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    stripe_stub.deliver(client, completed_event(stripe_stub, order))
    order.refresh_from_db()
    response = admin_client.post(
        reverse("payments_admin:order_refund", args=[order.pk]),
        {"reason": "Kunden angret"},
    )
    assert response.status_code == 302
    (refund_request,) = stripe_stub.requests_to("POST", "/v1/refunds")
    assert refund_request["params"]["payment_intent"] == order.payment_reference
    assert refund_request["params"]["amount"] == str(order.total_ore)
    assert refund_request["headers"]["idempotency-key"] == f"refund-order-{order.pk}"
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED
    assert order.refund_reference.startswith("re_")
    enrolment = Enrolment.objects.get(
        user=buyer, course_key=paid_course.translation_key
    )
    assert enrolment.status == Enrolment.Status.WITHDRAWN
    assert AuditEvent.objects.filter(
        action="order.refunded", object_id=str(order.pk)
    ).exists()
    # The course page no longer opens the lessons.
    lesson = logged_in.get(paid_course.lessons[0].url)
    assert lesson.status_code == 302
    # A second refund is refused and Stripe is not asked again.
    admin_client.post(
        reverse("payments_admin:order_refund", args=[order.pk]), {"reason": "x"}
    )
    assert len(stripe_stub.requests_to("POST", "/v1/refunds")) == 1


def test_a_refund_in_the_stripe_dashboard_withdraws_access(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    stripe_stub.deliver(client, completed_event(stripe_stub, order))
    charge = stripe_stub.charge_refunded(order.stripe_session_id)
    response = stripe_stub.deliver(client, stripe_stub.event("charge.refunded", charge))
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.REFUNDED
    assert not enrolled(buyer, paid_course).exists()
