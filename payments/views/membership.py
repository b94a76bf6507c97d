"""Membership by consent: admins invite, people accept or decline, leave and share.

One URL per action. The company page's invitation form answers the same whether or not
the address has an account; the join link shows the company and role, and nothing
happens until the signed-in person presses accept.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from lms.models import Enrolment

from .. import selectors
from ..company_access import visible_course_keys
from ..exceptions import CompanyError
from ..forms import MemberInviteForm, RecordShareForm
from ..models import Company, MemberInvitation, ShorterProgrammeAgreement
from ..services import membership
from .company import _company_or_404, _language, _rerender


@require_POST
@login_required
def member_invite(request, company_id):
    company = _company_or_404(request, company_id)
    form = MemberInviteForm(request.POST)
    if form.is_valid():
        try:
            membership.member_invite(
                company=company,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                actor=request.user,
                language=_language(),
            )
        except CompanyError as error:
            form.add_error("email", str(error))
    if not form.is_valid():
        return _rerender(request, company, member_form=form)
    messages.success(
        request,
        _(
            "We have sent an invitation to %(email)s. They join the company when they "
            "accept it."
        )
        % {"email": form.cleaned_data["email"]},
    )
    return redirect(reverse("payments:company_detail", args=[company.pk]) + "#members")


@require_POST
@login_required
def member_invitation_revoke(request, company_id, invitation_id):
    company = _company_or_404(request, company_id)
    invitation = get_object_or_404(MemberInvitation, pk=invitation_id, company=company)
    try:
        membership.member_invitation_revoke(invitation=invitation, actor=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("The invitation to %(email)s is withdrawn.")
            % {"email": invitation.email},
        )
    return redirect(reverse("payments:company_detail", args=[company.pk]) + "#members")


@require_GET
def join(request, token):
    """The link in the invitation e-mail: who invites, to what, and accept/decline."""
    invitation = selectors.member_invitation_by_token(token=token)
    if invitation is None:
        return render(request, "payments/invitation_invalid.html", status=404)
    return render(
        request,
        "payments/join.html",
        {"invitation": invitation, "next": request.path},
    )


@require_POST
@login_required
def join_accept(request, token):
    try:
        member = membership.member_invitation_accept(token=token, user=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
        return redirect("payments:join", token=token)
    messages.success(
        request,
        _("You are now a member of %(company)s.") % {"company": member.company.name},
    )
    if member.role == member.Role.ADMIN:
        return redirect("payments:company_detail", member.company_id)
    return redirect("payments:my_companies")


@require_POST
@login_required
def join_decline(request, token):
    try:
        membership.member_invitation_decline(token=token, user=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
        return redirect("payments:join", token=token)
    messages.success(request, _("You have declined the invitation."))
    return redirect("lms:dashboard")


@require_GET
@login_required
def my_companies(request):
    """The companies the person belongs to, and which of their courses each sees."""
    memberships = list(selectors.memberships_of(user=request.user))
    enrolments = list(
        Enrolment.objects.filter(user=request.user)
        .exclude(status=Enrolment.Status.WITHDRAWN)
        .select_related("course")
        .order_by("course__title")
    )
    shared = set(request.user.record_shares.values_list("company_id", "course_key"))
    agreements = list(
        ShorterProgrammeAgreement.objects.filter(
            user=request.user, withdrawn_at__isnull=True
        ).select_related("employer_signed_by")
    )
    rows = []
    for member in memberships:
        visible = visible_course_keys(
            company=member.company, user_ids=[request.user.pk]
        ).get(request.user.pk, set())
        courses = [
            {
                "enrolment": enrolment,
                "visible": enrolment.course_key in visible,
                "shared": (member.company_id, enrolment.course_key) in shared,
            }
            for enrolment in enrolments
        ]
        rows.append(
            {
                "member": member,
                "courses": courses,
                "agreements": [
                    a for a in agreements if a.company_id == member.company_id
                ],
            }
        )
    return render(request, "payments/my_companies.html", {"rows": rows})


def _member_company_or_404(request, company_id) -> Company:
    company = Company.objects.filter(
        pk=company_id, memberships__user=request.user
    ).first()
    if company is None:
        raise Http404
    return company


def _share_change(request, company_id, change, done_message):
    company = _member_company_or_404(request, company_id)
    form = RecordShareForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a course."))
        return redirect("payments:my_companies")
    try:
        change(
            company=company,
            user=request.user,
            course_key=form.cleaned_data["course_key"],
        )
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done_message % {"company": company.name})
    return redirect("payments:my_companies")


@require_POST
@login_required
def record_share(request, company_id):
    return _share_change(
        request,
        company_id,
        membership.record_share,
        _("%(company)s can now see this course on your record."),
    )


@require_POST
@login_required
def record_unshare(request, company_id):
    return _share_change(
        request,
        company_id,
        membership.record_unshare,
        _("%(company)s no longer sees this course, unless it gave you the seat."),
    )


@require_POST
@login_required
def company_leave(request, company_id):
    company = _member_company_or_404(request, company_id)
    try:
        membership.company_leave(company=company, user=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("You have left %(company)s. It no longer sees your records.")
            % {"company": company.name},
        )
    return redirect("payments:my_companies")
