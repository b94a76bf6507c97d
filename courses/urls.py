from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("newsletter/", views.newsletter_subscribe, name="newsletter_subscribe"),
    path(
        "newsletter/confirm/<str:token>/",
        views.newsletter_confirm,
        name="newsletter_confirm",
    ),
    path(
        "newsletter/unsubscribe/<str:token>/",
        views.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
]
