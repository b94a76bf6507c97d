"""The transactional outbox: work that must happen after a change, recorded with it."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """One e-mail or background job, written in the transaction of its cause.

    Delivered once by ``lms.outbox.outbox_deliver`` (right after commit, or by the beat
    sweep when the broker or the worker was down), retried with backoff, and kept as a
    record. ``key`` makes an occasion happen once: a second message with the same key
    is not created.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENT = "sent", _("Done")
        FAILED = "failed", _("Gave up")

    job = models.CharField(_("job"), max_length=100)
    payload = models.JSONField(default=dict, blank=True)
    key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        ordering = ["id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status="pending"),
                name="outbox_due",
            )
        ]

    def __str__(self):
        return f"{self.job} #{self.pk} ({self.status})"
