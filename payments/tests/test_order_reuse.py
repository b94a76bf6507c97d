"""Buying again reuses the buyer's open order, at the price the course page shows now."""

import pytest
from django.urls import reverse

from payments.models import Order

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_buying_again_after_a_price_change_charges_the_new_price(
    logged_in, buyer, paid_course, dev_mode
):
    logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]), {"consent": "on"}
    )
    order = Order.objects.get(user=buyer)
    assert order.total_ore == 149000
    # The buyer leaves the order open; the editors put the course on sale (and the
    # VAT rate is corrected to zero for this course).
    paid_course.price_ore = 99000
    paid_course.vat_rate = 0
    paid_course.save_revision().publish()
    logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]), {"consent": "on"}
    )
    assert Order.objects.filter(user=buyer).count() == 1
    order.refresh_from_db()
    (line,) = order.lines.all()
    assert (line.unit_price_ore, line.vat_rate) == (99000, 0)
    assert (order.total_ore, order.vat_ore) == (99000, 0)
