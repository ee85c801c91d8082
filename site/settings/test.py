"""The test suite: fast hashing, emails kept in memory, plain static files."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "tests-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
# Each test starts with an empty cache (see tests/conftest.py); Redis only when asked for.
if not env.REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Static files straight from the source folders, as in development (no collectstatic).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Webhook receivers run on this machine.
JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
# Tests with serialized_rollback restore what `migrate` wrote, row by row. The audit log is
# append-only (a trigger on PostgreSQL refuses the UPDATE a restore would do) and its
# migrate-time events (the groups' permissions) are nothing a test needs back.
TEST_NON_SERIALIZED_APPS = ["jawda.security"]
