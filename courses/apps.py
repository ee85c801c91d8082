from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """E-learning on ISO management standards (issue 5 builds it)."""

    name = "courses"
    verbose_name = _("E-learning")
