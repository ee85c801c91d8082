"""Personal access tokens for the API: a member creates and revokes them on her account page.

- The token is Wagtail's `APIToken` (`wagtail_…`, 160 random bits, stored as an HMAC digest,
  shown once) and `ApiTokenGrant` adds what it may do: `read` (GET, HEAD, OPTIONS) or `write`,
  and an expiry (at most a year; no token lives forever).
- API clients send `Authorization: Bearer <token>`. `TokenAuth` comes first in the private
  endpoints' `auth` list, before the session: a request with a bad, revoked or expired token is
  refused even if it also carries a session cookie; one without the header uses the session
  (the site's own pages), which needs the CSRF token on writes, as Ninja's `django_auth` does.
- Tokens that staff create in Wagtail's admin (Settings → API tokens) have no grant: they read,
  never write, and last until revoked there.
- Creating and revoking are audited; creation is rate limited and capped per member.
"""

import datetime

from allauth.core import ratelimit

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from .audit import record
from .models import Action, ApiTokenGrant, TokenScope

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_ACTIVE_TOKENS = 10
LIFETIMES = [(30, _("30 days")), (90, _("90 days")), (365, _("1 year"))]


class TokenRefused(Exception):
    """A well-formed, known token that may not do this: `api_common` answers it as JSON."""

    def __init__(self, status, code, message):
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


class TokenAuth(BearerTokenAuth):
    def authenticate(self, request, token):
        api_token = super().authenticate(request, token)
        if api_token is None:
            return None
        grant = ApiTokenGrant.objects.filter(token=api_token).first()
        if grant is not None and grant.expires_at <= timezone.now():
            raise TokenRefused(401, "token_expired", _("This token has expired."))
        scope = grant.scope if grant is not None else TokenScope.READ
        if request.method not in SAFE_METHODS and scope != TokenScope.WRITE:
            raise TokenRefused(
                403, "insufficient_scope", _("This token may only read: create one that writes.")
            )
        # What the endpoints read as `request.auth`, as with the session (`django_auth`).
        return request.user


def active_tokens(user):
    return (
        APIToken.objects.filter(user=user, revoked_at__isnull=True, grant__isnull=False)
        .filter(grant__expires_at__gt=timezone.now())
        .select_related("grant")
        .order_by("-created")
    )


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What uses it, e.g. “Mobile app” or “Intranet of my company”."),
        error_messages={"required": _("Give the token a name.")},
    )
    scope = forms.ChoiceField(
        label=_("Access"),
        choices=TokenScope.choices,
        initial=TokenScope.READ,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose read only, or read and write.")},
    )
    lifetime = forms.TypedChoiceField(
        label=_("Valid for"),
        choices=LIFETIMES,
        coerce=int,
        initial=90,
        error_messages={"invalid_choice": _("Choose 30 days, 90 days or one year.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Give the token a name."))
        return name

    def clean(self):
        if active_tokens(self.user).count() >= MAX_ACTIVE_TOKENS:
            raise forms.ValidationError(
                _("You have %(count)d active tokens: revoke one before creating another.")
                % {"count": MAX_ACTIVE_TOKENS}
            )
        return super().clean()


def create_token(user, name, scope, days, request=None):
    """Return (APIToken, plaintext); the plaintext exists nowhere else."""
    with transaction.atomic():
        api_token, plaintext = APIToken.create_token(user=user, name=name)
        grant = ApiTokenGrant.objects.create(
            token=api_token,
            scope=scope,
            expires_at=timezone.now() + datetime.timedelta(days=days),
        )
        record(
            Action.TOKEN_CREATED,
            target=api_token,
            after={"name": name, "scope": scope, "expires_at": grant.expires_at},
            request=request,
        )
    return api_token, plaintext


@never_cache
@login_required
def tokens_view(request):
    created = None
    form = TokenForm(request.POST or None, user=request.user)
    status = 200
    if request.method == "POST":
        limited = ratelimit.consume_or_429(request, action="api_token_create", user=request.user)
        if limited:
            return limited
        if form.is_valid():
            created = create_token(
                request.user,
                form.cleaned_data["name"],
                form.cleaned_data["scope"],
                form.cleaned_data["lifetime"],
                request=request,
            )
            form = TokenForm(user=request.user)
        else:
            status = 400
    return TemplateResponse(
        request,
        "security/tokens.html",
        {
            "form": form,
            "tokens": active_tokens(request.user),
            "created": created[0] if created else None,
            # Shown on this response only: the page is never cached, and it is not stored.
            "plaintext": created[1] if created else None,
        },
        status=status,
    )


@login_required
@require_POST
def revoke_view(request, pk):
    api_token = get_object_or_404(
        APIToken, pk=pk, user=request.user, revoked_at__isnull=True, grant__isnull=False
    )
    api_token.revoke()
    record(Action.TOKEN_REVOKED, target=api_token, request=request)
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": api_token.name})
    return redirect("api_tokens")


urlpatterns = [
    path("accounts/tokens/", tokens_view, name="api_tokens"),
    path("accounts/tokens/<int:pk>/revoke/", revoke_view, name="api_token_revoke"),
]
