"""Required training (/<lang>/company/<id>/training/): per person and role what is
due, overdue and valid, the seats to buy, pending invitations, and "remind".

Company admins see everyone; a department manager sees and reminds the people of
their own departments only (``company_access.training_scope``); anyone else gets 404.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from payments.services import training as training_services
from payments.services import training_reminders

from .. import selectors
from ..company_access import training_scope
from ..compliance import training
from ..exceptions import CompanyError
from .company import _language

PAGE_SIZE = 50


def _scope(request, company_id):
    company, departments = training_scope(user=request.user, company_id=company_id)
    if company is None:
        raise Http404
    return company, departments


@require_safe
@login_required
def training_overview(request, company_id):
    company, departments = _scope(request, company_id)
    status_filter = request.GET.get("filter", "")
    if status_filter not in training.FILTERS:
        status_filter = ""
    search = request.GET.get("q", "")[:100]
    department = request.GET.get("department", "")
    page = training.training_page(
        company=company,
        language=_language(),
        department_ids=departments,
        department=department,
        search=search,
        status_filter=status_filter,
        page=request.GET.get("page"),
        per_page=PAGE_SIZE,
    )
    query = request.GET.copy()
    query.pop("page", None)
    is_admin = departments is None
    return render(
        request,
        "payments/training.html",
        {
            "company": company,
            "table": page,
            "page_obj": page.page_obj,
            "is_admin": is_admin,
            "filters": training.FILTERS,
            "status_filter": status_filter,
            "search": search,
            "department": department,
            "querystring": query.urlencode(),
            "member_invitations": (
                list(
                    selectors.pending_member_invitations(
                        company=company
                    ).prefetch_related("pending_roles__role")
                )
                if is_admin
                else []
            ),
            "remind_cap": training_reminders.REMIND_ALL_CAP,
        },
    )


def _back(company):
    return redirect("payments:company_training", company.pk)


@require_POST
@login_required
def training_remind(request, company_id, member_id):
    company, departments = _scope(request, company_id)
    people = training.people_in_scope(company=company, department_ids=departments)
    membership = get_object_or_404(people.select_related("user"), pk=member_id)
    try:
        training_reminders.training_remind(
            company=company, membership=membership, actor=request.user
        )
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("A reminder is on its way to %(name)s.")
            % {"name": membership.user.get_full_name() or membership.user.email},
        )
    return _back(company)


@require_POST
@login_required
def training_remind_overdue(request, company_id):
    company, departments = _scope(request, company_id)
    result = training_reminders.training_remind_overdue(
        company=company, actor=request.user, department_ids=departments
    )
    text = _(
        "Reminders sent to %(sent)s people; %(already)s had been reminded today."
    ) % {"sent": result.sent, "already": result.already}
    if result.left:
        text += " " + _(
            "%(left)s more are overdue: press again tomorrow (at most %(cap)s a time)."
        ) % {"left": result.left, "cap": training_reminders.REMIND_ALL_CAP}
    messages.success(request, text)
    return _back(company)


@require_POST
@login_required
def training_seats_fill(request, company_id):
    company, departments = _scope(request, company_id)
    if departments is not None:
        raise Http404  # seats are the company admin's to give
    filled = training_services.seats_fill(company=company, actor=request.user)
    messages.success(
        request,
        ngettext(
            "%(count)s person waiting got a seat.",
            "%(count)s people waiting got a seat.",
            filled,
        )
        % {"count": filled},
    )
    return _back(company)
