"""Pages under load on the production set, beside a bare view; writes bench/results.md.

    .venv/bin/python bench/bench_load.py [--seconds 8] [--connections 20]

Starts what production runs (gunicorn with 2 sync workers and DEBUG off, a Celery worker
and beat, through the Procfile and honcho) on a fresh PostgreSQL database of the local
server, Redis database 12 and an S3 stand-in, exactly as tests/production_journey.py
does. Seeds the demo, a company of 2,000 employees (and one of 20,000 for the growth
line), and 5,000 sandbox submissions waiting for grading. Then, for each page, wrk
(Debian's package) drives ``--connections`` keep-alive connections for ``--seconds``,
right after the same run against /healthz (the bare view: no database, no template),
because absolute figures on a shared machine move from run to run.

Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379 (the machine's own);
stops everything it started.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results.md"


def wrk(url: str, *, seconds: int, connections: int, cookie: str = "") -> dict:
    threads = min(2, connections)
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout

    def latency(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "rps": rps,
        "p50": latency("50%"),
        "p99": latency("99%"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def worker_memory_mib() -> list[dict]:
    """Memory of each gunicorn worker (a gunicorn process whose parent is the gunicorn
    master; honcho starts the master through a shell): its resident set (shared pages
    counted in full), its proportional set (shared pages divided among the processes
    that share them) and its unique set (what it alone holds; what one more worker
    costs)."""
    ps = subprocess.run(
        ["ps", "-eo", "pid,ppid,rss,args"], capture_output=True, text=True
    ).stdout
    rows = [line.split(None, 3) for line in ps.splitlines()[1:]]

    def is_gunicorn(args: str) -> bool:
        return "gunicorn" in args and not args.startswith(("/bin/sh", "sh "))

    gunicorn = {pid for pid, _ppid, _rss, args in rows if is_gunicorn(args)}
    return [
        _smaps(pid)
        for pid, ppid, _rss, args in rows
        if pid in gunicorn and ppid in gunicorn
    ]


def _smaps(pid: str) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _sep, value = line.partition(":")
        fields[name] = int(value.split()[0]) / 1024
    return {
        "rss": fields["Rss"],
        "pss": fields["Pss"],
        "uss": fields["Private_Clean"] + fields["Private_Dirty"],
    }


def seed_submissions(users, count: int) -> None:
    """``count`` practice submissions waiting for grading, spread over the exercises."""
    from django.utils import timezone

    from avvik_sandbox.models import ExercisePage, Submission

    exercises = list(ExercisePage.objects.live().filter(locale__language_code="nb"))
    now = timezone.now()
    rows = []
    for n in range(count):
        user = users[n // len(exercises)]
        exercise = exercises[n % len(exercises)]
        rows.append(
            Submission(
                user=user,
                exercise=exercise,
                exercise_key=exercise.translation_key,
                status=Submission.Status.SUBMITTED,
                answer={"event": "Bench " * 40},
                prescore={"percent": n % 100, "criteria": {}},
                submitted_at=now - datetime.timedelta(minutes=n),
            )
        )
    Submission.objects.bulk_create(rows, batch_size=1000)


def settle() -> None:
    """What autovacuum does within a minute of a bulk load in production (statistics,
    and the visibility map that lets counts read an index alone), done at once so
    that every run measures the same settled tables."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def session_cookie(user) -> str:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def query_count(cookie: str, path: str) -> int:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    name, _sep, value = cookie.partition("=")
    if name:
        client.cookies[name] = value
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return len(queries.captured_queries)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--employees", type=int, default=2000)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")

    from tests.production_journey import Journey

    started = time.monotonic()
    journey = Journey(db_name="hms_bench", redis_url="redis://127.0.0.1:6379/12")
    journey.env["STAFF_MFA_REQUIRED"] = "false"  # the bench signs in without a phone
    try:
        journey.start()
        os.environ.update(journey.env)
        import django

        django.setup()
        from bench_compliance import seed

        from courses.models import CoursePage
        from lms.models import User

        courses = list(CoursePage.objects.live().filter(locale__language_code="nb")[:3])
        print(f"bench: seeding a company of {args.employees} employees", flush=True)
        hr = seed(args.employees, courses, "1x")
        users = list(User.objects.filter(email__endswith="-1x@stor.no")[:1000])
        print("bench: seeding 5,000 submissions for grading", flush=True)
        seed_submissions(users, 5000)
        settle()
        learner = User.objects.get(email="learner@example.com")
        admin = User.objects.get(email="admin@example.com")
        lesson = CoursePage.objects.get(
            slug="hms-for-arbeidstakere", locale__language_code="nb"
        ).lessons[0]
        cookies = {
            "anonymous": "",
            "learner": session_cookie(learner),
            "hr": session_cookie(hr),
            "admin": session_cookie(admin),
        }
        pages = [
            ("home `/nb/`", "/nb/", "anonymous"),
            ("catalogue `/nb/kurs/`", "/nb/kurs/", "anonymous"),
            ("course page", "/nb/kurs/hms-for-ledere/", "anonymous"),
            ("lesson (signed in)", lesson.url, "learner"),
            ("dashboard", "/nb/dashboard/", "learner"),
            ("grading queue, 5,000 waiting", "/nb/sandbox/grading/", "admin"),
            (
                f"company compliance, {args.employees:,} employees",
                "/nb/company/compliance/",
                "hr",
            ),
        ]
        rows = []
        for title, path, who in pages:
            bare = wrk(
                journey.base + "/healthz",
                seconds=args.seconds,
                connections=args.connections,
            )
            page = wrk(
                journey.base + path,
                seconds=args.seconds,
                connections=args.connections,
                cookie=cookies[who],
            )
            queries = query_count(cookies[who], path)
            rows.append((title, bare, page, queries))
            print(
                f"bench: {title}: {page['rps']:.1f}/s ({page['rps'] / bare['rps']:.3f}"
                f" of bare), p50 {page['p50']:.0f} ms, {queries} queries",
                flush=True,
            )
        memory = worker_memory_mib()
        grown = growth(args, courses, journey, cookies["hr"], cookies["admin"])
        write_results(args, rows, memory, grown, time.monotonic() - started)
    finally:
        journey.stop()
    return 0


