"""The routine, played through: classes (cohorts) and the cases they report and
handle. Each cohort lives in its own copy of the practice world's time."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import choices as sandbox_choices
from . import choices
from .models import PracticeCompany, PracticeUnit


class PracticeCohort(models.Model):
    """Learners who play the deviation routine in one practice company together (a
    class, moderated by an instructor) or a learner practising alone. Cases and the
    practice world's date belong to the cohort; nobody outside it sees them."""

    company = models.ForeignKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="cohorts"
    )
    name = models.CharField(_("name"), max_length=120)
    instructor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    solo = models.BooleanField(default=False)
    join_code = models.CharField(max_length=12, unique=True)
    today = models.DateField(_("today in the practice world"))
    created_at = models.DateTimeField(auto_now_add=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="PracticeCohortMember", related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.name


class PracticeCohortMember(models.Model):
    cohort = models.ForeignKey(PracticeCohort, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "user"], name="cohort_member_once"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.cohort}"


class RoutineCase(models.Model):
    """A deviation a learner reported as a worker and another handles as the nearest
    leader, through the steps of ``CASE_STEPS``."""

    cohort = models.ForeignKey(
        PracticeCohort, on_delete=models.CASCADE, related_name="cases"
    )
    number = models.PositiveIntegerField()
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reporter_name = models.CharField(max_length=120, blank=True)  # a practice worker
    anonymous = models.BooleanField(_("report anonymously"), default=False)
    # A regenerated history may drop the unit; the case keeps where it happened.
    unit = models.ForeignKey(
        PracticeUnit,
        on_delete=models.SET_NULL,
        null=True,
        verbose_name=_("where"),
    )
    place = models.CharField(max_length=250, blank=True)
    occurred_on = models.DateField(_("when"))
    what = models.TextField(_("what happened"))
    category = models.CharField(
        _("category"), max_length=20, choices=choices.CATEGORIES
    )
    severity = models.CharField(
        _("severity"), max_length=10, choices=sandbox_choices.SEVERITIES
    )
    potential_severity = models.CharField(
        _("potential severity"), max_length=10, choices=sandbox_choices.SEVERITIES
    )
    immediate_by_reporter = models.TextField(_("what you did at once"), blank=True)
    status = models.CharField(
        max_length=20, choices=sandbox_choices.CASE_STEPS, default="registered"
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    immediate_measure = models.TextField(_("immediate measure"), blank=True)
    whys = models.JSONField(default=list, blank=True)  # [{"text": …, "mto": ["O"]}]
    root_cause = models.TextField(_("root cause"), blank=True)
    forwarded_to = models.CharField(_("forwarded to"), max_length=120, blank=True)
    forward_reason = models.TextField(
        _("why it goes beyond your authority"), blank=True
    )
    verneombud_informed_on = models.DateField(null=True, blank=True)
    evaluation = models.TextField(_("effect evaluation"), blank=True)
    reported_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "number"], name="routine_case_number"
            )
        ]

    def __str__(self):
        return f"#{self.number}"

    @property
    def reporter_label(self) -> str:
        if self.anonymous:
            return str(_("Anonymous"))
        if self.reporter_id:
            return self.reporter.get_full_name() or self.reporter.email
        return self.reporter_name


class RoutineAction(models.Model):
    case = models.ForeignKey(
        RoutineCase, on_delete=models.CASCADE, related_name="actions"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=sandbox_choices.ACTION_TYPES
    )
    level = models.CharField(
        _("level of control"), max_length=20, choices=sandbox_choices.CONTROL_LEVELS
    )
    description = models.TextField(_("action"))
    owner = models.CharField(_("responsible"), max_length=120)
    deadline = models.DateField(_("deadline"))
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["deadline", "pk"]

    def __str__(self):
        return self.description


class AmuReview(models.Model):
    """The period's cases brought to the working environment committee (AMU): the
    figures as they stood and what the learner proposes the committee notes or
    decides."""

    cohort = models.ForeignKey(
        PracticeCohort, on_delete=models.CASCADE, related_name="amu_reviews"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    period_end = models.DateField()
    figures = models.JSONField(default=dict)  # counts as the author saw them
    text = models.TextField(_("what AMU should know and decide"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"AMU {self.period_end}"
