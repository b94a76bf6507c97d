"""The campaign banner does not advertise a code that can no longer be used."""

import datetime

import pytest
from django.utils import timezone

from payments.factories import DiscountCodeFactory

from .helpers import order_for, pay_dev
from .test_banner_and_demo import choose, home

pytestmark = pytest.mark.django_db


def test_the_banner_hides_a_code_whose_uses_are_all_taken(
    client, site, buyer, paid_course
):
    ends = timezone.now() + datetime.timedelta(days=5)
    code = DiscountCodeFactory(code="FIRST1", percent=50, max_uses=1, valid_until=ends)
    choose(code)
    assert "FIRST1" in home(client)
    pay_dev(order_for(buyer, paid_course, "FIRST1"))
    assert "campaign-banner" not in home(client)
