"""Ordering seats on invoice: request, issue (approve), register payment, and what
happens when an invoice is not paid (a reminder, then suspended unassigned seats).

The seats exist from the moment the invoice is issued, by the same code that gives
what a card payment buys; the order is then "invoiced" (given, not paid) until staff
register the payment, and only then "paid" with the date the money came. Every step
is audited, and the e-mails (the invoice with its PDF and EHF, the reminder) go
through the outbox, once each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.audit import audit_record
from lms.models.legal import seller_for_default_site
from lms.outbox import outbox_enqueue

from ..exceptions import OrderError
from ..invoicing.kid import kid_for
from ..models import Invoice, Order, Seat
from ..products import Product
from .fulfilment import order_lines_give
from .orders import order_create, order_redemptions_redeem

# An invoice unpaid this many days after its due date has its unassigned seats
# suspended (the reminder goes the day after the due date).
SUSPEND_AFTER_DAYS = 14


def invoicing_available() -> bool:
    """Invoices need the seller's organisation number and bank account."""
    seller = seller_for_default_site()
    return bool(seller and seller.org_nr and seller.bank_account)


def _outstanding_ore(company) -> int:
    issued = Invoice.objects.filter(
        order__company=company, status=Invoice.Status.ISSUED
    ).aggregate(total=Sum("order__total_ore"))
    return issued["total"] or 0


def invoice_order_create(
    *,
    company,
    product: Product,
    quantity: int,
    actor,
    purchase_order: str,
    buyer_reference: str,
    terms_days: int,
    street: str,
    postcode: str,
    city: str,
    language: str = "nb",
) -> Invoice:
    """Order seats on invoice; issued at once when within the company's credit limit."""
    if not invoicing_available():
        raise OrderError(_("Ordering on invoice is not available yet. Pay by card."))
    with transaction.atomic():
        order = order_create(
            user=actor,
            product=product,
            quantity=quantity,
            company=company,
            language=language,
            gateway=Order.Gateway.INVOICE,
        )
        invoice = Invoice.objects.create(
            order=order,
            purchase_order=purchase_order.strip(),
            buyer_reference=buyer_reference.strip(),
            terms_days=terms_days,
            street=street.strip(),
            postcode=postcode.strip(),
            city=city.strip(),
        )
        audit_record(
            actor=actor,
            action="invoice.requested",
            target=order,
            total_ore=order.total_ore,
            purchase_order=invoice.purchase_order,
        )
        limit = company.invoice_credit_limit_ore
        if limit and _outstanding_ore(company) + order.total_ore <= limit:
            invoice = invoice_issue(invoice=invoice, actor=actor, auto=True)
    return invoice


def _next_sequence() -> int:
    return (Invoice.objects.aggregate(top=Max("sequence"))["top"] or 10000) + 1


def invoice_issue(*, invoice: Invoice, actor, auto: bool = False) -> Invoice:
    """Approve: number the invoice, give the seats, send the invoice. Once."""
    for _attempt in range(3):
        try:
            with transaction.atomic():
                return _issue(invoice, actor, auto)
        except IntegrityError:  # two issued at once took the same number: retry
            continue
    raise OrderError(_("The invoice could not be numbered. Try again."))


