"""Payments pages under the language prefix (/nb/orders/…, /nb/company/…)."""

from django.urls import path

import lms.site.converters  # noqa: F401  (registers <id:…>)

from .views import (
    agreements,
    checkout,
    company,
    compliance,
    digest,
    hours,
    invoices,
    membership,
    roles,
    training,
)

app_name = "payments"

urlpatterns = [
    path("checkout/course/<id:course_id>/", checkout.buy_course, name="buy_course"),
    path("checkout/test/<uuid:public_id>/", checkout.dev_gateway, name="dev_gateway"),
    path(
        "checkout/test/<uuid:public_id>/pay/",
        checkout.dev_gateway_pay,
        name="dev_gateway_pay",
    ),
    path("orders/", checkout.order_list, name="order_list"),
    path("orders/<uuid:public_id>/", checkout.order_detail, name="order_detail"),
    path("orders/<uuid:public_id>/code/", checkout.order_code, name="order_code"),
    path(
        "orders/<uuid:public_id>/code/remove/",
        checkout.order_code_remove,
        name="order_code_remove",
    ),
    path("orders/<uuid:public_id>/pay/", checkout.order_pay, name="order_pay"),
    path("orders/<uuid:public_id>/cancel/", checkout.order_cancel, name="order_cancel"),
    path(
        "orders/<uuid:public_id>/success/",
        checkout.checkout_success,
        name="checkout_success",
    ),
    path("orders/<uuid:public_id>/done/", checkout.order_done, name="order_done"),
    path("company/", company.company_home, name="company_home"),
    path("company/<id:company_id>/", company.company_detail, name="company_detail"),
    path("company/<id:company_id>/buy/", company.company_buy, name="company_buy"),
    path("company/<id:company_id>/edit/", company.company_edit, name="company_edit"),
    path(
        "company/<id:company_id>/buy/invoice/",
        invoices.company_buy_invoice,
        name="company_buy_invoice",
    ),
    path(
        "company/<id:company_id>/invoices/<id:invoice_id>/pdf/",
        invoices.invoice_download,
        name="invoice_download",
    ),
    path(
        "company/<id:company_id>/invoices/<id:invoice_id>/ehf.xml",
        invoices.invoice_ehf,
        name="invoice_ehf",
    ),
    path(
        "company/<id:company_id>/invite/",
        company.company_invite,
        name="company_invite",
    ),
    path(
        "company/<id:company_id>/invite/csv/",
        company.company_invite_csv,
        name="company_invite_csv",
    ),
    path(
        "company/<id:company_id>/assign/",
        company.company_assign,
        name="company_assign",
    ),
    path(
        "company/<id:company_id>/invitations/<id:invitation_id>/revoke/",
        company.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "company/<id:company_id>/invitations/<id:invitation_id>/reassign/",
        company.invitation_reassign,
        name="invitation_reassign",
    ),
    path("invite/<str:token>/", company.invitation, name="invitation"),
    # Membership by consent: the invitation a person answers, and what they share.
    path(
        "company/<id:company_id>/members/invite/",
        membership.member_invite,
        name="member_invite",
    ),
    path(
        "company/<id:company_id>/members/invitations/<id:invitation_id>/revoke/",
        membership.member_invitation_revoke,
        name="member_invitation_revoke",
    ),
    path("company/join/<str:token>/", membership.join, name="join"),
    path(
        "company/join/<str:token>/accept/", membership.join_accept, name="join_accept"
    ),
    path(
        "company/join/<str:token>/decline/",
        membership.join_decline,
        name="join_decline",
    ),
    path("company/memberships/", membership.my_companies, name="my_companies"),
    path(
        "company/memberships/<id:company_id>/share/",
        membership.record_share,
        name="record_share",
    ),
    path(
        "company/memberships/<id:company_id>/unshare/",
        membership.record_unshare,
        name="record_unshare",
    ),
    path(
        "company/memberships/<id:company_id>/leave/",
        membership.company_leave,
        name="company_leave",
    ),
    # Roles and required training: what each role must take, and who is due.
    path("company/<id:company_id>/roles/", roles.roles_page, name="company_roles"),
    path(
        "company/<id:company_id>/roles/usual/",
        roles.roles_defaults,
        name="roles_defaults",
    ),
    path("company/<id:company_id>/roles/add/", roles.role_add, name="role_add"),
    path(
        "company/<id:company_id>/roles/<id:role_id>/delete/",
        roles.role_delete,
        name="role_delete",
    ),
    path(
        "company/<id:company_id>/roles/<id:role_id>/requirements/add/",
        roles.requirement_add,
        name="requirement_add",
    ),
    path(
        "company/<id:company_id>/roles/requirements/<id:requirement_id>/remove/",
        roles.requirement_remove,
        name="requirement_remove",
    ),
    path(
        "company/<id:company_id>/roles/csv/",
        roles.roles_csv_import,
        name="roles_csv_import",
    ),
    path(
        "company/<id:company_id>/departments/add/",
        roles.department_add,
        name="department_add",
    ),
    path(
        "company/<id:company_id>/departments/<id:department_id>/managers/",
        roles.department_managers,
        name="department_managers",
    ),
    path(
        "company/<id:company_id>/members/<id:member_id>/roles/",
        roles.member_roles,
        name="member_roles",
    ),
    path(
        "company/<id:company_id>/training/",
        training.training_overview,
        name="company_training",
    ),
    path(
        "company/<id:company_id>/training/remind/<id:member_id>/",
        training.training_remind,
        name="training_remind",
    ),
    path(
        "company/<id:company_id>/training/remind-overdue/",
        training.training_remind_overdue,
        name="training_remind_overdue",
    ),
    path(
        "company/<id:company_id>/training/seats/",
        training.training_seats_fill,
        name="training_seats_fill",
    ),
    # The 40-hour ledger and agreements on a shorter programme (FOLM § 3-19).
    path("company/<id:company_id>/hours/", hours.hours_overview, name="company_hours"),
    path(
        "company/<id:company_id>/hours/<id:member_id>/external/",
        hours.external_hours_add,
        name="external_hours_add",
    ),
    path(
        "company/<id:company_id>/hours/external/<id:entry_id>/remove/",
        hours.external_hours_remove,
        name="external_hours_remove",
    ),
    path(
        "company/<id:company_id>/hours/external/<id:entry_id>/document/",
        hours.external_hours_document,
        name="external_hours_document",
    ),
    path(
        "company/<id:company_id>/hours/<id:member_id>/agreement/",
        hours.agreement_propose,
        name="agreement_propose",
    ),
    path(
        "company/<id:company_id>/hours/agreements/<id:agreement_id>/withdraw/",
        hours.agreement_withdraw,
        name="agreement_withdraw",
    ),
    path(
        "company/<id:company_id>/hours/agreements/<id:agreement_id>/pdf/",
        hours.agreement_download,
        name="agreement_download",
    ),
    path(
        "company/memberships/<id:company_id>/agreements/<id:agreement_id>/sign/",
        agreements.my_agreement_sign,
        name="my_agreement_sign",
    ),
    path(
        "company/memberships/<id:company_id>/agreements/<id:agreement_id>/withdraw/",
        agreements.my_agreement_withdraw,
        name="my_agreement_withdraw",
    ),
    path(
        "company/memberships/<id:company_id>/agreements/<id:agreement_id>/pdf/",
        agreements.my_agreement_pdf,
        name="my_agreement_pdf",
    ),
    # "HMS i små doser", the leaders' digest: the archive and one-click unsubscribe.
    path("digest/", digest.digest_archive, name="digest_archive"),
    path(
        "digest/unsubscribe/<str:token>/",
        digest.digest_unsubscribe,
        name="digest_unsubscribe",
    ),
    # The compliance view: certificates and training status of a company's people.
    path("company/compliance/", compliance.compliance_overview, name="compliance"),
    path(
        "company/compliance/export.<str:fmt>",
        compliance.compliance_export,
        name="compliance_export",
    ),
    path(
        "company/compliance/evidence-pack/",
        compliance.evidence_pack_start,
        name="evidence_pack_start",
    ),
    path(
        "company/compliance/evidence-pack/<id:job_id>/",
        compliance.evidence_pack,
        name="evidence_pack",
    ),
    path(
        "company/compliance/evidence-pack/<id:job_id>/download/",
        compliance.evidence_pack_download,
        name="evidence_pack_download",
    ),
]
