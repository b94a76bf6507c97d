"""The payments app's outbox jobs: receipts, invitations, evidence packs.

Each is recorded in the transaction that causes it (``lms.outbox.outbox_enqueue``) and
delivered once; each looks its objects up again, so a retry repeats only what is not
done (a receipt already sent is never sent again).
"""

from django.conf import settings
from django.db import transaction
from django.db.models import F
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


def _course_path(course, language: str) -> str:
    from courses.selectors import course_in_language

    with translation.override(language):
        return course_in_language(course=course, language_code=language).url or ""


@outbox_job("payments.training_reminder")
def training_reminder_send(*, assignment_id: int, due_on: str, stage: int) -> bool:
    """One reminder of the daily run; skipped when the course has been completed (or
    its due date moved, or the person left) since it was recorded."""
    from .compliance.training import TrainingStatus, assignment_states
    from .models import TrainingAssignment

    assignment = (
        TrainingAssignment.objects.filter(
            pk=assignment_id,
            user__is_active=True,
            company__memberships__user_id=F("user_id"),
        )
        .select_related("company", "course", "user")
        .first()
    )
    if assignment is None:
        return False
    language = assignment.user.preferred_language or "nb"
    (state,) = assignment_states(
        company=assignment.company, assignments=[assignment], language=language
    )
    if state.status == TrainingStatus.VALID or state.due_on.isoformat() != due_on:
        return False
    email_send(
        to=assignment.user.email,
        template="training_reminder",
        context={
            "recipient": assignment.user,
            "company": assignment.company,
            "state": state,
            "stage": stage,
            "late_days": max(stage, 0),
            "course_path": _course_path(assignment.course, language),
        },
        language=language,
    )
    return True


@outbox_job("payments.training_remind")
def training_remind_send(*, company_id: int, user_id: int) -> bool:
    """The manager's reminder: everything due or overdue, in one e-mail."""
    from .compliance.training import open_states
    from .models import CompanyMember

    member = (
        CompanyMember.objects.filter(
            company_id=company_id, user_id=user_id, user__is_active=True
        )
        .select_related("company", "user")
        .first()
    )
    if member is None:
        return False
    language = member.user.preferred_language or "nb"
    states = open_states(company=member.company, user_ids=[user_id], language=language)
    if not states:
        return False
    email_send(
        to=member.user.email,
        template="training_remind",
        context={
            "recipient": member.user,
            "company": member.company,
            "states": states,
            "dashboard_path": _dashboard_path(language),
        },
        language=language,
    )
    return True


def _dashboard_path(language: str) -> str:
    with translation.override(language):
        return reverse("lms:dashboard")


@outbox_job("payments.hours_agreement")
def hours_agreement_send(*, agreement_id: int) -> bool:
    """Ask the person to sign an agreement the employer has signed (if still open)."""
    from .models import ShorterProgrammeAgreement

    agreement = (
        ShorterProgrammeAgreement.objects.filter(
            pk=agreement_id,
            member_signed_at__isnull=True,
            withdrawn_at__isnull=True,
            user__is_active=True,
        )
        .select_related("company", "user", "employer_signed_by")
        .first()
    )
    if agreement is None:
        return False
    language = agreement.user.preferred_language or "nb"
    with translation.override(language):
        path = reverse("payments:my_companies")
    email_send(
        to=agreement.user.email,
        template="hours_agreement",
        context={"agreement": agreement, "recipient": agreement.user, "path": path},
        language=language,
    )
    return True


def _invoice_for_mail(invoice_id: int):
    from .models import Invoice

    return (
        Invoice.objects.filter(pk=invoice_id, status=Invoice.Status.ISSUED)
        .select_related("order__company", "order__user")
        .first()
    )


def _invoice_mail(invoice, *, template: str) -> None:
    from lms.models.legal import seller_for_default_site

    from .invoicing.ehf import invoice_ehf_xml
    from .invoicing.pdf import invoice_pdf

    order = invoice.order
    seller = seller_for_default_site()
    language = order.language or "nb"
    recipients = [order.company.billing_email]
    if order.buyer_email not in recipients:
        recipients.append(order.buyer_email)
    email_send(
        to=recipients,
        template=template,
        context={"invoice": invoice, "order": order, "seller": seller},
        language=language,
        attachments=[
            (
                f"faktura-{invoice.number}.pdf",
                invoice_pdf(invoice=invoice, seller=seller, language=language),
                "application/pdf",
            ),
            (
                f"faktura-{invoice.number}-ehf.xml",
                invoice_ehf_xml(invoice=invoice, seller=seller),
                "application/xml",
            ),
        ],
    )


@outbox_job("payments.invoice")
def invoice_send(*, invoice_id: int) -> bool:
    """The issued invoice to the company's billing address, PDF and EHF attached."""
    invoice = _invoice_for_mail(invoice_id)
    if invoice is None:
        return False
    _invoice_mail(invoice, template="invoice")
    return True


@outbox_job("payments.invoice_reminder")
def invoice_reminder_send(*, invoice_id: int) -> bool:
    """One reminder of an overdue invoice (skipped if it was paid meanwhile)."""
    invoice = _invoice_for_mail(invoice_id)
    if invoice is None:
        return False
    _invoice_mail(invoice, template="invoice_reminder")
    return True


@outbox_job("payments.digest")
def digest_send(*, translation_key: str, email: str) -> bool:
    """One issue to one address, in their language, once; not after unsubscribing."""
    from .services import digest

    person = digest.digest_recipients(email=email).get(email)
    if person is None:
        return False  # unsubscribed, left the role, or the account closed meanwhile
    issue = digest.issue_in_language(translation_key, person.language)
    if issue is None or not digest.delivery_claim(
        translation_key=translation_key, issue=issue, email=email
    ):
        return False
    with translation.override(person.language):
        unsubscribe = reverse(
            "payments:digest_unsubscribe", args=[digest.unsubscribe_token(email)]
        )
    unsubscribe_url = f"{settings.SITE_URL}{unsubscribe}"
    email_send(
        to=email,
        template="digest",
        context={
            "issue": issue,
            "recipient": person,
            "deadlines": [
                d
                for d in (digest.company_deadlines(c) for c in person.companies)
                if d.any
            ],
            "unsubscribe_url": unsubscribe_url,
        },
        language=person.language,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return True
