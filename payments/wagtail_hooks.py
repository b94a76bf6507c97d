"""Wagtail admin: codes, orders, companies, seats (search + filters) and payment tools."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from lms.history_admin import HistoryIndexView
from lms.templatetags.site_tags import kroner

from . import admin_views
from .admin_companies import (
    CompanyMemberViewSet,
    CompanyViewSet,
    SeatInvitationViewSet,
    SeatViewSet,
)
from .admin_invoices import (
    InvoiceViewSet,
    invoice_approve,
    invoice_decline,
    invoice_detail,
    invoice_paid,
)
from .forms import CoursePassAdminForm, DiscountCodeAdminForm
from .models import (
    CodeBatch,
    CoursePass,
    DiscountCode,
    Invoice,
    Order,
    Seat,
    SeatInvitation,
    WebhookEvent,
)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Listed and inspected in the admin, but changed only through the services.

    Orders, seats and webhook events carry money and access; editing their rows by
    hand would bypass locking, audit and Stripe.
    """

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return user.is_active and (
            user.is_superuser
            or user.has_perm(self._get_permission_name("view"))
            or user.has_perm(self._get_permission_name("change"))
        )


class AmountColumn(Column):
    def get_value(self, instance):
        return kroner(super().get_value(instance))


for _model in (CodeBatch, Order, WebhookEvent, Seat, SeatInvitation, Invoice):
    register_permission_policy(_model, ReadOnlyPermissionPolicy(_model))


# --- Codes ----------------------------------------------------------------------------


class CodeIndexView(HistoryIndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm("payments.add_discountcode"):
            buttons.append(
                HeaderButton(
                    _("Generate single-use codes"),
                    url=reverse("payments_admin:code_batch_generate"),
                    icon_name="plus",
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        buttons.append(
            ListingButton(
                _("Usage report"),
                url=reverse("payments_admin:code_usage", args=[instance.pk]),
                icon_name="list-ul",
                priority=5,
            )
        )
        return buttons


class DiscountCodeViewSet(ModelViewSet):
    model = DiscountCode
    name = "payments_codes"
    url_prefix = "payments/codes"
    menu_label = _("Discount codes")
    icon = "tag"
    index_view_class = CodeIndexView
    list_display = [
        "code",
        "description",
        Column("label", label=_("Discount"), accessor="label"),
        "scope",
        "valid_until",
        "active",
    ]
    list_filter = ["active", "kind", "scope", "batch"]
    search_fields = ["code", "description"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("active")]),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldRowPanel([FieldPanel("percent"), FieldPanel("amount_kr")]),
                ],
                heading=_("Discount"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("scope"),
                    FieldPanel("courses"),
                    FieldPanel("include_translations"),
                    FieldPanel("audience"),
                ],
                heading=_("Valid for"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("valid_from"), FieldPanel("valid_until")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("max_uses"), FieldPanel("max_uses_per_user")]
                    ),
                ],
                heading=_("Limits"),
            ),
        ],
        base_form_class=DiscountCodeAdminForm,
    )


class CodeBatchIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Codes and CSV"),
                url=reverse("payments_admin:code_batch", args=[instance.pk]),
                icon_name="download",
                priority=5,
            )
        ]


class CodeBatchViewSet(ModelViewSet):
    model = CodeBatch
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_code_batches"
    url_prefix = "payments/code-batches"
    menu_label = _("Code batches")
    icon = "list-ul"
    index_view_class = CodeBatchIndexView
    list_display = ["name", "count", "prefix", "created_at", "created_by"]
    list_filter = ["created_at"]
    search_fields = ["name", "prefix"]
    search_backend_name = None
    copy_view_enabled = False
    # Never editable (see ReadOnlyPermissionPolicy); the form only has to exist.
    exclude_form_fields: list[str] = []


# --- Orders ---------------------------------------------------------------------------


class OrderIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if (
            instance.status == Order.Status.PAID
            and instance.gateway != Order.Gateway.INVOICE
            and self.request.user.has_perm("payments.change_order")
        ):
            buttons.append(
                ListingButton(
                    _("Refund"),
                    url=reverse("payments_admin:order_refund", args=[instance.pk]),
                    icon_name="undo",
                    priority=5,
                )
            )
        return buttons


