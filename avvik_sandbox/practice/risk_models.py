"""The risk-assessment exercise: map what can go wrong, place each hazard in the
company's risk matrix, plan measures (what, who, by when, how the effect is checked).

The editor writes the key: the hazards a good assessment finds (with accepted
wordings), where each belongs in the matrix (with a tolerance) and the measures that
answer it. A shared frame for several similar units comes with one unit's local
conditions that the learner adjusts it for."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .models import PracticeCompany
from .review_models import InstructorReview

MATRIX_SIZES = [(3, "3 × 3"), (5, "5 × 5")]


class RiskExercise(ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    company = models.ForeignKey(
        PracticeCompany,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("practice company"),
    )
    intro = models.TextField(
        _("the situation"), help_text=_("What the learner assesses.")
    )
    local_conditions = models.TextField(
        _("local conditions"),
        blank=True,
        help_text=_(
            "For a shared frame: what is special about the one unit the learner "
            "adjusts the assessment for."
        ),
    )
    legal_basis = models.CharField(_("legal basis"), max_length=250, blank=True)
    matrix_size = models.PositiveSmallIntegerField(
        _("risk matrix"), choices=MATRIX_SIZES, default=5
    )
    acceptance_limit = models.PositiveSmallIntegerField(
        _("highest acceptable risk"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(25)],
        help_text=_(
            "Probability × consequence above this is not acceptable and needs measures."
        ),
    )
    live = models.BooleanField(_("shown to learners"), default=False)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldPanel("company"),
                FieldPanel("intro"),
                FieldPanel("local_conditions"),
                FieldPanel("legal_basis"),
                FieldPanel("live"),
            ],
            heading=_("Exercise"),
        ),
        FieldRowPanel([FieldPanel("matrix_size"), FieldPanel("acceptance_limit")]),
        InlinePanel("hazards", heading=_("Key: the hazards"), min_num=1),
    ]

    class Meta:
        verbose_name = _("risk-assessment exercise")
        verbose_name_plural = _("risk-assessment exercises")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def scale(self) -> range:
        return range(1, self.matrix_size + 1)


class RiskHazardKey(Orderable):
    exercise = ParentalKey(
        RiskExercise, on_delete=models.CASCADE, related_name="hazards"
    )
    hazard = models.CharField(_("hazard"), max_length=250)
    wordings = models.TextField(
        _("accepted wordings"),
        help_text=_(
            "One per line; a line counts when all its words are in the learner's hazard."
        ),
    )
    probability = models.PositiveSmallIntegerField(_("probability"), default=3)
    consequence = models.PositiveSmallIntegerField(_("consequence"), default=3)
    tolerance = models.PositiveSmallIntegerField(
        _("tolerance"),
        default=1,
        help_text=_("Steps either way still counted as right."),
    )
    measure_wordings = models.TextField(
        _("measures that answer it"),
        help_text=_("One per line, as for the hazard."),
    )

    panels = [
        FieldPanel("hazard"),
        FieldPanel("wordings"),
        FieldRowPanel(
            [
                FieldPanel("probability"),
                FieldPanel("consequence"),
                FieldPanel("tolerance"),
            ]
        ),
        FieldPanel("measure_wordings"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hazard")

    def __str__(self):
        return self.hazard

    @staticmethod
    def _lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    @property
    def wording_list(self) -> list[str]:
        return self._lines(self.wordings)

    @property
    def measure_list(self) -> list[str]:
        return self._lines(self.measure_wordings)


class RiskAnswer(InstructorReview):
    exercise = models.ForeignKey(
        RiskExercise, on_delete=models.CASCADE, related_name="answers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=8)
    rows = models.JSONField(default=list)
    score_percent = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user} – {self.exercise} ({self.score_percent} %)"
