"""The leaders' digest on the web: the archive (/<lang>/digest/) and the one-click
unsubscribe (GET shows a button; POST, also what mail clients send for RFC 8058
one-click, unsubscribes)."""

from __future__ import annotations

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from courses.digest import DigestIndexPage, DigestIssuePage
from payments.services import digest


@require_safe
def digest_archive(request):
    language = (translation.get_language() or "nb")[:2]
    index = (
        DigestIndexPage.objects.live().filter(locale__language_code=language).first()
    )
    live = DigestIssuePage.objects.live().order_by("-first_published_at")
    issues = live.filter(locale__language_code=language)
    # Issues not (yet) translated into this language are shown in bokmål.
    fallback = not issues.exists()
    if fallback:
        issues = live.filter(locale__language_code="nb")
    return render(
        request,
        "payments/digest_archive.html",
        {"index": index, "issues": issues[:100], "fallback": fallback},
    )


# A mail client's one-click unsubscribe (RFC 8058) is a POST without a CSRF token;
# the signed token in the URL is what authorises it.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def digest_unsubscribe(request, token):
    email = digest.email_from_token(token)
    if email is None:
        return render(
            request, "payments/digest_unsubscribe.html", {"invalid": True}, status=404
        )
    if request.method == "POST":
        digest.digest_unsubscribe(email=email)
        return render(request, "payments/digest_unsubscribe.html", {"done": True})
    return render(request, "payments/digest_unsubscribe.html", {"email": email})
