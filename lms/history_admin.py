"""Change history in the Wagtail admin: before and after, who and when.

Prices (course passes; course pages keep Wagtail's own revisions), discount and
licence codes, companies, company roles, staff roles of users and instructor
assignments keep a django-simple-history record of every change. Superusers read it at
``/admin/change-history/<app>/<model>/<id>/``, linked from each listing.
"""

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import ListingButton

# The models whose history may be shown here (app label, model name).
TRACKED = {
    ("payments", "discountcode"),
    ("payments", "coursepass"),
    ("payments", "company"),
    ("payments", "companymember"),
    ("lms", "user"),
    ("avvik_sandbox", "instructorassignment"),
}
HIDDEN_FIELDS = {"history_id", "history_date", "history_user", "history_type"}


def history_url(obj) -> str:
    meta = obj._meta
    return reverse("lms_change_history", args=[meta.app_label, meta.model_name, obj.pk])


def history_button(obj) -> ListingButton:
    return ListingButton(_("Change history"), url=history_url(obj), priority=90)


class HistoryIndexView(generic.IndexView):
    """A listing whose rows link to their change history (for superusers)."""

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if self.request.user.is_superuser:
            buttons.append(history_button(instance))
        return buttons


def _changes(record) -> list[dict]:
    previous = record.prev_record
    if previous is None:
        tracked = {f.attname for f in record._meta.concrete_fields}
        return [
            {"field": f.verbose_name, "old": "", "new": getattr(record, f.attname)}
            for f in record.instance_type._meta.concrete_fields
            if f.attname in tracked and f.name not in HIDDEN_FIELDS
        ]
    delta = record.diff_against(previous)
    model = record.instance_type
    rows = []
    for change in delta.changes:
        try:
            label = model._meta.get_field(change.field).verbose_name
        except FieldDoesNotExist:  # an m2m through-table field (e.g. groups)
            label = change.field
        rows.append({"field": label, "old": change.old, "new": change.new})
    return rows


@require_safe
def change_history(request, app_label: str, model_name: str, pk: int):
    if not request.user.is_superuser:
        raise PermissionDenied
    if (app_label, model_name) not in TRACKED:
        raise Http404
    model = apps.get_model(app_label, model_name)
    records = (
        model.history.filter(**{model._meta.pk.attname: pk})
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:200]
    )
    if not records:
        raise Http404
    kinds = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}
    entries = [
        {
            "when": record.history_date,
            "who": record.history_user,
            "kind": kinds.get(record.history_type, record.history_type),
            "changes": _changes(record),
        }
        for record in records
    ]
    return TemplateResponse(
        request,
        "lms/admin/change_history.html",
        {
            "title": _("Change history"),
            "subject": str(records[0].instance),
            "model_name": model._meta.verbose_name,
            "entries": entries,
        },
    )


@hooks.register("register_admin_urls")
def _urls():
    return [
        path(
            "change-history/<slug:app_label>/<slug:model_name>/<int:pk>/",
            change_history,
            name="lms_change_history",
        )
    ]


@hooks.register("register_user_listing_buttons")
def _user_button(user, request_user):
    if request_user.is_superuser:
        yield history_button(user)
