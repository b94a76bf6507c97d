from django.urls import path

from . import views

app_name = "lms"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("learn/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learn/<int:course_id>/continue/", views.course_continue, name="continue"),
]