class OrderViewSet(ModelViewSet):
    model = Order
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_orders"
    url_prefix = "payments/orders"
    menu_label = _("Orders")
    icon = "form"
    index_view_class = OrderIndexView
    list_display = [
        "__str__",
        "buyer_email",
        "company_name",
        AmountColumn("total_ore", label=_("Total incl. VAT")),
        "status",
        "gateway",
        "created_at",
    ]
    list_filter = ["status", "gateway", "company", "created_at"]
    search_fields = [
        "buyer_email",
        "buyer_name",
        "company_name",
        "org_nr",
        "invoice_reference",
        "payment_reference",
        "stripe_session_id",
        "code__code",
    ]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "public_id",
        "status",
        "gateway",
        "user",
        "buyer_email",
        "company",
        "org_nr",
        "invoice_reference",
        "code",
        "subtotal_ore",
        "discount_ore",
        "total_ore",
        "vat_ore",
        "payment_reference",
        "stripe_session_id",
        "refund_reference",
        "created_at",
        "paid_at",
        "refunded_at",
        "receipt_sent_at",
    ]
    copy_view_enabled = False
    # Never editable (see ReadOnlyPermissionPolicy); the form only has to exist.
    exclude_form_fields: list[str] = []


class WebhookEventViewSet(ModelViewSet):
    model = WebhookEvent
    # Rows that change with every payment: no admin "usage" index to keep up.
    add_to_reference_index = False
    name = "payments_webhook_events"
    url_prefix = "payments/stripe-events"
    menu_label = _("Stripe events")
    icon = "code"
    list_display = ["event_id", "type", "outcome", "order", "attempts", "received_at"]
    list_filter = ["outcome", "type", "received_at"]
    search_fields = ["event_id", "type", "detail"]
    search_backend_name = None
    inspect_view_enabled = True
    copy_view_enabled = False
    # Never editable (see ReadOnlyPermissionPolicy); the form only has to exist.
    exclude_form_fields: list[str] = []


class CoursePassViewSet(ModelViewSet):
    model = CoursePass
    index_view_class = HistoryIndexView
    name = "payments_passes"
    url_prefix = "payments/passes"
    menu_label = _("All-courses passes")
    icon = "pick"
    list_display = [
        "name",
        AmountColumn("price_ore", label=_("Price per seat")),
        "vat_rate",
        "active",
    ]
    list_filter = ["active"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("description"),
            FieldRowPanel([FieldPanel("price_kr"), FieldPanel("vat_rate")]),
            FieldPanel("active"),
        ],
        base_form_class=CoursePassAdminForm,
    )


class PaymentsGroup(ModelViewSetGroup):
    menu_label = _("Payments")
    menu_icon = "tag"
    menu_order = 250
    items = (
        DiscountCodeViewSet,
        CodeBatchViewSet,
        OrderViewSet,
        InvoiceViewSet,
        CompanyViewSet,
        CompanyMemberViewSet,
        SeatViewSet,
        SeatInvitationViewSet,
        CoursePassViewSet,
        WebhookEventViewSet,
    )


@hooks.register("register_admin_viewset")
def register_payments_viewsets():
    return PaymentsGroup()


admin_urlpatterns = [
    path(
        "codes/generate/",
        admin_views.code_batch_generate,
        name="code_batch_generate",
    ),
    path(
        "codes/batches/<int:batch_id>/",
        admin_views.code_batch_detail,
        name="code_batch",
    ),
    path(
        "codes/batches/<int:batch_id>/codes.csv",
        admin_views.code_batch_csv,
        name="code_batch_csv",
    ),
    path("codes/<int:code_id>/usage/", admin_views.code_usage, name="code_usage"),
    path(
        "orders/<int:order_id>/refund/", admin_views.order_refund, name="order_refund"
    ),
    path("invoices/<int:invoice_id>/", invoice_detail, name="invoice"),
    path("invoices/<int:invoice_id>/approve/", invoice_approve, name="invoice_approve"),
    path("invoices/<int:invoice_id>/decline/", invoice_decline, name="invoice_decline"),
    path("invoices/<int:invoice_id>/paid/", invoice_paid, name="invoice_paid"),
]


@hooks.register("register_admin_urls")
def register_payments_admin_urls():
    return [
        path(
            "payments/tools/",
            include((admin_urlpatterns, "payments_admin"), namespace="payments_admin"),
        )
    ]
