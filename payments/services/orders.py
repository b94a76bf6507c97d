"""Orders: create from a product, price them (codes, VAT) and start the checkout."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record

from .. import stripe_client
from ..exceptions import CodeRefused, GatewayError, OrderError
from ..models import (
    AccountCode,
    CodeRedemption,
    Company,
    DiscountCode,
    Order,
    OrderLine,
)
from ..pricing import line_price
from ..products import Product, product_for_line
from . import codes as code_services

MAX_SEATS_PER_ORDER = 500

logger = logging.getLogger(__name__)


@dataclass
class CodeOutcome:
    """What happened to a code on an order, for the view to tell the buyer."""

    applied: DiscountCode | None = None
    refusal: CodeRefused | None = None
    from_account: bool = False


def _line_for(
    order: Order, product: Product, quantity: int, for_seats: bool
) -> OrderLine:
    return OrderLine(
        order=order,
        course=product.course,
        course_key=product.course_key,
        course_pass=product.course_pass,
        description=product.name,
        quantity=quantity,
        for_seats=for_seats,
        unit_price_ore=product.price_ore,
        discount_ore=0,
        total_ore=product.price_ore * quantity,
        vat_rate=product.vat_rate,
        vat_ore=0,
    )


def _checkout_session_close(order: Order) -> None:
    """After commit, expire the order's Stripe Checkout Session so that a page still
    open in the buyer's browser cannot take money for a cancelled order or an old price.
    """
    session_id = order.stripe_session_id
    if not session_id:
        return

    def close():
        try:
            stripe_client.checkout_session_expire(session_id)
        except GatewayError:
            # Stripe expires it by itself later; fulfilment checks the amount paid.
            logger.warning("Could not expire Checkout Session %s", session_id)

    transaction.on_commit(close)


def order_reprice(*, order: Order) -> Order:
    """Recompute every line and the totals from the unit prices and the order's code."""
    code = order.code
    total_before = order.total_ore
    subtotal = discount = total = vat = 0
    for line in order.lines.select_related("course", "course_pass"):
        percent = amount = None
        if code is not None and code_services.code_covers(
            code=code, product=product_for_line(line)
        ):
            percent = code.percent if code.kind == DiscountCode.Kind.PERCENT else None
            amount = code.amount_ore if code.kind == DiscountCode.Kind.AMOUNT else None
        price = line_price(
            unit_price_ore=line.unit_price_ore,
            quantity=line.quantity,
            vat_rate=line.vat_rate,
            percent=percent,
            amount_ore=amount,
        )
        line.discount_ore = price.discount_ore
        line.total_ore = price.total_ore
        line.vat_ore = price.vat_ore
        line.save(update_fields=["discount_ore", "total_ore", "vat_ore"])
        subtotal += price.gross_ore
        discount += price.discount_ore
        total += price.total_ore
        vat += price.vat_ore
    order.subtotal_ore, order.discount_ore = subtotal, discount
    order.total_ore, order.vat_ore = total, vat
    order.save(update_fields=["subtotal_ore", "discount_ore", "total_ore", "vat_ore"])
    if total != total_before:
        _checkout_session_close(order)
    return order


def order_create(
    *,
    user,
    product: Product,
    quantity: int = 1,
    company: Company | None = None,
    language: str = "nb",
    gateway: str = "",
) -> Order:
    """An open order for one product, reusing the buyer's open order for the same thing.

    An invoice order (``gateway="invoice"``) is always a new order of its own, and is
    never reused for a card payment.

    A personal order is for one course; a company order is ``quantity`` seats of a course
    or of the all-courses pass, bought by one of the company's admins.
    """
    if quantity < 1 or quantity > MAX_SEATS_PER_ORDER:
        raise OrderError(
            _("Choose between 1 and %(max)s seats.") % {"max": MAX_SEATS_PER_ORDER}
        )
    if company is None and (product.is_pass or quantity != 1):
        raise OrderError(_("Seats and passes are bought for a company."))
    if product.price_ore <= 0:
        raise OrderError(_("This course is free; no order is needed."))
    with transaction.atomic():
        reusable = (
            Order.objects.select_for_update()
            .filter(user=user, company=company, status=Order.Status.OPEN)
            .exclude(gateway=Order.Gateway.INVOICE)
            .filter(
                lines__course_key=product.course_key,
                lines__course_pass=product.course_pass,
            )
            .first()
        )
        if gateway == Order.Gateway.INVOICE:
            reusable = None
        if reusable is not None:
            # The order is priced again as the product is now (the course page may
            # show a new price or VAT rate since the order was opened).
            line = reusable.lines.get()
            fresh = _line_for(reusable, product, quantity, for_seats=line.for_seats)
            fields = ["course", "description", "quantity", "unit_price_ore", "vat_rate"]
            if any(getattr(line, name) != getattr(fresh, name) for name in fields):
                for name in fields:
                    setattr(line, name, getattr(fresh, name))
                line.save(update_fields=fields)
            reusable.language = language
            reusable.save(update_fields=["language"])
            return order_reprice(order=reusable)
        order = Order.objects.create(
            user=user,
            company=company,
            language=language,
            buyer_email=user.email,
            buyer_name=user.get_full_name(),
            company_name=company.name if company else "",
            org_nr=company.org_nr if company else "",
            invoice_reference=company.invoice_reference if company else "",
            gateway=gateway,
        )
        _line_for(order, product, quantity, for_seats=company is not None).save()
        order_reprice(order=order)
        audit_record(
            actor=user,
            action="order.created",
            target=order,
            product=product.key,
            quantity=quantity,
            company=company.pk if company else None,
        )
    return order


