from django.urls import path

from . import certificate_views, compliance_views, views

app_name = "lms"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("learn/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learn/<int:course_id>/continue/", views.course_continue, name="continue"),
    # Certificates, hours statement and the company compliance view (issue #5).
    path("verify/", certificate_views.certificate_verify_lookup, name="verify_lookup"),
    path(
        "verify/<str:number>/",
        certificate_views.certificate_verify,
        name="certificate_verify",
    ),
    path("certificates/", certificate_views.certificate_list, name="certificate_list"),
    path(
        "certificates/hours/",
        certificate_views.hours_statement,
        name="hours_statement",
    ),
    path(
        "certificates/<str:number>/pdf/",
        certificate_views.certificate_download,
        name="certificate_download",
    ),
    path(
        "learn/<int:enrolment_id>/refresher/",
        certificate_views.refresher_start,
        name="refresher_start",
    ),
    path(
        "company/compliance/",
        compliance_views.compliance_overview,
        name="compliance",
    ),
    path(
        "company/compliance/export.<str:fmt>",
        compliance_views.compliance_export,
        name="compliance_export",
    ),
    path(
        "company/compliance/evidence-pack/",
        compliance_views.evidence_pack_start,
        name="evidence_pack_start",
    ),
    path(
        "company/compliance/evidence-pack/<int:job_id>/",
        compliance_views.evidence_pack,
        name="evidence_pack",
    ),
    path(
        "company/compliance/evidence-pack/<int:job_id>/download/",
        compliance_views.evidence_pack_download,
        name="evidence_pack_download",
    ),
]