def _issue(invoice: Invoice, actor, auto: bool) -> Invoice:
    locked = Invoice.objects.select_for_update().get(pk=invoice.pk)
    if locked.status != Invoice.Status.REQUESTED:
        raise OrderError(_("This invoice is not waiting for approval."))
    order = Order.objects.select_for_update().get(pk=locked.order_id)
    today = timezone.localdate()
    locked.sequence = _next_sequence()
    locked.kid = kid_for(company_id=order.company_id, sequence=locked.sequence)
    locked.issued_on = today
    locked.due_on = today + timedelta(days=locked.terms_days)
    locked.status = Invoice.Status.ISSUED
    locked.approved_by = actor
    locked.auto_approved = auto
    locked.save()
    moved = Order.objects.filter(pk=order.pk, status=Order.Status.OPEN).update(
        status=Order.Status.INVOICED, payment_reference=locked.number
    )
    if not moved:
        raise OrderError(_("This order is no longer open."))
    order.refresh_from_db()
    order_lines_give(order=order, actor=actor)
    order_redemptions_redeem(order=order, now=timezone.now())
    audit_record(
        actor=actor,
        action="invoice.issued",
        target=order,
        invoice=locked.number,
        kid=locked.kid,
        due_on=locked.due_on.isoformat(),
        auto=auto,
    )
    outbox_enqueue(
        job="payments.invoice",
        payload={"invoice_id": locked.pk},
        key=f"invoice:{locked.pk}",
    )
    return locked


def invoice_decline(*, invoice: Invoice, actor, reason: str = "") -> None:
    with transaction.atomic():
        updated = Invoice.objects.filter(
            pk=invoice.pk, status=Invoice.Status.REQUESTED
        ).update(status=Invoice.Status.CANCELLED)
        if not updated:
            raise OrderError(_("This invoice is not waiting for approval."))
        Order.objects.filter(pk=invoice.order_id, status=Order.Status.OPEN).update(
            status=Order.Status.CANCELLED
        )
        audit_record(
            actor=actor,
            action="invoice.declined",
            target=invoice.order,
            reason=reason[:500],
        )


def invoice_mark_paid(*, invoice: Invoice, actor, reference: str) -> None:
    """Register the payment: the order is paid, suspended seats are free again."""
    now = timezone.now()
    with transaction.atomic():
        updated = Invoice.objects.filter(
            pk=invoice.pk, status=Invoice.Status.ISSUED
        ).update(
            status=Invoice.Status.PAID,
            paid_at=now,
            paid_reference=reference.strip()[:100],
            marked_paid_by=actor,
        )
        if not updated:
            raise OrderError(_("Only an issued, unpaid invoice can be marked paid."))
        Order.objects.filter(pk=invoice.order_id, status=Order.Status.INVOICED).update(
            status=Order.Status.PAID, paid_at=now
        )
        freed = Seat.objects.filter(
            order_line__order_id=invoice.order_id, status=Seat.Status.SUSPENDED
        ).update(status=Seat.Status.FREE)
        audit_record(
            actor=actor,
            action="invoice.paid",
            target=invoice.order,
            reference=reference,
            seats_freed=freed,
        )


@dataclass
class OverdueRun:
    reminded: int = 0
    suspended: int = 0


def invoices_overdue_run(*, today=None) -> OverdueRun:
    """Daily (beat): one reminder the day after the due date; after
    ``SUSPEND_AFTER_DAYS`` more, the order's unassigned seats are suspended."""
    today = today or timezone.localdate()
    run = OverdueRun()
    late = Invoice.objects.filter(status=Invoice.Status.ISSUED, due_on__lt=today)
    for invoice in late.filter(reminded_at__isnull=True):
        with transaction.atomic():
            if Invoice.objects.filter(pk=invoice.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            ):
                outbox_enqueue(
                    job="payments.invoice_reminder",
                    payload={"invoice_id": invoice.pk},
                    key=f"invoice-reminder:{invoice.pk}",
                )
                run.reminded += 1
    cutoff = today - timedelta(days=SUSPEND_AFTER_DAYS)
    for invoice in late.filter(due_on__lt=cutoff, suspended_at__isnull=True):
        with transaction.atomic():
            Invoice.objects.filter(pk=invoice.pk).update(suspended_at=timezone.now())
            count = Seat.objects.filter(
                order_line__order_id=invoice.order_id, status=Seat.Status.FREE
            ).update(status=Seat.Status.SUSPENDED)
            audit_record(
                actor=None,
                action="invoice.seats_suspended",
                target=invoice.order,
                seats=count,
            )
            run.suspended += count
    return run
