"""Buying a course, the order page, paying through a gateway, order history."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from courses.models import CoursePage
from lms.selectors import enrolment_for
from payments.services import fulfilment
from payments.services import orders as order_services

from .. import selectors, stripe_client
from ..exceptions import (
    CodeRateLimited,
    CodeRefused,
    GatewayError,
    GatewayUnavailable,
    OrderError,
    PaymentError,
)
from ..forms import CodeForm, CourseBuyForm
from ..gateways import DevGateway, gateway_for, test_mode
from ..models import Order
from ..products import Product
from ..services import codes as code_services
from ..services.orders import order_consent_record, order_needs_consent

logger = logging.getLogger(__name__)


def _language() -> str:
    return (translation.get_language() or "nb")[:2]


def _order_or_404(request, public_id) -> Order:
    order = selectors.order_for_user(user=request.user, public_id=public_id)
    if order is None:
        raise Http404
    return order


def order_page(request, order: Order, *, code_form=None, code_error="", status=200):
    """The order page; after a refused code, with the typed code and the reason."""
    return render(
        request,
        "payments/order_detail.html",
        {
            "order": order,
            "lines": list(order.lines.all()),
            "vat_rows": selectors.vat_breakdown(order=order),
            "code_form": code_form or CodeForm(),
            "needs_consent": order_needs_consent(order=order) and not order.consent_at,
            "code_error": code_error,
            "test_mode": test_mode(),
        },
        status=status,
    )


def _tell_code_outcome(request, outcome: order_services.CodeOutcome) -> None:
    if outcome.applied is not None and outcome.from_account:
        messages.success(
            request,
            _("Your code %(code)s has been applied.") % {"code": outcome.applied.code},
        )
    elif outcome.refusal is not None and outcome.from_account:
        messages.warning(
            request,
            _("The code on your account could not be used here: %(reason)s")
            % {"reason": outcome.refusal},
        )


CONSENT_TEXT = gettext_lazy(
    "I agree that the course is delivered at once, and I understand that I then "
    "lose my right of withdrawal (Cancellation Act § 22 (n))."
)


def order_pay_redirect(request, order: Order):
    """Renew the code, pick the gateway and send the buyer there (shared by views).

    A consumer must first tick the consent to immediate delivery (kept with the
    order); without it the order page asks again and nothing is charged.
    """
    if order.gateway == Order.Gateway.INVOICE:
        messages.error(request, _("This order is paid by invoice."))
        return redirect("payments:order_detail", order.public_id)
    if order_needs_consent(order=order) and order.consent_at is None:
        if request.POST.get("consent") != "on":
            messages.error(
                request,
                _(
                    "Tick the box to agree that the course is delivered at once; "
                    "then you can pay."
                ),
            )
            return redirect("payments:order_detail", order.public_id)
        order_consent_record(order=order, text=str(CONSENT_TEXT), actor=request.user)
    outcome = order_services.order_code_recheck(order=order)
    if outcome.refusal is not None:
        messages.error(
            request,
            _("%(reason)s The order now shows the price without the code.")
            % {"reason": outcome.refusal},
        )
        return redirect("payments:order_detail", order.public_id)
    order.refresh_from_db()
    try:
        url = gateway_for(order).start(order=order, request=request)
    except GatewayUnavailable as error:
        messages.error(request, str(error))
        return redirect("payments:order_detail", order.public_id)
    except GatewayError:
        logger.exception("Could not start the payment of order %s", order.pk)
        messages.error(
            request, _("The payment could not be started. Please try again.")
        )
        return redirect("payments:order_detail", order.public_id)
    return redirect(url)


@require_POST
@login_required
def buy_course(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id).specific
    if enrolment_for(user=request.user, course=course) is not None:
        messages.info(request, _("You already have this course."))
        return redirect(course.url)
    form = CourseBuyForm(request.POST)
    code_text = form.cleaned_data["code"].strip() if form.is_valid() else ""
    product = Product(course=course)
    if code_text:
        # A code that will be refused is refused before any order exists: a typo
        # leaves no open order behind, and the course page keeps what was typed.
        try:
            code_services.code_attempt_register(user=request.user, request=request)
            code = code_services.code_find(code_text=code_text)
            code_services.code_check(
                code=code,
                user=request.user,
                product=product,
                # The buyer's open order for the course is reused; its own
                # reservation of the code is not an earlier use.
                exclude_order=selectors.open_order_for(
                    user=request.user, course=course
                ),
            )
        except (CodeRefused, CodeRateLimited) as error:
            return _course_page_with_code_error(request, course, code_text, error)
    try:
        order = order_services.order_create(
            user=request.user, product=product, language=_language()
        )
    except OrderError as error:
        messages.error(request, str(error))
        return redirect(course.url)
    if code_text:
        try:
            order_services.order_code_apply(
                order=order, code_text=code_text, request=request, count_attempt=False
            )
        except (CodeRefused, CodeRateLimited, OrderError) as error:
            order.refresh_from_db()
            return order_page(
                request,
                order,
                code_form=CodeForm({"code": code_text}),
                code_error=str(error),
                status=400,
            )
    else:
        outcome = order_services.order_account_code_apply(order=order)
        _tell_code_outcome(request, outcome)
        if outcome.refusal is not None:
            return redirect("payments:order_detail", order.public_id)
    order.refresh_from_db()
    return order_pay_redirect(request, order)


def _course_page_with_code_error(request, course, code_text, error):
    """The course page again, its code field keeping the typed code and saying why it
    was refused (the buy button reads both from the request)."""
    request.buy_code_typed = code_text
    request.buy_code_error = str(error)
    context = course.get_context(request)
    return TemplateResponse(request, course.get_template(request), context, status=400)


@require_safe
@login_required
def order_detail(request, public_id):
    order = _order_or_404(request, public_id)
    if request.GET.get("cancelled") and order.is_open:
        messages.info(
            request,
            _("The payment was cancelled. Your order is kept: pay when you are ready."),
        )
    return order_page(request, order)


@require_POST
@login_required
def order_code(request, public_id):
    order = _order_or_404(request, public_id)
    form = CodeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a code."))
        return redirect("payments:order_detail", order.public_id)
    try:
        code = order_services.order_code_apply(
            order=order, code_text=form.cleaned_data["code"], request=request
        )
    except (CodeRefused, CodeRateLimited, OrderError) as error:
        return order_page(
            request, order, code_form=form, code_error=str(error), status=400
        )
    messages.success(
        request, _("The code %(code)s has been applied.") % {"code": code.code}
    )
    return redirect("payments:order_detail", order.public_id)


@require_POST
@login_required
def order_code_remove(request, public_id):
    order = _order_or_404(request, public_id)
    order_services.order_code_remove(order=order)
    messages.info(request, _("The code has been removed."))
    return redirect("payments:order_detail", order.public_id)


@require_POST
@login_required
def order_pay(request, public_id):
    order = _order_or_404(request, public_id)
    if not order.is_open:
        return redirect("payments:order_done", order.public_id)
    return order_pay_redirect(request, order)


@require_POST
@login_required
def order_cancel(request, public_id):
    order = _order_or_404(request, public_id)
    order = order_services.order_cancel(order=order, actor=request.user)
    if order.status != Order.Status.CANCELLED:
        # Paid (or refunded) in the meantime, e.g. in another tab.
        messages.error(request, _("This order is already closed."))
        return redirect("payments:order_detail", order.public_id)
    messages.info(request, _("The order has been cancelled."))
    return redirect("payments:order_list")


@require_safe
@login_required
def checkout_success(request, public_id):
    """Stripe's success redirect: fulfil now if the webhook has not done it yet."""
    order = _order_or_404(request, public_id)
    session_id = request.GET.get("session_id", "")
    if order.is_open and session_id and stripe_client.is_configured():
        try:
            session = stripe_client.checkout_session_retrieve(session_id)
            belongs = str((session.get("metadata") or {}).get("order_id")) == str(
                order.pk
            )
            if belongs and session.get("payment_status") in (
                "paid",
                "no_payment_required",
            ):
                fulfilment.order_fulfil(
                    order_id=order.pk,
                    gateway=Order.Gateway.STRIPE,
                    payment_reference=session.get("payment_intent") or "",
                    amount_ore=session.get("amount_total"),
                    session_id=session["id"],
                    actor=request.user,
                )
        except PaymentError:
            # The webhook will fulfil; the waiting page says so.
            pass
    return redirect("payments:order_done", order.public_id)


