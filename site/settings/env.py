"""Every environment variable the project reads, in one place.

The README's "Configuration" table lists the same variables; keep them in step.
"""

import os

from django.core.exceptions import ImproperlyConfigured


def _bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def _list(name, default):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def _int(name, default):
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from exc


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = _bool("DEBUG", False)
ALLOWED_HOSTS = _list("ALLOWED_HOSTS", [])
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = _int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Jawda <no-reply@jawda.ma>")
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", "")
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT", "")
STATIC_ROOT = os.environ.get("STATIC_ROOT", "")
SECURE_SSL_REDIRECT = _bool("SECURE_SSL_REDIRECT", True)
TRUSTED_PROXY_COUNT = _int("TRUSTED_PROXY_COUNT", 0)
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = _bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", False)
PREVIEW_URL = os.environ.get("PREVIEW_URL", "")
CORS_ALLOWED_ORIGINS = _list("CORS_ALLOWED_ORIGINS", [])
CORS_ALLOW_CREDENTIALS = _bool("CORS_ALLOW_CREDENTIALS", False)
