"""Benchmarks for certificates: render time of one PDF, and the 500-employee evidence pack.

Run from the project root (not part of `make test`):

    .venv/bin/python bench/certificates.py [--renders 50] [--employees 500]

It builds a throw-away SQLite database and media folder under a temporary directory
(override with BENCH_DATABASE_URL for PostgreSQL) so the demo data is never touched.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORKDIR = Path(tempfile.mkdtemp(prefix="bench-cert-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{WORKDIR / 'bench.sqlite3'}"
)
os.environ["MEDIA_ROOT"] = str(WORKDIR / "media")
os.environ.pop("REDIS_URL", None)  # tasks run eagerly, in this process
os.environ.setdefault("LOG_LEVEL", "WARNING")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--employees", type=int, default=500)
    args = parser.parse_args()

    import django

    django.setup()
    import logging

    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    company, admin, sample = _world(args.employees)
    _renders(sample, args.renders)
    _pack(company, admin, args.employees, "cold: every PDF rendered and stored first")
    _pack(company, admin, args.employees, "warm: PDFs already stored")
    print(f"(work directory: {WORKDIR})")


def _world(employees: int):
    """A course, and a company whose employees all hold a certificate of it."""
    from courses.factories import course_with_lessons, site_tree
    from lms.models import User
    from payments.models import Company, CompanyMember

    _home, catalogue = site_tree()
    course, _ = course_with_lessons(
        catalogue,
        title="HMS for ledere",
        legal_basis="AML § 3-5",
        certificate_validity_months=24,
        topics=[("topic", f"Tema {i}") for i in range(6)],
    )
    company = Company.objects.create(
        name="Bench AS", org_nr="914778271", billing_email="b@example.com"
    )
    admin = User.objects.create(email="hr@bench.example", full_name="HR")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    users = User.objects.bulk_create(
        User(email=f"e{i}@bench.example", full_name=f"Ansatt Nummer {i:03d}")
        for i in range(employees)
    )
    CompanyMember.objects.bulk_create(
        CompanyMember(company=company, user=u, role="employee") for u in users
    )
    _seats(company, admin, course, users)
    return company, admin, _certificates(course, users)


def _seats(company, admin, course, users) -> None:
    """The company sees a person's records through the seat it gave them."""
    from django.utils import timezone

    from payments.models import Order, OrderLine, Seat

    order = Order.objects.create(
        user=admin, company=company, status="paid", buyer_email=admin.email
    )
    line = OrderLine.objects.create(
        order=order,
        course=course,
        course_key=course.translation_key,
        description=course.title,
        quantity=len(users),
        for_seats=True,
        unit_price_ore=0,
        total_ore=0,
        vat_rate=0,
        vat_ore=0,
    )
    Seat.objects.bulk_create(
        Seat(
            company=company,
            order_line=line,
            course=course,
            course_key=course.translation_key,
            status="used",
            holder=u,
            used_at=timezone.now(),
        )
        for u in users
    )


def _certificates(course, users):
    """A completed enrolment and a certificate for each user; one of them."""
    import datetime
    from decimal import Decimal

    from django.utils import timezone

    from lms.certificates import services as certificates
    from lms.models import Certificate, Enrolment

    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            user=u,
            course=course,
            course_key=course.translation_key,
            source="seat",
            status="completed",
            completed_at=now,
            hours_credited=Decimal("1.50"),
        )
        for u in users
    )
    Certificate.objects.bulk_create(
        Certificate(
            number=certificates.certificate_number_new(),
            user=e.user,
            enrolment=e,
            course=course,
            course_key=course.translation_key,
            reason="completion",
            language="nb",
            holder_name=e.user.full_name,
            course_title=course.title,
            audience="leader",
            hours=Decimal("1.50"),
            legal_basis="AML § 3-5",
            topics=[f"Tema {i}" for i in range(6)],
            completed_at=now,
            valid_until=timezone.localdate() + datetime.timedelta(days=700),
        )
        for e in enrolments
    )
    return Certificate.objects.first()


def _renders(sample, renders: int) -> None:
    from lms.certificates import render as certificate_render
    from lms.certificates.render import warm_up

    # A worker process loads fonts, CSS and templates when it starts (the Celery
    # signal worker_process_init), before any certificate waits; then the first one.
    start = time.perf_counter()
    warm_up()
    print(f"worker start, PDF warm-up: {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    certificate_render.certificate_render_pdf(certificate=sample)
    print(
        f"first render after the warm-up: {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    times = []
    for _i in range(renders):
        start = time.perf_counter()
        certificate_render.certificate_render_pdf(certificate=sample)
        times.append(time.perf_counter() - start)
    print(
        f"render one certificate: median {statistics.median(times) * 1000:.0f} ms, "
        f"p90 {sorted(times)[int(len(times) * 0.9) - 1] * 1000:.0f} ms "
        f"over {renders} renders"
    )


def _pack(company, admin, employees: int, label: str) -> None:
    from payments.compliance import evidence as compliance
    from payments.models import EvidencePackJob

    job = EvidencePackJob.objects.create(
        company_id=company.pk, requested_by=admin, language="nb"
    )
    start = time.perf_counter()
    job = compliance.evidence_pack_build(job_id=job.pk)
    elapsed = time.perf_counter() - start
    size = job.file.size / 1_000_000
    print(
        f"evidence pack, {employees} employees ({label}): {elapsed:.1f} s wall, "
        f"{job.total} PDFs, {size:.1f} MB ZIP"
    )


if __name__ == "__main__":
    main()
