from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    """Quality prizes: editions, applications, judging (issues 6 and 7 build it)."""

    name = "awards"
    verbose_name = _("Quality prizes")
