"""Learning: enrolments, lesson progress and quiz attempts.

Courses and lessons are Wagtail pages that exist once per language. Learner state points
at them through the page's ``translation_key`` as well as the concrete page, so progress
made in the Ukrainian version of a lesson counts for the same lesson in bokmål.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
    # Active time in the course's lessons: one minute per ActiveMinute row, kept
    # as a running sum so pages need not count rows. Reset by a refresher start.
    # Empty on courses completed before time on task was recorded ("not recorded").
    active_seconds = models.PositiveIntegerField(null=True, blank=True, default=0)

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
    active_seconds = models.PositiveIntegerField(default=0)

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


class ActiveMinute(models.Model):
    """One wall-clock minute in which the learner was active in a lesson of the course.

    The lesson page reports activity (visible page, recent input) every half minute;
    each report claims the current minute for the enrolment. The minute is unique per
    enrolment, so two tabs, two devices or two languages open at once claim the same
    minute and count once. The first report of a minute names its lesson.
    """

    SECONDS = 60

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="active_minutes"
    )
    minute = models.DateTimeField()
    lesson_key = models.UUIDField()

    class Meta:
        verbose_name = _("active minute")
        verbose_name_plural = _("active minutes")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "minute"], name="one_active_minute_per_enrolment"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.minute:%Y-%m-%d %H:%M}"


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
