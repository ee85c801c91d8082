"""Local development: DEBUG on, emails printed in the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.DEBUG if env.DEBUG else True
SECRET_KEY = env.SECRET_KEY or "django-insecure-dev-only-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env.ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Webhook receivers run on this machine.
JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
