"""The site shell: error pages, the CSRF failure page, robots.txt, the admin redirect."""

from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_safe

from lms.site.page_cache import anonymous_page_cache

from ..models import LegalSettings

LEGAL_TITLES = {
    "privacy": gettext_lazy("Privacy notice"),
    "terms": gettext_lazy("Terms of sale"),
    "contact": gettext_lazy("Contact"),
}


@require_GET
def django_admin_redirect(request):
    return redirect("/admin/")


def admin_login(request):
    """The Wagtail admin's login and password reset hand over to the site's login.

    One door in: e-mail verification, the failed-login limits and two-factor login
    are enforced there, and the admin's own forms would skip them.
    """
    target = reverse("account_login")
    next_url = request.GET.get("next") or "/admin/"
    return redirect(f"{target}?{urlencode({'next': next_url})}")


def admin_password_reset(request):
    return redirect("account_reset_password")


def bad_request(request, exception=None):
    """400, or 413 when the request was over the size limit, on the site's own page in
    the visitor's language (Django's default is a bare English line)."""
    from django.conf import settings
    from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent

    too_large = isinstance(exception, RequestDataTooBig | TooManyFieldsSent)
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
    return render(
        request,
        "400.html",
        {"too_large": too_large, "limit_mb": max(1, round(limit / 1024 / 1024))},
        status=413 if too_large else 400,
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


@require_safe
@anonymous_page_cache
def legal_page(request, page: str):
    """The privacy notice, the terms of sale or the contact page, in the visitor's
    language: the editors' text if they wrote one, the built-in text otherwise."""
    legal = LegalSettings.for_request(request)
    return render(
        request,
        "lms/legal/page.html",
        {
            "title": LEGAL_TITLES[page],
            "text": legal.text(page, translation.get_language() or "nb"),
            "default_template": f"lms/legal/{page}_default.html",
            "legal": legal,
        },
    )


@require_safe
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/company/",
        "Disallow: /*/orders/",
        "Disallow: /*/checkout/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
