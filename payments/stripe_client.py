"""The only module that imports ``stripe``. Everything else talks to Stripe through here.

The SDK is pointed at ``STRIPE_API_BASE`` when it is set (tests run a local stand-in
server); keys and secrets come from settings at call time, so tests can change them.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import stripe
from django.conf import settings

from .exceptions import GatewayError, SignatureError

# Stripe Checkout has no Nynorsk or Ukrainian; "auto" lets Stripe follow the browser.
CHECKOUT_LOCALES = {"nb": "nb", "nn": "nb", "en": "en", "uk": "auto"}
SIGNATURE_TOLERANCE_SECONDS = 300


def is_configured() -> bool:
    return bool(settings.STRIPE_SECRET_KEY)


@functools.lru_cache(maxsize=4)
def _client_for(api_key: str, api_base: str) -> stripe.StripeClient:
    base_addresses = {"api": api_base} if api_base else {}
    return stripe.StripeClient(
        api_key, base_addresses=base_addresses, max_network_retries=2
    )


def _client() -> stripe.StripeClient:
    if not settings.STRIPE_SECRET_KEY:
        raise GatewayError("STRIPE_SECRET_KEY is not set")
    return _client_for(settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE or "")


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str


def checkout_locale(language: str) -> str:
    return CHECKOUT_LOCALES.get(language, "auto")


def checkout_session_create(
    *,
    order_id: int,
    order_reference: str,
    line_items: list[dict],
    customer_email: str,
    language: str,
    success_url: str,
    cancel_url: str,
    expires_at: int,
    idempotency_key: str,
) -> CheckoutSession:
    """A Stripe Checkout Session (mode=payment) for our own, already discounted, lines.

    ``line_items`` are ``{"name", "unit_amount", "quantity", "description"}`` in øre.
    """
    params = {
        "mode": "payment",
        "currency": settings.CURRENCY,
        "line_items": [
            {
                "quantity": item["quantity"],
                "price_data": {
                    "currency": settings.CURRENCY,
                    "unit_amount": item["unit_amount"],
                    "product_data": {
                        "name": item["name"],
                        **(
                            {"description": item["description"]}
                            if item.get("description")
                            else {}
                        ),
                    },
                },
            }
            for item in line_items
        ],
        "metadata": {"order_id": str(order_id), "order_reference": order_reference},
        "payment_intent_data": {
            "metadata": {"order_id": str(order_id), "order_reference": order_reference}
        },
        "client_reference_id": str(order_id),
        "customer_email": customer_email,
        "locale": checkout_locale(language),
        "success_url": success_url,
        "cancel_url": cancel_url,
        "expires_at": expires_at,
    }
    try:
        session = _client().v1.checkout.sessions.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
    return CheckoutSession(id=session.id, url=session.url)


def checkout_session_retrieve(session_id: str) -> dict:
    try:
        return _client().v1.checkout.sessions.retrieve(session_id).to_dict()
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error


def checkout_session_expire(session_id: str) -> None:
    """Close a session nobody paid, so an old price can no longer be paid."""
    try:
        _client().v1.checkout.sessions.expire(session_id)
    except stripe.InvalidRequestError:
        # Already expired or completed: nothing left to close.
        return
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error


def refund_create(
    *, payment_intent: str, amount_ore: int, idempotency_key: str, metadata: dict
) -> dict:
    try:
        refund = _client().v1.refunds.create(
            params={
                "payment_intent": payment_intent,
                "amount": amount_ore,
                "metadata": metadata,
            },
            options={"idempotency_key": idempotency_key},
        )
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
    return refund.to_dict()


def webhook_event_construct(*, payload: bytes, signature: str) -> dict:
    """Verify ``Stripe-Signature`` with the SDK's own verifier and parse the event.

    A missing secret, a wrong or stale signature, or a body that is not JSON all raise
    ``SignatureError``.
    """
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        raise SignatureError("STRIPE_WEBHOOK_SECRET is not set")
    if not signature:
        raise SignatureError("No Stripe-Signature header")
    try:
        event = stripe.Webhook.construct_event(
            payload, signature, secret, tolerance=SIGNATURE_TOLERANCE_SECONDS
        )
    except stripe.SignatureVerificationError as error:
        raise SignatureError(str(error)) from error
    except ValueError as error:
        raise SignatureError(f"Invalid payload: {error}") from error
    # The SDK refuses stale timestamps, not ones from the future: a signature made
    # ahead of time must not be replayable later.
    if _signature_timestamp(signature) > time.time() + SIGNATURE_TOLERANCE_SECONDS:
        raise SignatureError("Timestamp is in the future")
    return event.to_dict()


def _signature_timestamp(signature: str) -> int:
    for part in signature.split(","):
        key, _sep, value = part.partition("=")
        if key.strip() == "t" and value.strip().isdigit():
            return int(value)
    raise SignatureError("No timestamp in Stripe-Signature")


def checkout_sessions_paid_since(created_gte: int) -> list[dict]:
    """Every Checkout Session created since ``created_gte`` (Unix time) that is paid."""
    params = {"created": {"gte": created_gte}, "status": "complete", "limit": 100}
    try:
        sessions = _client().v1.checkout.sessions.list(params=params)
        return [
            session.to_dict()
            for session in sessions.auto_paging_iter()
            if session.payment_status in ("paid", "no_payment_required")
        ]
    except stripe.StripeError as error:
        raise GatewayError(str(error)) from error
