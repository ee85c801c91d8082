from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteesConfig(AppConfig):
    """Regional quality committees, UMAQ thematic commissions and their roadmaps."""

    name = "jawda.committees"
    label = "committees"
    verbose_name = _("Committees and commissions")
    default_auto_field = "django.db.models.BigAutoField"
