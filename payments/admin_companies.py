"""Wagtail admin: companies, their members, seats and invitations (search + filters).

Registered by ``wagtail_hooks`` in the payments menu group."""

from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from lms.history_admin import HistoryIndexView

from .models import (
    Company,
    CompanyMember,
    Seat,
    SeatInvitation,
)

# --- Companies and seats -----------------------------------------------------------------


class CompanyDeleteView(generic.DeleteView):
    """A company with orders stays: the orders are accounting records (5 years)."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _(
                    "This company has orders, which are kept as accounting records, "
                    "so it cannot be deleted."
                ),
            )
            return redirect(reverse(self.index_url_name))


class CompanyViewSet(ModelViewSet):
    model = Company
    index_view_class = HistoryIndexView
    delete_view_class = CompanyDeleteView
    name = "payments_companies"
    url_prefix = "payments/companies"
    menu_label = _("Companies")
    icon = "group"
    list_display = [
        "name",
        "org_nr",
        "billing_email",
        "invoice_reference",
        "created_at",
    ]
    list_filter = ["created_at"]
    search_fields = ["name", "org_nr", "billing_email", "invoice_reference"]
    search_backend_name = None
    form_fields = ["name", "org_nr", "billing_email", "invoice_reference"]
    inspect_view_enabled = True
    copy_view_enabled = False


class CompanyMemberViewSet(ModelViewSet):
    model = CompanyMember
    index_view_class = HistoryIndexView
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_company_members"
    url_prefix = "payments/company-members"
    menu_label = _("Company members")
    icon = "user"
    list_display = ["user", "company", "role", "created_at"]
    list_filter = ["role", "company"]
    search_fields = ["user__email", "user__full_name", "company__name"]
    search_backend_name = None
    form_fields = ["company", "user", "role"]
    copy_view_enabled = False


class SeatViewSet(ModelViewSet):
    model = Seat
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_seats"
    url_prefix = "payments/seats"
    menu_label = _("Seats")
    icon = "user"
    list_display = [
        "id",
        "company",
        Column("product_name", label=_("Course or pass"), accessor="product_name"),
        "status",
        "holder",
        "used_at",
    ]
    list_filter = ["status", "company", "course_pass"]
    search_fields = ["company__name", "company__org_nr", "holder__email"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    # Never editable (see ReadOnlyPermissionPolicy); the form only has to exist.
    exclude_form_fields: list[str] = []


class SeatInvitationViewSet(ModelViewSet):
    model = SeatInvitation
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_invitations"
    url_prefix = "payments/invitations"
    menu_label = _("Seat invitations")
    icon = "mail"
    list_display = ["email", "company", "status", "created_at", "accepted_at"]
    list_filter = ["status", "company", "created_at"]
    search_fields = ["email", "name", "company__name"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    # Never editable (see ReadOnlyPermissionPolicy); the form only has to exist.
    exclude_form_fields: list[str] = []
