"""Deviation exercises (Wagtail pages) and learner state (plain models).

An exercise exists once per language (wagtail-localize); submissions point at the page the
learner worked in and at its ``translation_key``, so instructors and completion checks see
one exercise across languages.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from courses.page_hooks import HookedPageMixin

from . import choices
from .blocks import (
    CriterionBlock,
    DeviationKeyBlock,
    FactBlock,
    ReferenceActionBlock,
    ReportKeyBlock,
    default_rubric,
    fact_numbers_validator,
    parse_numbers,
)

# Django routes under /<lang>/sandbox/ that an exercise slug must not shadow.
RESERVED_SLUGS = {
    "grading",
    "submissions",
    "autosave",
    "mine",
    "company",
    "risk",
    "routine",
}


class SandboxIndexPage(HookedPageMixin, Page):
    """The practice area: lists the exercises a learner can do on their own."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["avvik_sandbox.ExercisePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("deviation practice index")


class ExercisePage(HookedPageMixin, Page):
    """A scenario, its answer key and rubric. Editors author it without code."""

    sector = models.CharField(_("sector"), max_length=100, blank=True)
    category = models.CharField(
        _("category"), max_length=20, choices=choices.CATEGORIES
    )
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    intro = models.TextField(
        _("task for the learner"),
        blank=True,
        help_text=_("Shown above the scenario."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image description (alt text)"), max_length=250, blank=True
    )
    facts = StreamField(
        [("fact", FactBlock())],
        verbose_name=_("scenario facts"),
        help_text=_(
            "One sentence a learner can point at per fact. They are numbered 1, 2, 3 "
            "in this order."
        ),
    )
    event_facts = models.CharField(
        _("facts that describe the event"),
        max_length=60,
        validators=[fact_numbers_validator],
        help_text=_("What happened (not the deviation), e.g. 3"),
    )
    deviations = StreamField(
        [("deviation", DeviationKeyBlock())],
        verbose_name=_("deviations (answer key)"),
        blank=True,
    )
    report = StreamField(
        [("report", ReportKeyBlock())],
        verbose_name=_("expected report"),
        blank=True,
        max_num=1,
    )
    reference_actions = StreamField(
        [("action", ReferenceActionBlock())],
        verbose_name=_("reference actions"),
        blank=True,
    )
    debrief = models.TextField(
        _("debrief"),
        blank=True,
        help_text=_("A short model answer shown to the learner after submitting."),
    )
    rubric = StreamField(
        [("criterion", CriterionBlock())],
        verbose_name=_("rubric"),
        default=default_rubric,
    )
    pass_threshold = models.PositiveSmallIntegerField(
        _("pass threshold (%)"),
        default=60,
        help_text=_("Weighted rubric score needed to pass."),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("sector"), FieldPanel("category")]),
                FieldPanel("minutes"),
                FieldPanel("intro"),
                FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")]),
            ],
            heading=_("About the exercise"),
        ),
        FieldPanel("facts"),
        MultiFieldPanel(
            [
                FieldPanel("event_facts"),
                FieldPanel("deviations"),
                FieldPanel("report"),
                FieldPanel("reference_actions"),
                FieldPanel("debrief"),
            ],
            heading=_("Answer key"),
        ),
        MultiFieldPanel(
            [FieldPanel("rubric"), FieldPanel("pass_threshold")],
            heading=_("Rubric"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("event_facts"),
        SynchronizedField("image"),
        SynchronizedField("pass_threshold"),
        SynchronizedField("minutes"),
    ]
    parent_page_types = ["avvik_sandbox.SandboxIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("deviation exercise")

    # --- reading the key -------------------------------------------------------------

    @cached_property
    def fact_list(self) -> list[dict]:
        """[{"id", "number", "text"}] in scenario order."""
        return [
            {"id": block.id, "number": i, "text": str(block.value)}
            for i, block in enumerate(self.facts, start=1)
        ]

    @cached_property
    def fact_ids_by_number(self) -> dict[int, str]:
        return {f["number"]: f["id"] for f in self.fact_list}

    @cached_property
    def fact_numbers_by_id(self) -> dict[str, int]:
        return {f["id"]: f["number"] for f in self.fact_list}

    def fact_ids(self, numbers) -> list[str]:
        return [
            self.fact_ids_by_number[n]
            for n in parse_numbers(numbers)
            if n in self.fact_ids_by_number
        ]

    @cached_property
    def key_deviations(self) -> list[dict]:
        result = []
        for number, block in enumerate(self.deviations, start=1):
            value = block.value
            result.append(
                {
                    "number": number,
                    "kind": value["kind"],
                    "title": value["title"],
                    "fact_numbers": parse_numbers(value["facts"]),
                    "fact_ids": self.fact_ids(value["facts"]),
                    "requirement": value["requirement"],
                    "legal_reference": value["legal_reference"],
                    "responsible": value["responsible"],
                    "mto": value["mto"],
                    "concepts": [dict(c) for c in value["concepts"]],
                    "explanation": value["explanation"],
                }
            )
        return result

    @cached_property
    def report_key(self) -> dict | None:
        for block in self.report:
            return dict(block.value)
        return None

    @cached_property
    def key_actions(self) -> list[dict]:
        return [
            {
                "action_type": b.value["action_type"],
                "description": b.value["description"],
                "control_level": b.value["control_level"],
                "deviation": b.value["deviation"],
                "concepts": [dict(c) for c in b.value["concepts"]],
            }
            for b in self.reference_actions
        ]

    @cached_property
    def criteria(self) -> list[dict]:
        return [
            {"id": b.id, **{k: b.value[k] for k in b.value.keys()}} for b in self.rubric
        ]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This address is reserved. Choose another slug.")}
            )
        count = len(self.facts)
        errors = []
        referenced = parse_numbers(self.event_facts)
        for block in self.deviations:
            referenced += parse_numbers(block.value["facts"])
        if any(n < 1 or n > count for n in referenced):
            errors.append(
                _("The answer key refers to a fact number that does not exist.")
            )
        if self.deviations and not any(
            b.value["kind"] == "primary" for b in self.deviations
        ):
            errors.append(_("The answer key needs at least one primary deviation."))
        for block in self.reference_actions:
            number = block.value["deviation"]
            if number and number > len(self.deviations):
                errors.append(
                    _("A reference action points to a deviation that does not exist.")
                )
        if errors:
            raise ValidationError(errors)

    def serve_preview(self, request, mode_name):
        # Editors preview the scenario as a learner sees it; nothing is saved.
        from django.template.response import TemplateResponse

        context = self.get_context(request)
        context.update(anonymous=True, is_preview=True)
        return TemplateResponse(request, "avvik_sandbox/exercise_page.html", context)


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
        indexes = [models.Index(fields=["status", "submitted_at"])]

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


# The practice world's models live in their own package; importing them here registers
# them with the app.
from .practice.amu_models import StatisticsAnswer, StatisticsKeyPoint  # noqa: E402, F401
from .practice.models import (  # noqa: E402, F401
    PracticeAction,
    PracticeCompany,
    PracticeDepartment,
    PracticeDeviation,
    PracticePerson,
    PracticeUnit,
)
from .practice.plan_models import HmsPlan  # noqa: E402, F401
from .practice.risk_models import RiskAnswer, RiskExercise, RiskHazardKey  # noqa: E402, F401
from .practice.routine_models import (  # noqa: E402, F401
    AmuReview,
    PracticeCohort,
    PracticeCohortMember,
    RoutineAction,
    RoutineCase,
)
