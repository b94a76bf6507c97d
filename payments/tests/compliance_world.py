"""A company's compliance world for the tests: people, seats, enrolments, certificates."""

import datetime
import uuid
from decimal import Decimal

import time_machine
from django.urls import reverse
from django.utils import timezone

from lms.factories import UserFactory
from lms.models import Certificate, Enrolment, LessonProgress, User
from payments.factories import seat_given
from payments.models import Company, CompanyMember, Seat

TODAY = "2026-06-01 12:00 +02:00"


def _company(name="Bygg AS", org_nr="914778271"):
    return Company.objects.create(
        name=name, org_nr=org_nr, billing_email="f@example.no"
    )


def _member(company, user, role="employee"):
    return CompanyMember.objects.create(company=company, user=user, role=role)


def _certificate(enrolment, *, valid_until, number=None, revoked=False):
    return Certificate.objects.create(
        number=number or uuid.uuid4().hex[:19].upper(),
        user=enrolment.user,
        enrolment=enrolment,
        course=enrolment.course,
        course_key=enrolment.course_key,
        reason="completion",
        language="nb",
        holder_name=enrolment.user.get_full_name(),
        course_title=enrolment.course.title,
        audience="leader",
        hours=Decimal("1.50"),
        legal_basis="AML § 3-5",
        completed_at=enrolment.completed_at,
        valid_until=valid_until,
        revoked_at=timezone.now() if revoked else None,
    )


def _enrol(user, course, *, completed=False, lessons_done=0):
    enrolment = Enrolment.objects.create(
        user=user,
        course=course,
        course_key=course.translation_key,
        source="seat",
        completed_at=timezone.now() if completed else None,
        status="completed" if completed else "active",
        last_activity_at=timezone.now() if (completed or lessons_done) else None,
    )
    for lesson in course.lessons[:lessons_done]:
        LessonProgress.objects.create(
            enrolment=enrolment,
            lesson=lesson,
            lesson_key=lesson.translation_key,
            completed_at=timezone.now(),
        )
    return enrolment


def compliance_company(course):
    """A company with an admin and four employees: valid, expiring, not started and
    in progress."""
    company = _company()
    admin = UserFactory(email="hr@bygg.no", full_name="Hanne HR")
    _member(company, admin, role="admin")
    people = {}
    for key, name in [
        ("valid", "Anne Gyldig"),
        ("expiring", "Bjørn Snart"),
        ("not_started", "Cecilie Ikke"),
        ("in_progress", "David Underveis"),
    ]:
        people[key] = UserFactory(full_name=name)
        seat_given(company=company, user=people[key], course=course)
    with time_machine.travel(TODAY, tick=False):
        _certificate(
            _enrol(people["valid"], course, completed=True),
            valid_until=datetime.date(2028, 1, 1),
            number="VALD-0000-0000-0001",
        )
        _certificate(
            _enrol(people["expiring"], course, completed=True),
            valid_until=datetime.date(2026, 7, 15),
            number="SOON-0000-0000-0002",
        )
        _enrol(people["not_started"], course)
        _enrol(people["in_progress"], course, lessons_done=1)
    return {"company": company, "admin": admin, "people": people, "course": course}


def _body(response) -> bytes:
    """Exports are streamed: the whole body."""
    return b"".join(response.streaming_content)


def _get(client, name, *args, **params):
    with time_machine.travel(TODAY, tick=False):
        return client.get(reverse(name, args=args), params)


def _big_company(course, size):
    company = _company("Stor AS", "974760673")
    admin = UserFactory(email="hr@stor.no")
    _member(company, admin, role="admin")
    users = User.objects.bulk_create(
        User(email=f"ansatt{i}@stor.no", full_name=f"Ansatt {i:03d}")
        for i in range(size)
    )
    CompanyMember.objects.bulk_create(
        CompanyMember(company=company, user=u, role="employee") for u in users
    )
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
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            user=u,
            course=course,
            course_key=course.translation_key,
            source="seat",
            completed_at=now if i % 2 else None,
            status="completed" if i % 2 else "active",
        )
        for i, u in enumerate(users)
    )
    Certificate.objects.bulk_create(
        Certificate(
            number=f"BULK-{i:04d}-0000-0000",
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
            completed_at=now,
            valid_until=datetime.date(2027, 1, 1) if i % 4 == 1 else None,
        )
        for i, e in enumerate(enrolments)
        if e.completed_at
    )
    return company, admin
