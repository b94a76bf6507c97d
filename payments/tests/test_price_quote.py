"""The course page shows the price the visitor will pay: after the code kept on the
account, or the running campaign; once, and the same as checkout charges."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from payments.factories import DiscountCodeFactory
from payments.models import AccountCode, CampaignBannerSettings, DiscountCode, Order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def campaign(code):
    banner = CampaignBannerSettings.for_site(Site.objects.get(is_default_site=True))
    banner.code = code
    banner.save()


def buy_box(html: str) -> str:
    return html.split('class="buy-box"')[1].split("</form>")[0]


def test_a_free_code_saved_on_the_account_shows_free_not_the_listed_price(
    logged_in, buyer, paid_course, dev_mode
):
    code = DiscountCodeFactory(code="UKRAINA", percent=100)
    AccountCode.objects.create(user=buyer, code=code)
    html = logged_in.get(paid_course.url.replace("/nb/", "/en/")).content.decode()
    box = buy_box(html)
    assert "Free" in box and "with your code UKRAINA" in box
    assert "<s class=" in box and "1\xa0490" in box  # the listed price, struck through
    assert "Get the course" in box and "Buy the course" not in box
    # Shown once: the course facts no longer repeat the price.
    assert html.count("1\xa0490") == 1
    # And checkout charges exactly that: nothing.
    logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]), {"consent": "on"}
    )
    order = Order.objects.get(user=buyer)
    assert order.total_ore == 0 and order.code == code


def test_a_running_campaign_shows_its_price_and_fills_in_its_code(client, paid_course):
    ends = timezone.now() + datetime.timedelta(days=3)
    campaign(DiscountCodeFactory(code="HMS2026", percent=20, valid_until=ends))
    box = buy_box(client.get(paid_course.url.replace("/nb/", "/en/")).content.decode())
    # 1 490 kr less 20 % = 1 192 kr.
    assert "1\xa0192" in box and "with the campaign code HMS2026" in box
    assert "<s class=" in box and "1\xa0490" in box


def test_a_code_used_up_or_not_for_this_course_shows_the_listed_price(
    logged_in, buyer, paid_course, site
):
    from courses.factories import course_with_lessons

    other, _ = course_with_lessons(site["catalogue"], price_ore=50000)
    code = DiscountCodeFactory(
        code="BAREANNET", percent=50, scope=DiscountCode.Scope.COURSES, courses=[other]
    )
    AccountCode.objects.create(user=buyer, code=code)
    box = buy_box(logged_in.get(paid_course.url).content.decode())
    assert "<s class=" not in box and "1\xa0490" in box
    # On the course it does cover, the page says so.
    box = buy_box(logged_in.get(other.url).content.decode())
    assert "BAREANNET" in box and "250" in box


def test_a_campaign_ending_on_a_day_ends_at_2359_oslo_time():
    from zoneinfo import ZoneInfo

    oslo = ZoneInfo("Europe/Oslo")
    code = DiscountCode(
        code="JUL",
        kind=DiscountCode.Kind.PERCENT,
        percent=20,
        scope=DiscountCode.Scope.ALL,
        valid_until=datetime.datetime(2026, 12, 31, 0, 0, tzinfo=oslo),
    )
    code.clean()
    assert code.valid_until.astimezone(oslo).strftime("%d.%m %H:%M:%S") == (
        "31.12 23:59:59"
    )
    # A time the editor chose is kept.
    code.valid_until = datetime.datetime(2026, 12, 31, 12, 0, tzinfo=oslo)
    code.clean()
    assert code.valid_until.astimezone(oslo).hour == 12
