"""The company compliance view: roles, statuses, filters, exports and the evidence pack."""

import datetime
import io
import re
import zipfile

import pytest
from django.urls import reverse

from lms import services
from lms.factories import UserFactory
from lms.models import User
from payments.factories import seat_given
from payments.models import Company, CompanyMember, EvidencePackJob

from .compliance_world import _big_company, _company, _get, _member

pytestmark = pytest.mark.django_db


def test_anonymous_is_sent_to_login(client, compliance_setup):
    response = _get(client, "payments:compliance")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_employee_is_refused(client, compliance_setup):
    client.force_login(compliance_setup["people"]["valid"])
    assert _get(client, "payments:compliance").status_code == 403
    assert _get(client, "payments:compliance_export", "csv").status_code == 403


def test_admin_of_another_company_sees_only_their_own(client, compliance_setup):
    other = _company("Annet AS", "923609016")
    other_admin = UserFactory()
    _member(other, other_admin, role="admin")
    client.force_login(other_admin)
    body = _get(client, "payments:compliance").content.decode()
    assert "Anne Gyldig" not in body and "Annet AS" in body
    forced = _get(client, "payments:compliance", company=compliance_setup["company"].pk)
    assert forced.status_code == 403


def test_company_admin_sees_every_employee_with_status_and_validity(
    client, compliance_setup
):
    client.force_login(compliance_setup["admin"])
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


def test_superuser_may_look_at_a_company_for_support(client, compliance_setup):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = _get(
        client, "payments:compliance", company=compliance_setup["company"].pk
    )
    assert response.status_code == 200 and "Anne Gyldig" in response.content.decode()


@pytest.mark.parametrize(
    ("status_filter", "expected"),
    [("expiring", {"Bjørn Snart"}), ("not_started", {"Cecilie Ikke"})],
)
def test_filters(client, compliance_setup, status_filter, expected):
    client.force_login(compliance_setup["admin"])
    response = _get(client, "payments:compliance", filter=status_filter)
    names = {r.employee.full_name for r in response.context["table"].rows}
    assert names == expected
    # The summary still counts the whole company.
    counts = response.context["table"].counts()
    assert counts["valid"] == counts["expiring"] == counts["not_started"] == 1


def test_evidence_pack_is_built_in_the_background_with_progress_and_download(
    client, compliance_setup, django_capture_on_commit_callbacks
):
    client.force_login(compliance_setup["admin"])
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


def test_dashboard_links_company_admins_to_the_compliance_view(
    client, compliance_setup
):
    client.force_login(compliance_setup["admin"])
    body = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("payments:compliance") in body
    client.force_login(compliance_setup["people"]["valid"])
    body = client.get(reverse("lms:dashboard")).content.decode()
    assert reverse("payments:compliance") not in body


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


def test_search_by_name_or_address_and_the_counts_stay_whole(client, compliance_setup):
    client.force_login(compliance_setup["admin"])
    by_name = _get(client, "payments:compliance", q="snart")
    assert [p.employee.full_name for p in by_name.context["people"]] == ["Bjørn Snart"]
    assert by_name.context["table"].counts()["valid"] == 1  # the whole company
    by_address = _get(client, "payments:compliance", q="HR@BYGG")
    assert [p.employee.email for p in by_address.context["people"]] == ["hr@bygg.no"]
    nobody = _get(client, "payments:compliance", q="<script>")
    assert nobody.context["people"] == []
    assert "&lt;script&gt;" in nobody.content.decode()
