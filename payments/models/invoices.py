"""Invoices: a company's order of seats paid by bank transfer instead of by card.

requested → issued (approved by staff, or at once under the company's credit limit:
the seats are usable from here) → paid (staff register the payment). An issued invoice
unpaid after its due date gets one reminder, and later its unassigned seats are
suspended until it is paid. The invoice number is a gap-free sequence given at issue;
the KID carries the company and that number with a MOD10 (Luhn) check digit.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TERMS_CHOICES = [(14, _("14 days")), (30, _("30 days"))]


class Invoice(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Waiting for approval")
        ISSUED = "issued", _("Issued, not paid")
        PAID = "paid", _("Paid")
        CANCELLED = "cancelled", _("Cancelled")

    order = models.OneToOneField(
        "payments.Order", on_delete=models.PROTECT, related_name="invoice"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    sequence = models.PositiveIntegerField(_("invoice number"), null=True, unique=True)
    kid = models.CharField(_("KID"), max_length=25, blank=True)
    purchase_order = models.CharField(_("purchase order number"), max_length=50)
    buyer_reference = models.CharField(
        _("your reference"),
        max_length=100,
        help_text=_("A person or a code; public buyers require it on EHF invoices."),
    )
    terms_days = models.PositiveSmallIntegerField(
        _("payment terms"), choices=TERMS_CHOICES, default=30
    )
    # The buyer's address as it stands on the invoice.
    street = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=4)
    city = models.CharField(_("city"), max_length=100)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    issued_on = models.DateField(_("invoice date"), null=True, blank=True)
    due_on = models.DateField(_("due date"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("approved by"),
    )
    auto_approved = models.BooleanField(
        _("approved under the credit limit"), default=False
    )
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    paid_reference = models.CharField(_("bank reference"), max_length=100, blank=True)
    marked_paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    suspended_at = models.DateTimeField(_("seats suspended"), null=True, blank=True)

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["status", "due_on"])]

    def __str__(self):
        return self.number or f"{self.order} ({self.get_status_display()})"

    @property
    def number(self) -> str:
        return str(self.sequence) if self.sequence else ""
