"""The 40-hour ledger (/<lang>/company/<id>/hours/): per verneombud and AMU member the
hours taken here and elsewhere, and the agreement on a shorter programme.

The company's admins record hours and propose (and sign for the employer) an
agreement; superusers may read for support. The person signs from their own
memberships page (``membership_agreement_sign``), never through the company's pages.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from lms.site.downloads import private_download
from payments.services import hours as hour_services

from ..company_access import company_for_admin, company_viewable
from ..compliance.hours import agreement_pdf, hour_ledgers
from ..exceptions import CompanyError
from ..models import CompanyMember, ExternalHours, ShorterProgrammeAgreement
from ..training_forms import AgreementForm, ExternalHoursForm
from .company import _company_or_404, _language


def _readable(request, company_id):
    company = company_viewable(user=request.user, company_id=company_id)
    if company is None:
        raise Http404
    return company


def _page(request, company, status=200, bound=None):
    ledgers = hour_ledgers(company=company)
    for ledger in ledgers:
        member = ledger.membership
        ledger.hours_form = ExternalHoursForm(membership=member)
        ledger.agreement_form = AgreementForm(membership=member)
        if bound is not None and bound.membership.pk == member.pk:
            name = (
                "hours_form"
                if isinstance(bound, ExternalHoursForm)
                else "agreement_form"
            )
            setattr(ledger, name, bound)
    if bound is not None and not any(
        ledger.membership.pk == bound.membership.pk for ledger in ledgers
    ):
        # The person is not on the page (no verneombud or AMU role yet): say why here.
        for error in bound.non_field_errors() or [_("Check the form and try again.")]:
            messages.error(request, error)
    can_edit = company_for_admin(user=request.user, company_id=company.pk) is not None
    return render(
        request,
        "payments/hours.html",
        {"company": company, "ledgers": ledgers, "can_edit": can_edit},
        status=status,
    )


def _back(company):
    return redirect("payments:company_hours", company.pk)


@require_safe
@login_required
def hours_overview(request, company_id):
    return _page(request, _readable(request, company_id))


def _membership(company, member_id):
    return get_object_or_404(
        CompanyMember.objects.select_related("user", "company"),
        pk=member_id,
        company=company,
    )


@require_POST
@login_required
def external_hours_add(request, company_id, member_id):
    company = _company_or_404(request, company_id)
    membership = _membership(company, member_id)
    form = ExternalHoursForm(request.POST, request.FILES, membership=membership)
    if form.is_valid():
        try:
            hour_services.external_hours_add(
                membership=membership, actor=request.user, **form.cleaned_data
            )
        except CompanyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The hours are recorded."))
            return _back(company)
    return _page(request, company, status=400, bound=form)


@require_POST
@login_required
def external_hours_remove(request, company_id, entry_id):
    company = _company_or_404(request, company_id)
    entry = get_object_or_404(ExternalHours, pk=entry_id, company=company)
    hour_services.external_hours_remove(entry=entry, actor=request.user)
    messages.success(request, _("The hours are removed."))
    return _back(company)


@require_safe
@login_required
def external_hours_document(request, company_id, entry_id):
    company = _readable(request, company_id)
    entry = get_object_or_404(ExternalHours, pk=entry_id, company=company)
    response = FileResponse(
        entry.document.open("rb"),
        as_attachment=True,
        filename=entry.document.name.rsplit("/", 1)[-1],
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def agreement_propose(request, company_id, member_id):
    company = _company_or_404(request, company_id)
    membership = _membership(company, member_id)
    form = AgreementForm(request.POST, membership=membership)
    if form.is_valid():
        try:
            hour_services.agreement_propose(
                membership=membership, actor=request.user, **form.cleaned_data
            )
        except CompanyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "You signed for the employer. %(name)s is asked to sign; the "
                    "agreement counts once they have."
                )
                % {"name": membership.user.get_full_name() or membership.user.email},
            )
            return _back(company)
    return _page(request, company, status=400, bound=form)


@require_POST
@login_required
def agreement_withdraw(request, company_id, agreement_id):
    company = _company_or_404(request, company_id)
    agreement = get_object_or_404(
        ShorterProgrammeAgreement, pk=agreement_id, company=company
    )
    try:
        hour_services.agreement_withdraw(agreement=agreement, actor=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The agreement is withdrawn; 40 hours apply."))
    return _back(company)


def agreement_pdf_response(agreement):
    name = slugify(agreement.user.get_full_name() or agreement.user.email)
    return private_download(
        agreement_pdf(agreement=agreement, language=_language()),
        content_type="application/pdf",
        filename=f"{name}-{agreement.pk}.pdf",
    )


@require_safe
@login_required
def agreement_download(request, company_id, agreement_id):
    company = _readable(request, company_id)
    agreement = get_object_or_404(
        ShorterProgrammeAgreement.objects.select_related(
            "company", "user", "employer_signed_by"
        ),
        pk=agreement_id,
        company=company,
    )
    return agreement_pdf_response(agreement)