@require_safe
@login_required
def order_done(request, public_id):
    """Where a paid order leads: into the course, or to the company's seats."""
    order = _order_or_404(request, public_id)
    if order.is_paid:
        if order.company_id:
            messages.success(
                request,
                _("Thank you! The seats are ready: invite your employees below."),
            )
            return redirect("payments:company_detail", order.company_id)
        messages.success(
            request, _("Thank you for your purchase! The course is ready for you.")
        )
        line = order.lines.first()
        if line is None or line.course_id is None:  # a course pass: all courses
            return redirect("lms:dashboard")
        return redirect("lms:continue", line.course_id)
    if order.status == Order.Status.OPEN:
        return render(request, "payments/order_waiting.html", {"order": order})
    return redirect("payments:order_detail", order.public_id)


def _dev_gateway_or_page(request, order):
    """The dev gateway, or the page that says it cannot run here."""
    try:
        return DevGateway(), None
    except GatewayError as error:
        page = render(
            request, "payments/gateway_unavailable.html", {"error": error}, status=503
        )
        return None, page


@require_safe
@login_required
def dev_gateway(request, public_id):
    """The test-mode payment page (no Stripe keys). Refuses to run with DEBUG off."""
    order = _order_or_404(request, public_id)
    gateway, refused = _dev_gateway_or_page(request, order)
    if refused is not None:
        return refused
    if not order.is_open:
        return redirect("payments:order_done", order.public_id)
    return render(
        request,
        "payments/dev_gateway.html",
        {
            "order": order,
            "lines": list(order.lines.all()),
            "vat_rows": selectors.vat_breakdown(order=order),
        },
    )


@require_POST
@login_required
def dev_gateway_pay(request, public_id):
    """Complete the test payment: fulfilment runs as for a real payment."""
    order = _order_or_404(request, public_id)
    gateway, refused = _dev_gateway_or_page(request, order)
    if refused is not None:
        return refused
    if order.is_open:
        gateway.complete(order=order, actor=request.user)
    return redirect("payments:order_done", order.public_id)


@require_safe
@login_required
def order_list(request):
    orders = selectors.orders_for_user(user=request.user)
    return render(
        request,
        "payments/order_list.html",
        {
            "orders": orders,
            "account_code": selectors.account_code_for(user=request.user),
        },
    )
