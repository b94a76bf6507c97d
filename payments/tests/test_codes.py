"""Discount and licence codes: every refusal reason, scope, limits, rate limits, sign-up."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from lms.factories import UserFactory
from lms.models import Enrolment
from payments.exceptions import CodeRefused
from payments.factories import DiscountCodeFactory
from payments.models import AccountCode, CodeRedemption, DiscountCode, Order
from payments.products import Product
from payments.services import codes as code_services
from payments.services import orders as order_services

from .helpers import order_for, pay_dev, translated

pytestmark = pytest.mark.django_db
OSLO = ZoneInfo("Europe/Oslo")


def refusal(callable_, **kwargs) -> CodeRefused:
    with translation.override("en"), pytest.raises(CodeRefused) as info:
        callable_(**kwargs)
    return info.value


def test_unknown_code(buyer):
    error = refusal(code_services.code_find, code_text="NO-SUCH-CODE")
    assert error.reason == "unknown"
    assert str(error) == "We do not know this code. Check the spelling and try again."


def test_codes_match_regardless_of_case_and_spaces(buyer, paid_course):
    DiscountCodeFactory(code="HMS2026")
    order = order_for(buyer, paid_course, " hms 2026 ")
    assert order.code.code == "HMS2026"
    assert order.total_ore == 111750


def test_not_started_yet_in_norwegian_time(buyer, paid_course):
    start = datetime.datetime(2030, 1, 1, 0, 0, tzinfo=OSLO)
    code = DiscountCodeFactory(code="SOON", valid_from=start)
    error = refusal(code_services.code_check, code=code, user=buyer)
    assert error.reason == "not_started"
    assert (
        str(error)
        == "This code is not valid yet. It can be used from Jan. 1, 2030 00:00."
    )
    with translation.override("nb"), pytest.raises(CodeRefused) as info:
        code_services.code_check(code=code, user=buyer)
    assert "1. januar 2030 00:00" in str(info.value)


def test_expired_at_the_end_of_the_window_in_oslo(buyer):
    end = datetime.datetime(2026, 6, 30, 23, 59, tzinfo=OSLO)  # 21:59 UTC (summer)
    code = DiscountCodeFactory(code="SUMMER", valid_until=end)
    just_before = datetime.datetime(2026, 6, 30, 21, 58, tzinfo=datetime.UTC)
    assert code_services.code_check(code=code, user=buyer, now=just_before) == code
    at_end = datetime.datetime(2026, 6, 30, 21, 59, tzinfo=datetime.UTC)
    error = refusal(code_services.code_check, code=code, user=buyer, now=at_end)
    assert error.reason == "expired"
    assert (
        str(error) == "This code has expired. It was valid until June 30, 2026 23:59."
    )


def test_deactivated_code_is_no_longer_valid(buyer):
    code = DiscountCodeFactory(code="OFF", active=False)
    error = refusal(code_services.code_check, code=code, user=buyer)
    assert error.reason == "expired"
    assert str(error) == "This code is no longer valid."


def test_used_up(buyer, paid_course):
    code = DiscountCodeFactory(code="ONCE", max_uses=1, max_uses_per_user=None)
    pay_dev(order_for(UserFactory(), paid_course, "ONCE"))
    error = refusal(
        code_services.code_check,
        code=code,
        user=buyer,
        product=Product(course=paid_course),
    )
    assert error.reason == "used_up"
    assert str(error) == "This code has been used up."


def test_already_used_by_you(buyer, site):
    from courses.factories import course_with_lessons

    first, _ = course_with_lessons(site["catalogue"], price_ore=100000)
    second, _ = course_with_lessons(site["catalogue"], price_ore=100000)
    code = DiscountCodeFactory(code="MINE", max_uses_per_user=1)
    pay_dev(order_for(buyer, first, "MINE"))
    error = refusal(
        code_services.code_check, code=code, user=buyer, product=Product(course=second)
    )
    assert error.reason == "already_used"
    assert str(error) == "You have already used this code."


def test_not_valid_for_this_course(buyer, site, paid_course):
    from courses.factories import course_with_lessons

    other, _ = course_with_lessons(site["catalogue"], price_ore=50000)
    code = DiscountCodeFactory(
        code="LEADERS", scope=DiscountCode.Scope.COURSES, courses=[other]
    )
    error = refusal(
        code_services.code_check,
        code=code,
        user=buyer,
        product=Product(course=paid_course),
    )
    assert error.reason == "not_for_course"
    assert str(error) == "This code is not valid for this course."


def test_refusals_are_in_the_users_language(buyer):
    with translation.override("nb"), pytest.raises(CodeRefused) as info:
        code_services.code_find(code_text="NO-SUCH-CODE")
    assert (
        str(info.value)
        == "Vi kjenner ikke denne koden. Sjekk stavemåten og prøv igjen."
    )
    with translation.override("uk"), pytest.raises(CodeRefused) as info:
        code_services.code_find(code_text="NO-SUCH-CODE")
    assert "код" in str(info.value).lower()


def test_ukraina_is_scoped_to_the_ukrainian_language_version_only(buyer, site):
    from courses.factories import course_with_lessons

    worker, _ = course_with_lessons(
        site["catalogue"], price_ore=49000, audience="worker"
    )
    worker_uk = translated(worker, "uk")
    code = DiscountCodeFactory(
        code="UKRAINA",
        percent=100,
        scope=DiscountCode.Scope.COURSES,
        include_translations=False,
        courses=[worker_uk],
    )
    assert code_services.code_check(
        code=code, user=buyer, product=Product(course=worker_uk)
    )
    error = refusal(
        code_services.code_check, code=code, user=buyer, product=Product(course=worker)
    )
    assert error.reason == "not_for_course"


def test_chosen_course_includes_its_translations_by_default(buyer, paid_course):
    code = DiscountCodeFactory(
        code="ALLLANG", scope=DiscountCode.Scope.COURSES, courses=[paid_course]
    )
    nynorsk = translated(paid_course, "nn")
    assert code_services.code_check(
        code=code, user=buyer, product=Product(course=nynorsk)
    )


def test_audience_scope(buyer, site, paid_course):
    from courses.factories import course_with_lessons

    verneombud, _ = course_with_lessons(
        site["catalogue"], price_ore=249000, audience="verneombud"
    )
    code = DiscountCodeFactory(
        code="VO", scope=DiscountCode.Scope.AUDIENCE, audience="verneombud"
    )
    assert code_services.code_check(
        code=code, user=buyer, product=Product(course=verneombud)
    )
    assert (
        refusal(
            code_services.code_check,
            code=code,
            user=buyer,
            product=Product(course=paid_course),
        ).reason
        == "not_for_course"
    )


def test_fixed_amount_code(buyer, paid_course):
    DiscountCodeFactory(
        code="500KR", kind=DiscountCode.Kind.AMOUNT, percent=None, amount_ore=50000
    )
    order = order_for(buyer, paid_course, "500KR")
    assert (order.subtotal_ore, order.discount_ore, order.total_ore) == (
        149000,
        50000,
        99000,
    )
    assert order.vat_ore == 19800


def test_the_last_use_is_held_by_an_open_order_and_released_when_removed(
    buyer, paid_course
):
    DiscountCodeFactory(code="LAST", max_uses=1, max_uses_per_user=None)
    holder = order_for(UserFactory(), paid_course, "LAST")
    with pytest.raises(CodeRefused) as info:
        order_for(buyer, paid_course, "LAST")
    assert info.value.reason == "used_up"
    order_services.order_code_remove(order=holder)
    assert order_for(buyer, paid_course, "LAST").code.code == "LAST"


def test_a_reservation_runs_out(buyer, paid_course, settings):
    DiscountCodeFactory(code="LAST", max_uses=1, max_uses_per_user=None)
    holder = order_for(UserFactory(), paid_course, "LAST")
    CodeRedemption.objects.filter(order=holder).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert order_for(buyer, paid_course, "LAST").code.code == "LAST"
    # The first buyer's renewed attempt to pay now finds the code used up.
    outcome = order_services.order_code_recheck(order=holder)
    assert outcome.refusal.reason == "used_up"
    holder.refresh_from_db()
    assert holder.code is None and holder.total_ore == 149000


def test_a_paid_order_records_the_use_and_clears_the_kept_code(buyer, paid_course):
    code = DiscountCodeFactory(code="KEEP")
    AccountCode.objects.create(user=buyer, code=code)
    order = order_for(buyer, paid_course)
    outcome = order_services.order_account_code_apply(order=order)
    assert outcome.applied == code
    pay_dev(Order.objects.get(pk=order.pk))
    assert CodeRedemption.objects.get(order=order).status == "redeemed"
    assert not AccountCode.objects.filter(user=buyer).exists()


def test_a_kept_code_that_does_not_fit_this_course_stays_for_later(
    buyer, site, paid_course
):
    from courses.factories import course_with_lessons

    other, _ = course_with_lessons(site["catalogue"], price_ore=50000)
    code = DiscountCodeFactory(
        code="OTHER", scope=DiscountCode.Scope.COURSES, courses=[other]
    )
    AccountCode.objects.create(user=buyer, code=code)
    order = order_for(buyer, paid_course)
    outcome = order_services.order_account_code_apply(order=order)
    assert outcome.refusal.reason == "not_for_course"
    assert AccountCode.objects.filter(user=buyer, code=code).exists()


def test_a_100_percent_code_makes_the_order_free_and_skips_stripe(
    logged_in, buyer, paid_course, stripe_stub
):
    DiscountCodeFactory(code="LICENCE1", percent=100, max_uses=1)
    response = logged_in.post(
        reverse("payments:buy_course", args=[paid_course.pk]),
        {"consent": "on", "code": "licence1"},
    )
    order = Order.objects.get(user=buyer)
    assert order.status == Order.Status.PAID
    assert order.gateway == Order.Gateway.FREE
    assert order.total_ore == 0 and order.vat_ore == 0
    assert stripe_stub.requests == []  # Stripe never heard of it
    assert Enrolment.objects.filter(
        user=buyer, course_key=paid_course.translation_key
    ).exists()
    assert response.status_code == 302


def test_code_entry_is_rate_limited_per_user(logged_in, buyer, paid_course, dev_mode):
    dev_mode.PAYMENTS_CODE_ATTEMPTS_PER_USER = 3
    order = order_services.order_create(user=buyer, product=Product(course=paid_course))
    url = reverse("payments:order_code", args=[order.public_id])
    with translation.override("en"):
        for _i in range(3):
            response = logged_in.post(url, {"code": "WRONG"}, HTTP_ACCEPT_LANGUAGE="en")
            assert "We do not know this code" in response.content.decode()
        DiscountCodeFactory(code="RIGHT")
        response = logged_in.post(url, {"code": "RIGHT"})
    assert response.status_code == 400
    assert (
        "Too many code attempts. Wait 10 minutes and try again."
        in response.content.decode()
    )
    order.refresh_from_db()
    assert order.code is None


def test_code_entry_is_rate_limited_per_ip(client, site, paid_course, dev_mode):
    dev_mode.PAYMENTS_CODE_ATTEMPTS_PER_USER = 100
    dev_mode.PAYMENTS_CODE_ATTEMPTS_PER_IP = 4
    responses = []
    for _i in range(5):
        user = UserFactory()
        client.force_login(user)
        order = order_services.order_create(
            user=user, product=Product(course=paid_course)
        )
        responses.append(
            client.post(
                reverse("payments:order_code", args=[order.public_id]),
                {"code": "GUESS"},
                REMOTE_ADDR="203.0.113.9",
            ).content.decode()
        )
    assert all("Too many code attempts" not in r for r in responses[:4])
    assert "Too many code attempts" in responses[4]
    # Another address is not affected.
    user = UserFactory()
    client.force_login(user)
    order = order_services.order_create(user=user, product=Product(course=paid_course))
    other = client.post(
        reverse("payments:order_code", args=[order.public_id]),
        {"code": "GUESS"},
        REMOTE_ADDR="198.51.100.1",
    ).content.decode()
    assert "Too many code attempts" not in other


def _signup(client, email, code):
    return client.post(
        "/en/accounts/signup/",
        {
            "email": email,
            "password1": "a-long-secret-phrase-1",
            "password2": "a-long-secret-phrase-1",
            "full_name": "Ny Bruker",
            "preferred_language": "en",
            "code": code,
        },
    )


def test_a_code_entered_at_sign_up_is_kept_on_the_account(client, site):
    DiscountCodeFactory(code="HMS2026")
    response = _signup(client, "new@example.org", "hms2026")
    assert response.status_code == 302
    kept = AccountCode.objects.get(user__email="new@example.org")
    assert kept.code.code == "HMS2026"


def test_sign_up_refuses_an_unknown_or_expired_code_with_the_reason(client, site):
    response = _signup(client, "new@example.org", "NOPE")
    assert response.status_code == 200
    assert "We do not know this code." in response.content.decode()
    DiscountCodeFactory(
        code="OLD", valid_until=timezone.now() - datetime.timedelta(days=1)
    )
    response = _signup(client, "new@example.org", "OLD")
    assert "This code has expired." in response.content.decode()
    assert not AccountCode.objects.exists()


def test_sign_up_without_a_code_is_fine(client, site):
    assert _signup(client, "plain@example.org", "").status_code == 302
    assert not AccountCode.objects.exists()


def test_sign_up_form_is_prefilled_from_the_banner_link(client, site):
    response = client.get("/en/accounts/signup/?code=HMS2026")
    assert 'value="HMS2026"' in response.content.decode()
