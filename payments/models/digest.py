"""The leaders' digest ("HMS i små doser"): who said no, and who got which issue.

``DigestDelivery`` is unique per issue (all its translations together) and address, so
an issue reaches a person once, whatever the number of runs, workers or languages.
``DigestOptOut`` is checked when each e-mail is about to go: an unsubscribe between the
recording and the sending stops it.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestOptOut(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    created_at = models.DateTimeField(_("unsubscribed"), default=timezone.now)

    class Meta:
        verbose_name = _("digest unsubscription")
        verbose_name_plural = _("digest unsubscriptions")

    def __str__(self):
        return self.email


class DigestDelivery(models.Model):
    translation_key = models.UUIDField()
    issue = models.ForeignKey(
        "courses.DigestIssuePage", on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(_("e-mail address"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "email"], name="one_digest_per_address"
            )
        ]

    def __str__(self):
        return f"{self.email} · {self.issue_id}"
