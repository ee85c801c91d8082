from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JawdaConfig(AppConfig):
    name = "jawda"
    label = "jawda"
    verbose_name = _("Jawda site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
