"""The company compliance view: roles, statuses, filters, exports and the evidence pack."""

import csv
import datetime
import io
import re
import uuid
import zipfile
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from lms import services
from lms.factories import UserFactory
from lms.models import Certificate, Enrolment, LessonProgress, User
from payments.factories import seat_given
from payments.models import Company, CompanyMember, EvidencePackJob, Seat

pytestmark = pytest.mark.django_db

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


@pytest.fixture
def setup(course):
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


def test_anonymous_is_sent_to_login(client, setup):
    response = _get(client, "payments:compliance")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_employee_is_refused(client, setup):
    client.force_login(setup["people"]["valid"])
    assert _get(client, "payments:compliance").status_code == 403
    assert _get(client, "payments:compliance_export", "csv").status_code == 403


def test_admin_of_another_company_sees_only_their_own(client, setup):
    other = _company("Annet AS", "923609016")
    other_admin = UserFactory()
    _member(other, other_admin, role="admin")
    client.force_login(other_admin)
    body = _get(client, "payments:compliance").content.decode()
    assert "Anne Gyldig" not in body and "Annet AS" in body
    forced = _get(client, "payments:compliance", company=setup["company"].pk)
    assert forced.status_code == 403


def test_company_admin_sees_every_employee_with_status_and_validity(client, setup):
    client.force_login(setup["admin"])
    response = _get(client, "payments:compliance")
    assert response.status_code == 200
    body = response.content.decode()
    for name in ("Anne Gyldig", "Bjørn Snart", "Cecilie Ikke", "David Underveis"):
        assert name in body
    rows = {r.employee.full_name: r for r in response.context["table"].rows}
    assert rows["Anne Gyldig"].status == "valid"
    assert rows["Anne Gyldig"].valid_until == datetime.date(2028, 1, 1)
    assert rows["Bjørn Snart"].status == "expiring"
    assert rows["Cecilie Ikke"].status == "not_started"
    assert rows["David Underveis"].status == "in_progress"
    assert rows["David Underveis"].percent == 33
    assert "VALD-0000-0000-0001" in body


def test_superuser_may_look_at_a_company_for_support(client, setup):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = _get(client, "payments:compliance", company=setup["company"].pk)
    assert response.status_code == 200 and "Anne Gyldig" in response.content.decode()


@pytest.mark.parametrize(
    ("status_filter", "expected"),
    [("expiring", {"Bjørn Snart"}), ("not_started", {"Cecilie Ikke"})],
)
def test_filters(client, setup, status_filter, expected):
    client.force_login(setup["admin"])
    response = _get(client, "payments:compliance", filter=status_filter)
    names = {r.employee.full_name for r in response.context["table"].rows}
    assert names == expected
    # The summary still counts the whole company.
    counts = response.context["table"].counts()
    assert counts["valid"] == counts["expiring"] == counts["not_started"] == 1


def test_csv_export_opens_in_a_spreadsheet(client, setup):
    client.force_login(setup["admin"])
    response = _get(client, "payments:compliance_export", "csv", filter="expiring")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    text = _body(response).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 2
    assert rows[1][0] == "Bjørn Snart"
    assert "SOON-0000-0000-0002" in rows[1]
    assert "2026-07-15" in rows[1]


