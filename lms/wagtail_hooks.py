"""Wagtail admin for learner state.

--- Enrolments and audit log (foundation) ---
Staff enrol learners by hand (e.g. before payments, or for a complimentary place); the
create view goes through ``enrolment_create`` so the audit log records who did it.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from courses.models import CoursePage

from . import history_admin  # noqa: F401  (change history: hooks register on import)
from .models import AuditEvent, Enrolment, OutboxMessage, User
from .services import enrolment_create


class StaffEnrolmentForm(WagtailAdminModelForm):
    user = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("email"),
        label=_("Learner"),
    )
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.live().select_related("locale").order_by("path"),
        label=_("Course"),
    )

    class Meta:
        model = Enrolment
        fields = ["user", "course"]


class StaffEnrolmentCreateView(CreateView):
    def save_instance(self):
        return enrolment_create(
            user=self.form.cleaned_data["user"],
            course=self.form.cleaned_data["course"],
            source=Enrolment.Source.STAFF,
            actor=self.request.user,
        )


class RestrictedPolicy(ModelPermissionPolicy):
    """Model permissions minus the actions that must go through services.

    The audit log is evidence: read, never changed. Enrolments are created here (through
    the audited service) but never edited or deleted from the admin: changing the
    learner or course of an enrolment would move progress and certificates to someone
    else; withdrawals go through refunds and seat revocation, which record why.
    """

    def __init__(self, model, denied):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        if action in self.denied:
            return False
        return super().user_has_permission(user, action)


register_permission_policy(
    AuditEvent, RestrictedPolicy(AuditEvent, denied=("add", "change", "delete"))
)
register_permission_policy(
    Enrolment, RestrictedPolicy(Enrolment, denied=("change", "delete"))
)
# The outbox is the record of what was sent and what waits: read, never edited.
register_permission_policy(
    OutboxMessage,
    RestrictedPolicy(OutboxMessage, denied=("add", "change", "delete")),
)


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    add_view_class = StaffEnrolmentCreateView
    form_fields = ["user", "course"]
    list_display = ["user", "course", "source", "status", "enrolled_at", "completed_at"]
    list_filter = ["status", "source"]
    search_fields = ["user__email", "user__full_name"]
    list_export = [
        "user",
        "course",
        "source",
        "status",
        "enrolled_at",
        "completed_at",
        "hours_credited",
    ]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        if for_update:
            return super().get_form_class(for_update)
        return StaffEnrolmentForm


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    form_fields = ["action"]
    list_display = ["created_at", "actor", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type"]
    search_fields = ["action", "object_type", "object_id", "actor__email"]
    inspect_view_enabled = True
    add_to_admin_menu = False


class OutboxViewSet(ModelViewSet):
    """E-mails and jobs: what waits, what failed and why (operators look here after
    an outage; the worker delivers, nobody edits)."""

    model = OutboxMessage
    icon = "mail"
    menu_label = _("Outbox")
    form_fields = ["job"]
    list_display = ["created_at", "job", "status", "attempts", "next_attempt_at"]
    list_filter = ["status", "job"]
    search_fields = ["job", "key", "last_error"]
    inspect_view_enabled = True


class LearningGroup(ModelViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "group"
    menu_order = 250
    items = (
        EnrolmentViewSet("enrolments"),
        AuditEventViewSet("audit"),
        OutboxViewSet("outbox"),
    )


@hooks.register("register_admin_viewset")
def register_learning_viewsets():
    return LearningGroup()


# --- Certificates ---------------------------------------------------------------------------
# Read-only certificate records with a staff "revoke / re-issue with a reason" action;
# the views live in lms/certificates/admin.py.


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    from lms.certificates.admin import CertificateViewSet

    return CertificateViewSet("certificates")


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    """Page types marked ``cache_for_anonymous`` may be stored by the page cache."""
    request.page_cache_allowed = getattr(page, "cache_for_anonymous", False)
