"""Stripe Checkout through the real SDK over HTTP against the local stand-in server.

Webhook signatures are made with Stripe's scheme and checked by the SDK's verifier.
"""

import io
import json
import time

import pytest
from django.core import mail
from django.urls import reverse

from lms.factories import UserFactory
from lms.models import AuditEvent
from lms.outbox import outbox_sweep
from payments.factories import DiscountCodeFactory
from payments.models import Order, WebhookEvent

from .helpers import url
from .stripe_helpers import buy, checkout, completed_event, enrolled

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_the_buy_button_sends_our_own_discounted_lines_to_stripe_checkout(
    logged_in, buyer, paid_course, stripe_stub
):
    DiscountCodeFactory(code="HMS2026", percent=25)
    order = checkout(logged_in, buyer, paid_course, stripe_stub, code="HMS2026")
    (request,) = stripe_stub.requests_to("POST", "/v1/checkout/sessions")
    params = request["params"]
    assert params["mode"] == "payment"
    assert params["metadata"]["order_id"] == str(order.pk)
    assert params["locale"] == "nb"
    assert params["customer_email"] == buyer.email
    (line,) = params["line_items"]
    assert line["quantity"] == "1"
    assert line["price_data"]["currency"] == "nok"
    assert line["price_data"]["unit_amount"] == "111750"  # 1 490 kr − 25 %
    assert line["price_data"]["product_data"]["name"] == paid_course.title
    assert request["headers"]["idempotency-key"]
    assert order.status == Order.Status.OPEN
    assert (order.total_ore, order.vat_ore) == (111750, 22350)
    assert not enrolled(buyer, paid_course).exists()


def test_the_learners_language_goes_to_checkout(
    logged_in, buyer, paid_course, stripe_stub
):
    buy(logged_in, paid_course, language="uk")
    (request,) = stripe_stub.requests_to("POST", "/v1/checkout/sessions")
    # Stripe Checkout has no Ukrainian: it follows the browser instead.
    assert request["params"]["locale"] == "auto"
    assert Order.objects.get(user=buyer).language == "uk"


def test_the_webhook_fulfils_exactly_once(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)
    first = stripe_stub.deliver(client, event)
    assert first.status_code == 200
    assert WebhookEvent.objects.get(event_id=event["id"]).outcome == "handled"
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.gateway == "stripe"
    assert order.payment_reference.startswith("pi_")
    assert enrolled(buyer, paid_course).count() == 1
    assert len(mail.outbox) == 1

    # Stripe redelivers the same event, twice.
    for _i in range(2):
        again = stripe_stub.deliver(client, event)
        assert again.status_code == 200
    assert WebhookEvent.objects.filter(event_id=event["id"]).count() == 1
    assert WebhookEvent.objects.get(event_id=event["id"]).attempts == 1
    # And the success redirect arrives late: nothing changes either.
    logged_in.get(
        reverse("payments:checkout_success", args=[order.public_id])
        + f"?session_id={order.stripe_session_id}"
    )
    assert enrolled(buyer, paid_course).count() == 1
    assert len(mail.outbox) == 1
    assert (
        AuditEvent.objects.filter(action="order.paid", object_id=str(order.pk)).count()
        == 1
    )


def test_the_success_redirect_fulfils_when_it_comes_first(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)
    response = logged_in.get(
        reverse("payments:checkout_success", args=[order.public_id])
        + f"?session_id={order.stripe_session_id}",
        follow=True,
    )
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    # The learner lands in the course (its first lesson).
    assert response.redirect_chain[-1][0] == paid_course.lessons[0].url
    webhook = stripe_stub.deliver(client, event)
    assert webhook.status_code == 200
    assert "Nothing to do" in WebhookEvent.objects.get(event_id=event["id"]).detail
    assert enrolled(buyer, paid_course).count() == 1
    assert len(mail.outbox) == 1


