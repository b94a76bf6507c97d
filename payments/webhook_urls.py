"""Mounted at /payments/ outside the language prefix: Stripe posts here."""

from django.urls import path

from .views.webhook import stripe_webhook

app_name = "payments_webhook"

urlpatterns = [
    path("stripe/webhook/", stripe_webhook, name="stripe"),
]
