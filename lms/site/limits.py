"""Counting hits in a time window, shared by every rate limit of our own.

The counter lives in the Django cache (Redis in production, shared by every instance):
``cache.add`` starts it with the window as its lifetime, ``cache.incr`` counts. A key
that expired between the two starts again at one.
"""

from django.core.cache import cache


def hit(key: str, window_seconds: int) -> int:
    """Count one hit on ``key``; the number of hits in the current window."""
    cache.add(key, 0, timeout=window_seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window_seconds)
        return 1
