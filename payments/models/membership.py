"""Company membership by consent: invitations a person accepts, and records they share.

A company learns nothing about a person until that person says yes. An admin invites an
e-mail address to join as admin or employee; the link in the e-mail is the only way in,
and the answer on the company page is the same whether or not the address has an account.
What the company may then read of the person's training is decided in
``payments.company_access``: the courses it gave them a seat in, and the courses they
chose to share with it (``RecordShare``), never their other purchases.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .companies import Company, CompanyMember


def _new_token() -> str:
    return secrets.token_urlsafe(24)


class MemberInvitation(models.Model):
    """An offer to join a company in a role; nothing is shared until it is accepted."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        REVOKED = "revoked", _("Withdrawn")

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="member_invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=CompanyMember.Role.choices,
        default=CompanyMember.Role.ADMIN,
    )
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
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("company membership invitation")
        verbose_name_plural = _("company membership invitations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["company", "email"],
                condition=Q(status="pending"),
                name="one_pending_member_invitation_per_email",
            )
        ]

    def __str__(self):
        return f"{self.email} – {self.company} ({self.get_role_display()})"


class RecordShare(models.Model):
    """A person's choice to let a company see their record of one course.

    Courses the company gave a seat in are visible without this; a share opens one
    course the person took on their own (or through another company). The person can
    withdraw it at any time.
    """

    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="record_shares"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="record_shares"
    )
    course_key = models.UUIDField()
    created_at = models.DateTimeField(_("shared"), default=timezone.now)

    class Meta:
        verbose_name = _("shared course record")
        verbose_name_plural = _("shared course records")
        constraints = [
            models.UniqueConstraint(
                fields=["company", "user", "course_key"], name="one_share_per_course"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.company}"
