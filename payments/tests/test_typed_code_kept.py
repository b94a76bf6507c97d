"""A code typed on the course page or the seat form is still in the field when refused."""

import pytest
from django.urls import reverse

from payments.models import Order

from .helpers import in_language

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("run_on_commit")]


def test_a_refused_code_from_the_course_page_stays_in_the_field(
    logged_in, buyer, paid_course, dev_mode
):
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]),
        {"consent": "on", "code": "HMS2O26"},
        follow=True,
    )
    page = response.content.decode()
    assert 'value="HMS2O26"' in page
    assert 'aria-invalid="true"' in page
    assert (
        in_language("We do not know this code. Check the spelling and try again.", "en")
        in page
    )
    # Refused before any order was made: the typo leaves no open order behind, and
    # the answer is the course page itself.
    assert response.status_code == 400
    assert paid_course.title in page
    assert not Order.objects.filter(user=buyer).exists()


def test_a_refused_code_on_the_seat_form_stays_in_the_field(
    client, company, company_admin, paid_course, dev_mode
):
    client.force_login(company_admin)
    response = client.post(
        reverse("payments:company_buy", args=[company.pk]),
        {
            "product": f"course:{paid_course.translation_key}",
            "quantity": 3,
            "code": "TYPO1",
        },
        follow=True,
    )
    page = response.content.decode()
    assert 'value="TYPO1"' in page and 'aria-invalid="true"' in page
    assert Order.objects.get(company=company).lines.get().quantity == 3
