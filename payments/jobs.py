"""The payments app's outbox jobs: receipts, invitations, evidence packs.

Each is recorded in the transaction that causes it (``lms.outbox.outbox_enqueue``) and
delivered once; each looks its objects up again, so a retry repeats only what is not
done (a receipt already sent is never sent again).
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from lms.outbox import Retry, outbox_job
from lms.site.emails import email_send

from .models import Company, MemberInvitation, Order, SeatInvitation
from .selectors import vat_breakdown


@outbox_job("payments.receipt")
def order_receipt_send(*, order_id: int) -> bool:
    """Send the receipt once. Safe to retry: a sent receipt is never sent again."""
    with transaction.atomic():
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("company", "code")
            .filter(pk=order_id)
            .first()
        )
        if order is None or order.receipt_sent_at or order.paid_at is None:
            return False
        lines = list(order.lines.all())
        with translation.override(order.language):
            order_path = reverse("payments:order_detail", args=[order.public_id])
        recipients = [order.buyer_email]
        if order.company_id and order.company.billing_email not in recipients:
            recipients.append(order.company.billing_email)
        email_send(
            to=recipients,
            template="receipt",
            context={
                "order": order,
                "lines": lines,
                "vat_rows": vat_breakdown(order=order, lines=lines),
                "order_path": order_path,
                "test_mode": order.gateway == Order.Gateway.DEV,
            },
            language=order.language,
        )
        order.receipt_sent_at = timezone.now()
        order.save(update_fields=["receipt_sent_at"])
    return True


@outbox_job("payments.seat_invitation")
def seat_invitation_send(*, invitation_id: int) -> bool:
    invitation = (
        SeatInvitation.objects.select_related(
            "company", "seat__course", "seat__course_pass", "invited_by"
        )
        .filter(pk=invitation_id, status=SeatInvitation.Status.PENDING)
        .first()
    )
    if invitation is None:
        return False
    with translation.override(invitation.language):
        accept_path = reverse("payments:invitation", args=[invitation.token])
    email_send(
        to=invitation.email,
        template="seat_invitation",
        context={
            "invitation": invitation,
            "product_name": invitation.seat.product_name,
            "accept_path": accept_path,
        },
        language=invitation.language,
    )
    return True


@outbox_job("payments.evidence_pack")
def evidence_pack_build_job(*, job_id: int) -> str:
    from .compliance.evidence import evidence_pack_build

    job = evidence_pack_build(job_id=job_id)
    return job.status


@outbox_job("payments.member_invitation")
def member_invitation_send(*, invitation_id: int) -> bool:
    invitation = (
        MemberInvitation.objects.select_related("company", "invited_by")
        .filter(pk=invitation_id, status=MemberInvitation.Status.PENDING)
        .first()
    )
    if invitation is None:
        return False
    with translation.override(invitation.language):
        join_path = reverse("payments:join", args=[invitation.token])
    email_send(
        to=invitation.email,
        template="member_invitation",
        context={"invitation": invitation, "join_path": join_path},
        language=invitation.language,
    )
    return True


@outbox_job("payments.member_left")
def member_left_send(*, company_id: int, name: str, email: str) -> bool:
    """Tell a company's admins that a member deleted their account (each in their
    language): the company's records of that person end there."""
    from .company_access import company_admins

    company = Company.objects.filter(pk=company_id).first()
    if company is None:
        return False
    for admin in company_admins(company=company):
        email_send(
            to=admin.email,
            template="member_left",
            context={"company": company, "name": name, "email": email},
            language=admin.preferred_language,
        )
    return True


@outbox_job("payments.webhook_event")
def webhook_event_job(*, event_id: str) -> None:
    """Handle a stored Stripe event (fulfilment, refunds); a failure is retried."""
    from .models import WebhookEvent
    from .services.webhooks import webhook_event_handle

    stored = webhook_event_handle(event_id=event_id)
    if stored.outcome == WebhookEvent.Outcome.FAILED:
        return Retry(stored.detail or "webhook event failed")
    return None
