from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AvvikSandboxConfig(AppConfig):
    name = "avvik_sandbox"
    verbose_name = _("Deviation sandbox")
    default_auto_field = "django.db.models.BigAutoField"
