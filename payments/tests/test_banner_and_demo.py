"""The campaign banner on the home page, and the payments demo data."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from lms.factories import UserFactory
from payments.factories import DiscountCodeFactory
from payments.models import (
    CampaignBannerSettings,
    Company,
    CompanyMember,
    DiscountCode,
    Seat,
    SeatInvitation,
)

from .helpers import translated

pytestmark = pytest.mark.django_db


def choose(code, headline=""):
    site = Site.objects.get(is_default_site=True)
    banner = CampaignBannerSettings.for_site(site)
    banner.code = code
    banner.headline = headline
    banner.save()


def home(client):
    return client.get("/en/").content.decode()


def test_no_banner_without_a_campaign(client, site):
    assert "campaign-banner" not in home(client)


def test_the_banner_counts_down_to_the_end_of_the_chosen_code(client, site):
    ends = timezone.now() + datetime.timedelta(days=2, hours=3, minutes=5)
    choose(DiscountCodeFactory(code="HMS2026", percent=25, valid_until=ends))
    html = home(client)
    assert "campaign-banner" in html
    assert "25\xa0% off all courses" in html
    assert "HMS2026" in html
    # Server-rendered, for everyone (and for screen readers): the end and days left.
    assert "The offer ends" in html and "2 days left." in html
    # The ticking clock is enhancement only, hidden from assistive technology.
    assert 'data-countdown data-ends="' in html
    assert 'aria-hidden="true" hidden' in html
    assert 'data-unit="seconds"' in html
    assert "/static/js/payments.js" in html
    assert "aria-live" not in html.split("campaign-banner")[1].split("</section>")[0]


def test_the_last_day_says_hours(client, site):
    choose(
        DiscountCodeFactory(
            code="SOON",
            valid_until=timezone.now() + datetime.timedelta(hours=5, minutes=1),
        )
    )
    assert "Less than a day left: 5 hours." in home(client)


def test_an_editor_headline_replaces_the_generated_one(client, site):
    choose(
        DiscountCodeFactory(
            code="VÅR", valid_until=timezone.now() + datetime.timedelta(days=9)
        ),
        headline="Vårkampanje for verneombud",
    )
    assert "Vårkampanje for verneombud" in home(client)


@pytest.mark.parametrize(
    "fields",
    [
        {"valid_until": None},
        {"valid_until": timezone.now() - datetime.timedelta(minutes=1)},
        {"active": False, "valid_until": timezone.now() + datetime.timedelta(days=3)},
    ],
)
def test_no_banner_for_a_code_that_ended_or_has_no_end(client, site, fields):
    choose(DiscountCodeFactory(code="X", **fields))
    assert "campaign-banner" not in home(client)


def test_the_countdown_script_is_local_and_quiet():
    from pathlib import Path

    from django.conf import settings

    script = (Path(settings.BASE_DIR) / "static/js/payments.js").read_text()
    assert "http" not in script  # no CDN, nothing fetched
    assert "aria-live" not in script


@pytest.fixture
def demo_world(site):
    from courses.factories import course_with_lessons

    leader, _ = course_with_lessons(
        site["catalogue"], price_ore=149000, audience="leader"
    )
    worker, _ = course_with_lessons(
        site["catalogue"], price_ore=49000, audience="worker"
    )
    worker_uk = translated(worker, "uk")
    users = {"hr": UserFactory(email="hr@example.com", full_name="Hanne")}
    return {
        "users": users,
        "courses": {"leader": leader, "worker": worker},
        "uk": worker_uk,
    }


def test_demo_seed_is_idempotent_and_complete(demo_world):
    from payments import demo

    lines = demo.seed(users=demo_world["users"], courses=demo_world["courses"])
    hms = DiscountCode.objects.get(code="HMS2026")
    first_end = hms.valid_until
    assert hms.percent == 25 and hms.scope == DiscountCode.Scope.ALL
    assert 59 <= (first_end - timezone.now()).days <= 60
    ukraina = DiscountCode.objects.get(code="UKRAINA")
    assert ukraina.percent == 100 and not ukraina.include_translations
    assert list(ukraina.courses.values_list("pk", flat=True)) == [demo_world["uk"].pk]
    assert CampaignBannerSettings.objects.get().code == hms
    company = Company.objects.get(name="Demo Bygg AS")
    assert CompanyMember.objects.get(
        company=company, user__email="hr@example.com"
    ).role == ("admin")
    seats = Seat.objects.filter(company=company)
    # hr@example.com and three employees (with different progress) hold seats.
    assert seats.filter(status="used").count() == 4
    assert CompanyMember.objects.filter(company=company).count() == 4
    assert seats.filter(status="invited").count() == 2
    assert seats.filter(status="free").exists()
    assert any("HMS2026" in line for line in lines)

    demo.seed(users=demo_world["users"], courses=demo_world["courses"])
    assert DiscountCode.objects.count() == 2
    assert DiscountCode.objects.get(code="HMS2026").valid_until == first_end
    assert Company.objects.count() == 1
    assert Seat.objects.count() == seats.count()
    assert SeatInvitation.objects.count() == 2


def test_demo_ukraina_makes_only_the_ukrainian_worker_course_free(demo_world):
    from payments import demo
    from payments.exceptions import CodeRefused
    from payments.products import Product
    from payments.services import orders as order_services

    demo.seed(users=demo_world["users"], courses=demo_world["courses"])
    learner = UserFactory()
    order = order_services.order_create(
        user=learner, product=Product(course=demo_world["uk"])
    )
    order_services.order_code_apply(
        order=order, code_text="ukraina", count_attempt=False
    )
    order.refresh_from_db()
    assert order.total_ore == 0
    nb_order = order_services.order_create(
        user=UserFactory(), product=Product(course=demo_world["courses"]["worker"])
    )
    with pytest.raises(CodeRefused) as refused:
        order_services.order_code_apply(
            order=nb_order, code_text="UKRAINA", count_attempt=False
        )
    assert refused.value.reason == "not_for_course"
