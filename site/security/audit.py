"""Recording audit events: `record()` is the one way in."""

import ipaddress

from allauth.account.adapter import get_adapter as get_account_adapter

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied

from wagtail.log_actions import get_active_log_context

from jawda.logging import request_id_var

from .models import AuditEvent


def record(action, *, actor=None, target=None, before=None, after=None, request=None):
    """Append an event to the audit log and return it.

    Without an explicit actor, the signed-in user of `request` acts, else the user of the
    Wagtail admin view in progress (Wagtail sets it for every admin view), else nobody.
    """
    if actor is None and request is not None:
        actor = getattr(request, "user", None)
    if actor is None:
        actor = get_active_log_context().user
    if not getattr(actor, "is_authenticated", False):
        actor = None
    event = AuditEvent(
        action=action,
        actor=actor,
        actor_repr=actor.get_username() if actor else "",
        before=before,
        after=after,
        request_id=request_id(request),
        ip=client_ip(request),
    )
    if target is not None:
        event.target_content_type = ContentType.objects.get_for_model(target)
        event.target_id = str(target.pk)
        event.target_repr = describe(target)[:255]
    event.save()
    return event


def describe(obj):
    """How an object is named in the log: a user by her login, the rest by str()."""
    get_username = getattr(obj, "get_username", None)
    return get_username() if callable(get_username) else str(obj)


def request_id(request):
    """The id RequestIdMiddleware gave the request, else the proxy's header, else empty.

    Without a request (a signal sent deep in a view), the id of the request being served.
    """
    if request is None:
        return request_id_var.get()
    value = getattr(request, "id", None) or request.headers.get("X-Request-ID", "")
    return str(value)[:64]


def client_ip(request):
    """The client's address as allauth's rate limits see it (ALLAUTH_TRUSTED_PROXY_COUNT)."""
    if request is None:
        return None
    try:
        address = get_account_adapter().get_client_ip(request)
    except PermissionDenied:
        return None
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
