"""Discount and licence codes, their uses, and codes kept on an account."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from courses.models import AUDIENCE_CHOICES


def code_normalise(value: str) -> str:
    """Codes are matched case-insensitively and without surrounding spaces."""
    return "".join((value or "").split()).upper()


class CodeBatch(models.Model):
    """N single-use codes generated together (e.g. licences sold to a partner)."""

    name = models.CharField(_("name"), max_length=120)
    prefix = models.CharField(_("prefix"), max_length=12, blank=True)
    count = models.PositiveIntegerField(_("number of codes"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("code batch")
        verbose_name_plural = _("code batches")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class DiscountCode(models.Model):
    """A discount or licence code: percent or fixed amount off, with a scope and limits.

    A licence code is simply a single-use 100 % code for chosen courses. Scope
    "chosen courses" matches the chosen course pages; with ``include_translations`` it
    also matches their other language versions (off for UKRAINA, which is the Ukrainian
    version of the worker course only).
    """

    class Kind(models.TextChoices):
        PERCENT = "percent", _("Percent off")
        AMOUNT = "amount", _("Fixed amount off")

    class Scope(models.TextChoices):
        ALL = "all", _("All courses and passes")
        COURSES = "courses", _("Chosen courses")
        AUDIENCE = "audience", _("Courses for an audience")

    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Letters and digits; matched without regard to case."),
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.PERCENT
    )
    percent = models.PositiveSmallIntegerField(
        _("percent off"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("100 makes the course free (Stripe is skipped)."),
    )
    amount_ore = models.PositiveIntegerField(
        _("amount off in øre (incl. VAT)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Per unit: 50000 = 500 kr off each course or seat."),
    )
    scope = models.CharField(
        _("valid for"), max_length=10, choices=Scope.choices, default=Scope.ALL
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        verbose_name=_("courses"),
    )
    include_translations = models.BooleanField(
        _("also other language versions of the chosen courses"),
        default=True,
        help_text=_(
            "Untick to limit the code to exactly the language versions chosen, e.g. "
            "the Ukrainian version of a course."
        ),
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=AUDIENCE_CHOICES, blank=True
    )
    valid_from = models.DateTimeField(
        _("valid from"), null=True, blank=True, help_text=_("Norwegian time.")
    )
    valid_until = models.DateTimeField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_(
            "Norwegian time. A day without a time (00:00) means to the end of that "
            "day, 23:59."
        ),
    )
    max_uses = models.PositiveIntegerField(
        _("total uses"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    max_uses_per_user = models.PositiveIntegerField(
        _("uses per user"), null=True, blank=True, default=1
    )
    active = models.BooleanField(_("active"), default=True)
    batch = models.ForeignKey(
        CodeBatch,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="codes",
        verbose_name=_("batch"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("discount code")
        verbose_name_plural = _("discount codes")
        ordering = ["-created_at", "code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__lte=100),
                name="discount_percent_at_most_100",
            )
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        self.code = code_normalise(self.code)
        super().save(*args, **kwargs)

    def clean(self):
        self.code = code_normalise(self.code)
        self.valid_until = end_of_day_if_midnight(self.valid_until)
        errors = {}
        if self.kind == self.Kind.PERCENT and not self.percent:
            errors["percent"] = _("Enter the percent off.")
        if self.kind == self.Kind.AMOUNT and not self.amount_ore:
            errors["amount_ore"] = _("Enter the amount off.")
        if self.scope == self.Scope.AUDIENCE and not self.audience:
            errors["audience"] = _("Choose the audience.")
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            errors["valid_until"] = _("The end must be after the start.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_free(self) -> bool:
        return self.kind == self.Kind.PERCENT and self.percent == 100

    def label(self) -> str:
        """Short human description: "25 %" or "500 kr"."""
        if self.kind == self.Kind.PERCENT:
            return f"{self.percent}\u00a0%"
        kr, ore = divmod(self.amount_ore or 0, 100)
        return f"{kr},{ore:02d}\u00a0kr" if ore else f"{kr}\u00a0kr"


class CodeRedemption(models.Model):
    """One use of a code by one buyer for one order.

    A use is *reserved* when the code is put on an open order (so the last use of a
    limited code cannot be taken by two buyers at once), *redeemed* when the order is
    paid and *released* when the buyer removes the code or the reservation runs out.
    """

    class Status(models.TextChoices):
        RESERVED = "reserved", _("Reserved")
        REDEEMED = "redeemed", _("Redeemed")
        RELEASED = "released", _("Released")

    code = models.ForeignKey(
        DiscountCode, on_delete=models.CASCADE, related_name="redemptions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    order = models.ForeignKey(
        "payments.Order", on_delete=models.CASCADE, related_name="code_redemptions"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RESERVED
    )
    discount_ore = models.PositiveIntegerField(_("discount in øre"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("reserved until"))
    redeemed_at = models.DateTimeField(_("redeemed"), null=True, blank=True)

    class Meta:
        verbose_name = _("code use")
        verbose_name_plural = _("code uses")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "order"], name="one_redemption_per_code_and_order"
            )
        ]
        indexes = [models.Index(fields=["code", "status"])]

    def __str__(self):
        return f"{self.code} · {self.user} · {self.get_status_display()}"

    @classmethod
    def counting(cls, now=None):
        """Uses that count against the limits: redeemed, or reserved and not run out."""
        now = now or timezone.now()
        return Q(status=cls.Status.REDEEMED) | Q(
            status=cls.Status.RESERVED, expires_at__gt=now
        )


def end_of_day_if_midnight(value):
    """A campaign "until 31 December" picked as 31.12 00:00 ends at 23:59:59 Oslo
    time that day, not as the day begins."""
    if value is None:
        return None
    local = timezone.localtime(value)
    if (local.hour, local.minute, local.second, local.microsecond) != (0, 0, 0, 0):
        return value
    return local.replace(hour=23, minute=59, second=59)


class AccountCode(models.Model):
    """A code entered at sign-up, kept for the account's next purchase."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_code"
    )
    code = models.ForeignKey(DiscountCode, on_delete=models.CASCADE, related_name="+")
    entered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("code kept for the next purchase")
        verbose_name_plural = _("codes kept for the next purchase")

    def __str__(self):
        return f"{self.user}: {self.code}"
