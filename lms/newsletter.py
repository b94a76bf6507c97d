"""Newsletter writes: double opt-in subscribe, confirm, unsubscribe.

The confirmation e-mail goes through the outbox, at most once per address per
``CONFIRMATION_RESEND_SECONDS`` (the form is public and must not become a way to flood
someone's inbox); the window is kept in the database, so it holds with Redis down.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import NewsletterSubscription, OutboxMessage
from .outbox import outbox_enqueue

CONFIRMATION_RESEND_SECONDS = 15 * 60


def newsletter_subscribe(*, email: str, language: str) -> NewsletterSubscription:
    """Start (or restart) a double opt-in; the confirmation e-mail is sent on commit."""
    email = email.strip().lower()
    with transaction.atomic():
        subscription, created = (
            NewsletterSubscription.objects.select_for_update().get_or_create(
                email=email, defaults={"language": language}
            )
        )
        if not created and subscription.unsubscribed_at:
            subscription.unsubscribed_at = None
            subscription.confirmed_at = None
            subscription.language = language
            subscription.save(
                update_fields=["unsubscribed_at", "confirmed_at", "language"]
            )
        if subscription.confirmed_at is None and not _confirmation_sent_lately(
            subscription
        ):
            outbox_enqueue(
                job="lms.newsletter_confirmation",
                payload={"subscription_id": subscription.pk},
            )
    return subscription


def _confirmation_sent_lately(subscription: NewsletterSubscription) -> bool:
    """A confirmation recorded for this address within the last window (the row lock
    on the subscription keeps two posts from both finding none)."""
    since = timezone.now() - timedelta(seconds=CONFIRMATION_RESEND_SECONDS)
    return OutboxMessage.objects.filter(
        job="lms.newsletter_confirmation",
        payload__subscription_id=subscription.pk,
        created_at__gte=since,
    ).exists()


def newsletter_confirm(*, token: str) -> NewsletterSubscription | None:
    subscription = NewsletterSubscription.objects.filter(token=token).first()
    if subscription and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.save(update_fields=["confirmed_at", "unsubscribed_at"])
    return subscription


def newsletter_unsubscribe(*, token: str) -> NewsletterSubscription | None:
    subscription = NewsletterSubscription.objects.filter(token=token).first()
    if subscription and subscription.unsubscribed_at is None:
        subscription.unsubscribed_at = timezone.now()
        subscription.save(update_fields=["unsubscribed_at"])
    return subscription
