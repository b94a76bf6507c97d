"""An instructor's review of a pre-scored practice answer: a level per criterion, a
pass decision and a comment. The decision, when there is one, is what counts."""

from django.conf import settings
from django.db import models


class InstructorReview(models.Model):
    review_levels = models.JSONField(default=dict, blank=True)  # criterion code → 0–3
    review_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    review_passed = models.BooleanField(null=True, blank=True)
    review_comment = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def final_passed(self) -> bool:
        return self.passed if self.review_passed is None else self.review_passed

    @property
    def final_percent(self) -> int:
        return (
            self.score_percent if self.review_percent is None else self.review_percent
        )
