"""The leader's statistics exercise: read the year's figures and write the conclusions
and measures you would bring to the working environment committee (AMU). The key is
editor-written on the practice company; answers are pre-scored against it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .models import PracticeCompany
from .review_models import InstructorReview


class StatisticsKeyPoint(Orderable):
    company = ParentalKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="key_points"
    )
    point = models.CharField(
        _("what a good answer concludes"),
        max_length=250,
        help_text=_("Shown to the learner after they answer, when they found it."),
    )
    wordings = models.TextField(
        _("accepted wordings"),
        help_text=_(
            "One per line, in any of the four languages. A line counts when all its "
            "words occur in one of the learner's conclusions (inflected forms and "
            "compounds included)."
        ),
    )
    hint = models.CharField(
        _("hint when it is missing"),
        max_length=250,
        help_text=_("Points the learner to the figure they overlooked."),
    )
    required = models.BooleanField(
        _("required to pass"),
        default=False,
        help_text=_("An answer without this point is not passed, whatever its total."),
    )

    panels = [
        FieldPanel("point"),
        FieldPanel("wordings"),
        FieldRowPanel([FieldPanel("hint"), FieldPanel("required")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("key point")

    def __str__(self):
        return self.point

    @property
    def wording_list(self) -> list[str]:
        return [line.strip() for line in self.wordings.splitlines() if line.strip()]


class StatisticsAnswer(InstructorReview):
    company = models.ForeignKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="statistics_answers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=8)
    conclusions = models.JSONField(default=list)  # [{"conclusion": …, "measure": …}]
    found = models.JSONField(default=list)  # key point ids
    score_percent = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user} – {self.company} ({self.score_percent} %)"
