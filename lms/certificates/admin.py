"""Wagtail admin for certificates: read-only records, revoke or re-issue with a reason.

Staff with the "change certificate" permission (superusers) may revoke a certificate or
re-issue it (a new number; the old one is revoked as replaced). Both go through
``lms.certificates.services`` and land in the audit log; nothing else can be edited here.
"""

from django import forms
from django.contrib import messages as admin_messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.certificates import render as certificate_render
from lms.certificates import services as certificate_services
from lms.exceptions import CertificateError
from lms.models import Certificate


class CertificateActionForm(forms.Form):
    action = forms.ChoiceField(
        label=pgettext_lazy("certificate admin", "Action"),
        choices=[
            ("revoke", _("Revoke the certificate")),
            ("reissue", _("Re-issue with the learner's current name (new number)")),
        ],
        widget=forms.RadioSelect,
        initial="revoke",
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Kept in the audit log. Not shown on the public verification page."
        ),
    )


class CertificatePolicy(ModelPermissionPolicy):
    """Certificates are immutable records: no adding, editing or deleting in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Certificate, CertificatePolicy(Certificate))


def _can_revoke(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("lms.change_certificate")


class CertificateIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.revoked_at and _can_revoke(self.request.user):
            buttons.append(
                ListingButton(
                    _("Revoke or re-issue"),
                    url=reverse("certificates:revoke", args=[instance.pk]),
                    icon_name="warning",
                    priority=40,
                )
            )
        return buttons


def certificate_revoke_view(request, pk):
    if not _can_revoke(request.user):
        raise PermissionDenied
    certificate = get_object_or_404(Certificate, pk=pk)
    form = CertificateActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        try:
            if form.cleaned_data["action"] == "reissue":
                new = certificate_services.certificate_reissue(
                    certificate=certificate, actor=request.user, reason=reason
                )
                certificate_render.certificate_pdf_store(certificate=new)
                admin_messages.success(
                    request,
                    _("Certificate re-issued as %(number)s.") % {"number": new.number},
                )
            else:
                certificate_services.certificate_revoke(
                    certificate=certificate, actor=request.user, reason=reason
                )
                admin_messages.success(
                    request,
                    _("Certificate %(number)s is revoked.")
                    % {"number": certificate.number},
                )
        except CertificateError as error:
            form.add_error(None, str(error))
        else:
            return redirect("certificates:index")
    return TemplateResponse(
        request,
        "lms/admin/certificate_revoke.html",
        {"certificate": certificate, "form": form},
    )


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CertificateIndexView
    inspect_view_enabled = True
    form_fields = ["holder_name"]
    list_display = [
        "number",
        "holder_name",
        "course_title",
        "issued_at",
        "valid_until",
        "get_status_display",
    ]
    list_filter = ["reason", "language", "audience"]
    search_fields = ["number", "holder_name", "course_title", "user__email"]
    list_export = [
        "number",
        "holder_name",
        "course_title",
        "hours",
        "completed_at",
        "issued_at",
        "valid_until",
        "revoked_at",
        "revoked_reason",
    ]
    inspect_view_fields = [
        "number",
        "holder_name",
        "user",
        "course_title",
        "audience",
        "hours",
        "legal_basis",
        "completed_at",
        "issued_at",
        "valid_until",
        "reason",
        "replaces",
        "superseded_by",
        "revoked_at",
        "revoked_by",
        "revoked_reason",
        "pdf_sha256",
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("revoke/<int:pk>/", certificate_revoke_view, name="revoke")
        ]
