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
