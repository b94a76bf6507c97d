"""Writes for editorial-side features (newsletter)."""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import NewsletterSubscription

CONFIRMATION_RESEND_SECONDS = 15 * 60


def newsletter_subscribe(*, email: str, language: str) -> NewsletterSubscription:
    """Start (or restart) a double opt-in; the confirmation e-mail is sent on commit."""
    from .tasks import newsletter_confirmation_send

    email = email.strip().lower()
    subscription, created = NewsletterSubscription.objects.get_or_create(
        email=email, defaults={"language": language}
    )
    if not created and subscription.unsubscribed_at:
        subscription.unsubscribed_at = None
        subscription.confirmed_at = None
        subscription.language = language
        subscription.save(update_fields=["unsubscribed_at", "confirmed_at", "language"])
    # At most one confirmation per address per window: the form is public, and repeated
    # posts must not turn it into a way to flood someone's inbox.
    first_in_window = cache.add(
        f"newsletter-confirmation:{email}", True, CONFIRMATION_RESEND_SECONDS
    )
    if subscription.confirmed_at is None and first_in_window:
        transaction.on_commit(
            lambda: newsletter_confirmation_send.delay(subscription_id=subscription.pk)
        )
    return subscription


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
