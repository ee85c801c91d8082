from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    """Quality prizes: prizes, editions and their référentiel (issue 6); applications and
    judging come next."""

    name = "awards"
    verbose_name = _("Quality prizes")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import sync  # noqa: F401  (connects the publish handler)
        from .groups import ensure_secretariat_group

        # After Django's own post_migrate handlers have created this app's permissions.
        post_migrate.connect(ensure_secretariat_group, sender=self)
