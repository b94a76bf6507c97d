"""Cache entries retired all at once: a *generation* is a random token kept in the
cache; entries are stored under it, and replacing (or deleting) the token retires every
entry stored under the old one. The anonymous page cache and the structure cache
(``page_cache``) and a company's compliance figures (``payments.compliance.figures``)
are kept this way.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.core.cache import cache

_MISSING = object()


def generation_read(key: str) -> str | None:
    """The token at ``key``, made on first use; None when the cache is unreachable."""
    generation = cache.get(key)
    if generation is None:
        cache.add(key, secrets.token_hex(8), timeout=None)
        generation = cache.get(key)
    return generation


def kept_under(key: str, build: Callable[[], object], *, seconds: int, keep_none=True):
    """The value at ``key``, else ``build()`` stored there for ``seconds`` (an answer
    of None only when ``keep_none``)."""
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None or keep_none:
            cache.set(key, value, seconds)
    return value
