"""Where a webhook may be sent: http(s) only, and (unless a setting allows it, as in tests and
development) never to a private, loopback or link-local address, so that an endpoint cannot be
used to reach the servers behind the site (SSRF)."""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class RefusedAddress(Exception):
    pass


def refusal(url):
    """Why `url` may not receive webhooks now, or None. Resolves the host name."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return _("Only http and https addresses can receive webhooks.")
    if settings.JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:
        return None
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return _("This host name cannot be resolved.")
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return _("This address is private or local: webhooks are only sent to the internet.")
    return None


def validate_webhook_url(url):
    reason = refusal(url)
    if reason:
        raise ValidationError(reason, code="refused_address")
