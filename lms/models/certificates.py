"""Certificates (kursbevis), refresher starts, notification markers, evidence packs."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .learning import Enrolment


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Certificates not replaced by a later one for the same person and course."""
        return self.filter(superseded_by__isnull=True)


class Certificate(models.Model):
    """An issued kursbevis: an immutable record of one completion.

    Everything printed on the certificate is copied here when it is issued, so later
    edits to the course or the learner's name never change a certificate that was
    handed to an inspector. Re-issuing creates a new certificate (new number) that
    points back at the one it replaces; only the PDF rendering, the revocation and the
    "superseded" link may be written after creation.
    """

    class Reason(models.TextChoices):
        COMPLETION = "completion", _("Course completed")
        REFRESHER = "refresher", _("Refresher completed")
        REISSUE = "reissue", _("Re-issued by staff")

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    MUTABLE_FIELDS = frozenset(
        {
            "pdf",
            "pdf_sha256",
            "revoked_at",
            "revoked_reason",
            "revoked_by",
            "superseded_by",
        }
    )

    number = models.CharField(_("certificate number"), max_length=24, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="+"
    )
    course_key = models.UUIDField(db_index=True)
    reason = models.CharField(max_length=12, choices=Reason.choices)
    replaces = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("replaces"),
    )
    superseded_by = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("superseded by"),
    )
    # Snapshot of what the certificate says.
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    holder_name = models.CharField(_("name"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    audience = models.CharField(_("audience"), max_length=20)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=2)
    # The learner's recorded active time in the course when it was completed; empty
    # on certificates issued before time on task was recorded.
    active_seconds = models.PositiveIntegerField(
        _("recorded time (seconds)"), null=True, blank=True
    )
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    topics = models.JSONField(default=list, blank=True)
    # A certificate in nn, en or uk also carries the course's title, legal basis and
    # topics in bokmål, as they were when it was issued: {} on a bokmål certificate.
    bokmal = models.JSONField(default=dict, blank=True)
    completed_at = models.DateTimeField(_("completed"))
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    # The rendering, stored once.
    pdf = models.FileField(upload_to="certificates/%Y/", blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-id"]
        constraints = [
            # One certificate per recorded completion; staff re-issues are extra.
            models.UniqueConstraint(
                fields=["enrolment", "completed_at"],
                condition=~models.Q(reason="reissue"),
                name="one_certificate_per_completion",
            )
        ]
        indexes = [
            models.Index(fields=["user", "course_key"]),
            models.Index(fields=["valid_until"]),
        ]

    def __str__(self):
        return f"{self.number} – {self.holder_name} – {self.course_title}"

    def save(self, *args, **kwargs):
        if self.pk and not self._state.adding:
            update_fields = kwargs.get("update_fields")
            if not update_fields or not set(update_fields) <= self.MUTABLE_FIELDS:
                raise ValueError("A certificate is immutable; re-issue it instead.")
        super().save(*args, **kwargs)

    def status_on(self, day) -> str:
        if self.revoked_at:
            return self.Status.REVOKED
        if self.valid_until and self.valid_until < day:
            return self.Status.EXPIRED
        return self.Status.VALID

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return str(self.Status(self.status).label)

    @property
    def is_valid(self) -> bool:
        return self.status == self.Status.VALID


class RefresherStart(models.Model):
    """When a learner began taking a completed course again (to renew the certificate)."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="refresher_starts"
    )
    previous_certificate = models.ForeignKey(
        Certificate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    previous_completed_at = models.DateTimeField()
    started_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("refresher start")
        verbose_name_plural = _("refresher starts")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.enrolment_id} @ {self.started_at:%Y-%m-%d}"
