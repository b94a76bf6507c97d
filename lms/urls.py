from django.urls import path

from .site import converters  # noqa: F401  (registers <id:…>)
from .views import certificates as certificate_views
from .views import learning as views
from .views import lesson, newsletter, personal_data, site

app_name = "lms"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("privacy/", site.legal_page, {"page": "privacy"}, name="privacy"),
    path("terms/", site.legal_page, {"page": "terms"}, name="terms"),
    path("contact/", site.legal_page, {"page": "contact"}, name="contact"),
    path("profile/", views.profile, name="profile"),
    path("profile/data/", personal_data.my_data, name="my_data"),
    path("profile/data/export/", personal_data.my_data_export, name="my_data_export"),
    path("profile/delete/", personal_data.my_account_delete, name="account_delete"),
    path("learn/<id:course_id>/enrol/", views.enrol, name="enrol"),
    path("learn/<id:course_id>/continue/", views.course_continue, name="continue"),
    path(
        "learn/lessons/<id:lesson_id>/visit/", lesson.lesson_visit, name="lesson_visit"
    ),
    path(
        "learn/lessons/<id:lesson_id>/complete/",
        lesson.lesson_complete,
        name="lesson_complete",
    ),
    path(
        "learn/lessons/<id:lesson_id>/quiz/<str:block_id>/",
        lesson.lesson_quiz,
        name="lesson_quiz",
    ),
    # Certificates and the hours statement.
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
        "learn/<id:enrolment_id>/refresher/",
        certificate_views.refresher_start,
        name="refresher_start",
    ),
    path("newsletter/", newsletter.newsletter_subscribe, name="newsletter_subscribe"),
    path(
        "newsletter/confirm/<str:token>/",
        newsletter.newsletter_confirm,
        name="newsletter_confirm",
    ),
    path(
        "newsletter/unsubscribe/<str:token>/",
        newsletter.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
]
