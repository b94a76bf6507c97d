"""The person's own data: see what is held, download it, delete the account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from lms.site.limits import hit

from ..audit import audit_record
from ..forms import AccountDeleteForm
from ..personal_data import account_delete, personal_data_zip

EXPORTS_PER_HOUR = 5


def _page(request, form, status=200):
    return render(request, "lms/my_data.html", {"form": form}, status=status)


@require_safe
@login_required
def my_data(request):
    return _page(request, AccountDeleteForm(user=request.user))


@require_POST
@login_required
def my_data_export(request):
    """All personal data as JSON, with the certificate PDFs, in one ZIP."""
    if hit(f"personal-data-export:{request.user.pk}", 3600) > EXPORTS_PER_HOUR:
        messages.error(
            request, _("You have downloaded your data several times. Try again later.")
        )
        return redirect("lms:my_data")
    data = personal_data_zip(user=request.user)
    audit_record(
        actor=request.user, action="account.data_exported", target=request.user
    )
    response = HttpResponse(data, content_type="application/zip")
    filename = f"hms-kurs-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@login_required
def my_account_delete(request):
    form = AccountDeleteForm(request.POST, user=request.user)
    if not form.is_valid():
        return _page(request, form, status=400)
    account_delete(user=request.user)
    logout(request)
    messages.success(
        request,
        _(
            "Your account is deleted. Certificates you were issued can still be "
            "checked by their number."
        ),
    )
    return redirect("/")
