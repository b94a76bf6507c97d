"""The site shell: error pages, the CSRF failure page, robots.txt, the admin redirect."""

from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET


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


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


def robots(request):
    return HttpResponse("User-agent: *\nDisallow: /admin/\n", content_type="text/plain")
