from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security)
def private_media_is_not_public(app_configs, **kwargs):
    """Private files must not sit where the web server serves media or static files."""
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    errors = []
    for setting in ("MEDIA_ROOT", "STATIC_ROOT"):
        public = getattr(settings, setting, None)
        if public and private.is_relative_to(Path(public).resolve()):
            errors.append(
                Error(
                    f"PRIVATE_MEDIA_ROOT ({private}) is inside {setting} ({public}).",
                    hint="Private uploads would be publicly served; move PRIVATE_MEDIA_ROOT.",
                    id="security.E001",
                )
            )
    return errors
