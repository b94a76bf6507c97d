"""The person's side of an agreement on a shorter programme (FOLM § 3-19): read it on
their memberships page, sign it, withdraw it, download it. Only the person the
agreement is about reaches these; everyone else gets 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from payments.services import hours as hour_services

from ..exceptions import CompanyError
from ..models import ShorterProgrammeAgreement
from .hours import agreement_pdf_response


def _mine(request, company_id, agreement_id) -> ShorterProgrammeAgreement:
    return get_object_or_404(
        ShorterProgrammeAgreement.objects.select_related(
            "company", "user", "employer_signed_by"
        ),
        pk=agreement_id,
        company_id=company_id,
        user=request.user,
        company__memberships__user=request.user,
    )


@require_POST
@login_required
def my_agreement_sign(request, company_id, agreement_id):
    agreement = _mine(request, company_id, agreement_id)
    try:
        hour_services.agreement_sign(agreement=agreement, user=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("You signed the agreement with %(company)s.")
            % {"company": agreement.company.name},
        )
    return redirect("payments:my_companies")


@require_POST
@login_required
def my_agreement_withdraw(request, company_id, agreement_id):
    agreement = _mine(request, company_id, agreement_id)
    try:
        hour_services.agreement_withdraw(agreement=agreement, actor=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The agreement is withdrawn; 40 hours apply."))
    return redirect("payments:my_companies")


@require_safe
@login_required
def my_agreement_pdf(request, company_id, agreement_id):
    return agreement_pdf_response(_mine(request, company_id, agreement_id))
