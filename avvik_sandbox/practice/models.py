"""The practice world: fictional companies, their departments, people and deviation log.

Nothing here is a real person's record: the generator writes it from a seed, and the
editor can throw it away and generate it again.
"""

from datetime import date

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from .. import choices as sandbox_choices
from . import choices


class PracticeCompany(ClusterableModel):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("address"),
        max_length=80,
        unique=True,
        help_text=_("Part of the address: /sandbox/company/<address>/."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=choices.KINDS, default="municipality"
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("A few sentences learners read before they open the log."),
    )
    live = models.BooleanField(
        _("shown to learners"),
        default=False,
        help_text=_(
            "Learners see the company and its statistics only when this is on."
        ),
    )
    seed = models.PositiveIntegerField(
        _("seed"),
        default=2025,
        help_text=_("The same seed always generates the same history."),
    )
    yearly_volume = models.PositiveIntegerField(
        _("deviations in the latest year"),
        default=1300,
        validators=[MinValueValidator(10), MaxValueValidator(5000)],
    )
    last_year = models.PositiveSmallIntegerField(
        _("latest full year"),
        default=2025,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The history covers this year and the year before."),
    )
    simulated_today = models.DateField(
        _("today in the practice world"),
        default=date(2026, 1, 20),
        help_text=_("Deadlines before this date count as overdue."),
    )
    generated_at = models.DateTimeField(_("history generated"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("description"),
                FieldPanel("live"),
            ],
            heading=_("Company"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("seed"), FieldPanel("yearly_volume")]),
                FieldRowPanel([FieldPanel("last_year"), FieldPanel("simulated_today")]),
            ],
            heading=_("History"),
        ),
        InlinePanel("departments", heading=_("Departments"), min_num=1),
        InlinePanel(
            "key_points",
            heading=_("Key for the statistics exercise"),
            help_text=_(
                "What a leader should conclude from the figures before a meeting of "
                "the working environment committee (AMU)."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("practice company")
        verbose_name_plural = _("practice companies")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def years(self) -> tuple[int, int]:
        return (self.last_year - 1, self.last_year)


class PracticeDepartment(Orderable):
    company = ParentalKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="departments"
    )
    name = models.CharField(_("name"), max_length=120)
    profile = models.CharField(
        _("kind of work"), max_length=20, choices=choices.PROFILES, default="office"
    )
    share = models.PositiveSmallIntegerField(
        _("share of reports (per thousand)"),
        default=100,
        validators=[MaxValueValidator(1000)],
        help_text=_("How many of every thousand deviations this department reports."),
    )
    units_text = models.TextField(
        _("units"),
        blank=True,
        help_text=_(
            "One unit per line. They take effect when the history is generated."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("profile"), FieldPanel("share")]),
        FieldPanel("units_text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("department")

    def __str__(self):
        return self.name

    @property
    def unit_names(self) -> list[str]:
        names = [line.strip() for line in self.units_text.splitlines()]
        return list(dict.fromkeys(n for n in names if n)) or [self.name]


class PracticeUnit(models.Model):
    department = models.ForeignKey(
        PracticeDepartment, on_delete=models.CASCADE, related_name="units"
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["department__sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["department", "name"], name="practice_unit_unique_name"
            )
        ]

    def __str__(self):
        return self.name


class PracticePerson(models.Model):
    company = models.ForeignKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="people"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=choices.ROLES)
    department = models.ForeignKey(
        PracticeDepartment, on_delete=models.CASCADE, null=True, blank=True
    )
    unit = models.ForeignKey(
        PracticeUnit, on_delete=models.CASCADE, null=True, blank=True
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class PracticeDeviation(models.Model):
    company = models.ForeignKey(
        PracticeCompany, on_delete=models.CASCADE, related_name="deviations"
    )
    number = models.PositiveIntegerField(_("number"))
    department = models.ForeignKey(PracticeDepartment, on_delete=models.CASCADE)
    unit = models.ForeignKey(PracticeUnit, on_delete=models.CASCADE)
    category = models.CharField(
        _("category"), max_length=20, choices=choices.CATEGORIES
    )
    severity = models.CharField(
        _("severity"), max_length=10, choices=sandbox_choices.SEVERITIES
    )
    potential_severity = models.CharField(
        _("potential severity"), max_length=10, choices=sandbox_choices.SEVERITIES
    )
    title = models.CharField(_("what happened"), max_length=200)
    occurred_at = models.DateTimeField(_("occurred"))
    reported_at = models.DateTimeField(_("reported"))
    status = models.CharField(
        _("status"), max_length=20, choices=sandbox_choices.CASE_STEPS
    )
    anonymous = models.BooleanField(_("reported anonymously"), default=False)
    reporter = models.ForeignKey(
        PracticePerson,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handler = models.ForeignKey(
        PracticePerson,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    forwarded = models.BooleanField(_("forwarded along the line"), default=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    days_to_close = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-reported_at", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "number"], name="practice_deviation_number"
            )
        ]
        indexes = [
            models.Index(fields=["company", "reported_at"]),
            models.Index(fields=["company", "department", "reported_at"]),
            models.Index(fields=["company", "category", "reported_at"]),
        ]

    def __str__(self):
        return f"#{self.number} {self.title}"


class PracticeAction(models.Model):
    deviation = models.ForeignKey(
        PracticeDeviation, on_delete=models.CASCADE, related_name="actions"
    )
    company = models.ForeignKey(PracticeCompany, on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=choices.ACTION_KINDS)
    description = models.CharField(_("action"), max_length=200)
    owner = models.ForeignKey(
        PracticePerson, on_delete=models.SET_NULL, null=True, blank=True
    )
    deadline = models.DateField(_("deadline"))
    done_on = models.DateField(_("done"), null=True, blank=True)

    class Meta:
        ordering = ["deadline", "pk"]
        indexes = [models.Index(fields=["company", "done_on", "deadline"])]

    def __str__(self):
        return self.description
