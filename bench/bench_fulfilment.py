"""Time to fulfil one order from webhook receipt: median over 100 orders.

Each run POSTs a signed ``checkout.session.completed`` event to
/payments/stripe/webhook/ through the Django test client and stops the clock when the
response is back: signature verified by the stripe SDK, event stored, order locked and
paid, enrolment created, code use redeemed, audit written and the receipt task run
(Celery is eager here, so the receipt is rendered and "sent" inside the request; with a
worker it is only queued, so real figures are lower).

Runs on a throwaway test database (in-memory SQLite by default; PostgreSQL when
DATABASE_URL points there), so the demo data is never touched:

    .venv/bin/python bench/bench_fulfilment.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pay .venv/bin/python bench/bench_fulfilment.py
"""

import hashlib
import hmac
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core import mail  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
    teardown_test_environment,
)

RUNS = 100
WARMUP = 5
SECRET = "whsec_bench_0123456789"


def signed(payload: bytes) -> str:
    timestamp = int(time.time())
    digest = hmac.new(
        SECRET.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def completed_event(order, n: int) -> bytes:
    session = {
        "id": f"cs_bench_{n}",
        "object": "checkout.session",
        "mode": "payment",
        "status": "complete",
        "payment_status": "paid",
        "amount_total": order.total_ore,
        "currency": "nok",
        "metadata": {"order_id": str(order.pk), "order_reference": order.number},
        "client_reference_id": str(order.pk),
        "payment_intent": f"pi_bench_{n}",
    }
    event = {
        "id": f"evt_bench_{n}",
        "object": "event",
        "type": "checkout.session.completed",
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": session},
    }
    return json.dumps(event).encode()


def main():
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    settings.STRIPE_WEBHOOK_SECRET = SECRET
    settings.CELERY_TASK_ALWAYS_EAGER = True
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        run()
    finally:
        teardown_databases(old_config, verbosity=0)
        teardown_test_environment()


def run():
    from courses.factories import course_with_lessons, site_tree
    from lms.models import Enrolment, User
    from payments.factories import DiscountCodeFactory
    from payments.models import Order
    from payments.products import Product
    from payments.services import orders as order_services

    _home, catalogue = site_tree()
    course, _lessons = course_with_lessons(catalogue, price_ore=149000, lessons=3)
    DiscountCodeFactory(code="BENCH25", percent=25, max_uses_per_user=None)
    product = Product(course=course)
    client = Client()

    times = []
    queries = 0
    for n in range(WARMUP + RUNS):
        user = User.objects.create_user(email=f"bench{n}@example.org", password=None)
        order = order_services.order_create(user=user, product=product)
        order_services.order_code_apply(
            order=order, code_text="BENCH25", count_attempt=False
        )
        order.refresh_from_db()
        payload = completed_event(order, n)
        header = signed(payload)
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.post(
                "/payments/stripe/webhook/",
                data=payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=header,
            )
            elapsed = time.perf_counter() - start
        assert response.status_code == 200, response.content
        order.refresh_from_db()
        assert order.status == Order.Status.PAID, order.status
        assert Enrolment.objects.filter(user=user).exists()
        if n >= WARMUP:
            times.append(elapsed * 1000)
            queries = len(captured)
    assert len(mail.outbox) == WARMUP + RUNS  # one receipt per order

    # A replayed event: found stored and handled, nothing done twice.
    replay = []
    for _i in range(20):
        start = time.perf_counter()
        client.post(
            "/payments/stripe/webhook/",
            data=payload,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=signed(payload),
        )
        replay.append((time.perf_counter() - start) * 1000)
    assert len(mail.outbox) == WARMUP + RUNS

    times.sort()
    engine = connection.vendor
    print(
        f"fulfilment from webhook receipt ({engine}): median "
        f"{statistics.median(times):.1f} ms over {RUNS} orders "
        f"(p90 {times[int(RUNS * 0.9) - 1]:.1f} ms, min {times[0]:.1f}, "
        f"max {times[-1]:.1f}); {queries} queries per order incl. the receipt"
    )
    print(f"replayed event: median {statistics.median(replay):.1f} ms (nothing done)")


if __name__ == "__main__":
    main()
