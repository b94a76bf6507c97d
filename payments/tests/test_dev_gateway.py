"""The development gateway ("test mode"): same fulfilment, never with DEBUG off."""

import re
from html import unescape

import pytest
from django.core import mail
from django.urls import reverse

from lms.models import Enrolment
from payments.exceptions import GatewayUnavailable
from payments.gateways import DevGateway
from payments.models import Order
from payments.products import Product
from payments.services import fulfilment
from payments.services import orders as order_services

from .helpers import in_language

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_the_course_page_offers_the_buy_button_and_says_test_mode(
    logged_in, paid_course, dev_mode
):
    page = logged_in.get(paid_course.url).content.decode()
    assert reverse("payments:buy_course", args=[paid_course.pk]) in page
    assert in_language("Test mode") in page
    assert (
        in_language(
            "no real payment is taken. Stripe keys are not set, so purchases are completed "
            "by the development gateway."
        )
        in page
    )


def test_visitors_are_asked_to_sign_up_before_buying(client, paid_course, dev_mode):
    page = client.get(paid_course.url).content.decode()
    assert reverse("account_signup") in page
    assert reverse("payments:buy_course", args=[paid_course.pk]) not in page


def test_the_dev_gateway_completes_the_order_through_the_same_fulfilment(
    logged_in, buyer, paid_course, dev_mode
):
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]), {"consent": "on"}
    )
    order = Order.objects.get(user=buyer)
    assert response["Location"] == reverse(
        "payments:dev_gateway", args=[order.public_id]
    )
    page = logged_in.get(response["Location"]).content.decode()
    assert "TEST MODE" in page and "no money is taken" in page
    done = logged_in.post(response["Location"] + "pay/", follow=True)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.gateway == Order.Gateway.DEV
    assert Enrolment.objects.filter(
        user=buyer, course_key=paid_course.translation_key, source="order"
    ).exists()
    assert done.redirect_chain[-1][0] == paid_course.lessons[0].url
    (receipt,) = mail.outbox
    assert "TEST MODE" in receipt.body


def test_cancelling_on_the_dev_gateway_keeps_the_order_open(
    logged_in, buyer, paid_course, dev_mode
):
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]), {"consent": "on"}
    )
    page = logged_in.get(response["Location"]).content.decode()
    cancel = re.search(r'<a class="button" href="([^"]+)">Cancel</a>', page).group(1)
    back = logged_in.get(unescape(cancel), follow=True)
    assert "The payment was cancelled" in back.content.decode()
    assert Order.objects.get(user=buyer).status == Order.Status.OPEN


def test_the_dev_gateway_refuses_to_run_with_debug_off(
    logged_in, buyer, paid_course, settings
):
    settings.DEBUG = False
    settings.STRIPE_SECRET_KEY = ""
    with pytest.raises(GatewayUnavailable):
        DevGateway()
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]),
        {"consent": "on"},
        follow=True,
    )
    assert "Payment is not available right now" in response.content.decode()
    order = Order.objects.get(user=buyer)
    page = logged_in.post(reverse("payments:dev_gateway_pay", args=[order.public_id]))
    assert page.status_code == 503
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    assert not Enrolment.objects.filter(user=buyer).exists()


def test_order_history_lists_the_buyers_orders_in_few_queries(
    logged_in, buyer, site, dev_mode, django_assert_max_num_queries
):
    from courses.factories import course_with_lessons

    for _i in range(6):
        course, _lessons = course_with_lessons(site["catalogue"], price_ore=99000)
        order = order_services.order_create(user=buyer, product=Product(course=course))
        fulfilment.order_fulfil(
            order_id=order.pk, gateway="dev", amount_ore=order.total_ore
        )
    with django_assert_max_num_queries(25):
        page = logged_in.get(reverse("payments:order_list"))
    assert page.content.decode().count("HMS-0") >= 6
    assert "My orders" in page.content.decode()


def test_the_menu_shows_my_orders_to_buyers(logged_in, buyer, paid_course, dev_mode):
    page = logged_in.get("/en/dashboard/").content.decode()
    assert reverse("payments:order_list").replace("/nb/", "/en/") not in page
    order = order_services.order_create(user=buyer, product=Product(course=paid_course))
    fulfilment.order_fulfil(
        order_id=order.pk, gateway="dev", amount_ore=order.total_ore
    )
    page = logged_in.get("/en/dashboard/").content.decode()
    assert 'href="/en/orders/"' in page
