"""What every endpoint of the project's own API (`/api/…`, Django Ninja) shares.

- `?lang=fr|ar` chooses the language of the answer; lists take `page` and `page_size` (at most
  MAX_PAGE_SIZE).
- Query parameters are allowlisted: an unknown one, or a bad value, answers 400.
- Private endpoints take `auth=PRIVATE_AUTH`: a personal token, else the session
  (`jawda.security.tokens`).
- Public reads are decorated with `public_read`: an ETag of the body, and the Last-Modified an
  operation sets with `last_modified`, answered 304 on If-None-Match / If-Modified-Since.
- Writes are rate limited per IP and per token (`write_rate_limit`, from ACCOUNT_RATE_LIMITS).
- Errors have one shape, `{"error": {"code", "message", "fields"}}` (`ErrorOut`), for the
  endpoints' own 400s and 404s (`ApiError`), and, through `install_error_handlers`, for Ninja's
  own refusals (authentication, request validation, a body that is not JSON, a missing CSRF
  token).
"""

from allauth.core import ratelimit
from allauth.core.internal.ratelimit import get_ip as ratelimit_ip
from allauth.core.internal.ratelimit import parse_rates
from ninja import Schema, Status
from ninja.decorators import decorate_view
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import django_auth

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.utils import translation
from django.utils.functional import lazy
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import conditional_page

from .security.tokens import TokenAuth, TokenRefused

MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
# Beyond this, a page number is refused rather than sent to the database as an OFFSET.
MAX_PAGE = 100_000
LANGUAGES = ("fr", "ar")
PAGINATION = {"page", "page_size"}
# The endpoints with private data: a personal token (`Authorization: Bearer`), else the session.
PRIVATE_AUTH = [TokenAuth(), django_auth]
# Database ids are 32-bit integers: a larger one in a path is refused before any query
# (SQLite cannot even bind it).
MAX_ID = 2**31 - 1


def _interpolate(message, values):
    return str(message) % values


# A translated message with values, rendered in the language active when the error is answered.
interpolate = lazy(_interpolate, str)


class ErrorBody(Schema):
    code: str
    message: str
    fields: dict[str, list[str]]


class ErrorOut(Schema):
    error: ErrorBody


class ApiError(Exception):
    """An error answered as `ErrorOut`: return `.response()`, or raise it from an operation."""

    def __init__(self, status, code, message, fields=None):
        super().__init__(code)
        self.status, self.code, self.message, self.fields = status, code, message, fields or {}

    language = None  # set by check_params to the valid `?lang`, in which the body is written

    def body(self):
        with translation.override(self.language or translation.get_language()):
            return {
                "error": {
                    "code": self.code,
                    "message": str(self.message),
                    "fields": {name: [str(m) for m in msgs] for name, msgs in self.fields.items()},
                }
            }

    def response(self):
        return Status(self.status, self.body())


def requested_language(request):
    """The valid `lang` of the query string, or None."""
    value = request.GET.get("lang")
    return value if value in LANGUAGES else None


def check_params(request, allowed, paginated):
    """{"lang", "page", "page_size"} from the query string, or ApiError for anything else.

    `allowed` names every parameter the endpoint takes. A value holding a NUL character is
    refused whatever the parameter (PostgreSQL cannot even compare it).
    """
    errors = {}
    for name, values in request.GET.lists():
        if name not in allowed:
            errors[name] = [_("Unknown parameter.")]
        elif any("\x00" in value for value in values):
            errors[name] = [_("Invalid characters.")]
    lang = request.GET.get("lang")
    if lang is not None and lang not in LANGUAGES:
        errors["lang"] = [_("Use fr or ar.")]
    values = {"lang": lang}
    if paginated:
        for name, default, maximum, too_large in (
            ("page", 1, MAX_PAGE, _("Use a whole number from 1 to %(maximum)s.")),
            (
                "page_size",
                DEFAULT_PAGE_SIZE,
                MAX_PAGE_SIZE,
                _("At most %(maximum)s items per page."),
            ),
        ):
            raw = request.GET.get(name)
            if raw is None:
                values[name] = default
                continue
            if not raw.isdecimal() or int(raw) < 1:
                errors[name] = [_("Use a whole number from 1.")]
            elif int(raw) > maximum:
                errors[name] = [interpolate(too_large, {"maximum": maximum})]
            else:
                values[name] = int(raw)
    if errors:
        error = ApiError(400, "invalid_parameters", _("Some query parameters are invalid."), errors)
        error.language = requested_language(request)
        raise error
    return values


