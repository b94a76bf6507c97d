from celery import shared_task
from django.urls import reverse
from django.utils import translation

from lms.emails import email_send

from .models import NewsletterSubscription


@shared_task(bind=True, max_retries=5, default_retry_delay=60)
def newsletter_confirmation_send(self, *, subscription_id: int) -> None:
    subscription = NewsletterSubscription.objects.filter(pk=subscription_id).first()
    if subscription is None or subscription.confirmed_at:
        return
    with translation.override(subscription.language):
        path = reverse("courses:newsletter_confirm", args=[subscription.token])
    email_send(
        to=subscription.email,
        template="newsletter_confirm",
        context={"confirm_path": path},
        language=subscription.language,
    )
