"""Products beyond single courses, orders with VAT per line, and stored webhook events."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from courses.models import VAT_CHOICES


class CoursePass(models.Model):
    """The all-courses pass: a seat of it enrols its holder in every published course."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    price_ore = models.PositiveIntegerField(
        _("price per seat in øre (incl. VAT)"), help_text=_("499000 = 4 990 kr.")
    )
    vat_rate = models.PositiveSmallIntegerField(
        _("VAT rate"), choices=VAT_CHOICES, default=25
    )
    active = models.BooleanField(_("on sale"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("all-courses pass")
        verbose_name_plural = _("all-courses passes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Order(models.Model):
    """A purchase by a learner for themselves or by a company admin for seats.

    Amounts are integer øre including VAT. ``subtotal_ore - discount_ore == total_ore``
    and ``vat_ore`` is the sum of the VAT extracted per line (see ``payments.pricing``).
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Awaiting payment")
        # An invoice is issued: what was bought is given; the money is still to come.
        INVOICED = "invoiced", _("Invoiced, awaiting payment")
        PAID = "paid", _("Paid")
        REFUNDED = "refunded", _("Refunded")
        CANCELLED = "cancelled", _("Cancelled")

    class Gateway(models.TextChoices):
        STRIPE = "stripe", _("Stripe")
        DEV = "dev", _("Test mode (no money)")
        FREE = "free", _("Free (no payment needed)")
        INVOICE = "invoice", _("Invoice")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("buyer"),
    )
    company = models.ForeignKey(
        "payments.Company",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("company"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    gateway = models.CharField(
        _("paid through"), max_length=10, choices=Gateway.choices, blank=True
    )
    currency = models.CharField(max_length=3, default="nok")
    code = models.ForeignKey(
        "payments.DiscountCode",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="orders",
        verbose_name=_("discount code"),
    )
    subtotal_ore = models.PositiveIntegerField(_("before discount (øre)"), default=0)
    discount_ore = models.PositiveIntegerField(_("discount (øre)"), default=0)
    total_ore = models.PositiveIntegerField(_("total (øre)"), default=0)
    vat_ore = models.PositiveIntegerField(_("VAT included (øre)"), default=0)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="nb"
    )
    # Snapshots for the receipt, taken when the order is created.
    buyer_email = models.EmailField(_("buyer e-mail"))
    buyer_name = models.CharField(_("buyer name"), max_length=200, blank=True)
    company_name = models.CharField(_("company name"), max_length=200, blank=True)
    org_nr = models.CharField(_("organisation number"), max_length=9, blank=True)
    invoice_reference = models.CharField(
        _("invoice reference"), max_length=100, blank=True
    )
    stripe_session_id = models.CharField(max_length=255, blank=True, db_index=True)
    payment_reference = models.CharField(
        _("payment reference"), max_length=255, blank=True, db_index=True
    )
    refund_reference = models.CharField(
        _("refund reference"), max_length=255, blank=True
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    refunded_at = models.DateTimeField(_("refunded"), null=True, blank=True)
    receipt_sent_at = models.DateTimeField(_("receipt sent"), null=True, blank=True)
    # A consumer's express consent to immediate delivery of digital content and their
    # acknowledgement that the right of withdrawal is then lost (angrerettloven § 22
    # bokstav n), with the exact words they agreed to.
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_text = models.TextField(_("consent wording"), blank=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return self.number

    @property
    def number(self) -> str:
        return f"HMS-{self.pk:06d}" if self.pk else "HMS-new"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    @property
    def is_paid(self) -> bool:
        return self.status == self.Status.PAID

    @property
    def is_company_order(self) -> bool:
        return self.company_id is not None

    @property
    def net_ore(self) -> int:
        return self.total_ore - self.vat_ore


class OrderLine(models.Model):
    """One product on an order: a course (for oneself or as N seats) or pass seats."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    course_key = models.UUIDField(null=True, blank=True)
    course_pass = models.ForeignKey(
        CoursePass, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    description = models.CharField(_("description"), max_length=255)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    for_seats = models.BooleanField(_("company seats"), default=False)
    unit_price_ore = models.PositiveIntegerField(_("unit price (øre, incl. VAT)"))
    discount_ore = models.PositiveIntegerField(_("discount (øre)"), default=0)
    total_ore = models.PositiveIntegerField(_("line total (øre, incl. VAT)"))
    vat_rate = models.PositiveSmallIntegerField(_("VAT rate (%)"))
    vat_ore = models.PositiveIntegerField(_("VAT (øre)"))

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        ordering = ["id"]

    def __str__(self):
        return f"{self.quantity} × {self.description}"

    @property
    def net_ore(self) -> int:
        return self.total_ore - self.vat_ore

    @property
    def gross_ore(self) -> int:
        return self.unit_price_ore * self.quantity


class WebhookEvent(models.Model):
    """A Stripe event, stored once by its id, with what handling it came to."""

    class Outcome(models.TextChoices):
        RECEIVED = "received", _("Received")
        HANDLED = "handled", _("Handled")
        IGNORED = "ignored", _("Ignored")
        FAILED = "failed", _("Failed")

    event_id = models.CharField(_("event id"), max_length=255, unique=True)
    type = models.CharField(_("type"), max_length=100, db_index=True)
    stripe_created = models.DateTimeField(_("created at Stripe"), null=True)
    payload = models.JSONField(default=dict)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.RECEIVED
    )
    detail = models.TextField(_("detail"), blank=True)
    order = models.ForeignKey(
        Order,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="webhook_events",
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)

    class Meta:
        verbose_name = _("Stripe event")
        verbose_name_plural = _("Stripe events")
        ordering = ["-received_at", "-id"]

    def __str__(self):
        return f"{self.type} {self.event_id}"
