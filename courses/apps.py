from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """E-learning on ISO management standards (issue 5 builds it)."""

    name = "courses"
    verbose_name = _("E-learning")

    def ready(self):
        from django.db.models.signals import post_migrate

        from .groups import ensure_training_group

        # After Django's own post_migrate handlers have created this app's permissions.
        post_migrate.connect(ensure_training_group, sender=self)
