"""The compliance view's counts and filters come from the database; they must say
exactly what the cell-by-cell rule (``status.cell_status`` over the records the company
may read) says, for every kind of record and every reason a record is hidden."""

import datetime
from collections import Counter

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from courses.factories import course_with_lessons
from lms.factories import UserFactory
from lms.models import Enrolment
from payments.compliance.status import FILTER_STATUSES, CellStatus
from payments.compliance.table import _ordered_members, _rows_for, table_columns
from payments.factories import seat_given
from payments.models import CompanyMember, CoursePass, RecordShare, Seat

from .compliance_world import TODAY, _certificate, _company, _enrol, _member

pytestmark = pytest.mark.django_db


def _pass_seat(company, user, template_seat, course_pass):
    CompanyMember.objects.get_or_create(company=company, user=user)
    return Seat.objects.create(
        company=company,
        order_line=template_seat.order_line,
        course_pass=course_pass,
        status=Seat.Status.USED,
        holder=user,
        used_at=timezone.now(),
    )


@pytest.fixture
def world(site):
    """One company with every kind of cell, and records it must not see."""
    first, _ = course_with_lessons(site["catalogue"], lessons=2, title="Første")
    second, _ = course_with_lessons(site["catalogue"], lessons=2, title="Andre")
    company, other = _company(), _company("Annen AS", "974760673")
    admin = UserFactory(email="hr@bygg.no")
    _member(company, admin, role="admin")
    the_pass = CoursePass.objects.create(name="Alle kurs", price_ore=100)
    person = {}

    def given(name, course=first):
        person[name] = person.get(name) or UserFactory(email=f"{name}@bygg.no")
        return seat_given(company=company, user=person[name], course=course)

    with time_machine.travel(TODAY, tick=False):
        for name, valid_until, revoked in [
            ("valid", datetime.date(2028, 1, 1), False),
            ("expiring", datetime.date(2026, 7, 15), False),
            ("expired", datetime.date(2026, 5, 1), False),
            ("revoked", datetime.date(2028, 1, 1), True),
        ]:
            given(name)
            _certificate(
                _enrol(person[name], first, completed=True),
                valid_until=valid_until,
                revoked=revoked,
            )
        given("completed")
        _enrol(person["completed"], first, completed=True)
        given("started")
        _enrol(person["started"], first, lessons_done=1)
        given("active")  # opened the course, no lesson done yet
        Enrolment.objects.filter(pk=_enrol(person["active"], first).pk).update(
            last_activity_at=timezone.now()
        )
        given("waiting")
        _enrol(person["waiting"], first)
        given("waiting", second)
        _enrol(person["waiting"], second, completed=True)
        # Withdrawn enrolment, certificate kept: the certificate is the cell.
        given("withdrawn")
        withdrawn = _enrol(person["withdrawn"], first, completed=True)
        _certificate(withdrawn, valid_until=datetime.date(2026, 6, 20))
        Enrolment.objects.filter(pk=withdrawn.pk).update(status="withdrawn")
        # Two current certificates: the later one (expired) decides.
        given("twice")
        twice = _enrol(person["twice"], first, completed=True)
        _certificate(twice, valid_until=datetime.date(2028, 1, 1))
        twice.completed_at -= datetime.timedelta(days=400)  # an older completion
        _certificate(twice, valid_until=datetime.date(2026, 1, 1))
        # Took the second course privately: hidden, until shared.
        given("private")
        _enrol(person["private"], second, lessons_done=1)
        given("sharer")
        _enrol(person["sharer"], second)
        RecordShare.objects.create(
            company=company, user=person["sharer"], course_key=second.translation_key
        )
        # A pass seat covers its seat enrolments, but not a course another company
        # gave a seat of its own for.
        seat = given("passholder")
        _pass_seat(company, person["passholder"], seat, the_pass)
        _enrol(person["passholder"], second, lessons_done=1)
        person["elsewhere"] = UserFactory(email="elsewhere@bygg.no")
        _pass_seat(company, person["elsewhere"], seat, the_pass)
        seat_given(company=other, user=person["elsewhere"], course=second)
        _enrol(person["elsewhere"], second)
        # Left the company: their records are no longer the company's to see.
        given("former")
        _enrol(person["former"], first, lessons_done=1)
        CompanyMember.objects.filter(company=company, user=person["former"]).delete()
        # A member with nothing at all.
        _member(company, UserFactory(email="nobody@bygg.no"))
    return {"company": company, "admin": admin, "person": person}


def _reference(company, course_key=""):
    """Counts and filter matches, cell by cell, the slow way."""
    with time_machine.travel(TODAY, tick=False):
        today = timezone.localdate()
        columns = table_columns(company=company, language="nb").only(course_key)
        rows = _rows_for(
            company=company,
            memberships=list(_ordered_members(company)),
            columns=columns,
            status_filter="",
            today=today,
        )
    counts = Counter(cell.status for row in rows for cell in row.cells)
    matching = {
        name: {
            row.employee.email
            for row in rows
            if any(cell.status in statuses for cell in row.cells)
        }
        for name, statuses in FILTER_STATUSES.items()
    }
    return dict(counts), matching, columns


@pytest.mark.parametrize("one_course", [False, True])
def test_the_counted_figures_match_the_cell_by_cell_rule(client, world, one_course):
    company = world["company"]
    course_key = ""
    if one_course:  # "Første": the course with the certificates
        course_key = str(table_columns(company=company, language="nb").keys[1])
    counts, matching, _columns = _reference(company, course_key)
    # Every kind of cell is present, so the comparison means something.
    assert set(counts) >= {
        CellStatus.VALID,
        CellStatus.EXPIRING,
        CellStatus.EXPIRED,
        CellStatus.REVOKED,
        CellStatus.NOT_STARTED,
        CellStatus.IN_PROGRESS,
        CellStatus.NOT_ASSIGNED,
    }
    client.force_login(world["admin"])
    url = reverse("payments:compliance")
    with time_machine.travel(TODAY, tick=False):
        page = client.get(url, {"course": course_key}).context["table"]
        assert page.status_counts == counts
        for name in FILTER_STATUSES:
            listed = client.get(url, {"course": course_key, "filter": name})
            emails = {row.employee.email for row in listed.context["people"]}
            assert emails == matching[name], name


def test_hidden_records_stay_hidden_and_consented_ones_show(client, world):
    """What the counts above agree with is itself right: a course taken privately is
    "not enrolled" for the company until shared; a pass covers the holder's own seat
    enrolments, not a course another company paid for."""
    client.force_login(world["admin"])
    with time_machine.travel(TODAY, tick=False):
        page = client.get(reverse("payments:compliance"))
    second = {
        row.employee.email: cell.status
        for row in page.context["people"]
        for cell in row.cells
        if cell.course_title == "Andre"
    }
    assert second["private@bygg.no"] == CellStatus.NOT_ASSIGNED
    assert second["sharer@bygg.no"] == CellStatus.NOT_STARTED
    assert second["passholder@bygg.no"] == CellStatus.IN_PROGRESS
    assert second["elsewhere@bygg.no"] == CellStatus.NOT_ASSIGNED
    assert "former@bygg.no" not in second
