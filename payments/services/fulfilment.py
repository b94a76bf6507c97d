"""Fulfilment (exactly once) and refunds: the only code that turns payments into access."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.models import Enrolment
from lms.outbox import outbox_enqueue
from lms.services import enrolment_create, enrolment_withdraw

from .. import stripe_client
from ..compliance.figures import records_changed
from ..exceptions import AmountMismatch, OrderError
from ..models import Order, Seat, SeatInvitation
from . import codes as code_services
from .orders import order_redemptions_redeem

logger = logging.getLogger(__name__)


@dataclass
class Fulfilment:
    order: Order
    fulfilled_now: bool


def order_fulfil(
    *,
    order_id: int,
    gateway: str,
    payment_reference: str = "",
    amount_ore: int | None = None,
    session_id: str = "",
    actor=None,
) -> Fulfilment:
    """Mark an order paid and give what was bought: enrolment or company seats.

    Called by the Stripe webhook, the success redirect, the test-mode gateway and free
    orders alike. The order row is locked, so whichever caller comes first fulfils and
    every later call (replays, duplicates, the other path) changes nothing.
    ``amount_ore`` is what the provider says was paid; it must equal the order's total.
    """
    # Money Stripe took for an order the buyer cancelled meanwhile (the Checkout page
    # was paid just before the cancel expired it) still buys what the order was for.
    payable = [Order.Status.OPEN]
    if gateway == Order.Gateway.STRIPE:
        payable.append(Order.Status.CANCELLED)
    with transaction.atomic():
        order = Order.objects.select_for_update().get(pk=order_id)
        if order.status not in payable:
            return Fulfilment(order=order, fulfilled_now=False)
        if amount_ore is not None and amount_ore != order.total_ore:
            raise AmountMismatch(
                f"Order {order.number}: paid {amount_ore} øre, total {order.total_ore}"
            )
        now = timezone.now()
        if not _paid_claim(order, payable, gateway, payment_reference, session_id, now):
            order.refresh_from_db()
            return Fulfilment(order=order, fulfilled_now=False)
        lines = list(order.lines.select_related("course", "course_pass"))
        _lines_give(order, lines, actor=actor or order.user)
        order_redemptions_redeem(order=order, now=now)
        _paid_record(order, lines, gateway=gateway, actor=actor or order.user)
        outbox_enqueue(
            job="payments.receipt",
            payload={"order_id": order.pk},
            key=f"receipt:{order.pk}",
        )
    return Fulfilment(order=order, fulfilled_now=True)


def _paid_claim(order, payable, gateway, payment_reference, session_id, now) -> bool:
    """Mark the locked order paid; False if another caller already did."""
    order.status = Order.Status.PAID
    order.gateway = gateway
    order.paid_at = now
    order.payment_reference = payment_reference or order.payment_reference
    if session_id:
        order.stripe_session_id = session_id
    # Compare-and-set as well as the row lock: on SQLite (no row locks) two
    # callers can both read "open", but only one UPDATE finds it still open.
    return bool(
        Order.objects.filter(pk=order.pk, status__in=payable).update(
            status=order.status,
            gateway=order.gateway,
            paid_at=order.paid_at,
            payment_reference=order.payment_reference,
            stripe_session_id=order.stripe_session_id,
        )
    )


def order_lines_give(*, order: Order, actor) -> None:
    """Give what an order bought without a payment yet (an issued invoice)."""
    _lines_give(
        order, list(order.lines.select_related("course", "course_pass")), actor=actor
    )


def _lines_give(order: Order, lines, *, actor) -> None:
    """What each line bought: seats for the company, or the buyer's enrolment."""
    for line in lines:
        if line.for_seats:
            Seat.objects.bulk_create(
                [
                    Seat(
                        company_id=order.company_id,
                        order_line=line,
                        course=line.course,
                        course_key=line.course_key,
                        course_pass=line.course_pass,
                    )
                    for _i in range(line.quantity)
                ]
            )
            records_changed(company_ids=[order.company_id])  # a new column, perhaps
        else:
            enrolment_create(
                user=order.user,
                course=line.course.specific,
                source=Enrolment.Source.ORDER,
                actor=actor,
            )


def _paid_record(order: Order, lines, *, gateway: str, actor) -> None:
    """The payment, and for a company the seats it bought, in the audit log."""
    audit_record(
        actor=actor,
        action="order.paid",
        target=order,
        gateway=gateway,
        total_ore=order.total_ore,
        vat_ore=order.vat_ore,
        code=order.code.code if order.code_id else "",
        payment_reference=order.payment_reference,
    )
    if order.company_id:
        audit_record(
            actor=actor,
            action="seats.purchased",
            target=order.company,
            order=order.pk,
            seats=sum(line.quantity for line in lines if line.for_seats),
        )


