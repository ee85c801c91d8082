from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Semaine Nationale de la Qualité and quality days: calendars, registration, iCal."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from . import sync  # noqa: F401  (connects the publish handler)