def language_or_default(values):
    return values["lang"] or "fr"


def _page_link(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginate(request, queryset_or_list, page, page_size):
    """(meta, items): `count`, `page`, `page_size`, `next`, `previous`, and the page's items."""
    count = len(queryset_or_list) if isinstance(queryset_or_list, list) else None
    if count is None:
        count = queryset_or_list.count()
    start = (page - 1) * page_size
    items = list(queryset_or_list[start : start + page_size])
    return {
        "count": count,
        "page": page,
        "page_size": page_size,
        "next": _page_link(request, page + 1) if start + page_size < count else None,
        "previous": _page_link(request, page - 1) if page > 1 else None,
    }, items


# Public reads: Django's conditional GET over the operation's answer. The ETag is a digest of the
# body, so a 304 never hides a change; Last-Modified is added only where `last_modified` could
# date the answer (If-None-Match, when sent, wins over If-Modified-Since).
public_read = decorate_view(conditional_page)


def last_modified(response, moments):
    """Set Last-Modified on Ninja's temporal `response` to the latest of `moments`, if any."""
    moments = [moment for moment in moments if moment is not None]
    if moments:
        response["Last-Modified"] = http_date(max(moments).timestamp())


UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def write_rate_limit(request):
    """A 429 JsonResponse when a write to /api/ goes over its limits, else None.

    Counted with allauth's rate limiter (in the cache, like the site's forms): `api_write` per
    client IP for every write, `api_write_token` per personal token when one is sent (the
    token itself is hashed into the cache key by allauth, never stored).
    """
    checks = []
    try:
        ratelimit_ip(request)
        checks.append(("api_write", None))
    except PermissionDenied:
        pass  # no client address (not over HTTP): only the token, if any, is counted
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer " and header[7:].strip():
        checks.append(("api_write_token", header[7:].strip()))
    for action, key in checks:
        if not ratelimit.consume(request, action=action, key=key):
            rates = parse_rates(settings.ACCOUNT_RATE_LIMITS.get(action))
            error = ApiError(
                429, "rate_limited", _("Too many requests: wait a moment and try again.")
            )
            error.language = requested_language(request)
            response = JsonResponse(error.body(), status=429)
            response["Retry-After"] = str(int(max(rate.duration for rate in rates)))
            return response
    return None


def install_error_handlers(api):
    """Answer ApiError, Ninja's authentication refusals and its validation errors as ErrorOut,
    in the language of `?lang` when it is valid."""

    def answer(request, error):
        with translation.override(requested_language(request) or translation.get_language()):
            return api.create_response(request, error.body(), status=error.status)

    def api_error(request, exc):
        return answer(request, exc)

    def unauthenticated(request, exc):
        return answer(request, ApiError(401, "not_authenticated", _("Sign in first.")))

    def invalid(request, exc):
        fields = {}
        for error in exc.errors:
            location = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
            fields.setdefault(".".join(location) or "request", []).append(error.get("msg", ""))
        return answer(
            request, ApiError(400, "invalid_parameters", _("The request is invalid."), fields)
        )

    def refused(request, exc):
        # Ninja's other refusals: a body that is not JSON (400), a session-authenticated POST
        # without its CSRF token (403).
        if exc.status_code == 403:
            error = ApiError(
                403, "csrf_failed", _("The security token (CSRF) is missing or wrong.")
            )
        elif exc.status_code == 400:
            error = ApiError(400, "invalid_request", _("The request is invalid."))
        else:
            error = ApiError(exc.status_code, "error", str(exc))
        return answer(request, error)

    def not_found(request, exc):
        # get_object_or_404 in an operation: the error shape, not Ninja's {"detail": …}.
        return answer(request, ApiError(404, "not_found", _("Not found.")))

    def token_refused(request, exc):
        return answer(request, ApiError(exc.status, exc.code, exc.message))

    api.add_exception_handler(ApiError, api_error)
    api.add_exception_handler(TokenRefused, token_refused)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, refused)
    api.add_exception_handler(AuthenticationError, unauthenticated)
    api.add_exception_handler(ValidationError, invalid)


def not_found(request, path=None):
    """Any address under /api/ that no endpoint answers: a 404 in the API's error shape, not the
    site's HTML page."""
    error = ApiError(404, "not_found", _("There is nothing at this address of the API."))
    error.language = requested_language(request)
    return JsonResponse(error.body(), status=404)
