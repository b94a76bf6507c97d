from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import CatalogPage, HomePage
        from .page_hooks import page_context_register
        from .views import catalogue_context, home_context

        page_context_register(HomePage, home_context)
        page_context_register(CatalogPage, catalogue_context)
