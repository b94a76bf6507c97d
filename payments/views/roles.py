"""The roles page (/<lang>/company/<id>/roles/): the company's HMS roles and what each
requires, its departments and their managers, and who holds which role – one by one
or from a CSV file. Company admins only; every action is its own POST URL and a bad
form comes back with what was typed and the reason.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from payments.services import roles as role_services
from payments.services import roles_csv

from ..exceptions import CompanyError
from ..models import CompanyMember, CompanyRole, Department, RoleRequirement
from ..training_forms import (
    DepartmentForm,
    DepartmentManagersForm,
    MemberRolesForm,
    RequirementForm,
    RoleForm,
    RolesCsvForm,
    courses_for_choice,
)
from .company import _company_or_404, _language


def _members(company):
    return list(
        CompanyMember.objects.filter(company=company)
        .select_related("user", "placement__department")
        .prefetch_related("hms_roles__role")
        .order_by("user__last_name", "user__first_name", "user__email")
    )


def _context(company, requirement_form=None, **forms):
    roles = list(
        CompanyRole.objects.filter(company=company).prefetch_related(
            "requirements__course"
        )
    )
    courses = courses_for_choice(_language())
    for role in roles:
        bound = requirement_form is not None and requirement_form.role == role
        role.requirement_form = (
            requirement_form if bound else RequirementForm(courses=courses, role=role)
        )
    members = _members(company)
    departments = list(
        Department.objects.filter(company=company).prefetch_related("managers")
    )
    member_rows = []
    for member in members:
        placement = getattr(member, "placement", None)
        form = MemberRolesForm(
            company=company,
            membership=member,
            initial={
                "roles": [held.role for held in member.hms_roles.all()],
                "department": placement.department if placement else None,
            },
        )
        member_rows.append((member, form))
    context = {
        "company": company,
        "roles": roles,
        "kinds": CompanyRole.Kind,
        "departments": [
            (
                department,
                DepartmentManagersForm(
                    members=members,
                    department=department,
                    initial={
                        "managers": [str(u.pk) for u in department.managers.all()]
                    },
                ),
            )
            for department in departments
        ],
        "member_rows": member_rows,
        "role_form": RoleForm(),
        "department_form": DepartmentForm(),
        "csv_form": RolesCsvForm(),
        "csv_report": None,
    }
    context.update(forms)
    return context


def _page(request, company, status=200, **forms):
    return render(
        request, "payments/roles.html", _context(company, **forms), status=status
    )


def _back(company):
    return redirect("payments:company_roles", company.pk)


@require_safe
@login_required
def roles_page(request, company_id):
    return _page(request, _company_or_404(request, company_id))


@require_POST
@login_required
def roles_defaults(request, company_id):
    company = _company_or_404(request, company_id)
    created = role_services.roles_defaults_create(company=company, actor=request.user)
    messages.success(
        request,
        ngettext("%(count)s role added.", "%(count)s roles added.", len(created))
        % {"count": len(created)},
    )
    return _back(company)


@require_POST
@login_required
def role_add(request, company_id):
    company = _company_or_404(request, company_id)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            role = role_services.role_create(
                company=company, actor=request.user, **form.cleaned_data
            )
        except CompanyError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("The role %(name)s is added.") % {"name": role})
            return _back(company)
    return _page(request, company, status=400, role_form=form)


@require_POST
@login_required
def role_delete(request, company_id, role_id):
    company = _company_or_404(request, company_id)
    role = get_object_or_404(CompanyRole, pk=role_id, company=company)
    try:
        role_services.role_delete(role=role, actor=request.user)
    except CompanyError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The role %(name)s is deleted.") % {"name": role})
    return _back(company)


@require_POST
@login_required
def requirement_add(request, company_id, role_id):
    company = _company_or_404(request, company_id)
    role = get_object_or_404(CompanyRole, pk=role_id, company=company)
    form = RequirementForm(request.POST, language_code=_language(), role=role)
    if form.is_valid():
        try:
            role_services.requirement_add(
                role=role, actor=request.user, **form.cleaned_data
            )
        except CompanyError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(role)s now requires %(course)s.")
                % {"role": role, "course": form.cleaned_data["course"].title},
            )
            return _back(company)
    return _page(request, company, status=400, requirement_form=form)


@require_POST
@login_required
def requirement_remove(request, company_id, requirement_id):
    company = _company_or_404(request, company_id)
    requirement = get_object_or_404(
        RoleRequirement, pk=requirement_id, role__company=company
    )
    role_services.requirement_remove(requirement=requirement, actor=request.user)
    messages.success(request, _("The course is no longer required for this role."))
    return _back(company)


@require_POST
@login_required
def department_add(request, company_id):
    company = _company_or_404(request, company_id)
    form = DepartmentForm(request.POST)
    if form.is_valid():
        try:
            role_services.department_create(
                company=company, name=form.cleaned_data["name"], actor=request.user
            )
        except CompanyError as error:
            form.add_error("name", str(error))
        else:
            return _back(company)
    return _page(request, company, status=400, department_form=form)


@require_POST
@login_required
def department_managers(request, company_id, department_id):
    company = _company_or_404(request, company_id)
    department = get_object_or_404(Department, pk=department_id, company=company)
    form = DepartmentManagersForm(request.POST, members=_members(company))
    if form.is_valid():
        role_services.department_managers_set(
            department=department,
            user_ids=[int(pk) for pk in form.cleaned_data["managers"]],
            actor=request.user,
        )
        messages.success(
            request,
            _("The managers of %(department)s are saved.") % {"department": department},
        )
    else:
        messages.error(request, _("Choose managers among the company's members."))
    return _back(company)


@require_POST
@login_required
def member_roles(request, company_id, member_id):
    company = _company_or_404(request, company_id)
    membership = get_object_or_404(
        CompanyMember.objects.select_related("company", "user"),
        pk=member_id,
        company=company,
    )
    form = MemberRolesForm(request.POST, company=company, membership=membership)
    if not form.is_valid():
        messages.error(request, _("Choose among the company's roles and departments."))
        return _back(company)
    role_services.member_roles_set(
        membership=membership,
        roles=form.cleaned_data["roles"],
        department=form.cleaned_data["department"],
        actor=request.user,
    )
    messages.success(
        request,
        _("The roles of %(name)s are saved; their required training follows.")
        % {"name": membership.user.get_full_name() or membership.user.email},
    )
    return _back(company)


@require_POST
@login_required
def roles_csv_import(request, company_id):
    company = _company_or_404(request, company_id)
    form = RolesCsvForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, company, status=400, csv_form=form)
    report = roles_csv.roles_import_csv(
        company=company,
        content=form.cleaned_data["file"].read(),
        actor=request.user,
        language=_language(),
    )
    if not report.ok:
        return _page(request, company, status=400, csv_form=form, csv_report=report)
    messages.success(
        request,
        _(
            "Roles given to %(assigned)s members; %(invited)s people invited to join "
            "(they get their roles when they accept)."
        )
        % {"assigned": report.assigned, "invited": report.invited},
    )
    return _back(company)
