"""Fault scripts against the real process set; each stops by itself and reports.

    python bench/faults.py [burst] [redis] [postgres]     (default: all three)

Each scenario starts the Procfile's web, worker and beat (DEBUG off, as in
``tests/production_journey.py``), with its own Redis on a free port, and for the
PostgreSQL scenario its own database cluster on a free port, so the machine's shared
servers are never stopped. It reports:

- requests failed: HTTP requests answered with 5xx or not answered at all;
- orders paid exactly once: orders paid, and any paid twice;
- receipts sent exactly once: receipts per paid order (the worker writes e-mails to
  files, so every e-mail is counted);
- e-mails lost: paid orders without their receipt once everything is back.

Scenarios:

- ``burst``: 1,000 signed webhook events for 100 orders (each order's
  ``checkout.session.completed`` plus events of other types, 10 % sent twice), in
  shuffled order from 8 threads at once.
- ``redis``: pages and purchases keep coming while Redis is stopped for 15 s and
  started again.
- ``postgres``: the same while the database cluster is restarted; webhooks answered
  with an error are sent again, as Stripe does.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.own_servers import OwnPostgres, OwnRedis  # noqa: E402
from tests.production_journey import Journey, course_plan  # noqa: E402
from tests.production_set import wait_for  # noqa: E402

PASSWORD = "a-long-fault-password-1"
OTHER_TYPES = [
    "payment_intent.created",
    "payment_intent.succeeded",
    "charge.succeeded",
    "charge.updated",
    "checkout.session.async_payment_succeeded",
    "customer.created",
    "payment_method.attached",
    "invoice.created",
]


def say(text: str) -> None:
    print(f"faults: {text}", flush=True)


class Faults(Journey):
    def __init__(self, **kwargs):
        super().__init__(db_name="hms_faults", **kwargs)
        self.failed = Counter()
        self.sent = 0
        self.phase = "before"  # before, down, after: failures are counted per phase

    # --- people and purchases ----------------------------------------------------

    def buyers(self, count: int) -> list[requests.Session]:
        """``count`` signed-in browsers of verified users.

        The users and their sessions are made in the database: a hundred password
        logins from one address would (rightly) hit the login rate limit.
        """
        from allauth.account.models import EmailAddress
        from django.contrib.auth import (
            BACKEND_SESSION_KEY,
            HASH_SESSION_KEY,
            SESSION_KEY,
        )
        from django.contrib.sessions.backends.db import SessionStore

        from lms.models import User

        sessions = []
        stamp = int(time.time())
        for n in range(count):
            email = f"buyer{n}-{stamp}@example.org"
            user = User.objects.create_user(
                email=email, password=PASSWORD, full_name=f"Kjøper {n}"
            )
            EmailAddress.objects.create(
                user=user, email=email, verified=True, primary=True
            )
            store = SessionStore()
            store[SESSION_KEY] = str(user.pk)
            store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            store[HASH_SESSION_KEY] = user.get_session_auth_hash()
            store.create()
            browser = requests.Session()
            browser.cookies.set("sessionid", store.session_key, domain="127.0.0.1")
            sessions.append(browser)
        return sessions

    def checkout(self, browser: requests.Session, course: dict) -> str | None:
        """Buy the course as ``browser``; the Stripe session id, or None on failure."""
        phase = self.phase
        try:
            page = browser.get(self.base + course["path"], timeout=20)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
            reply = browser.post(
                self.base + course["buy_path"],
                data={"csrfmiddlewaretoken": token.group(1), "consent": "on"},
                headers={"Referer": self.base + course["path"]},
                allow_redirects=False,
                timeout=30,
            )
        except (requests.RequestException, AttributeError):
            self.failed[f"{phase}: checkout"] += 1
            return None
        location = reply.headers.get("Location", "")
        if reply.status_code >= 500 or "/pay/" not in location:
            say(f"checkout did not reach Stripe: {reply.status_code} {location}")
            self.failed[f"{phase}: checkout"] += 1
            return None
        return location.rstrip("/").rsplit("/", 1)[-1]

    def send_event(self, event: dict, *, retries: int = 0) -> bool:
        body = json.dumps(event).encode()
        for attempt in range(retries + 1):
            phase = self.phase
            try:
                reply = requests.post(
                    self.base + "/payments/stripe/webhook/",
                    data=body,
                    headers={
                        "Content-Type": "application/json",
                        "Stripe-Signature": self.stripe.sign(body),
                    },
                    timeout=30,
                )
                if reply.status_code < 500:
                    return True
            except requests.RequestException:
                pass
            self.failed[f"{phase}: webhook"] += 1
            time.sleep(min(2**attempt, 10))
        return False

    # --- background traffic ------------------------------------------------------

    def traffic(self, stop: threading.Event, course: dict, browser) -> None:
        """Signed in (``browser``) or anonymous (None): anonymous visitors read the
        public pages, which the page cache may answer while the database is down."""
        who = "signed in" if browser else "anonymous"
        paths = ["/nb/", "/nb/kurs/", course["path"]]
        if browser:
            paths.append("/nb/dashboard/")
        browser = browser or requests.Session()
        while not stop.is_set():
            for path in paths:
                phase = self.phase  # a request counts in the phase it was sent in
                try:
                    reply = browser.get(self.base + path, timeout=30)
                    self.sent += 1
                    if reply.status_code >= 500:
                        self.failed[f"{phase}: {who} GET {path}"] += 1
                except requests.RequestException:
                    self.sent += 1
                    self.failed[f"{phase}: {who} GET {path}"] += 1
            time.sleep(0.05)

    # --- counting ---------------------------------------------------------------------

    def report(self, title: str, session_ids: list[str]) -> dict:
        from payments.models import Order

        orders = list(Order.objects.filter(stripe_session_id__in=session_ids))
        paid = [o for o in orders if o.paid_at]
        receipts = Counter()
        for text in self.mails():
            for order in paid:
                if order.number in text.split("\n", 2)[1]:
                    receipts[order.number] += 1
        fulfilments = Counter()
        from lms.models import AuditEvent

        for event in AuditEvent.objects.filter(action="order.paid"):
            fulfilments[event.object_id] += 1
        result = {
            "scenario": title,
            "requests": self.sent,
            "requests failed": sum(self.failed.values()),
            "requests failed after recovery": sum(
                n for kind, n in self.failed.items() if kind.startswith("after")
            ),
            "failed by kind": dict(self.failed),
            "orders": len(session_ids),
            "orders paid": len(paid),
            "orders paid twice": sum(1 for o in paid if fulfilments[str(o.pk)] > 1),
            "receipts exactly once": sum(1 for o in paid if receipts[o.number] == 1),
            "receipts sent twice": sum(1 for o in paid if receipts[o.number] > 1),
            "e-mails lost": sum(1 for o in paid if receipts[o.number] == 0),
        }
        say(json.dumps(result, ensure_ascii=False))
        return result

    def wait_for_receipts(self, session_ids: list[str], timeout: float = 150) -> None:
        from payments.models import Order

        # Fulfilment runs from the stored event (the outbox), not in the webhook's
        # request: wait until every order we paid for is fulfilled and receipted.
        def all_sent():
            orders = Order.objects.filter(stripe_session_id__in=session_ids)
            return (
                not orders.filter(paid_at__isnull=True).exists()
                and not orders.filter(receipt_sent_at__isnull=True).exists()
            )

        try:
            wait_for(all_sent, timeout=timeout, what="the receipts")
        except SystemExit:
            say("some receipts were not sent in time")


def burst(run: Faults, course: dict) -> dict:
    say("burst: 100 orders, 1,000 signed events, 10 % twice, shuffled, 8 at a time")
    browsers = run.buyers(100)
    session_ids = [sid for sid in (run.checkout(b, course) for b in browsers) if sid]
    events = []
    for sid in session_ids:
        session = run.stripe.session_pay(sid)
        events.append(run.stripe.event("checkout.session.completed", session))
        for kind in OTHER_TYPES:  # nine events per order
            events.append(run.stripe.event(kind, {"id": "obj_" + sid[-12:]}))
    events = events[:900]
    events += random.sample(events, 100)  # the same event delivered twice
    random.shuffle(events)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda e: run.send_event(e, retries=3), events))
    say(f"burst: {len(events)} events answered in {time.monotonic() - started:.1f} s")
    run.sent += len(events)
    run.wait_for_receipts(session_ids)
    return run.report("burst", session_ids)


def outage(run: Faults, course: dict, *, name: str, stop_it, start_it) -> dict:
    say(f"{name}: traffic, then {name} stops for 15 s, then starts again")
    browsers = run.buyers(21)
    reader = browsers.pop()
    stop = threading.Event()
    threads = [
        threading.Thread(target=run.traffic, args=(stop, course, who))
        for who in (reader, None)
    ]
    for thread in threads:
        thread.start()
    session_ids: list[str] = []

    def buy_and_pay(browser):
        sid = run.checkout(browser, course)
        if sid:
            session_ids.append(sid)
            session = run.stripe.session_pay(sid)
            run.send_event(
                run.stripe.event("checkout.session.completed", session), retries=8
            )

    for browser in browsers[:7]:
        buy_and_pay(browser)
    # A request sent while the server is going down belongs to the outage: setting the
    # phase after stop_it() returned counted those as failures "before" it.
    run.phase = "down"
    stop_it()
    down_at = time.monotonic()
    for browser in browsers[7:14]:
        buy_and_pay(browser)
    time.sleep(max(0, 15 - (time.monotonic() - down_at)))
    start_it()
    run.phase = "after"
    # Our own connection to the database died with a restarted cluster.
    from django.db import connections

    connections.close_all()
    for browser in browsers[14:]:
        buy_and_pay(browser)
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join()
    # Purchases made during the outage that never reached checkout are tried again,
    # as a learner would.
    run.wait_for_receipts(session_ids, timeout=180)
    return run.report(name, session_ids)


def run_one(scenario: str) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="hms-faults-"))
    redis, pg, run = OwnRedis(tmp), None, None
    try:
        redis.start()
        kwargs = {"redis_url": redis.url}
        if scenario == "postgres":
            pg = OwnPostgres(tmp)
            pg.start()
            kwargs["pg"] = pg.url
        run = Faults(**kwargs)
        run.start()
        course = course_plan(run.env)
        if scenario == "burst":
            result = burst(run, course)
        elif scenario == "redis":
            result = outage(
                run, course, name="redis", stop_it=redis.stop, start_it=redis.start
            )
        else:
            result = outage(
                run,
                course,
                name="postgres",
                stop_it=lambda: pg.pg_ctl("stop"),
                start_it=lambda: pg.pg_ctl("start"),
            )
    finally:
        if run:
            run.stop()
        redis.stop()
        if pg:
            pg.stop()
    bad = result["e-mails lost"] + result["receipts sent twice"]
    bad += result["requests failed after recovery"]
    bad += result["orders paid twice"] + (result["orders"] - result["orders paid"])
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    wanted = argv or ["burst", "redis", "postgres"]
    if len(wanted) == 1:
        return run_one(wanted[0])
    # Each scenario in a process of its own: Django is set up against its database.
    codes = [
        subprocess.run([sys.executable, __file__, scenario], cwd=ROOT).returncode
        for scenario in wanted
    ]
    return max(codes)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
