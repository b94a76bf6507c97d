"""The menu's "Company" and "My orders" flags are cached per user (lms.user_flags);
a membership or an order that changes drops that user's flags at once."""

from django.db.models.signals import post_delete, post_save

from lms.user_flags import user_flags_clear

from .models import CompanyMember, Order


def _clear(sender, instance, **kwargs):
    user_flags_clear(instance.user_id)


def connect() -> None:
    for model in (CompanyMember, Order):
        post_save.connect(_clear, sender=model, dispatch_uid=f"user-flags-{model}")
        post_delete.connect(_clear, sender=model, dispatch_uid=f"user-flags-d-{model}")
