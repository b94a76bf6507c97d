"""Stripe webhooks: verify, store each event once, dispatch by type, record the outcome."""

from __future__ import annotations

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from lms.outbox import outbox_enqueue

from .. import stripe_client
from ..exceptions import PaymentError, RetryLater
from ..models import Order, WebhookEvent
from .fulfilment import order_fulfil, order_refund_recorded

logger = logging.getLogger(__name__)


def webhook_receive(*, payload: bytes, signature: str) -> WebhookEvent:
    """Verify the signature (raises SignatureError, nothing stored), store the event
    once and record the job that handles it, then answer at once.

    Stripe gets its 200 as soon as the event is safely in our database; fulfilment runs
    from the stored event (the outbox), so a slow or failing handler never makes Stripe
    give up on an event, and a database that was down simply gets the redelivery.
    """
    event = stripe_client.webhook_event_construct(payload=payload, signature=signature)
    with transaction.atomic():
        stored, created = _store(event)
        if created or (
            stored.outcome == WebhookEvent.Outcome.FAILED
            and not _processing_waits(stored.event_id)
        ):
            outbox_enqueue(
                job="payments.webhook_event", payload={"event_id": stored.event_id}
            )
    return stored


def _store(event: dict) -> tuple[WebhookEvent, bool]:
    created_ts = event.get("created")
    return WebhookEvent.objects.get_or_create(
        event_id=event["id"],
        defaults={
            "type": event.get("type", ""),
            "payload": event,
            "stripe_created": datetime.datetime.fromtimestamp(
                created_ts, tz=datetime.UTC
            )
            if created_ts
            else None,
        },
    )


def _processing_waits(event_id: str) -> bool:
    from lms.models import OutboxMessage

    return OutboxMessage.objects.filter(
        job="payments.webhook_event",
        payload__event_id=event_id,
        status=OutboxMessage.Status.PENDING,
    ).exists()


def webhook_event_handle(*, event_id: str) -> WebhookEvent:
    """Handle a stored event (the outbox job); the event keeps its recorded outcome
    and a failure is tried again later by the outbox."""
    stored = WebhookEvent.objects.get(event_id=event_id)
    return webhook_event_process(event=stored.payload)


def webhook_event_process(*, event: dict) -> WebhookEvent:
    """Store the event once by id and handle it unless it was handled before.

    A replayed or duplicated event finds its stored row already handled and changes
    nothing. A failed one is tried again by the outbox's retries (and when Stripe
    redelivers it).
    """
    _store(event)
    with transaction.atomic():
        stored = WebhookEvent.objects.select_for_update().get(event_id=event["id"])
        if stored.outcome in (
            WebhookEvent.Outcome.HANDLED,
            WebhookEvent.Outcome.IGNORED,
        ):
            return stored
        stored.attempts += 1
        handler = HANDLERS.get(stored.type)
        if handler is None:
            stored.outcome = WebhookEvent.Outcome.IGNORED
            stored.detail = "No handler for this event type."
        else:
            try:
                with transaction.atomic():
                    stored.outcome, stored.detail = handler(
                        event["data"]["object"], stored
                    )
            except RetryLater as error:
                stored.outcome = WebhookEvent.Outcome.FAILED
                stored.detail = f"Retry later: {error}"
            except PaymentError as error:
                logger.error("Stripe event %s failed: %s", stored.event_id, error)
                stored.outcome = WebhookEvent.Outcome.FAILED
                stored.detail = str(error)
            except Exception as error:  # recorded; the view answers 500, Stripe retries
                logger.exception("Stripe event %s crashed", stored.event_id)
                stored.outcome = WebhookEvent.Outcome.FAILED
                stored.detail = repr(error)
        stored.processed_at = timezone.now()
        stored.save(
            update_fields=["outcome", "detail", "attempts", "processed_at", "order"]
        )
    return stored


def _order_for_session(session: dict, stored: WebhookEvent) -> Order | None:
    order_id = (session.get("metadata") or {}).get("order_id") or session.get(
        "client_reference_id"
    )
    if not order_id or not str(order_id).isdigit():
        return None
    order = Order.objects.filter(pk=int(order_id)).first()
    stored.order = order
    return order


def handle_checkout_session_completed(session: dict, stored: WebhookEvent):
    order = _order_for_session(session, stored)
    if order is None:
        return WebhookEvent.Outcome.IGNORED, "Not one of our orders."
    if session.get("payment_status") not in ("paid", "no_payment_required"):
        return WebhookEvent.Outcome.HANDLED, "Waiting for an asynchronous payment."
    return _fulfil_from_session(order, session)


