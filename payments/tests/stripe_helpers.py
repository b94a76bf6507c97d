"""A buyer's way through Stripe Checkout, for the tests that talk to the stand-in."""

from django.urls import reverse
from django.utils import translation

from lms.models import Enrolment
from payments.models import Order


def buy(client, course, code="", language="nb"):
    with translation.override(language):
        url = reverse("payments:buy_course", args=[course.pk])
    return client.post(url, {"code": code, "consent": "on"})


def checkout(client, buyer, course, stripe_stub, code=""):
    response = buy(client, course, code)
    order = Order.objects.get(user=buyer)
    assert response.status_code == 302
    assert response["Location"] == stripe_stub.sessions[order.stripe_session_id]["url"]
    return order


def completed_event(stripe_stub, order):
    session = stripe_stub.session_pay(order.stripe_session_id)
    return stripe_stub.event("checkout.session.completed", session)


def enrolled(user, course):
    return Enrolment.objects.filter(
        user=user, course_key=course.translation_key
    ).exclude(status=Enrolment.Status.WITHDRAWN)
