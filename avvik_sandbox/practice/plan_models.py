"""The yearly HMS plan for a practice company: measurable goals drawn from the risk
mapping and the statistics, a task list with owners and deadlines, and the year-end
review of what worked. The HMS cycle closes here."""

from django.conf import settings
from django.db import models

from .models import PracticeCompany
from .review_models import InstructorReview


class HmsPlan(InstructorReview):
    company = models.ForeignKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="hms_plans"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    language = models.CharField(max_length=8)
    goals = models.JSONField(default=list)  # [{"goal": …, "indicator": …}]
    tasks = models.JSONField(default=list)  # [{"task": …, "owner": …, "deadline": …}]
    year_end_review = models.TextField(blank=True)
    score_percent = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.user} – {self.company} {self.year}"
