"""Compliance exports: CSV and Excel that open in a spreadsheet, never run a formula,
and read a fixed number of queries however many employees."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from lms.factories import UserFactory
from lms.models import Enrolment, User
from payments.factories import seat_given
from payments.models import Company, CompanyMember

from .compliance_world import (
    _big_company,
    _body,
    _get,
)

pytestmark = pytest.mark.django_db


def test_csv_export_opens_in_a_spreadsheet(client, compliance_setup):
    client.force_login(compliance_setup["admin"])
    response = _get(client, "payments:compliance_export", "csv", filter="expiring")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    text = _body(response).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 2
    assert rows[1][0] == "Bjørn Snart"
    assert "SOON-0000-0000-0002" in rows[1]
    assert "2026-07-15" in rows[1]


def test_xlsx_export(client, compliance_setup):
    from openpyxl import load_workbook

    client.force_login(compliance_setup["admin"])
    response = _get(client, "payments:compliance_export", "xlsx")
    sheet = load_workbook(io.BytesIO(_body(response))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 1 + 5  # header + four employees and the admin
    by_name = {row[0]: row for row in values[1:]}
    assert by_name["Anne Gyldig"][7] == "VALD-0000-0000-0001"
    assert by_name["Anne Gyldig"][8].date() == datetime.date(2028, 1, 1)


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


def test_exports_never_turn_names_into_formulas(client, compliance_setup):
    from openpyxl import load_workbook

    user = compliance_setup["people"]["valid"]
    user.full_name = '=HYPERLINK("http://evil.example","x")'
    user.save()
    client.force_login(compliance_setup["admin"])
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
