"""A local stand-in for the Stripe API, served over real HTTP on 127.0.0.1.

localstripe has no Checkout Sessions, so tests run the real ``stripe`` SDK against this
small server instead: it implements exactly the endpoints the payments app calls
(Checkout Sessions create / retrieve / expire, Refunds create), answers in Stripe's JSON
shapes and error format, honours ``Idempotency-Key`` and checks the API key. It also
plays Stripe's part in tests: "paying" a session, building events and signing webhook
payloads with Stripe's real scheme (``t=…,v1=HMAC-SHA256(secret, "t.payload")``).

Use the ``stripe_stub`` fixture: it starts the server in a thread and points the SDK at
it through ``STRIPE_API_BASE``.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

import pytest

from tests.stripe_part import StripePart

API_KEY = "sk_test_stub_0123456789"
WEBHOOK_SECRET = "whsec_test_stub_0123456789"


def _nest(pairs: list[tuple[str, str]]) -> dict:
    """Stripe's form encoding (``a[b][0][c]=v``) back into nested dicts and lists."""
    root: dict = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+", key)
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value

    def listify(node):
        if isinstance(node, dict):
            node = {k: listify(v) for k, v in node.items()}
            if node and all(k.isdigit() for k in node):
                return [node[k] for k in sorted(node, key=int)]
        return node

    return listify(root)


class StripeError(Exception):
    def __init__(self, status: int, message: str, param: str = "", kind: str = ""):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.kind = kind or "invalid_request_error"


