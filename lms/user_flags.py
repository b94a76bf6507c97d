"""Per-user menu flags, read on every page a signed-in user opens.

"Company" for company admins, "My orders" for buyers, "Grading" for instructors: each
is a query on every page, yet changes only when a membership, an order or an
instructor assignment does. They are kept in the cache per user (for as long as the
page cache keeps the site's structure) and dropped the moment a row behind them
changes: the app that owns the row calls ``user_flags_clear``. With the cache off (the
tests) or down, they are computed every time.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache


def _key(user_id: int) -> str:
    return f"user-flags:{user_id}"


def _enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def user_flag(user, name: str, build: Callable[[], bool]) -> bool:
    """``build()`` for this user, from the cache when it holds the answer."""
    if not (_enabled() and getattr(user, "is_authenticated", False)):
        return build()
    flags = cache.get(_key(user.pk)) or {}
    if name not in flags:
        flags = {**flags, name: bool(build())}
        cache.set(_key(user.pk), flags, settings.PAGE_CACHE_SECONDS)
    return flags[name]


def user_flags_clear(user_id: int | None) -> None:
    if user_id is not None and _enabled():
        cache.delete(_key(user_id))
