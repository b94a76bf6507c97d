"""Wagtail admin tools beyond the model listings: bulk codes, usage report, refunds."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import messages

from payments.services import codes as code_services
from payments.services import fulfilment

from . import selectors
from .exceptions import PaymentError
from .forms import CodeBatchForm, RefundForm
from .models import CodeBatch, DiscountCode, Order


def _require(request, perm: str) -> None:
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _admin_page(request, template, title, context):
    return TemplateResponse(
        request,
        template,
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "tag",
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": "", "label": title},
            ],
            **context,
        },
    )


def code_batch_generate(request):
    _require(request, "payments.add_discountcode")
    form = CodeBatchForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        batch = code_services.code_batch_generate(
            name=data["name"],
            count=data["count"],
            prefix=data.get("prefix", ""),
            actor=request.user,
            template=form.template_code(),
            courses=data.get("courses") or (),
        )
        messages.success(
            request,
            ngettext(
                "%(count)s code was generated.",
                "%(count)s codes were generated.",
                batch.count,
            )
            % {"count": batch.count},
        )
        return redirect("payments_admin:code_batch", batch.pk)
    return _admin_page(
        request,
        "payments/admin/code_batch_form.html",
        _("Generate single-use codes"),
        {"form": form},
    )


def code_batch_detail(request, batch_id):
    _require(request, "payments.view_discountcode")
    batch = get_object_or_404(CodeBatch, pk=batch_id)
    return _admin_page(
        request,
        "payments/admin/code_batch_detail.html",
        batch.name,
        {"batch": batch, "codes": batch.codes.order_by("code")[:200]},
    )


def code_batch_csv(request, batch_id):
    _require(request, "payments.view_discountcode")
    batch = get_object_or_404(CodeBatch, pk=batch_id)
    response = HttpResponse(
        code_services.code_batch_csv(batch=batch),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="codes-{batch.pk}.csv"'
    return response


def code_usage(request, code_id):
    _require(request, "payments.view_discountcode")
    code = get_object_or_404(DiscountCode, pk=code_id)
    return _admin_page(
        request,
        "payments/admin/code_usage.html",
        _("Usage of %(code)s") % {"code": code.code},
        {"usage": selectors.code_usage(code=code)},
    )


def order_refund(request, order_id):
    _require(request, "payments.change_order")
    order = get_object_or_404(Order, pk=order_id)
    form = RefundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            fulfilment.order_refund(
                order=order, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except PaymentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Order %(number)s is refunded and access is withdrawn.")
                % {"number": order.number},
            )
            return redirect("payments_orders:index")
    return _admin_page(
        request,
        "payments/admin/order_refund.html",
        _("Refund order %(number)s") % {"number": order.number},
        {
            "order": order,
            "form": form,
            "lines": list(order.lines.all()),
            "vat_rows": selectors.vat_breakdown(order=order),
        },
    )
