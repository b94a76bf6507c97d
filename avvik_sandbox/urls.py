from django.urls import path

import lms.converters  # noqa: F401  (registers <id:…>)

from . import views

app_name = "avvik_sandbox"

# /<lang>/sandbox/ itself and /<lang>/sandbox/<exercise>/ are Wagtail pages.
urlpatterns = [
    path("grading/", views.grading_queue, name="grading_queue"),
    path("grading/<id:pk>/", views.grading_detail, name="grading_detail"),
    path("submissions/<id:pk>/", views.submission_detail, name="submission"),
    path("mine/", views.my_submissions, name="mine"),
    path("autosave/<id:exercise_id>/", views.autosave, name="autosave"),
]