def growth(args, courses, journey, small_cookie, admin_cookie) -> list:
    """The compliance view's and the grading queue's first page alone (one
    connection) at 1× and 10× their data."""
    from bench_compliance import seed

    from lms.models import User

    def alone(path, cookie):
        return wrk(
            journey.base + path, seconds=args.seconds, connections=1, cookie=cookie
        )

    compliance, queue = "/nb/company/compliance/", "/nb/sandbox/grading/"
    rows = [
        (f"compliance, {args.employees:,} employees", alone(compliance, small_cookie)),
        ("grading queue, 5,000 waiting", alone(queue, admin_cookie)),
    ]
    big = args.employees * 10
    print(f"bench: seeding a company of {big} employees", flush=True)
    hr_big = seed(big, courses, "10x")
    print("bench: seeding 45,000 more submissions", flush=True)
    seed_submissions(list(User.objects.filter(email__endswith="-10x@stor.no")), 45000)
    settle()
    rows += [
        (f"compliance, {big:,} employees", alone(compliance, session_cookie(hr_big))),
        ("grading queue, 50,000 waiting", alone(queue, admin_cookie)),
    ]
    return rows


def write_results(args, rows, memory, growth, elapsed) -> None:
    from django.utils import timezone

    lines = [
        "# Benchmark: pages under load beside a bare view",
        "",
        f"Run {timezone.now():%Y-%m-%d %H:%M %Z} by `bench/bench_load.py` on this machine"
        f" ({os.cpu_count()} cores): gunicorn with 2 sync workers, DEBUG off, "
        "PostgreSQL, Redis; wrk with "
        f"{args.connections} connections for {args.seconds} s per page, each right "
        "after the same run against `/healthz` (the bare view). Total "
        f"{elapsed / 60:.1f} min. The tables are vacuumed and analysed after each "
        "seeding, as autovacuum would do soon after a bulk load.",
        "",
        "| page | requests/s | bare view /s | ratio to bare | p50 ms | p99 ms "
        "| non-2xx | queries |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for title, bare, page, queries in rows:
        lines.append(
            f"| {title} | {page['rps']:.1f} | {bare['rps']:.1f} | "
            f"{page['rps'] / bare['rps']:.3f} | {page['p50']:.0f} | {page['p99']:.0f} "
            f"| {page['errors']} | {queries} |"
        )
    lines += [
        "",
        "## Alone (one connection) at 1× and 10× the data",
        "",
        "| page | requests/s | p50 ms | p99 ms |",
        "|---|---|---|---|",
    ]
    for title, result in growth:
        lines.append(
            f"| {title} | {result['rps']:.1f} | {result['p50']:.0f} "
            f"| {result['p99']:.0f} |"
        )
    lines += [
        "",
        "## Worker memory",
        "",
        "Each gunicorn worker after the run (the app is loaded in the master and the "
        "workers are forked from it, `preload_app`):",
        "",
        "| worker | resident (RSS) | proportional (PSS) | unique (USS) |",
        "|---|---|---|---|",
        *(
            f"| {n} | {m['rss']:.0f} MiB | {m['pss']:.0f} MiB | {m['uss']:.0f} MiB |"
            for n, m in enumerate(memory, 1)
        ),
        "",
    ]
    RESULTS.write_text("\n".join(lines))
    print(f"bench: wrote {RESULTS}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
