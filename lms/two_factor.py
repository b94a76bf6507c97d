"""Two-factor login (allauth's MFA): required for staff, offered to everyone else.

Editors, instructors and superusers reach the Wagtail admin and the grading queue only
from a session in which they proved a second factor: a TOTP code (or a recovery code)
at login, when setting TOTP up, or when asked again. Learners and company admins can
switch it on from their profile; nobody else is asked.

Who counts as staff besides ``is_staff``/``is_superuser`` is registered by the app that
knows (the sandbox registers its instructors), as with ``lms.access``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from allauth.mfa import signals
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

SESSION_KEY = "lms_second_factor_at"
# The admin (its login and reset only hand over to the site's login) and grading.
PROTECTED = re.compile(
    r"^/(?:admin/(?!login/|password_reset/)|[a-z]{2}/sandbox/grading/)"
)

_staff_checks: list[Callable] = []


def staff_role_register(check: Callable) -> None:
    """Add ``check(user) -> bool``: this user holds a staff role that needs 2FA."""
    if check not in _staff_checks:
        _staff_checks.append(check)


def needs_two_factor(user) -> bool:
    return bool(
        user.is_staff or user.is_superuser or any(c(user) for c in _staff_checks)
    )


def has_two_factor(user) -> bool:
    return is_mfa_enabled(user, types=[Authenticator.Type.TOTP])


@receiver(signals.authenticator_used)
@receiver(signals.authenticator_added)
def _second_factor_shown(sender, request, user, **kwargs):
    """A code was entered (login, re-authentication or set-up): this session has it."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = int(time.time())


class StaffTwoFactorMiddleware:
    """Send staff without a second factor in this session to set it up or give it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._gate(request)
        return response or self.get_response(request)

    def _gate(self, request):
        if not getattr(settings, "STAFF_MFA_REQUIRED", True):
            return None
        if not PROTECTED.match(request.path_info):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not needs_two_factor(user):
            return None
        if request.session.get(SESSION_KEY):
            return None
        here = urlencode({"next": request.get_full_path()})
        if not has_two_factor(user):
            messages.warning(
                request,
                _(
                    "Staff accounts sign in with two-factor authentication. Set it "
                    "up with an authenticator app to continue."
                ),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?{here}")
        messages.info(
            request, _("Enter a code from your authenticator app to continue.")
        )
        return redirect(f"{reverse('mfa_reauthenticate')}?{here}")
