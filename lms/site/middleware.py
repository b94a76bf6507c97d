import re

from django.conf import settings
from django.http import Http404
from django.utils import translation

_LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2}(?:[-_][a-zA-Z]{2,4})?)(?:/|$)")


class UnknownLanguagePrefixMiddleware:
    """Answer /de/..., /sv/... with a 404 instead of redirecting them to /nb/de/...

    Runs before LocaleMiddleware, which would otherwise treat the unknown prefix as a
    page slug in the default language.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.known = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        match = _LANGUAGE_PREFIX.match(request.path_info)
        if match and match.group(1) not in self.known:
            raise Http404("Unknown language")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Send ``settings.PERMISSIONS_POLICY`` (Django has no setting of its own for it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response


class AdminLanguageMiddleware:
    """The Wagtail admin speaks the language a signed-in editor chose on the site.

    Wagtail uses its own account setting when one is saved there; without it, it takes
    the active language, which for /admin/ (no language prefix) would come from the
    browser. This puts the person's ``preferred_language`` in that place, on every
    device. Where Wagtail has no text in that language (nynorsk), Django falls back to
    bokmål for Wagtail's own words while the site's words stay nynorsk.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        language = getattr(user, "preferred_language", "") if user else ""
        if (
            language
            and request.path_info.startswith("/admin/")
            and user.is_authenticated
        ):
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
