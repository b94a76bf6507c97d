"""Required training: a company's roles, what each role must take, and each person's
assignments with their due dates.

A company defines its roles (daglig leder and other leaders, verneombud, AMU members,
workers …) and, per role, the courses it requires: within how many days of getting the
role, and renewed how often. Giving a member a role creates one ``TrainingAssignment``
per required course with its due date; the reminders before and after that date are
outbox rows keyed by assignment, due date and day, so each is sent once.

Departments group members; a department's managers see and remind their own people
only. Everything here concerns people who joined the company by their own consent.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .companies import Company, CompanyMember, Seat


class Department(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="departments"
    )
    name = models.CharField(_("department"), max_length=100)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="managed_departments",
        verbose_name=_("department managers"),
    )

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "name"], name="one_department_name_per_company"
            )
        ]

    def __str__(self):
        return self.name


class CompanyRole(models.Model):
    """A role in the company's HMS organisation, named by the company."""

    class Kind(models.TextChoices):
        LEADER = "leader", _("Leader (AML § 3-5)")
        VERNEOMBUD = "verneombud", _("Safety representative (verneombud)")
        AMU = "amu", _("Working environment committee (AMU) member")
        WORKER = "worker", _("Worker")
        OTHER = "other", _("Other")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="roles")
    name = models.CharField(_("role"), max_length=100)
    kind = models.CharField(
        _("kind"), max_length=12, choices=Kind.choices, default=Kind.WORKER
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("company role")
        verbose_name_plural = _("company roles")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "name"], name="one_role_name_per_company"
            )
        ]

    def __str__(self):
        return self.name


class RoleRequirement(models.Model):
    """One course a role must take (in any of its language versions)."""

    role = models.ForeignKey(
        CompanyRole, on_delete=models.CASCADE, related_name="requirements"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="+"
    )
    course_key = models.UUIDField(db_index=True)
    due_within_days = models.PositiveSmallIntegerField(
        _("days to complete"),
        default=30,
        help_text=_("Counted from the day the person gets the role."),
    )
    renew_every_months = models.PositiveSmallIntegerField(
        _("renew every (months)"),
        null=True,
        blank=True,
        help_text=_("Empty: taken once."),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "course_key"], name="one_requirement_per_role_course"
            )
        ]

    def __str__(self):
        return f"{self.role} → {self.course}"


class MemberRole(models.Model):
    """A member holds a role. Leaving the company removes it (cascade)."""

    membership = models.ForeignKey(
        CompanyMember, on_delete=models.CASCADE, related_name="hms_roles"
    )
    role = models.ForeignKey(
        CompanyRole, on_delete=models.CASCADE, related_name="holders"
    )
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("member's role")
        verbose_name_plural = _("members' roles")
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "role"], name="one_role_per_member"
            )
        ]

    def __str__(self):
        return f"{self.membership.user} · {self.role}"


class MemberPlacement(models.Model):
    """Which department a member belongs to (at most one)."""

    membership = models.OneToOneField(
        CompanyMember, on_delete=models.CASCADE, related_name="placement"
    )
    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="placements"
    )

    class Meta:
        verbose_name = _("member's department")
        verbose_name_plural = _("members' departments")

    def __str__(self):
        return f"{self.membership.user} · {self.department}"


class TrainingAssignment(models.Model):
    """A course a person must take for the company, due by a date.

    One per person and course whatever the number of roles requiring it (the earliest
    due date and the shortest renewal win). The status (valid, due, overdue) is read
    from the person's certificates each time, never stored, so it cannot drift.
    """

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="training_assignments"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="training_assignments",
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="+"
    )
    course_key = models.UUIDField()
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)
    due_on = models.DateField(_("due"))
    renew_every_months = models.PositiveSmallIntegerField(null=True, blank=True)
    seat = models.ForeignKey(
        Seat, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("required training")
        verbose_name_plural = _("required training")
        ordering = ["due_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "user", "course_key"],
                name="one_assignment_per_person_course",
            )
        ]
        indexes = [models.Index(fields=["company", "due_on"])]

    def __str__(self):
        return f"{self.user} · {self.course} · {self.due_on}"


class PendingRole(models.Model):
    """A role (and department) waiting on a membership invitation: given when the
    person accepts, never before."""

    invitation = models.ForeignKey(
        "payments.MemberInvitation",
        on_delete=models.CASCADE,
        related_name="pending_roles",
    )
    role = models.ForeignKey(CompanyRole, on_delete=models.CASCADE, related_name="+")
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["invitation", "role"], name="one_pending_role_per_invitation"
            )
        ]

    def __str__(self):
        return f"{self.invitation.email} · {self.role}"
