"""The newsletter: sign up (double opt-in), confirm and unsubscribe."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from lms.site.client_ip import client_ip
from lms.site.limits import hit

from .. import newsletter
from ..forms import NewsletterForm

SIGNUPS_PER_IP = 10
SIGNUP_WINDOW_SECONDS = 60 * 60


@csrf_exempt
@require_POST
def newsletter_subscribe(request):
    """Start a double opt-in. Exempt from CSRF so that the footer form can sit on
    pages cached for every anonymous visitor: a forged post can do no more than a
    stranger typing an address, which only sends that address a confirmation
    (rate-limited per network and per address) and changes nothing until it is
    confirmed from the inbox. It reads and writes nothing of the visitor's session."""
    form = NewsletterForm(request.POST)
    back = request.POST.get("next") or "/"
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ):
        back = "/"
    if not form.is_valid():
        return render(request, "lms/newsletter/form.html", {"form": form}, status=400)
    # One network may ask for confirmations to a handful of addresses an hour: the
    # form cannot be used to send mail to strangers in bulk.
    count = hit(f"newsletter-signups:{client_ip(request)}", SIGNUP_WINDOW_SECONDS)
    if count > SIGNUPS_PER_IP:
        form.add_error(
            None, _("Too many sign-ups from your network just now. Try again later.")
        )
        return render(request, "lms/newsletter/form.html", {"form": form}, status=429)
    newsletter.newsletter_subscribe(
        email=form.cleaned_data["email"], language=translation.get_language() or "nb"
    )
    messages.success(
        request,
        _("Almost done: we have sent you an e-mail. Click the link in it to confirm."),
    )
    return redirect(back)


def newsletter_confirm(request, token):
    """GET shows a button (link scanners must not confirm); POST confirms."""
    if request.method == "POST":
        subscription = newsletter.newsletter_confirm(token=token)
        if subscription is None:
            return render(request, "lms/newsletter/invalid.html", status=404)
        return render(request, "lms/newsletter/done.html", {"confirmed": True})
    return render(request, "lms/newsletter/confirm.html", {"token": token})


def newsletter_unsubscribe(request, token):
    if request.method == "POST":
        subscription = newsletter.newsletter_unsubscribe(token=token)
        if subscription is None:
            return render(request, "lms/newsletter/invalid.html", status=404)
        return render(request, "lms/newsletter/done.html", {"confirmed": False})
    return render(request, "lms/newsletter/unsubscribe.html", {"token": token})
