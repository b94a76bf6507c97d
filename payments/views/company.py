"""The company admin pages (/<lang>/company/) and the employee's invitation link."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from payments.services import companies as company_services
from payments.services import invitations, invitations_csv
from payments.services import orders as order_services
from payments.services.invoices import invoicing_available

from .. import selectors
from ..company_access import companies_administered_by, company_for_admin
from ..exceptions import (
    CodeRateLimited,
    CodeRefused,
    CompanyError,
    OrderError,
    SeatError,
)
from ..forms import (
    CodeForm,
    CompanyEditForm,
    CompanyForm,
    CsvInviteForm,
    InviteForm,
    MemberInviteForm,
    ReassignForm,
    SeatAssignForm,
    SeatPurchaseForm,
)
from ..gateways import test_mode
from ..invoice_forms import InvoiceOrderForm
from ..models import Invoice, Seat, SeatInvitation
from .checkout import order_page, order_pay_redirect


def _language() -> str:
    return (translation.get_language() or "nb")[:2]


def _company_or_404(request, company_id):
    company = company_for_admin(user=request.user, company_id=company_id)
    if company is None:
        raise Http404
    return company


@login_required
def company_home(request):
    """Company admins go to their company; others can register one."""
    companies = list(companies_administered_by(user=request.user))
    if len(companies) == 1 and request.method != "POST":
        return redirect("payments:company_detail", companies[0].pk)
    form = CompanyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            company = company_services.company_create(
                user=request.user, **form.cleaned_data
            )
        except CompanyError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(name)s is registered. You can now buy seats for your employees.")
                % {"name": company.name},
            )
            return redirect("payments:company_detail", company.pk)
    return render(
        request,
        "payments/company_home.html",
        {"companies": companies, "form": form},
    )


def _dashboard(request, company, **forms):
    products = selectors.company_products(language_code=_language())
    members = list(selectors.company_members(company=company))
    seats = list(selectors.company_seats(company=company))
    context = {
        "company": company,
        "summaries": selectors.seat_summaries(company=company),
        "holders": [seat for seat in seats if seat.status == Seat.Status.USED],
        "invitations": list(selectors.pending_invitations(company=company)),
        "members": members,
        "orders": list(selectors.company_orders(company=company)[:20]),
        "purchase_form": SeatPurchaseForm(products=products),
        "invite_form": InviteForm(products=products),
        "csv_form": CsvInviteForm(products=products),
        "assign_form": SeatAssignForm(products=products, members=members),
        "edit_form": CompanyEditForm(instance=company),
        "member_form": MemberInviteForm(),
        "member_invitations": list(
            selectors.pending_member_invitations(company=company)
        ),
        "reassign_form": ReassignForm(),
        "test_mode": test_mode(),
        "invoice_form": InvoiceOrderForm(
            products=products,
            initial={"buyer_reference": company.invoice_reference},
        ),
        "invoicing": invoicing_available(),
        "invoices": list(
            Invoice.objects.filter(order__company=company)
            .select_related("order")
            .order_by("-requested_at")[:20]
        ),
    }
    context.update(forms)
    return context


@require_safe
@login_required
def company_detail(request, company_id):
    company = _company_or_404(request, company_id)
    return render(request, "payments/company_detail.html", _dashboard(request, company))


def _rerender(request, company, status=400, **forms):
    return render(
        request,
        "payments/company_detail.html",
        _dashboard(request, company, **forms),
        status=status,
    )


@require_POST
@login_required
def company_buy(request, company_id):
    company = _company_or_404(request, company_id)
    products = selectors.company_products(language_code=_language())
    form = SeatPurchaseForm(request.POST, products=products)
    if not form.is_valid():
        return _rerender(request, company, purchase_form=form)
    try:
        order = order_services.order_create(
            user=request.user,
            product=form.cleaned_data["product"],
            quantity=form.cleaned_data["quantity"],
            company=company,
            language=_language(),
        )
    except OrderError as error:
        form.add_error(None, str(error))
        return _rerender(request, company, purchase_form=form)
    if form.cleaned_data["code"]:
        try:
            order_services.order_code_apply(
                order=order, code_text=form.cleaned_data["code"], request=request
            )
        except (CodeRefused, CodeRateLimited, OrderError) as error:
            order.refresh_from_db()
            return order_page(
                request,
                order,
                code_form=CodeForm({"code": form.cleaned_data["code"]}),
                code_error=str(error),
                status=400,
            )
    order.refresh_from_db()
    return order_pay_redirect(request, order)


@require_POST
@login_required
def company_invite(request, company_id):
    company = _company_or_404(request, company_id)
    products = selectors.company_products(language_code=_language())
    form = InviteForm(request.POST, products=products)
    if not form.is_valid():
        return _rerender(request, company, invite_form=form)
    try:
        invitation = invitations.seat_invite(
            company=company,
            product=form.cleaned_data["product"],
            email=form.cleaned_data["email"],
            name=form.cleaned_data["name"],
            actor=request.user,
            language=_language(),
        )
    except SeatError as error:
        form.add_error("email", str(error))
        return _rerender(request, company, invite_form=form)
    messages.success(
        request,
        _("An invitation has been sent to %(email)s.") % {"email": invitation.email},
    )
    return redirect("payments:company_detail", company.pk)


@require_POST
@login_required
def company_invite_csv(request, company_id):
    company = _company_or_404(request, company_id)
    products = selectors.company_products(language_code=_language())
    form = CsvInviteForm(request.POST, request.FILES, products=products)
    if not form.is_valid():
        return _rerender(request, company, csv_form=form)
    report = invitations_csv.seat_invitations_import_csv(
        company=company,
        product=form.cleaned_data["product"],
        content=form.cleaned_data["file"].read(),
        actor=request.user,
        language=_language(),
    )
    if not report.ok:
        return _rerender(request, company, csv_form=form, csv_report=report)
    messages.success(
        request,
        ngettext(
            "%(count)s invitation has been sent.",
            "%(count)s invitations have been sent.",
            report.created,
        )
        % {"count": report.created},
    )
    return redirect("payments:company_detail", company.pk)


def _invitation_or_404(company, invitation_id):
    return get_object_or_404(SeatInvitation, pk=invitation_id, company=company)


@require_POST
@login_required
def invitation_revoke(request, company_id, invitation_id):
    company = _company_or_404(request, company_id)
    invitation = _invitation_or_404(company, invitation_id)
    try:
        invitations.seat_invitation_revoke(invitation=invitation, actor=request.user)
    except SeatError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The invitation to %(email)s is withdrawn; the seat is free again.")
            % {"email": invitation.email},
        )
    return redirect("payments:company_detail", company.pk)


@require_POST
@login_required
def invitation_reassign(request, company_id, invitation_id):
    company = _company_or_404(request, company_id)
    invitation = _invitation_or_404(company, invitation_id)
    form = ReassignForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a valid e-mail address."))
        return redirect("payments:company_detail", company.pk)
    try:
        new = invitations.seat_invitation_reassign(
            invitation=invitation,
            email=form.cleaned_data["email"],
            actor=request.user,
            language=_language(),
        )
    except SeatError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The seat has been given to %(email)s instead of %(old)s.")
            % {"email": new.email, "old": invitation.email},
        )
    return redirect("payments:company_detail", company.pk)


@require_POST
@login_required
def company_assign(request, company_id):
    """Give a free seat straight to an employee who already has an account here."""
    company = _company_or_404(request, company_id)
    products = selectors.company_products(language_code=_language())
    members = list(selectors.company_members(company=company))
    form = SeatAssignForm(request.POST, products=products, members=members)
    if not form.is_valid():
        return _rerender(request, company, assign_form=form)
    try:
        company_services.seat_claim(
            company=company,
            product=form.cleaned_data["product"],
            user=form.cleaned_data["member"],
            actor=request.user,
        )
    except SeatError as error:
        form.add_error(None, str(error))
        return _rerender(request, company, assign_form=form)
    messages.success(request, _("The seat has been given and the course is open."))
    return redirect("payments:company_detail", company.pk)


@require_POST
@login_required
def company_edit(request, company_id):
    company = _company_or_404(request, company_id)
    form = CompanyEditForm(request.POST, instance=company)
    if not form.is_valid():
        return _rerender(request, company, edit_form=form)
    company_services.company_update(
        company=company,
        actor=request.user,
        **{name: form.cleaned_data[name] for name in form.changed_data},
    )
    messages.success(request, _("The company details have been saved."))
    return redirect("payments:company_detail", company.pk)


def invitation(request, token):
    """The link in the invitation e-mail: sign up or log in, accept, go to the course."""
    invitation = selectors.invitation_by_token(token=token)
    if invitation is None:
        return render(request, "payments/invitation_invalid.html", status=404)
    here = reverse("payments:invitation", args=[token])
    if request.method == "POST" and request.user.is_authenticated:
        try:
            seat = invitations.seat_invitation_accept(token=token, user=request.user)
        except SeatError as error:
            messages.error(request, str(error))
            return redirect(here)
        messages.success(
            request,
            _("Welcome! %(company)s has given you a seat.")
            % {"company": invitation.company.name},
        )
        if seat.course_id:
            return redirect("lms:continue", seat.course_id)
        return redirect("lms:dashboard")
    return render(
        request,
        "payments/invitation.html",
        {
            "invitation": invitation,
            "product_name": invitation.seat.product_name,
            "next": here,
        },
    )
