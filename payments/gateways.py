"""Where the buyer pays: Stripe Checkout, the test-mode gateway, or nowhere (free).

All three end in the same ``order_fulfil`` service.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from . import stripe_client
from .exceptions import GatewayUnavailable
from .models import Order
from .services.fulfilment import Fulfilment, order_fulfil


class Gateway:
    name = ""

    def start(self, *, order: Order, request) -> str:
        """Return the URL to send the buyer to."""
        raise NotImplementedError


class FreeGateway(Gateway):
    """A 100 % code: nothing to pay, so no payment provider is involved."""

    name = Order.Gateway.FREE

    def start(self, *, order: Order, request) -> str:
        order_fulfil(
            order_id=order.pk,
            gateway=self.name,
            amount_ore=0,
            payment_reference=f"free_{order.public_id.hex[:12]}",
            actor=request.user,
        )
        return reverse("payments:order_done", args=[order.public_id])


class DevGateway(Gateway):
    """Test mode for development without Stripe keys: no money moves.

    It completes orders through the same fulfilment service as Stripe, and refuses to
    exist when DEBUG is off or Stripe keys are set, so it can never give courses away
    in production (not even one that forgot DEBUG=False).
    """

    name = Order.Gateway.DEV

    def __init__(self):
        if not settings.DEBUG or stripe_client.is_configured():
            raise GatewayUnavailable(
                _("Payment is not available right now. Please try again later.")
            )

    def start(self, *, order: Order, request) -> str:
        return reverse("payments:dev_gateway", args=[order.public_id])

    def complete(self, *, order: Order, actor) -> Fulfilment:
        return order_fulfil(
            order_id=order.pk,
            gateway=self.name,
            amount_ore=order.total_ore,
            payment_reference=f"test_{uuid.uuid4().hex[:16]}",
            actor=actor,
        )


def _stripe_line_items(order: Order) -> list[dict]:
    items = []
    for line in order.lines.all():
        vat = _("incl. %(rate)s %% VAT") % {"rate": line.vat_rate}
        if line.total_ore % line.quantity == 0:
            items.append(
                {
                    "name": line.description,
                    "description": vat,
                    "unit_amount": line.total_ore // line.quantity,
                    "quantity": line.quantity,
                }
            )
        else:
            # A discount that does not split evenly per unit: one line for the lot, so
            # Stripe charges exactly our total.
            items.append(
                {
                    "name": f"{line.quantity} × {line.description}",
                    "description": vat,
                    "unit_amount": line.total_ore,
                    "quantity": 1,
                }
            )
    return items


class StripeGateway(Gateway):
    name = Order.Gateway.STRIPE

    def start(self, *, order: Order, request) -> str:
        if order.stripe_session_id:
            session = stripe_client.checkout_session_retrieve(order.stripe_session_id)
            if session.get("status") == "open":
                if session.get("amount_total") == order.total_ore:
                    return session["url"]
                stripe_client.checkout_session_expire(order.stripe_session_id)
        success = request.build_absolute_uri(
            reverse("payments:checkout_success", args=[order.public_id])
        )
        cancel = request.build_absolute_uri(
            reverse("payments:order_detail", args=[order.public_id])
        )
        session = stripe_client.checkout_session_create(
            order_id=order.pk,
            order_reference=order.number,
            line_items=_stripe_line_items(order),
            customer_email=order.buyer_email,
            language=order.language,
            success_url=f"{success}?session_id={{CHECKOUT_SESSION_ID}}",
            cancel_url=f"{cancel}?cancelled=1",
            expires_at=int(time.time())
            + 60 * max(30, settings.PAYMENTS_CODE_RESERVATION_MINUTES),
            idempotency_key=f"checkout-{order.pk}-{uuid.uuid4().hex}",
        )
        Order.objects.filter(pk=order.pk).update(stripe_session_id=session.id)
        order.stripe_session_id = session.id
        return session.url


def gateway_for(order: Order) -> Gateway:
    if order.total_ore == 0:
        return FreeGateway()
    if stripe_client.is_configured():
        return StripeGateway()
    return DevGateway()


def test_mode() -> bool:
    """True when purchases go through the test-mode gateway (no Stripe keys)."""
    return not stripe_client.is_configured()
