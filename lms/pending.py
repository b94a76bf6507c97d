"""Work typed by a learner whose login expired, kept until they log in again.

A quiz answer or a sandbox text posted after the session ran out must not be lost, and
an anonymous POST must not grow the database either (a scanner's 900-field POST used to
leave a 2–3 MB session row per request for 14 days). So:

* only a browser that was signed in before can stash anything: while a learner is
  signed in, the middleware gives the browser a signed cookie with their user id, and
  removes it when they log out on purpose;
* the stash lives in the cache (Redis in production), one entry per learner and kind,
  for an hour, never in the session table; a newer stash replaces the older one;
* callers pass only the fields their form knows, and the stash refuses anything larger
  than ``MAX_BYTES``.
"""

import json

from django.conf import settings
from django.core import signing
from django.core.cache import cache

COOKIE = "hms_returning"
SALT = "lms.pending.returning"
MAX_BYTES = 64 * 1024
KEEP_SECONDS = 60 * 60
COOKIE_DAYS = 30


def _key(kind: str, user_id: int) -> str:
    return f"pending:{kind}:{user_id}"


def returning_user_id(request) -> int | None:
    """The user id this browser was last signed in as, if its cookie is genuine."""
    value = request.COOKIES.get(COOKIE)
    if not value:
        return None
    try:
        return int(signing.loads(value, salt=SALT, max_age=COOKIE_DAYS * 86400))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def stash(request, kind: str, data: dict) -> bool:
    """Keep ``data`` for the learner this browser belongs to; False if it cannot."""
    user_id = returning_user_id(request)
    if user_id is None:
        return False
    if len(json.dumps(data, ensure_ascii=False).encode()) > MAX_BYTES:
        return False
    cache.set(_key(kind, user_id), data, KEEP_SECONDS)
    return True


def take(request, kind: str) -> dict | None:
    """The signed-in learner's stash of ``kind`` (removed as it is read)."""
    if not request.user.is_authenticated:
        return None
    key = _key(kind, request.user.pk)
    data = cache.get(key)
    if data is not None:
        cache.delete(key)
    return data


class ReturningLearnerMiddleware:
    """Mark a browser as a returning learner's while signed in; unmark it on logout."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_signed_in = COOKIE in request.COOKIES and request.user.is_authenticated
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if returning_user_id(request) != user.pk:
                response.set_cookie(
                    COOKIE,
                    signing.dumps(user.pk, salt=SALT),
                    max_age=COOKIE_DAYS * 86400,
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                    samesite="Lax",
                )
        elif was_signed_in:
            response.delete_cookie(COOKIE, samesite="Lax")
        return response
