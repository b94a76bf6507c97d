"""Company accounts, their admins and employees, purchased seats and invitations."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from ..validators import org_nr_normalise, validate_org_nr


class Company(models.Model):
    name = models.CharField(_("company name"), max_length=200)
    org_nr = models.CharField(
        _("organisation number"),
        max_length=9,
        unique=True,
        validators=[validate_org_nr],
        help_text=_("Nine digits, e.g. 914 778 271."),
    )
    billing_email = models.EmailField(_("billing e-mail"))
    invoice_reference = models.CharField(
        _("invoice reference"),
        max_length=100,
        blank=True,
        help_text=_("PO number or reference printed on receipts."),
    )
    hms_review_on = models.DateField(
        _("last yearly review of the HMS system"),
        null=True,
        blank=True,
        help_text=_(
            "Internkontrollforskriften § 5 point 8: the internal control is reviewed "
            "systematically; most businesses do it once a year. Leaders are reminded "
            "in the digest when a year has nearly passed."
        ),
    )
    invoice_credit_limit_ore = models.PositiveIntegerField(
        _("invoice credit limit (øre)"),
        default=0,
        help_text=_(
            "Invoice orders up to this amount in unpaid invoices are approved at once; "
            "above it, staff approve each one. 0: staff approve every invoice."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CompanyMember",
        related_name="companies",
        verbose_name=_("members"),
    )

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.org_nr = org_nr_normalise(self.org_nr)
        super().save(*args, **kwargs)

    @property
    def org_nr_display(self) -> str:
        n = self.org_nr
        return f"{n[:3]} {n[3:6]} {n[6:]}" if len(n) == 9 else n


class CompanyMember(models.Model):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Company admin")
        EMPLOYEE = "employee", _("Employee")

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="company_memberships",
    )
    role = models.CharField(
        _("role"), max_length=10, choices=Role.choices, default=Role.EMPLOYEE
    )
    created_at = models.DateTimeField(_("joined"), default=timezone.now)

    # Before/after of every change, with who made it (shown in the admin).
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("company member")
        verbose_name_plural = _("company members")
        constraints = [
            models.UniqueConstraint(
                fields=["company", "user"], name="one_membership_per_company"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.company} ({self.get_role_display()})"


class Seat(models.Model):
    """One purchased place on a course (or on the all-courses pass) for an employee.

    free → invited (held for an invitation) → used (an employee holds it). An unused
    seat can be revoked back to free and given to someone else; a used seat never
    changes holder. A refund voids the order's seats.
    """

    class Status(models.TextChoices):
        FREE = "free", pgettext_lazy("seat", "Free")
        INVITED = "invited", _("Invited")
        USED = "used", _("Used")
        VOID = "void", _("Void (refunded)")
        # Unassigned seats of an invoice unpaid long after its due date; free again
        # when it is paid.
        SUSPENDED = "suspended", _("Suspended (invoice unpaid)")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="seats")
    order_line = models.ForeignKey(
        "payments.OrderLine", on_delete=models.PROTECT, related_name="seats"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    course_key = models.UUIDField(null=True, blank=True, db_index=True)
    course_pass = models.ForeignKey(
        "payments.CoursePass",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="seats",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.FREE
    )
    # A deleted account leaves its seat used (it was given), just without a name.
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="seats",
        verbose_name=_("holder"),
    )
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("seat")
        verbose_name_plural = _("seats")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(course__isnull=False) | Q(course_pass__isnull=False),
                name="seat_has_a_product",
            ),
            # The database itself refuses a second seat of one product for a person.
            models.UniqueConstraint(
                fields=["company", "course_key", "holder"],
                condition=Q(holder__isnull=False, course_key__isnull=False)
                & ~Q(status="void"),
                name="one_course_seat_per_holder",
            ),
            models.UniqueConstraint(
                fields=["company", "course_pass", "holder"],
                condition=Q(holder__isnull=False, course_pass__isnull=False)
                & ~Q(status="void"),
                name="one_pass_seat_per_holder",
            ),
        ]
        indexes = [
            models.Index(fields=["company", "status"]),
            # "Which seats does this person hold?", asked per record by the compliance
            # counts (payments.compliance.counts): without it every lookup read all of
            # the company's seats.
            models.Index(
                fields=["holder", "status", "company"], name="seat_holder_status"
            ),
        ]

    def __str__(self):
        return f"{self.product_name} · {self.get_status_display()}"

    @property
    def product_name(self) -> str:
        return str(self.course_pass or self.course)

    @property
    def product_key(self) -> str:
        return product_key(
            course_key=self.course_key, course_pass_id=self.course_pass_id
        )


def product_key(*, course_key=None, course_pass_id=None) -> str:
    """One string naming a seat product: "course:<translation key>" or "pass:<id>"."""
    if course_pass_id:
        return f"pass:{course_pass_id}"
    return f"course:{course_key}"


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class SeatInvitation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the employee")
        ACCEPTED = "accepted", _("Accepted")
        REVOKED = "revoked", _("Revoked")

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="invitations"
    )
    seat = models.ForeignKey(Seat, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="nb"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("seat invitation")
        verbose_name_plural = _("seat invitations")
        ordering = ["-created_at"]
        constraints = [
            # At most one live invitation holds a seat at a time.
            models.UniqueConstraint(
                fields=["seat"],
                condition=Q(status="pending"),
                name="one_pending_invitation_per_seat",
            )
        ]

    def __str__(self):
        return f"{self.email} – {self.company}"