def test_an_unpaid_session_on_the_success_url_does_not_fulfil(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    response = logged_in.get(
        url("payments:checkout_success", order.public_id)
        + f"?session_id={order.stripe_session_id}",
        follow=True,
    )
    assert "Waiting for the payment" in response.content.decode()
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN


def test_the_receipt_shows_vat_per_line(
    logged_in, buyer, paid_course, stripe_stub, client
):
    DiscountCodeFactory(code="HMS2026", percent=25)
    order = checkout(logged_in, buyer, paid_course, stripe_stub, code="HMS2026")
    stripe_stub.deliver(client, completed_event(stripe_stub, order))
    (message,) = mail.outbox
    assert message.to == [buyer.email]
    assert order.number in message.subject
    text = message.body
    assert "1\xa0117,50\xa0kr" in text  # total incl. VAT
    assert "223,50\xa0kr" in text  # VAT 25 %
    assert "894\xa0kr" in text  # net
    assert "HMS2026" in text
    html = message.alternatives[0][0]
    assert "223,50" in html


@pytest.mark.parametrize(
    "spoil",
    ["tampered_body", "wrong_secret", "no_header", "stale"],
)
def test_bad_or_stale_signatures_are_refused_and_change_nothing(
    logged_in, buyer, paid_course, stripe_stub, client, spoil
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)
    url = "/payments/stripe/webhook/"
    if spoil == "tampered_body":
        forged = json.loads(json.dumps(event))
        forged["data"]["object"]["amount_total"] = 1
        response = stripe_stub.deliver(
            client, event, payload=json.dumps(forged).encode()
        )
    elif spoil == "wrong_secret":
        response = stripe_stub.deliver(client, event, secret="whsec_somebody_else")
    elif spoil == "no_header":
        response = client.post(
            url, data=json.dumps(event), content_type="application/json"
        )
    else:
        response = stripe_stub.deliver(client, event, timestamp=int(time.time()) - 301)
    assert response.status_code == 400
    assert WebhookEvent.objects.count() == 0
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    assert not enrolled(buyer, paid_course).exists()
    assert mail.outbox == []


def test_a_webhook_without_a_configured_secret_is_refused(
    logged_in, buyer, paid_course, stripe_stub, client, settings
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)
    settings.STRIPE_WEBHOOK_SECRET = ""
    assert stripe_stub.deliver(client, event).status_code == 400
    assert WebhookEvent.objects.count() == 0


def test_the_webhook_url_is_outside_the_language_prefix(stripe_stub, client):
    assert reverse("payments_webhook:stripe") == "/payments/stripe/webhook/"
    assert client.get("/payments/stripe/webhook/").status_code == 405


def test_an_expired_event_after_completion_changes_nothing(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    completed = completed_event(stripe_stub, order)
    stale_session = dict(
        stripe_stub.sessions[order.stripe_session_id], status="expired"
    )
    expired = stripe_stub.event(
        "checkout.session.expired", stale_session, created=completed["created"] - 10
    )
    stripe_stub.deliver(client, completed)
    assert stripe_stub.deliver(client, expired).status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert order.stripe_session_id == stale_session["id"]
    assert enrolled(buyer, paid_course).count() == 1


def test_a_cancelled_checkout_leaves_the_order_open_to_retry(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    session_url = stripe_stub.sessions[order.stripe_session_id]["url"]
    page = logged_in.get(url("payments:order_detail", order.public_id) + "?cancelled=1")
    assert "The payment was cancelled" in page.content.decode()
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    retry = logged_in.post(
        reverse("payments:order_pay", args=[order.public_id]), {"consent": "on"}
    )
    assert retry["Location"] == session_url  # same open session, same amount
    assert len(stripe_stub.requests_to("POST", "/v1/checkout/sessions")) == 1
    # Clicking "Buy" again reuses the open order instead of making another one.
    buy(logged_in, paid_course)
    assert Order.objects.filter(user=buyer).count() == 1


def test_a_changed_price_expires_the_old_session(
    logged_in, buyer, paid_course, stripe_stub
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    old = order.stripe_session_id
    DiscountCodeFactory(code="HMS2026", percent=25)
    logged_in.post(
        reverse("payments:order_code", args=[order.public_id]), {"code": "HMS2026"}
    )
    logged_in.post(
        reverse("payments:order_pay", args=[order.public_id]), {"consent": "on"}
    )
    order.refresh_from_db()
    assert order.stripe_session_id != old
    assert stripe_stub.sessions[old]["status"] == "expired"
    assert stripe_stub.sessions[order.stripe_session_id]["amount_total"] == 111750


def test_an_expired_session_leaves_the_order_open(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    session = stripe_stub.session_expire_now(order.stripe_session_id)
    response = stripe_stub.deliver(
        client, stripe_stub.event("checkout.session.expired", session)
    )
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN and order.stripe_session_id == ""
    logged_in.post(
        reverse("payments:order_pay", args=[order.public_id]), {"consent": "on"}
    )
    order.refresh_from_db()
    assert order.stripe_session_id and order.stripe_session_id != session["id"]


def test_a_paid_amount_that_differs_from_the_order_is_not_fulfilled(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    session = stripe_stub.session_pay(order.stripe_session_id)
    session["amount_total"] = 100
    event = stripe_stub.event("checkout.session.completed", session)
    response = stripe_stub.deliver(client, event)
    assert response.status_code == 200  # stored; handling it is refused
    stored = WebhookEvent.objects.get(event_id=event["id"])
    assert stored.outcome == "failed" and "paid 100" in stored.detail
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN


def test_events_we_do_not_handle_or_do_not_own_are_stored_and_ignored(
    stripe_stub, client, db
):
    other = stripe_stub.event("customer.created", {"id": "cus_1", "object": "customer"})
    foreign = stripe_stub.event(
        "checkout.session.completed",
        {
            "id": "cs_x",
            "object": "checkout.session",
            "metadata": {},
            "payment_status": "paid",
        },
    )
    for event in (other, foreign):
        response = stripe_stub.deliver(client, event)
        assert response.status_code == 200
        assert WebhookEvent.objects.get(event_id=event["id"]).outcome == "ignored"
    assert WebhookEvent.objects.count() == 2


def test_another_buyer_cannot_see_or_pay_an_order(
    logged_in, buyer, paid_course, stripe_stub, client
):
    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    client.force_login(UserFactory())
    assert (
        client.get(reverse("payments:order_detail", args=[order.public_id])).status_code
        == 404
    )
    assert (
        client.post(
            reverse("payments:order_pay", args=[order.public_id]), {"consent": "on"}
        ).status_code
        == 404
    )


def test_an_event_signed_for_the_future_is_refused(stripe_stub, client, db):
    event = stripe_stub.event("customer.created", {"id": "cus_1", "object": "customer"})
    response = stripe_stub.deliver(client, event, timestamp=int(time.time()) + 3600)
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()


def test_the_webhook_answers_once_stored_and_fulfils_from_the_stored_event(
    logged_in, buyer, paid_course, stripe_stub, client, settings, monkeypatch
):
    """With the worker's broker down, Stripe still gets its 200 and the order is
    fulfilled from our stored copy when the sweep runs."""

    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    event = completed_event(stripe_stub, order)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setattr("celery.app.base.Celery.send_task", broker_down)
    assert stripe_stub.deliver(client, event).status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    assert WebhookEvent.objects.get(event_id=event["id"]).outcome == "received"
    assert outbox_sweep() == 1
    order.refresh_from_db()
    assert order.status == Order.Status.PAID


def test_reconcile_fulfils_a_paid_order_whose_event_never_came(
    logged_in, buyer, paid_course, stripe_stub
):
    from django.core.management import call_command

    order = checkout(logged_in, buyer, paid_course, stripe_stub)
    stripe_stub.session_pay(order.stripe_session_id)  # paid, but no webhook arrives
    unpaid = Order.objects.get(pk=order.pk)
    assert unpaid.status == Order.Status.OPEN
    out = io.StringIO()
    call_command("stripe_reconcile", "--since", "3d", stdout=out)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.gateway == "stripe"
    assert "1 missed order(s) fulfilled" in out.getvalue()
    assert enrolled(buyer, paid_course).count() == 1
    # A second run finds nothing more to do.
    call_command("stripe_reconcile", "--since", "3d", stdout=out)
    assert enrolled(buyer, paid_course).count() == 1
    assert (
        AuditEvent.objects.filter(action="order.paid", object_id=str(order.pk)).count()
        == 1
    )
