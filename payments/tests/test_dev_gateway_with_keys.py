"""With Stripe keys set, the test-mode gateway is off even when DEBUG is on.

Otherwise a deployment with real keys that forgot DEBUG=False (it defaults to on)
would let anyone complete an order at /checkout/test/<order>/ without paying.
"""

import pytest
from django.urls import reverse

from lms.models import Enrolment
from payments.exceptions import GatewayUnavailable
from payments.gateways import DevGateway
from payments.models import Order
from payments.products import Product
from payments.services import orders as order_services

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_the_dev_gateway_refuses_to_run_when_stripe_is_configured(
    logged_in, buyer, paid_course, settings
):
    settings.DEBUG = True
    settings.STRIPE_SECRET_KEY = "sk_live_configured"
    with pytest.raises(GatewayUnavailable):
        DevGateway()
    order = order_services.order_create(user=buyer, product=Product(course=paid_course))
    page = logged_in.post(reverse("payments:dev_gateway_pay", args=[order.public_id]))
    assert page.status_code == 503
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    assert not Enrolment.objects.filter(user=buyer).exists()
