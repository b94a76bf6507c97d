"""The company compliance view and its CSV export at 2,000 and 20,000 employees.

    .venv/bin/python bench/bench_compliance.py [--sizes 2000,20000]

Builds a throwaway test database (SQLite, or PostgreSQL when DATABASE_URL is set), seeds
one company of each size with three courses (a seat each; about half of the seats
started, a third completed with a certificate, some expiring or expired), and times
the first page of the view (the first look after a change, when the company's figures
are counted afresh, and later looks, when they are kept), a filtered page and the CSV
export in-process with the Django test client (median of 5, after one warm-up), with
their query counts.
"""

from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
)

RUNS = 5


def seed(size: int, courses, tag: str):
    from django.utils import timezone

    from lms.models import Certificate, Enrolment, User
    from payments.factories import CompanyFactory, seat_given
    from payments.models import CompanyMember, Seat

    company = CompanyFactory(name=f"Stor {tag} AS")
    admin = User.objects.create_user(email=f"hr-{tag}@stor.no", password="x" * 20)
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    users = User.objects.bulk_create(
        User(email=f"ansatt{i}-{tag}@stor.no", full_name=f"Ansatt {i:05d}")
        for i in range(size)
    )
    CompanyMember.objects.bulk_create(
        CompanyMember(company=company, user=u, role="employee") for u in users
    )
    now = timezone.now()
    today = timezone.localdate()
    for n, course in enumerate(courses):
        line = seat_given(company=company, user=admin, course=course).order_line
        Seat.objects.bulk_create(
            Seat(
                company=company,
                order_line=line,
                course=course,
                course_key=course.translation_key,
                status="used",
                holder=u,
            )
            for u in users
        )
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(
                user=u,
                course=course,
                course_key=course.translation_key,
                source="seat",
                completed_at=now if (i + n) % 3 == 0 else None,
                last_activity_at=now if (i + n) % 2 == 0 else None,
                status="completed" if (i + n) % 3 == 0 else "active",
            )
            for i, u in enumerate(users)
        )
        Certificate.objects.bulk_create(
            Certificate(
                number=f"B{tag}-{n}-{i:05d}",
                user_id=e.user_id,
                enrolment=e,
                course=course,
                course_key=course.translation_key,
                reason="completion",
                language="nb",
                holder_name=f"Ansatt {i:05d}",
                course_title=course.title,
                audience="leader",
                hours=Decimal("1.50"),
                completed_at=now,
                valid_until=today + datetime.timedelta(days=(i % 5) * 40 - 60),
            )
            for i, e in enumerate(enrolments)
            if e.completed_at
        )
    return admin


def measure(client, url, *, afresh=None) -> tuple[float, int, int]:
    """Median time, queries and size of ``url``; ``afresh()`` before each request
    drops the company's kept figures (the first look after a change)."""
    client.get(url)
    times = []
    for _ in range(RUNS):
        if afresh:
            afresh()
        start = time.perf_counter()
        response = client.get(url)
        if response.streaming:  # an export: the time to the last byte
            b"".join(response.streaming_content)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    if afresh:
        afresh()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        size = len(b"".join(response)) if response.streaming else len(response.content)
    return statistics.median(times) * 1000, len(queries), size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,20000")
    args = parser.parse_args()
    setup_test_environment()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    # As in production: the company's figures are kept until its records change.
    settings.COMPLIANCE_FIGURES_SECONDS = 300
    if connection.vendor == "sqlite":  # never the test suite's own database file
        (Path(settings.BASE_DIR) / "var").mkdir(exist_ok=True)
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(
            Path(settings.BASE_DIR) / "var" / "bench-compliance.sqlite3"
        )
    print(f"compliance ({connection.vendor}), median of {RUNS}:")
    for size in [int(s) for s in args.sizes.split(",")]:
        # Each size in a database of its own, so 10x is measured against 10x alone.
        old_name = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=False
        )
        try:
            run_size(size)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)


def run_size(size: int) -> None:
    from django.test import Client

    from courses.factories import course_with_lessons, site_tree

    _home, catalogue = site_tree()
    courses = [
        course_with_lessons(catalogue, title=f"Kurs {n}", lessons=4)[0]
        for n in range(3)
    ]
    started = time.perf_counter()
    admin = seed(size, courses, tag=str(size))
    with connection.cursor() as cursor:  # as autovacuum would soon after a bulk load
        cursor.execute(
            "VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE"
        )
    print(f"  seeded {size:,} employees in {time.perf_counter() - started:.1f} s")
    from payments.compliance.figures import records_changed
    from payments.models import CompanyMember

    company_id = CompanyMember.objects.get(user=admin).company_id
    client = Client()
    client.force_login(admin)
    for name, url, afresh in [
        (
            "first page after a change",
            "/nb/company/compliance/",
            lambda: records_changed(company_ids=[company_id]),
        ),
        ("first page", "/nb/company/compliance/", None),
        ("gaps filter", "/nb/company/compliance/?filter=gaps", None),
        ("page 40", "/nb/company/compliance/?page=40", None),
        ("CSV export", "/nb/company/compliance/export.csv", None),
    ]:
        ms, queries, size_bytes = measure(client, url, afresh=afresh)
        print(
            f"  {size:>6,} employees  {name:<26} {ms:8.1f} ms "
            f"{queries:3} queries {size_bytes // 1024:6} KB"
        )


if __name__ == "__main__":
    main()
