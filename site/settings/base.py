"""Settings shared by every environment; dev, test and production refine them."""

import zoneinfo
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

from django.utils.translation import gettext_lazy as _

from . import env

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Video players that StreamField embeds may frame.
EMBED_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env.SECRET_KEY
DEBUG = env.DEBUG
ALLOWED_HOSTS = env.ALLOWED_HOSTS

INSTALLED_APPS = [
    # First: a database serialized and restored in app order (tests' serialized_rollback)
    # gets its content types back before any row whose signals look them up.
    "django.contrib.contenttypes",
    "jawda",
    "jawda.security",
    "jawda.committees",
    "jawda.webhooks",
    "jawda.headless",
    "courses",
    "events",
    "awards",
    "wagtail_localize",
    # The queue a deployment's task worker reads (TASKS_BACKEND, docs/deployment.md).
    "django_tasks_db",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "csp",
    "import_export",
    "ninja",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "jawda.middleware.RequestIdMiddleware",
    # Before anything that may answer, so that an API error also carries the CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "jawda.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "jawda.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "jawda.middleware.ApiWriteRateLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "jawda.middleware.AdminAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "jawda.middleware.SessionLifetimeMiddleware",
    "jawda.middleware.RequireMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "jawda.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "jawda.wsgi.application"

# SQLite file by default; PostgreSQL (or any dj-database-url URL) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env.DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0 if not env.DATABASE_URL else 60,
        conn_health_checks=bool(env.DATABASE_URL),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.REDIS_URL,
            "KEY_PREFIX": "jawda",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "jawda.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_profile"

# django-allauth: email is the identifier; it must be verified before the first login.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Jawda] "
# allauth's defaults, written out so that they are visible; they count in the cache.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    # The site's own forms that write data (jawda.views), counted the same way.
    "profile_save": "20/m/user",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    # Anonymous event registrations send an email each: per IP, and per address registered.
    "event_registration": "10/m/ip,20/h/key",
    # A training manager's invitations (one, a CSV of staff, a resend) send emails too.
    "organisation_invite": "20/m/user,500/d/user",
    "api_token_create": "10/h/user",
    # Prize applications: submitting renders a PDF and sends an email; uploads write files.
    "prize_application_submit": "10/m/user",
    "prize_application_upload": "30/m/user,300/d/user",
    # Writes to the API (jawda.middleware.ApiWriteRateLimitMiddleware): per client IP, and per
    # personal token when the request carries one.
    "api_write": "120/m/ip",
    "api_write_token": "60/m/key,2000/d/key",
    "prize_application_message": "10/m/user,100/d/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Staff and admin users (the prize secretariat among them) always need a second factor; so do
# these groups.
JAWDA_MFA_REQUIRED_GROUPS = [
    "Editors",
    "Moderators",
    "Training administrators",
    "Prize judges",
]
USERSESSIONS_TRACK_ACTIVITY = True
# Client IP for rate limits and the audit log: REMOTE_ADDR unless the deployment says how many
# reverse proxies in front of the site append to X-Forwarded-For (never trusted by default).
ALLAUTH_TRUSTED_PROXY_COUNT = env.TRUSTED_PROXY_COUNT

# Sessions: one hour without a request ends the session (the expiry is renewed on each
# request); twelve hours after login it ends however active it has been.
SESSION_COOKIE_AGE = 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
JAWDA_SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): no inline script or style on the site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Where a vendored interface cannot live with the strict policy (see jawda.middleware).
CONTENT_SECURITY_POLICY_OVERRIDES = {
    # Wagtail 8's admin still uses inline scripts and styles and eval() in its choosers, and
    # its preview shows the page in a frame of the admin itself.
    "/admin/": {
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "frame-ancestors": [SELF],
    },
    # ReDoc writes its styles at run time and renders in a web worker.
    "/api/docs/": {
        "style-src": [SELF, UNSAFE_INLINE],
        "worker-src": [SELF, "blob:"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Internationalisation: French first, Arabic right-to-left. Wagtail content uses the same
# two languages, each with its URL prefix (/fr/, /ar/).
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("ar", _("Arabic"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Africa/Casablanca"
# Morocco's legal time is read from the `tzdata` package, never from the operating system's
# zone files, which lag behind: Morocco changed its legal time in 2026 (docs/architecture.md).
zoneinfo.reset_tzpath(to=[])
# The admin shows and takes times in Morocco time, whatever an editor's own preference.
WAGTAIL_USER_TIME_ZONES = ["Africa/Casablanca"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("ar", "العربية"), ("en", "English")]
# Babel (CLDR) locales used to write dates for the reader; ar-MA gives Moroccan month
# names and Latin digits.
JAWDA_DATE_LOCALES = {"fr": "fr_MA", "ar": "ar_MA"}

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.STATIC_ROOT) if env.STATIC_ROOT else BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.MEDIA_ROOT) if env.MEDIA_ROOT else BASE_DIR / "var" / "media"
MEDIA_URL = "/media/"
# Members' private uploads (jawda.security): outside MEDIA_ROOT, so never served by the web
# server; only the download view reads them, after a permission check.
PRIVATE_MEDIA_ROOT = (
    Path(env.PRIVATE_MEDIA_ROOT) if env.PRIVATE_MEDIA_ROOT else BASE_DIR / "var" / "private"
)
# Callable(path) -> "clean" | "infected"; a file is downloadable only once "clean". The
# default passes every file, until an antivirus (e.g. ClamAV) is plugged in here.
JAWDA_UPLOAD_SCANNER = "jawda.security.uploads.mark_clean"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_HOST = env.EMAIL_HOST
EMAIL_PORT = env.EMAIL_PORT
EMAIL_HOST_USER = env.EMAIL_HOST_USER
EMAIL_HOST_PASSWORD = env.EMAIL_HOST_PASSWORD
EMAIL_USE_TLS = env.EMAIL_USE_TLS
DEFAULT_FROM_EMAIL = env.DEFAULT_FROM_EMAIL
SERVER_EMAIL = env.DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "Jawda"
WAGTAILADMIN_BASE_URL = env.BASE_URL
# The admin signs in through allauth (one login page, one set of rate limits).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILAPI_BASE_URL = env.BASE_URL
WAGTAILAPI_LIMIT_MAX = 50

# Front ends on other origins may read the API (django-cors-headers): only the origins listed,
# only under /api/, and with cookies only when the deployment says so (tokens need none).
CORS_ALLOWED_ORIGINS = env.CORS_ALLOWED_ORIGINS
CORS_ALLOW_CREDENTIALS = env.CORS_ALLOW_CREDENTIALS
CORS_URLS_REGEX = r"^/api/.*$"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
WAGTAIL_USER_CUSTOM_FIELDS = ["first_name", "last_name"]

# django-import-export: importing and exporting need their own model permissions
# (`<app>.import_<model>`, `<app>.export_<model>`, created by listing "import" and "export" in
# the model's Meta.default_permissions); being staff is not enough. See jawda.security.exports.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"

# Emails (and, later, PDFs) are sent from tasks so that a slow mail server never holds up a
# request. The immediate backend runs them at once (tests, demo); production may switch to
# the database backend and a worker (docs/deployment.md).
TASKS = {"default": {"BACKEND": env.TASKS_BACKEND}}

# Webhooks (jawda.webhooks, docs/deployment.md). Private and loopback addresses are refused
# (SSRF) unless allowed here, as in development and tests, whose receivers run locally.
JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES
JAWDA_WEBHOOK_MAX_ATTEMPTS = 6
JAWDA_WEBHOOK_RETRY_SECONDS = 60  # then 2, 4, 8, 16 minutes
JAWDA_WEBHOOK_TIMEOUT_SECONDS = 5

# Headless preview: the front end's preview address, which receives `?token=`, and how long
# a preview link stays valid.
JAWDA_PREVIEW_URL = env.PREVIEW_URL
JAWDA_PREVIEW_MAX_AGE = 60 * 60
ACCOUNT_ADAPTER = "jawda.adapters.AccountAdapter"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "jawda.logging.RequestIdFilter"}},
    "formatters": {"json": {"()": "jawda.logging.JSONFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json",
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
