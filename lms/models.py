"""Learner state: users, enrolments, lesson progress, quiz attempts, audit events.

Courses and lessons are Wagtail pages that exist once per language. Learner state points
at them through the page's ``translation_key`` as well as the concrete page, so progress
made in the Ukrainian version of a lesson counts for the same lesson in bokmål.
"""

from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who logs in with their e-mail address.

    ``full_name`` is the name printed on certificates; ``first_name``/``last_name`` stay
    only because the Wagtail admin's user forms ask for them.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    nudges_enabled = models.BooleanField(
        _("remind me when I have not continued a course for a week"), default=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        if not self.full_name and (self.first_name or self.last_name):
            self.full_name = f"{self.first_name} {self.last_name}".strip()
        self.email = (self.email or "").lower()
        super().save(*args, **kwargs)

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return (self.full_name.split(" ")[0] if self.full_name else "") or self.email

    def __str__(self):
        return self.get_full_name()


class Enrolment(models.Model):
    class Source(models.TextChoices):
        FREE = "free", _("Free course")
        STAFF = "staff", _("Enrolled by staff")
        ORDER = "order", _("Purchase")
        SEAT = "seat", _("Company seat")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="enrolments"
    )
    # The course across all its languages (CoursePage.translation_key).
    course_key = models.UUIDField(db_index=True)
    source = models.CharField(max_length=10, choices=Source.choices)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    hours_credited = models.DecimalField(
        max_digits=5, decimal_places=2, default=Decimal("0")
    )
    nudged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_enrolment_per_course"
            )
        ]
        indexes = [models.Index(fields=["status", "last_activity_at"])]

    def __str__(self):
        return f"{self.user} – {self.course}"

    @property
    def is_active(self):
        return self.status != self.Status.WITHDRAWN

    @property
    def is_completed(self):
        return self.completed_at is not None


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    lesson_key = models.UUIDField()
    first_visited_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_progress_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.lesson_key}"


class QuizAttempt(models.Model):
    """One submitted attempt at one quiz block; retakes add rows."""

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="+"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    # {question_index: [option_index, ...]}
    answers = models.JSONField(default=dict)
    correct_count = models.PositiveSmallIntegerField()
    question_count = models.PositiveSmallIntegerField()
    score_percent = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["enrolment", "lesson_key", "block_id"])]

    def __str__(self):
        return f"{self.enrolment_id}: {self.score_percent} %"


class AuditEvent(models.Model):
    """Who changed what and when: payments, seats, grades, certificates, enrolments."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(max_length=64, db_index=True)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"


# --- Certificates and notifications ---------------------------------------------------
# Owned by the certificate feature (issue #5); see lms/certificates.py.


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
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)
    topics = models.JSONField(default=list, blank=True)
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


class NotificationSent(models.Model):
    """A marker that one notification went out, so that each fires exactly once.

    ``key`` names the occasion, e.g. ``reminder60:<certificate>:<user>``; the row is
    written before sending and removed again if sending fails, so a retry resends.
    """

    class Kind(models.TextChoices):
        WELCOME = "welcome", _("Welcome")
        CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
        REMINDER_60 = "reminder60", _("Refresher reminder, 60 days")
        REMINDER_30 = "reminder30", _("Refresher reminder, 30 days")
        NUDGE = "nudge", _("Nudge to continue")

    kind = models.CharField(max_length=24, choices=Kind.choices)
    key = models.CharField(max_length=120, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("notification sent")
        verbose_name_plural = _("notifications sent")
        indexes = [models.Index(fields=["kind", "sent_at"])]

    def __str__(self):
        return self.key


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


class EvidencePackJob(models.Model):
    """A ZIP of a company's certificates with a summary sheet, built in the background.

    ``company_id`` is a plain id rather than a foreign key so that this transient
    artefact does not tie the lms migrations to the payments app's.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    company_id = models.PositiveBigIntegerField(db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="evidence/%Y/", blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("evidence pack")
        verbose_name_plural = _("evidence packs")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.company_id} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(100 * self.done / self.total) if self.total else 0
