""" "HMS i små doser": issues written in Wagtail reach leaders (from the roles data)
and newsletter subscribers once per issue, never after they unsubscribe, and a
leader's copy carries their company's own deadlines."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.digest import DigestIndexPage, DigestIssuePage
from lms.factories import UserFactory
from lms.models import NewsletterSubscription
from payments.models import CompanyMember, DigestDelivery
from payments.services import roles as role_services
from payments.services.digest import digest_send_due

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site):
    page = DigestIndexPage(title="HMS i små doser", slug="digest")
    site["home"].add_child(instance=page)
    return page


def _issue(index, title, *, sent_ago=timedelta(hours=1)):
    issue = DigestIssuePage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        intro="Tre minutter om HMS.",
        body=json.dumps(
            [
                {
                    "type": "reflection",
                    "value": {
                        "heading": "Hvem melder avvik hos dere?",
                        "text": (
                            "<p>Mange meldinger kan bety god meldekultur. "
                            '<a href="/nb/kurs/">Se kursene</a></p>'
                        ),
                    },
                }
            ]
        ),
        send_at=timezone.now() - sent_ago,
    )
    index.add_child(instance=issue)
    issue.save_revision().publish()
    return issue


@pytest.fixture
def leader(company, company_admin):
    role = role_services.role_create(
        company=company, name="Daglig leder", kind="leader", actor=company_admin
    )
    user = UserFactory(email="leder@firma.example.org", preferred_language="nn")
    member = CompanyMember.objects.create(company=company, user=user)
    role_services.member_roles_set(
        membership=member, roles=[role], department=None, actor=company_admin
    )
    return user


@pytest.fixture
def subscriber(db):
    return NewsletterSubscription.objects.create(
        email="abonnent@example.org", confirmed_at=timezone.now()
    )


def _run(capture):
    with capture(execute=True):
        return digest_send_due()


def test_each_issue_reaches_each_recipient_once(
    index, leader, subscriber, django_capture_on_commit_callbacks
):
    _issue(index, "Nummer 1")
    assert _run(django_capture_on_commit_callbacks) == 2
    assert _run(django_capture_on_commit_callbacks) == 0  # a second run adds nothing
    assert sorted(m.to[0] for m in mail.outbox) == [
        "abonnent@example.org",
        "leder@firma.example.org",
    ]
    assert DigestDelivery.objects.count() == 2
    to_leader = next(m for m in mail.outbox if m.to == ["leder@firma.example.org"])
    assert to_leader.extra_headers["Content-Language"] == "nn"
    assert "Mange meldinger kan bety god meldekultur." in to_leader.body
    # A link written in the issue points at the site from the mail client too.
    html = to_leader.alternatives[0][0]
    assert f'href="{settings.SITE_URL}/nb/kurs/"' in html
    assert to_leader.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


def test_nothing_after_unsubscribing_with_one_click(
    index, leader, subscriber, django_capture_on_commit_callbacks
):
    _issue(index, "Nummer 1")
    _run(django_capture_on_commit_callbacks)
    to_leader = next(m for m in mail.outbox if m.to == ["leder@firma.example.org"])
    link = to_leader.extra_headers["List-Unsubscribe"].strip("<>")
    path = link.split("://", 1)[1].split("/", 1)[1]
    # What a mail client sends for one-click unsubscribe: a POST without a CSRF token.
    response = Client(enforce_csrf_checks=True).post(f"/{path}")
    assert response.status_code == 200
    mail.outbox.clear()
    _issue(index, "Nummer 2")
    _run(django_capture_on_commit_callbacks)
    assert [m.to for m in mail.outbox] == [["abonnent@example.org"]]


def test_an_issue_recorded_before_the_unsubscribe_is_not_sent_after_it(
    index, leader, django_capture_on_commit_callbacks
):
    from lms.outbox import outbox_sweep
    from payments.services.digest import digest_unsubscribe

    _issue(index, "Nummer 1")
    digest_send_due()  # recorded; the worker has not delivered it yet
    digest_unsubscribe(email="leder@firma.example.org")
    outbox_sweep()
    assert mail.outbox == [] and not DigestDelivery.objects.exists()


def test_a_leaders_copy_carries_the_companys_deadlines(
    index, leader, subscriber, company, django_capture_on_commit_callbacks
):
    company.hms_review_on = timezone.localdate() - timedelta(days=350)
    company.save()
    _issue(index, "Nummer 1")
    _run(django_capture_on_commit_callbacks)
    to_leader = next(m for m in mail.outbox if m.to == ["leder@firma.example.org"])
    to_subscriber = next(m for m in mail.outbox if m.to == ["abonnent@example.org"])
    assert company.name in to_leader.body
    assert company.name not in to_subscriber.body


def test_old_issues_are_not_mailed_when_the_digest_starts(
    index, leader, django_capture_on_commit_callbacks
):
    _issue(index, "Gammelt nummer", sent_ago=timedelta(days=30))
    assert _run(django_capture_on_commit_callbacks) == 0


def test_the_archive_lists_the_issues_and_a_forged_link_unsubscribes_nobody(
    client, index
):
    _issue(index, "Nummer 1")
    page = client.get("/nb/digest/")
    assert page.status_code == 200 and "Nummer 1" in page.content.decode()
    # Not yet translated: the English archive shows the bokmål issue and says so.
    english = client.get("/en/digest/").content.decode()
    assert "Nummer 1" in english and "in Norwegian (bokmål)" in english
    forged = client.post(reverse("payments:digest_unsubscribe", args=["leder@x.no"]))
    assert forged.status_code == 404
