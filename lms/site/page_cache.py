"""A full-page cache for anonymous visitors: home, catalogue, course pages, articles
and the legal pages, served without touching the database.

What may be cached is decided twice, and both must agree:

- **by the page**: a Wagtail page type with ``cache_for_anonymous = True`` (marked by
  the ``before_serve_page`` hook in ``lms.wagtail_hooks``) or a view decorated with
  ``anonymous_page_cache``; nothing else is ever stored;
- **by the request and the response**: a GET or HEAD with no session and no messages
  cookie, only known query parameters, answered 200 with no cookie set, no CSRF token
  rendered and nothing marking it private. A signed-in visitor always has a session
  cookie, so they never see (or fill) the cache.

The key is the host, the path (which holds the language prefix) and the query string,
under a *generation*: ``page_cache_clear()`` starts a new generation, which retires
every stored page at once. It is called when a page is published, unpublished, moved
or deleted, and when a price, a campaign or the seller's details change. A page is kept
for ``PAGE_CACHE_SECONDS`` at most, and never past the next moment a campaign starts
or ends (asked of the functions registered with ``page_cache_expiry_register``), so a
visitor never sees a price that is no longer true.

Generations are kept per *release*: ``RELEASE`` from the environment (the deployed
commit), else a digest of the templates and translation catalogues. A deploy that
changes what pages look like therefore never serves the previous release's HTML.

The cache is Redis in production. With Redis down, every lookup is a miss (the cache
backend ignores connection errors) and pages are rendered as if there were no cache.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.utils import timezone

from .generations import generation_read, kept_under

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"  # + ":" + the release
# Parameters our public pages read; anything else (a scanner's noise) bypasses the
# cache instead of filling it. Campaign-tracking parameters are ignored in the key.
KNOWN_PARAMS = frozenset({"audience", "language", "topic", "page", "q"})
IGNORED_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid"})
MAX_KEY_SOURCE = 512
HEADER = "X-Page-Cache"

_expiry_providers: list[Callable[[datetime], datetime | None]] = []


def page_cache_expiry_register(provider: Callable[[datetime], datetime | None]):
    """``provider(now)`` returns the next moment what a public page shows changes by
    the clock alone (a campaign starts or ends), or None."""
    if provider not in _expiry_providers:
        _expiry_providers.append(provider)
    return provider


@functools.cache
def release() -> str:
    """What this deploy's pages are made of (see the module's docstring)."""
    configured = getattr(settings, "RELEASE", "")
    if configured:
        return configured[:40]
    digest = hashlib.sha256()
    root = Path(settings.BASE_DIR)
    for pattern in ("*/templates/**/*.html", "templates/**/*.html", "locale/*/*/*.mo"):
        for path in sorted(root.glob(pattern)):
            if ".venv" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _generation_key() -> str:
    return f"{GENERATION_KEY}:{release()}"


def page_cache_clear(*args, **kwargs) -> None:
    """Retire every cached page (usable as a signal receiver)."""
    generation = secrets.token_hex(8)
    cache.set(_generation_key(), generation, timeout=None)
    if getattr(_this_request, "active", False):
        _this_request.generation = generation


def page_cache_clear_on_change(sender, created=False, **kwargs) -> None:
    """For settings rows, which are created with their defaults on a page's first
    read: only a change by an editor retires the cached pages."""
    if not created:
        page_cache_clear()


def anonymous_page_cache(view):
    """Let ``view``'s anonymous responses be cached (the other rules still apply)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        request.page_cache_allowed = True
        return view(request, *args, **kwargs)

    return wrapped


def structure_cached(name: str, build: Callable[[], object], *, keep_none: bool = True):
    """``build()``, kept under the current generation: for what every visitor sees
    alike and only publishing changes (the header's links, the languages a page
    exists in). Built afresh when the cache is off, down or retired. An answer of
    None (e.g. "this site has no such page") is kept like any other, unless
    ``keep_none`` is False (where names come from visitors: a scanner's made-up
    paths must not fill the cache)."""
    if not _enabled():
        return build()
    generation = _generation()
    if generation is None:
        return build()
    return kept_under(
        f"page-structure:{generation}:{name}",
        build,
        seconds=settings.PAGE_CACHE_SECONDS,
        keep_none=keep_none,
    )


def _enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def structure_cache_on() -> bool:
    """Whether ``structure_cached`` keeps anything (else it builds every time)."""
    return _enabled()


# The generation is read once per request: a page asks for several structure pieces
# (header links, the course outline, the languages a page exists in), and each would
# otherwise be two cache round trips instead of one. Outside a request (workers,
# commands) it is read every time.
_this_request = Local()


def _request_started(**kwargs) -> None:
    _this_request.active = True
    _this_request.generation = None


def _request_finished(**kwargs) -> None:
    _this_request.active = False
    _this_request.generation = None


request_started.connect(_request_started, dispatch_uid="page-cache-request-started")
request_finished.connect(_request_finished, dispatch_uid="page-cache-request-finished")


def _generation() -> str | None:
    if getattr(_this_request, "active", False) and _this_request.generation:
        return _this_request.generation
    generation = generation_read(_generation_key())
    if getattr(_this_request, "active", False):
        _this_request.generation = generation
    return generation


def _key(request) -> str | None:
    """The cache key for this request, or None when it must not use the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    if "messages" in request.COOKIES:
        return None
    params = []
    for name, value in parse_qsl(request.META.get("QUERY_STRING", ""), True):
        if name.startswith("utm_") or name in IGNORED_PARAMS:
            continue
        if name not in KNOWN_PARAMS:
            return None
        params.append((name, value))
    source = f"{request.get_host()}|{request.path}|{urlencode(sorted(params))}"
    if len(source) > MAX_KEY_SOURCE:
        return None
    generation = _generation()
    if generation is None:  # the cache is not answering: render as if there were none
        return None
    digest = hashlib.sha256(source.encode()).hexdigest()[:32]
    return f"page-cache:{generation}:{digest}"


def _may_store(request, response) -> bool:
    if not getattr(request, "page_cache_allowed", False):
        return False
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def _timeout(now: datetime) -> int:
    seconds = settings.PAGE_CACHE_SECONDS
    for provider in _expiry_providers:
        moment = provider(now)
        if moment is not None:
            seconds = min(seconds, int((moment - now).total_seconds()))
    return seconds


class AnonymousPageCacheMiddleware:
    """Serve and store anonymous pages (placed before the session middleware, so a
    hit costs no session, CSRF or database work)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request) if _enabled() else None
        if key is None:
            return self.get_response(request)
        cached = cache.get(key)
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if _may_store(request, response):
            timeout = _timeout(timezone.now())
            if timeout > 0:
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                response[HEADER] = "miss"
                cache.set(key, response, timeout)
        return response
