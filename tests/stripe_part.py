"""The stand-in Stripe's other side: what Stripe does in a test that no API call
asks for. Paying a session, expiring or refunding it, building events and signing
webhook payloads with Stripe's real scheme (``t=…,v1=HMAC-SHA256(secret,
"t.payload")``), and delivering them. Mixed into ``tests.stripe_stub.StripeStub``."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time


class StripePart:
    """Needs ``sessions``, ``requests``, ``refunds`` and ``webhook_secret`` (StripeStub)."""

    def requests_to(self, method: str, path: str) -> list[dict]:
        return [r for r in self.requests if r["method"] == method and r["path"] == path]

    def session_pay(self, session_id: str) -> dict:
        """The buyer pays on Stripe's page: the session completes."""
        with self._lock:
            session = self._session(session_id)
            session["status"] = "complete"
            session["payment_status"] = "paid"
            session["payment_intent"] = session["payment_intent"] or (
                "pi_" + secrets.token_hex(12)
            )
            return self._public(session)

    def session_expire_now(self, session_id: str) -> dict:
        with self._lock:
            session = self._session(session_id)
            session["status"] = "expired"
            return self._public(session)

    def charge_refunded(self, session_id: str) -> dict:
        """A refund made in Stripe's dashboard: the charge object of charge.refunded."""
        with self._lock:
            session = self._session(session_id)
            refund = {
                "id": "re_" + secrets.token_hex(12),
                "object": "refund",
                "amount": session["amount_total"],
                "payment_intent": session["payment_intent"],
                "status": "succeeded",
            }
            self.refunds[refund["id"]] = refund
            return {
                "id": "ch_" + secrets.token_hex(12),
                "object": "charge",
                "amount": session["amount_total"],
                "amount_refunded": session["amount_total"],
                "refunded": True,
                "payment_intent": session["payment_intent"],
                "metadata": {},
                "refunds": {"object": "list", "data": [refund]},
            }

    @staticmethod
    def event(event_type: str, obj: dict, *, event_id: str = "", created=None) -> dict:
        return {
            "id": event_id or "evt_" + secrets.token_hex(12),
            "object": "event",
            "api_version": "2025-01-27.acacia",
            "created": int(created if created is not None else time.time()),
            "livemode": False,
            "pending_webhooks": 1,
            "type": event_type,
            "data": {"object": obj},
        }

    def sign(
        self, payload: bytes, *, timestamp: int | None = None, secret: str = ""
    ) -> str:
        """A ``Stripe-Signature`` header made exactly as Stripe makes it."""
        timestamp = int(time.time()) if timestamp is None else int(timestamp)
        signed = f"{timestamp}.".encode() + payload
        digest = hmac.new(
            (secret or self.webhook_secret).encode(), signed, hashlib.sha256
        ).hexdigest()
        return f"t={timestamp},v1={digest}"

    def deliver(
        self,
        client,
        event: dict,
        *,
        timestamp: int | None = None,
        secret: str = "",
        payload: bytes | None = None,
        path: str = "/payments/stripe/webhook/",
    ):
        """POST an event to our webhook, signed, through a Django test client.

        As in production, work recorded by the request (the outbox row that handles
        the stored event) runs when the request's transaction commits.
        """
        from django.test import TestCase

        body = payload if payload is not None else json.dumps(event).encode()
        with TestCase.captureOnCommitCallbacks(execute=True):
            return self._post(client, body, event, timestamp, secret, payload, path)

    def _post(self, client, body, event, timestamp, secret, payload, path):
        return client.post(
            path,
            data=body,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=self.sign(
                json.dumps(event).encode() if payload is not None else body,
                timestamp=timestamp,
                secret=secret,
            ),
        )
