from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.forms import NewsletterForm

from . import services


@require_POST
def newsletter_subscribe(request):
    form = NewsletterForm(request.POST)
    back = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = "/"
    if not form.is_valid():
        return render(
            request, "courses/newsletter_form.html", {"form": form}, status=400
        )
    services.newsletter_subscribe(
        email=form.cleaned_data["email"], language=translation.get_language() or "nb"
    )
    messages.success(
        request,
        _("Almost done: we have sent you an e-mail. Click the link in it to confirm."),
    )
    return redirect(back)


def newsletter_confirm(request, token):
    if request.method == "POST":
        subscription = services.newsletter_confirm(token=token)
        if subscription is None:
            return render(request, "courses/newsletter_invalid.html", status=404)
        return render(request, "courses/newsletter_done.html", {"confirmed": True})
    return render(request, "courses/newsletter_confirm.html", {"token": token})


def newsletter_unsubscribe(request, token):
    if request.method == "POST":
        subscription = services.newsletter_unsubscribe(token=token)
        if subscription is None:
            return render(request, "courses/newsletter_invalid.html", status=404)
        return render(request, "courses/newsletter_done.html", {"confirmed": False})
    return render(request, "courses/newsletter_unsubscribe.html", {"token": token})
