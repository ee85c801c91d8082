import re
import time
import uuid

from allauth.mfa.models import Authenticator
from csp.middleware import CSPMiddleware

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.middleware import locale
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from .api_common import UNSAFE_METHODS, write_rate_limit
from .logging import request_id_var


class ApiWriteRateLimitMiddleware:
    """429 in the API's error shape, with Retry-After, for writes to /api/ over their limits.

    A middleware rather than a check in each operation, so that every write endpoint, present
    and to come, is counted the same way.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE_METHODS and request.path.startswith("/api/"):
            limited = write_rate_limit(request)
            if limited is not None:
                return limited
        return self.get_response(request)


class AdminAccessMiddleware:
    """Answer 403 to a signed-in member who may not use the Wagtail admin.

    Wagtail sends such a user to the login page, which is allauth's; allauth sends a signed-in
    user back to where she came from, so without this the browser would loop between the two.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/admin/")
            and request.user.is_authenticated
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied
        return self.get_response(request)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, without redirects that would hide a 404.

    Django redirects a 404 at /x/ to /fr/x/ when /fr/x/ resolves, and Wagtail's catch-all
    makes every path resolve. So /api/v2/pages/999/ would become /fr/api/v2/pages/999/ and
    /en/ would become /fr/en/. Only paths outside the language-neutral areas and not starting
    with a language code we do not have are redirected.
    """

    neutral_prefixes = ("/admin/", "/api/", "/documents/", "/files/", "/static/", "/media/")
    language_code_prefix = re.compile(r"^/[a-z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?(?:/|$)")

    def process_response(self, request, response):
        path = request.path_info
        if response.status_code == 404 and (
            path.startswith(self.neutral_prefixes) or self.language_code_prefix.match(path)
        ):
            return response
        return super().process_response(request, response)


class RequestIdMiddleware:
    """Give every request an id, in `request.id`, the logs and the `X-Request-ID` header.

    The id is generated here: a client-supplied header could be forged to blur the logs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = uuid.uuid4().hex
        token = request_id_var.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request.id
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the site's strict policy, loosened only where a vendored tool needs it.

    `CONTENT_SECURITY_POLICY_OVERRIDES` maps a path prefix to directives that replace the
    site's: the Wagtail admin (inline styles; its page preview frames the site itself) and the
    API documentation page (ReDoc injects its styles and runs a worker).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only:
            for prefix, directives in settings.CONTENT_SECURITY_POLICY_OVERRIDES.items():
                if request.path_info.startswith(prefix):
                    parts.replace = {**(parts.replace or {}), **directives}
                    break
        return parts


def requires_mfa(user):
    """Staff, editors and every group listed in JAWDA_MFA_REQUIRED_GROUPS need a second factor."""
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name__in=settings.JAWDA_MFA_REQUIRED_GROUPS).exists()


class RequireMFAMiddleware:
    """Send a user who must use two-factor authentication and has none to set it up first."""

    allowed_url_names = {
        "mfa_activate_totp",
        "mfa_index",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "account_logout",
        "account_reauthenticate",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not request.path_info.startswith(("/static/", "/healthz", "/readyz"))
            and requires_mfa(user)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            match = resolve_or_none(request.path_info)
            if match is None or match.url_name not in self.allowed_url_names:
                messages.warning(
                    request,
                    _("Your role requires two-factor authentication. Set it up to continue."),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)


class SessionLifetimeMiddleware:
    """End a signed-in session at its absolute lifetime, however active it has been.

    The idle timeout is Django's own (SESSION_COOKIE_AGE, renewed on every request); this adds
    the upper bound, counted from the login time that `record_login_time` stores.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            started = request.session.get(LOGIN_TIME_KEY)
            now = int(time.time())
            if started is None or now - started > settings.JAWDA_SESSION_ABSOLUTE_SECONDS:
                logout(request)
                messages.info(request, _("Your session has expired. Please sign in again."))
                return redirect_to_login(request.get_full_path())
        return self.get_response(request)


LOGIN_TIME_KEY = "jawda_login_time"


def resolve_or_none(path):
    try:
        return resolve(path)
    except Resolver404:
        return None
