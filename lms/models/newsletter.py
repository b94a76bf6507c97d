"""Newsletter sign-ups with double opt-in (only confirmed addresses get mail)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _new_token() -> str:
    return secrets.token_urlsafe(32)


class NewsletterSubscription(models.Model):
    """A newsletter sign-up; only confirmed addresses (double opt-in) get mail."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(max_length=5, choices=settings.LANGUAGES, default="nb")
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table keeps the name it had when the newsletter lived in courses.
        db_table = "courses_newslettersubscription"
        verbose_name = _("newsletter subscription")
        verbose_name_plural = _("newsletter subscriptions")

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.unsubscribed_at is None