def handle_checkout_session_async_payment_succeeded(session: dict, stored):
    order = _order_for_session(session, stored)
    if order is None:
        return WebhookEvent.Outcome.IGNORED, "Not one of our orders."
    return _fulfil_from_session(order, session)


def _fulfil_from_session(order: Order, session: dict):
    result = order_fulfil(
        order_id=order.pk,
        gateway=Order.Gateway.STRIPE,
        payment_reference=session.get("payment_intent") or "",
        amount_ore=session.get("amount_total"),
        session_id=session.get("id", ""),
    )
    if result.fulfilled_now:
        return WebhookEvent.Outcome.HANDLED, "Order fulfilled."
    return (
        WebhookEvent.Outcome.HANDLED,
        f"Nothing to do: order is {result.order.status}.",
    )


def handle_checkout_session_async_payment_failed(session: dict, stored):
    order = _order_for_session(session, stored)
    if order is None:
        return WebhookEvent.Outcome.IGNORED, "Not one of our orders."
    return WebhookEvent.Outcome.HANDLED, "Payment failed; the order stays open."


def handle_checkout_session_expired(session: dict, stored):
    """A session nobody paid ran out: the order stays open, to be paid again later."""
    order = _order_for_session(session, stored)
    if order is None:
        return WebhookEvent.Outcome.IGNORED, "Not one of our orders."
    cleared = Order.objects.filter(
        pk=order.pk, status=Order.Status.OPEN, stripe_session_id=session.get("id")
    ).update(stripe_session_id="")
    if cleared:
        return WebhookEvent.Outcome.HANDLED, "Session expired; order left open."
    return WebhookEvent.Outcome.HANDLED, f"Nothing to do: order is {order.status}."


def handle_charge_refunded(charge: dict, stored):
    """A refund made in the Stripe dashboard withdraws access like one made by us."""
    payment_intent = charge.get("payment_intent") or ""
    order = (
        Order.objects.filter(payment_reference=payment_intent).first()
        if payment_intent
        else None
    )
    if order is None:
        metadata_order = (charge.get("metadata") or {}).get("order_id")
        if metadata_order and str(metadata_order).isdigit():
            order = Order.objects.filter(pk=int(metadata_order)).first()
    if order is None:
        return WebhookEvent.Outcome.IGNORED, "Not one of our payments."
    stored.order = order
    if order.status == Order.Status.OPEN:
        # The refund overtook the payment's own event: let Stripe deliver it again.
        raise RetryLater("the order is not fulfilled yet")
    if charge.get("amount_refunded", 0) < charge.get("amount", 0):
        return WebhookEvent.Outcome.HANDLED, "Partial refund; access kept."
    refunds = (charge.get("refunds") or {}).get("data") or []
    reference = refunds[0]["id"] if refunds else charge.get("id", "")
    if order_refund_recorded(order_id=order.pk, reference=reference):
        return WebhookEvent.Outcome.HANDLED, "Refund recorded; access withdrawn."
    return WebhookEvent.Outcome.HANDLED, f"Nothing to do: order is {order.status}."


HANDLERS = {
    "checkout.session.completed": handle_checkout_session_completed,
    "checkout.session.async_payment_succeeded": (
        handle_checkout_session_async_payment_succeeded
    ),
    "checkout.session.async_payment_failed": handle_checkout_session_async_payment_failed,
    "checkout.session.expired": handle_checkout_session_expired,
    "charge.refunded": handle_charge_refunded,
}


def orders_reconcile(*, since: datetime.datetime) -> list[Order]:
    """Fulfil every order Stripe says was paid since ``since`` that we have not.

    For events lost while we were down longer than Stripe's retry window: we ask
    Stripe for its paid Checkout Sessions and fulfil exactly as the webhook would
    (``order_fulfil`` is idempotent, so an order already paid is left alone).
    """
    fulfilled = []
    for session in stripe_client.checkout_sessions_paid_since(int(since.timestamp())):
        order = _order_for_session(session, WebhookEvent())
        if order is None or order.status != Order.Status.OPEN:
            continue
        try:
            result = order_fulfil(
                order_id=order.pk,
                gateway=Order.Gateway.STRIPE,
                payment_reference=session.get("payment_intent") or "",
                amount_ore=session.get("amount_total"),
                session_id=session.get("id", ""),
            )
        except PaymentError as error:
            logger.error("Reconcile: order %s not fulfilled: %s", order.pk, error)
            continue
        if result.fulfilled_now:
            fulfilled.append(result.order)
    return fulfilled