def test_xlsx_export(client, setup):
    from openpyxl import load_workbook

    client.force_login(setup["admin"])
    response = _get(client, "payments:compliance_export", "xlsx")
    sheet = load_workbook(io.BytesIO(_body(response))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 1 + 5  # header + four employees and the admin
    by_name = {row[0]: row for row in values[1:]}
    assert by_name["Anne Gyldig"][7] == "VALD-0000-0000-0001"
    assert by_name["Anne Gyldig"][8].date() == datetime.date(2028, 1, 1)


def test_evidence_pack_is_built_in_the_background_with_progress_and_download(
    client, setup, django_capture_on_commit_callbacks
):
    client.force_login(setup["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("payments:evidence_pack_start"))
    job = EvidencePackJob.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/evidence-pack/{job.pk}/")
    status = client.get(
        reverse("payments:evidence_pack", args=[job.pk]), HTTP_ACCEPT="application/json"
    ).json()
    assert status["status"] == "done" and status["percent"] == 100
    assert status["done"] == status["total"] == 2
    page = client.get(reverse("payments:evidence_pack", args=[job.pk])).content.decode()
    assert status["download_url"] in page
    download = client.get(status["download_url"])
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = archive.namelist()
    # A summary sheet (xlsx and csv) at the top, the PDFs in a folder.
    assert {n.rsplit(".", 1)[1] for n in names if "/" not in n} == {"xlsx", "csv"}
    pdfs = [n for n in names if n.endswith(".pdf")]
    assert len(pdfs) == 2
    assert any("VALD-0000-0000-0001" in n for n in pdfs)
    assert archive.read(pdfs[0]).startswith(b"%PDF")
    # Another company's admin cannot see or fetch it.
    other = _company("Annet AS", "923609016")
    stranger = UserFactory()
    _member(other, stranger, role="admin")
    client.force_login(stranger)
    assert client.get(status["download_url"]).status_code == 404
    assert (
        client.get(reverse("payments:evidence_pack", args=[job.pk])).status_code == 404
    )


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


def test_export_for_500_employees_runs_in_a_fixed_number_of_queries(
    client, course, django_assert_max_num_queries
):
    from courses.factories import course_with_lessons

    second, _ = course_with_lessons(course.get_parent().specific, lessons=2)
    company, admin = _big_company(course, 500)
    seventh = User.objects.get(email="ansatt7@stor.no")
    seat_given(company=company, user=seventh, course=second)
    Enrolment.objects.create(
        user=seventh, course=second, course_key=second.translation_key, source="seat"
    )
    client.force_login(admin)
    url = reverse("payments:compliance_export", args=["csv"])
    # Streamed a chunk of people at a time (constant memory): the request's own
    # queries, then seven per chunk of CHUNK people, never one per person.
    from payments.compliance.table import CHUNK

    budget = 9 + 7 * -(-501 // CHUNK)
    with django_assert_max_num_queries(budget):
        body = _body(client.get(url))
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 501 * 2  # every person × both courses
    with django_assert_max_num_queries(budget):
        response = client.get(reverse("payments:compliance_export", args=["xlsx"]))
        assert _body(response)[:2] == b"PK"  # a zip: the workbook
    assert response.status_code == 200
    # The page adds the site shell's own queries (menu, language links, other apps'
    # navigation) on top of the table's dozen.
    with django_assert_max_num_queries(35):
        page = client.get(reverse("payments:compliance"))
    assert page.status_code == 200
    assert len(page.context["page_obj"].object_list) == 50  # employees per page


def test_dashboard_links_company_admins_to_the_compliance_view(client, setup):
    client.force_login(setup["admin"])
    body = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("payments:compliance") in body
    client.force_login(setup["people"]["valid"])
    body = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("payments:compliance") not in body


def test_exports_never_turn_names_into_formulas(client, setup):
    from openpyxl import load_workbook

    user = setup["people"]["valid"]
    user.full_name = '=HYPERLINK("http://evil.example","x")'
    user.save()
    client.force_login(setup["admin"])
    text = _body(_get(client, "payments:compliance_export", "csv")).decode("utf-8-sig")
    names = [row[0] for row in csv.reader(io.StringIO(text), delimiter=";")]
    [name] = [n for n in names if "HYPERLINK" in n]
    assert name.startswith("'=HYPERLINK")
    sheet = load_workbook(
        io.BytesIO(_body(_get(client, "payments:compliance_export", "xlsx")))
    ).active
    cell = next(c for c in sheet["A"] if "HYPERLINK" in str(c.value))
    assert cell.data_type == "s" and cell.value.startswith("'=")


def test_excel_export_works_for_a_company_name_with_a_slash(client, course):
    import io

    from django.urls import reverse
    from openpyxl import load_workbook

    from lms.factories import UserFactory

    company = Company.objects.create(
        name="Rør og Bygg A/S: Oslo [avd. 2]",
        org_nr="914778271",
        billing_email="f@example.no",
    )
    admin = UserFactory(email="hr@bygg.no")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    client.force_login(admin)
    response = client.get(reverse("payments:compliance_export", args=["xlsx"]))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(_body(response))).active
    assert sheet.title.startswith("Rør og Bygg A")


def test_a_stored_evidence_pack_has_an_unguessable_file_name(
    client, course, django_capture_on_commit_callbacks
):
    """Media may be served without a login (DEBUG, a public bucket), like the PDFs."""
    from django.urls import reverse

    from lms.factories import UserFactory
    from payments.compliance.exports import export_filename
    from payments.models import EvidencePackJob

    company = Company.objects.create(
        name="Bygg AS", org_nr="914778271", billing_email="f@example.no"
    )
    admin = UserFactory(email="hr@bygg.no")
    CompanyMember.objects.create(company=company, user=admin, role="admin")
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("payments:evidence_pack_start"))
    job = EvidencePackJob.objects.get()
    guessable = export_filename(company=company, extension="zip")
    stored = job.file.name.split("/")
    assert stored[-1] == guessable  # what the admin downloads keeps its clear name
    assert re.search(r"/[0-9a-f]{32}/", job.file.name)  # behind a random folder
    download = client.get(reverse("payments:evidence_pack_download", args=[job.pk]))
    assert guessable in download["Content-Disposition"]


def test_compliance_progress_counts_only_lessons_still_published(course, learner):
    from payments.compliance.table import table_rows

    company = Company.objects.create(
        name="Bygg AS", org_nr="914778271", billing_email="f@example.no"
    )
    seat_given(company=company, user=learner, course=course)
    enrolment = services.enrolment_free_create(user=learner, course=course)
    first, second, last = course.lessons
    services.lesson_complete(enrolment=enrolment, lesson=first)
    services.lesson_complete(enrolment=enrolment, lesson=second)
    second.unpublish()
    # One of the two lessons still published is done: 50 %, as the learner sees it.
    [row] = table_rows(company=company, language="nb")
    assert row.status == "in_progress"
    assert row.percent == 50


def test_the_page_reads_the_same_number_of_queries_at_60_and_600_people(
    client, course, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    company, admin = _big_company(course, 60)
    client.force_login(admin)
    url = reverse("payments:compliance")
    client.get(url)
    counts = []
    for extra in (0, 540):
        users = User.objects.bulk_create(
            User(email=f"ekstra{i}@stor.no", full_name=f"Ekstra {i:03d}")
            for i in range(extra)
        )
        CompanyMember.objects.bulk_create(
            CompanyMember(company=company, user=u, role="employee") for u in users
        )
        for query in ({}, {"filter": "gaps"}, {"q": "ansatt 01"}):
            with CaptureQueriesContext(connection) as queries:
                page = client.get(url, query)
            counts.append((str(query), len(queries)))
        assert len(client.get(url).context["people"]) == 50  # a page, not everyone
    assert counts[:3] == counts[3:], counts
    assert page.context["table"].employee_count == 601


def test_search_by_name_or_address_and_the_counts_stay_whole(client, setup):
    client.force_login(setup["admin"])
    by_name = _get(client, "payments:compliance", q="snart")
    assert [p.employee.full_name for p in by_name.context["people"]] == ["Bjørn Snart"]
    assert by_name.context["table"].counts()["valid"] == 1  # the whole company
    by_address = _get(client, "payments:compliance", q="HR@BYGG")
    assert [p.employee.email for p in by_address.context["people"]] == ["hr@bygg.no"]
    nobody = _get(client, "payments:compliance", q="<script>")
    assert nobody.context["people"] == []
    assert "&lt;script&gt;" in nobody.content.decode()