class StripeStub(StripePart):
    def __init__(self, *, api_key: str = API_KEY, webhook_secret: str = WEBHOOK_SECRET):
        self.api_key = api_key
        self.webhook_secret = webhook_secret
        self.sessions: dict[str, dict] = {}
        self.refunds: dict[str, dict] = {}
        self.requests: list[dict] = []
        self._idempotent: dict[str, tuple[int, dict]] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- Server lifecycle -------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> StripeStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def _respond(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", "req_" + secrets.token_hex(8))
                # No keep-alive: a pooled connection must never outlive this stub and
                # carry a later test's request to it.
                self.send_header("Connection", "close")
                self.close_connection = True
                self.end_headers()
                self.wfile.write(data)

            def _handle(self, method: str):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                parsed = urlparse(self.path)
                source = raw if method == "POST" else parsed.query
                params = _nest(parse_qsl(source, keep_blank_values=True))
                status, body = stub.dispatch(
                    method, parsed.path, params, dict(self.headers.items())
                )
                self._respond(status, body)

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_DELETE(self):
                self._handle("DELETE")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    # --- HTTP API -------------------------------------------------------------------

    ROUTES = [
        ("POST", re.compile(r"^/v1/checkout/sessions$"), "session_create"),
        ("GET", re.compile(r"^/v1/checkout/sessions$"), "session_list"),
        ("GET", re.compile(r"^/v1/checkout/sessions/(?P<id>[\w]+)$"), "session_get"),
        (
            "POST",
            re.compile(r"^/v1/checkout/sessions/(?P<id>[\w]+)/expire$"),
            "session_expire",
        ),
        ("POST", re.compile(r"^/v1/refunds$"), "refund_create"),
    ]

    def dispatch(self, method, path, params, headers) -> tuple[int, dict]:
        headers = {k.lower(): v for k, v in headers.items()}
        with self._lock:
            self.requests.append(
                {"method": method, "path": path, "params": params, "headers": headers}
            )
            if headers.get("authorization") != f"Bearer {self.api_key}":
                return 401, self._error(
                    StripeError(
                        401, "Invalid API Key provided.", kind="invalid_request_error"
                    )
                )
            key = headers.get("idempotency-key")
            if method == "POST" and key and (method, path, key) in self._idempotent:
                return self._idempotent[(method, path, key)]
            for route_method, pattern, name in self.ROUTES:
                match = pattern.match(path)
                if match and route_method == method:
                    try:
                        result = 200, getattr(self, name)(params, **match.groupdict())
                    except StripeError as error:
                        result = error.status, self._error(error)
                    if method == "POST" and key:
                        self._idempotent[(method, path, key)] = result
                    return result
            return 404, self._error(
                StripeError(404, f"Unrecognized request URL ({method}: {path}).")
            )

    @staticmethod
    def _error(error: StripeError) -> dict:
        body = {"type": error.kind, "message": error.message}
        if error.param:
            body["param"] = error.param
        return {"error": body}

    @staticmethod
    def _require(params: dict, name: str):
        value = params.get(name)
        if value in (None, ""):
            raise StripeError(400, f"Missing required param: {name}.", param=name)
        return value

    def session_create(self, params: dict) -> dict:
        if self._require(params, "mode") != "payment":
            raise StripeError(400, "Only mode=payment is served by the stub.", "mode")
        self._require(params, "success_url")
        self._require(params, "cancel_url")
        items = params.get("line_items") or []
        if not items:
            raise StripeError(400, "Missing required param: line_items.", "line_items")
        total = 0
        for index, item in enumerate(items):
            data = item.get("price_data") or {}
            prefix = f"line_items[{index}]"
            if not data.get("currency"):
                raise StripeError(
                    400, "Missing currency.", f"{prefix}[price_data][currency]"
                )
            if not (data.get("product_data") or {}).get("name"):
                raise StripeError(400, "Missing product name.", f"{prefix}[price_data]")
            try:
                unit = int(data.get("unit_amount"))
                quantity = int(item.get("quantity"))
            except (TypeError, ValueError) as error:
                raise StripeError(400, "Invalid integer.", prefix) from error
            if unit < 0 or quantity < 1:
                raise StripeError(400, "Invalid amount or quantity.", prefix)
            total += unit * quantity
        session_id = "cs_test_" + secrets.token_hex(12)
        session = {
            "id": session_id,
            "object": "checkout.session",
            "mode": "payment",
            "status": "open",
            "payment_status": "unpaid",
            "amount_subtotal": total,
            "amount_total": total,
            "currency": items[0]["price_data"]["currency"],
            "client_reference_id": params.get("client_reference_id"),
            "customer_email": params.get("customer_email"),
            "locale": params.get("locale"),
            "metadata": params.get("metadata") or {},
            "payment_intent": None,
            "success_url": params["success_url"],
            "cancel_url": params["cancel_url"],
            "expires_at": int(params.get("expires_at") or time.time() + 86400),
            "created": int(time.time()),
            "livemode": False,
            "url": f"{self.url}/pay/{session_id}",
            "line_items_sent": items,
        }
        self.sessions[session_id] = session
        return self._public(session)

    @staticmethod
    def _public(session: dict) -> dict:
        return {k: v for k, v in session.items() if k != "line_items_sent"}

    def _session(self, session_id: str) -> dict:
        session = self.sessions.get(session_id)
        if session is None:
            raise StripeError(
                404, f"No such checkout.session: '{session_id}'", "session"
            )
        return session

    def session_list(self, params: dict) -> dict:
        """Sessions newest first, filtered as Stripe does by created[gte] and status,
        one page of ``limit`` at a time (``starting_after`` for the next page)."""
        created_gte = int((params.get("created") or {}).get("gte") or 0)
        status = params.get("status")
        limit = int(params.get("limit") or 10)
        found = [
            self._public(session)
            for session in sorted(
                self.sessions.values(), key=lambda x: (-x["created"], x["id"])
            )
            if session["created"] >= created_gte
            and (status is None or session["status"] == status)
        ]
        after = params.get("starting_after")
        if after:
            ids = [session["id"] for session in found]
            found = found[ids.index(after) + 1 :] if after in ids else []
        return {
            "object": "list",
            "url": "/v1/checkout/sessions",
            "has_more": len(found) > limit,
            "data": found[:limit],
        }

    def session_get(self, params: dict, id: str) -> dict:
        return self._public(self._session(id))

    def session_expire(self, params: dict, id: str) -> dict:
        session = self._session(id)
        if session["status"] != "open":
            raise StripeError(
                400, "Only Checkout Sessions with a status of open can be expired."
            )
        session["status"] = "expired"
        return self._public(session)

    def refund_create(self, params: dict) -> dict:
        payment_intent = self._require(params, "payment_intent")
        paid = [
            s for s in self.sessions.values() if s["payment_intent"] == payment_intent
        ]
        if not paid:
            raise StripeError(
                404, f"No such payment_intent: '{payment_intent}'", "payment_intent"
            )
        session = paid[0]
        already = sum(
            r["amount"]
            for r in self.refunds.values()
            if r["payment_intent"] == payment_intent
        )
        amount = int(params.get("amount") or session["amount_total"] - already)
        if amount + already > session["amount_total"]:
            raise StripeError(
                400,
                "Refund amount is greater than the unrefunded amount on the charge.",
                "amount",
            )
        refund = {
            "id": "re_" + secrets.token_hex(12),
            "object": "refund",
            "amount": amount,
            "currency": session["currency"],
            "payment_intent": payment_intent,
            "status": "succeeded",
            "metadata": params.get("metadata") or {},
            "created": int(time.time()),
        }
        self.refunds[refund["id"]] = refund
        return refund


@pytest.fixture
def stripe_stub(settings):
    """A running stand-in Stripe; settings point the SDK at it with test keys."""
    stub = StripeStub().start()
    settings.STRIPE_SECRET_KEY = stub.api_key
    settings.STRIPE_WEBHOOK_SECRET = stub.webhook_secret
    settings.STRIPE_API_BASE = stub.url
    yield stub
    stub.stop()