def order_code_apply(
    *, order: Order, code_text: str, request=None, count_attempt: bool = True
) -> DiscountCode:
    """Put a typed code on an open order (rate-limited); raise CodeRefused with why."""
    if not order.is_open:
        raise OrderError(_("This order is already closed."))
    if count_attempt:
        code_services.code_attempt_register(user=order.user, request=request)
    code = code_services.code_find(code_text=code_text)
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if not locked.is_open:
            raise OrderError(_("This order is already closed."))
        if locked.code_id and locked.code_id != code.pk:
            code_services.code_release(order=locked)
        locked.code = code
        locked.save(update_fields=["code"])
        order_reprice(order=locked)
        code_services.code_reserve(
            code=code, order=locked, discount_ore=locked.discount_ore
        )
        audit_record(
            actor=order.user, action="code.applied", target=locked, code=code.code
        )
    order.refresh_from_db()
    return code


def order_code_remove(*, order: Order) -> Order:
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if not locked.is_open or locked.code_id is None:
            return locked
        code_services.code_release(order=locked)
        code = locked.code
        locked.code = None
        locked.save(update_fields=["code"])
        order_reprice(order=locked)
        audit_record(
            actor=locked.user, action="code.removed", target=locked, code=code.code
        )
    order.refresh_from_db()
    return order


def order_account_code_apply(*, order: Order) -> CodeOutcome:
    """Apply the code kept on the buyer's account (from sign-up), if it fits this order.

    A code that does not fit this course stays on the account for a later purchase; a
    code that can no longer be used at all is forgotten.
    """
    kept = AccountCode.objects.select_related("code").filter(user=order.user).first()
    if kept is None or order.code_id or not order.is_open:
        return CodeOutcome()
    try:
        code = order_code_apply(
            order=order, code_text=kept.code.code, count_attempt=False
        )
    except CodeRefused as refusal:
        if refusal.reason != code_services.NOT_FOR_COURSE:
            code_services.account_code_forget(user=order.user)
        return CodeOutcome(refusal=refusal, from_account=True)
    return CodeOutcome(applied=code, from_account=True)


def order_code_recheck(*, order: Order) -> CodeOutcome:
    """Before paying: renew the code's reservation, or drop a code that no longer holds."""
    if order.code_id is None:
        return CodeOutcome()
    code = order.code
    try:
        code_services.code_reserve(
            code=code, order=order, discount_ore=order.discount_ore
        )
    except CodeRefused as refusal:
        order_code_remove(order=order)
        return CodeOutcome(refusal=refusal)
    return CodeOutcome(applied=code)


def order_cancel(*, order: Order, actor) -> Order:
    """The buyer gives up an open order; its code use is given back."""
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if not locked.is_open:
            return locked
        locked.status = Order.Status.CANCELLED
        locked.save(update_fields=["status"])
        code_services.code_release(order=locked)
        _checkout_session_close(locked)
        audit_record(actor=actor, action="order.cancelled", target=locked)
    return locked


def order_redemptions_redeem(*, order: Order, now) -> None:
    """Turn the order's reserved code use into a redeemed one (inside fulfilment)."""
    if order.code_id is None:
        return
    updated = CodeRedemption.objects.filter(order=order, code_id=order.code_id).update(
        status=CodeRedemption.Status.REDEEMED, redeemed_at=now
    )
    if not updated:
        # Paid after the reservation was released (e.g. a very late payment): the
        # buyer paid the discounted price, so the use is recorded all the same.
        CodeRedemption.objects.create(
            code_id=order.code_id,
            user=order.user,
            order=order,
            status=CodeRedemption.Status.REDEEMED,
            discount_ore=order.discount_ore,
            expires_at=now,
            redeemed_at=now,
        )
    AccountCode.objects.filter(user=order.user, code_id=order.code_id).delete()


def order_needs_consent(*, order: Order) -> bool:
    """A consumer paying for digital content must waive the right of withdrawal
    expressly before delivery starts (angrerettloven § 22 n); businesses need not."""
    return order.company_id is None and order.total_ore > 0


def order_consent_record(*, order: Order, text: str, actor) -> None:
    """Keep the consent with the order: when, and the exact words agreed to."""
    now = timezone.now()
    Order.objects.filter(pk=order.pk, consent_at__isnull=True).update(
        consent_at=now, consent_text=text
    )
    audit_record(actor=actor, action="order.consent_given", target=order)
