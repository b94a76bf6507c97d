from django.urls import path

import lms.converters  # noqa: F401  (registers <id:…>)

from .practice import views as practice
from .views import review, workspace

app_name = "avvik_sandbox"

# /<lang>/sandbox/ itself and /<lang>/sandbox/<exercise>/ are Wagtail pages.
urlpatterns = [
    path("grading/", review.grading_queue, name="grading_queue"),
    path("grading/<id:pk>/", review.grading_detail, name="grading_detail"),
    path("submissions/<id:pk>/", review.submission_detail, name="submission"),
    path("mine/", review.my_submissions, name="mine"),
    path("autosave/<id:exercise_id>/", workspace.autosave, name="autosave"),
    path("company/<slug:slug>/", practice.company_detail, name="practice_company"),
    path(
        "company/<slug:slug>/statistics/",
        practice.company_statistics,
        name="practice_statistics",
    ),
    path(
        "company/<slug:slug>/statistics/export/<str:fmt>/",
        practice.company_export,
        name="practice_export",
    ),
]
