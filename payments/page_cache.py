"""What the public pages show of payments (prices, the campaign banner, codes' dates)
and when the full-page cache (``lms.site.page_cache``) must forget or expire them."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Min, Q
from django.db.models.signals import post_delete, post_save

from lms.site.page_cache import (
    page_cache_clear,
    page_cache_clear_on_change,
    page_cache_expiry_register,
)


def next_campaign_moment(now: datetime) -> datetime | None:
    """The next start or end of an active discount code: a cached page that shows a
    campaign price or countdown must not outlive it."""
    from .models import DiscountCode

    active = DiscountCode.objects.filter(active=True)
    moments = [
        active.filter(valid_from__gt=now).aggregate(m=Min("valid_from"))["m"],
        active.filter(Q(valid_until__gt=now)).aggregate(m=Min("valid_until"))["m"],
    ]
    moments = [m for m in moments if m is not None]
    return min(moments) if moments else None


def connect() -> None:
    from .models import CampaignBannerSettings, DiscountCode

    page_cache_expiry_register(next_campaign_moment)
    for signal in (post_save, post_delete):
        signal.connect(
            page_cache_clear, sender=DiscountCode, dispatch_uid=f"pc:code:{signal}"
        )
    post_save.connect(
        page_cache_clear_on_change,
        sender=CampaignBannerSettings,
        dispatch_uid="pc:banner",
    )
    post_delete.connect(
        page_cache_clear, sender=CampaignBannerSettings, dispatch_uid="pc:banner-del"
    )
