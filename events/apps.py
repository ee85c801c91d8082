from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Semaine Nationale de la Qualité and quality days (issue 4 builds it)."""

    name = "events"
    verbose_name = _("Events")
