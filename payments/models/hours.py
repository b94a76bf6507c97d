"""The 40-hour rule for verneombud and AMU members (FOLM § 3-19): hours taken
elsewhere, entered by the company with a document, and the agreement on a shorter
programme that the employer and the person both sign.

Hours from courses taken here come from the certificates the company may read; they
are never stored twice. An agreement counts only once both have signed and nobody has
withdrawn it; it is never edited (a new one replaces it), so what was signed is what
is shown and printed.
"""

from django.conf import settings
from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .companies import Company

DOCUMENT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]


class ExternalHours(models.Model):
    """Training toward the 40 hours taken somewhere else, with its documentation."""

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="external_hours"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("course or training"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200)
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5)],
    )
    completed_on = models.DateField(_("completed"))
    document = models.FileField(
        _("documentation"),
        upload_to="hours/%Y/",
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
        help_text=_("Course certificate or attendance list: PDF, JPG or PNG, 5 MB."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("hours from elsewhere")
        verbose_name_plural = _("hours from elsewhere")
        ordering = ["completed_on", "id"]

    def __str__(self):
        return f"{self.user} · {self.title} · {self.hours} h"


class ShorterProgrammeAgreement(models.Model):
    """The employer and a verneombud or AMU member agree that a programme shorter than
    40 hours is justifiable (FOLM § 3-19), with its reasons; both sign here."""

    class Capacity(models.TextChoices):
        VERNEOMBUD = "verneombud", _("Safety representative (verneombud)")
        AMU = "amu", _("AMU member")

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="hour_agreements"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="hour_agreements",
    )
    capacity = models.CharField(_("as"), max_length=12, choices=Capacity.choices)
    hours = models.DecimalField(
        _("hours agreed"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(1)],
    )
    programme = models.TextField(
        _("the programme"),
        help_text=_("Which courses or training the shorter programme consists of."),
    )
    reasons = models.TextField(
        _("why a shorter programme is justifiable"),
        help_text=_(
            "E.g. the person's earlier training and experience, the risks of the "
            "workplace, the size of the business."
        ),
    )
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    employer_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("signed for the employer by"),
    )
    employer_signed_at = models.DateTimeField(_("signed by the employer"))
    member_signed_at = models.DateTimeField(
        _("signed by the person"), null=True, blank=True
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("agreement on a shorter programme")
        verbose_name_plural = _("agreements on a shorter programme")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(hours__lt=40),
                name="shorter_programme_is_shorter",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.hours} h"

    @property
    def is_signed(self) -> bool:
        return bool(self.member_signed_at and not self.withdrawn_at)

    @property
    def is_open(self) -> bool:
        """Waiting for the person's signature."""
        return not self.member_signed_at and not self.withdrawn_at
