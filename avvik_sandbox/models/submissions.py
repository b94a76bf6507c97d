"""Learner state: submissions, their criterion scores, and instructor assignments.

Submissions point at the page the learner worked in and at its ``translation_key``, so
instructors and completion checks see one exercise across languages.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .. import choices
from .pages import ExercisePage


class InstructorAssignment(models.Model):
    """Which courses an instructor grades. No course = open practice submissions."""

    instructor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sandbox_assignments",
        verbose_name=_("instructor"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("course"),
        help_text=_("Leave empty for practice outside any course."),
    )
    course_key = models.UUIDField(null=True, blank=True, editable=False)

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("instructor assignment")
        verbose_name_plural = _("instructor assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["instructor", "course_key"], name="one_assignment_per_course"
            ),
            models.UniqueConstraint(
                fields=["instructor"],
                condition=Q(course_key__isnull=True),
                name="one_practice_assignment",
            ),
        ]

    def __str__(self):
        return f"{self.instructor} – {self.course or _('open practice')}"

    def save(self, *args, **kwargs):
        self.course_key = self.course.translation_key if self.course_id else None
        super().save(*args, **kwargs)


class Submission(models.Model):
    """A learner's work on one exercise in one context (a course, or open practice).

    ``draft`` is what the workspace shows (autosaved); ``answer`` is the snapshot taken on
    submit, which feedback, pre-score and grading refer to.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        IN_GRADING = "in_grading", _("In grading")
        RETURNED = "returned", _("Returned for revision")
        GRADED = "graded", _("Graded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="sandbox_submissions",
    )
    exercise = models.ForeignKey(
        ExercisePage, on_delete=models.PROTECT, related_name="submissions"
    )
    exercise_key = models.UUIDField(db_index=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_key = models.UUIDField(null=True, blank=True, db_index=True)
    lesson_key = models.UUIDField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    draft = models.JSONField(default=dict, blank=True)
    version = models.PositiveIntegerField(default=0)
    answer = models.JSONField(default=dict, blank=True)
    feedback = models.JSONField(default=list, blank=True)
    prescore = models.JSONField(default=dict, blank=True)
    # How many of the pre-score's criteria need a human (0: every suggestion is
    # confident); the grading queue can put these first.
    unsure_criteria = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    attempt = models.PositiveSmallIntegerField(default=0)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True, blank=True)
    comment = models.TextField(blank=True)
    # The graded_at the learner was last e-mailed about: each decision is sent once.
    notified_for = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("exercise submission")
        verbose_name_plural = _("exercise submissions")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "exercise_key", "course_key"],
                name="one_submission_per_course",
            ),
            models.UniqueConstraint(
                fields=["user", "exercise_key"],
                condition=Q(course_key__isnull=True),
                name="one_practice_submission",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"]),
            # The grading queue, oldest first: what waits (its default view) and
            # everything submitted ("all"). Partial, so that a page of the queue is an
            # index walk that stops after a page of rows.
            models.Index(
                fields=["submitted_at", "id"],
                condition=Q(status__in=["submitted", "in_grading"]),
                name="sandbox_queue_waiting",
            ),
            models.Index(
                fields=["submitted_at", "id"],
                condition=Q(
                    status__in=["submitted", "in_grading", "returned", "graded"]
                ),
                name="sandbox_queue_all",
            ),
            # "Needs a human first": the same walk, the least certain answers first.
            models.Index(
                models.F("unsure_criteria").desc(),
                "submitted_at",
                "id",
                condition=Q(status__in=["submitted", "in_grading"]),
                name="sandbox_queue_unsure",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.exercise}"

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)


class CriterionScore(models.Model):
    """The instructor's score for one rubric criterion of one submission."""

    submission = models.ForeignKey(
        Submission, on_delete=models.CASCADE, related_name="scores"
    )
    criterion_id = models.CharField(max_length=64)
    title = models.CharField(max_length=200)
    weight = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(
        choices=choices.LEVELS,
    )
    suggested = models.PositiveSmallIntegerField(null=True, blank=True)
    comment = models.TextField(blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("criterion score")
        verbose_name_plural = _("criterion scores")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "criterion_id"], name="one_score_per_criterion"
            )
        ]

    def __str__(self):
        return f"{self.title}: {self.score}"
