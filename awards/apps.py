from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    """Quality prizes: prizes, editions and their référentiel, applications (issue 6); judging
    (issue 7)."""

    name = "awards"
    verbose_name = _("Quality prizes")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import sync  # noqa: F401  (connects the publish handler)
        from .groups import ensure_judges_group, ensure_secretariat_group

        # After Django's own post_migrate handlers have created this app's permissions.
        post_migrate.connect(ensure_secretariat_group, sender=self)
        post_migrate.connect(ensure_judges_group, sender=self)