def _access_withdraw(*, order: Order, actor, reason: str) -> None:
    """Take back what a refunded order gave: the buyer's enrolment or the seats."""
    for line in order.lines.all():
        if line.for_seats:
            seats = Seat.objects.select_for_update().filter(order_line=line)
            for seat in seats:
                if seat.status == Seat.Status.USED and seat.holder_id:
                    _withdraw_seat_holder(seat=seat, actor=actor, reason=reason)
            SeatInvitation.objects.filter(
                seat__order_line=line, status=SeatInvitation.Status.PENDING
            ).update(status=SeatInvitation.Status.REVOKED, revoked_at=timezone.now())
            seats.update(status=Seat.Status.VOID)
            records_changed(company_ids=[order.company_id])
            continue
        enrolment = Enrolment.objects.filter(
            user=order.user,
            course_key=line.course_key,
            source=Enrolment.Source.ORDER,
        ).exclude(status=Enrolment.Status.WITHDRAWN)
        for item in enrolment:
            enrolment_withdraw(enrolment=item, actor=actor, reason=reason)


def _withdraw_seat_holder(*, seat: Seat, actor, reason: str) -> None:
    enrolments = Enrolment.objects.filter(
        user_id=seat.holder_id, source=Enrolment.Source.SEAT
    ).exclude(status=Enrolment.Status.WITHDRAWN)
    if seat.course_key:
        enrolments = enrolments.filter(course_key=seat.course_key)
    else:
        # A pass seat gave every course; keep courses another seat still covers.
        other_keys = set(
            Seat.objects.filter(holder_id=seat.holder_id, status=Seat.Status.USED)
            .exclude(pk=seat.pk)
            .values_list("course_key", flat=True)
        )
        if (
            Seat.objects.filter(
                holder_id=seat.holder_id,
                status=Seat.Status.USED,
                course_pass__isnull=False,
            )
            .exclude(pk=seat.pk)
            .exists()
        ):
            return
        enrolments = enrolments.exclude(course_key__in=other_keys)
    for enrolment in enrolments:
        enrolment_withdraw(enrolment=enrolment, actor=actor, reason=reason)


def order_refund(*, order: Order, actor, reason: str = "") -> Order:
    """Refund a paid order in full (Stripe refund for card payments) and withdraw access.

    The Stripe call carries an idempotency key, so a retried refund never pays out twice.
    """
    reason = reason or _("Refunded")
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if locked.status != Order.Status.PAID:
            raise OrderError(_("Only paid orders can be refunded."))
        if locked.gateway == Order.Gateway.INVOICE:
            # Money paid on an invoice goes back with a credit note and a bank
            # transfer, neither of which this platform makes yet: refusing keeps the
            # books and the seats telling the same story.
            raise OrderError(
                _("An order paid by invoice is credited with a credit note, not here.")
            )
        refund_reference = ""
        if locked.gateway == Order.Gateway.STRIPE:
            refund = stripe_client.refund_create(
                payment_intent=locked.payment_reference,
                amount_ore=locked.total_ore,
                idempotency_key=f"refund-order-{locked.pk}",
                metadata={"order_id": str(locked.pk)},
            )
            refund_reference = refund["id"]
        _refund_record(
            order=locked, actor=actor, reason=reason, reference=refund_reference
        )
    return locked


def order_refund_recorded(*, order_id: int, reference: str, actor=None) -> bool:
    """A refund made outside our admin (Stripe dashboard) reported by webhook."""
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order_id)
        if locked.status != Order.Status.PAID:
            return False
        _refund_record(
            order=locked,
            actor=actor,
            reason=_("Refunded in Stripe"),
            reference=reference,
        )
    return True


def _refund_record(*, order: Order, actor, reason: str, reference: str) -> None:
    order.status = Order.Status.REFUNDED
    order.refunded_at = timezone.now()
    order.refund_reference = reference
    order.save(update_fields=["status", "refunded_at", "refund_reference"])
    _access_withdraw(order=order, actor=actor, reason=reason)
    code_services.code_release(order=order)
    audit_record(
        actor=actor,
        action="order.refunded",
        target=order,
        total_ore=order.total_ore,
        refund_reference=reference,
        reason=reason,
    )
