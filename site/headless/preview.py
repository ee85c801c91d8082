"""Headless preview: a signed, expiring token that lets a front end show an editor's draft.

The token names the page and the editor who asked for it (Django's TimestampSigner, valid
JAWDA_PREVIEW_MAX_AGE seconds). It shows the page's latest revision at the time it is read,
so the front end can reload to see later edits, and only while that editor may still edit
the page.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing

from wagtail.models import Page

SALT = "jawda.headless.preview"


class PreviewRefused(Exception):
    def __init__(self, expired):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def make_token(page, user):
    return signing.TimestampSigner(salt=SALT).sign_object({"page": page.pk, "user": user.pk})


def preview_url(page, user):
    """The front end's preview address with a fresh token, or None when none is configured."""
    if not settings.JAWDA_PREVIEW_URL:
        return None
    separator = "&" if "?" in settings.JAWDA_PREVIEW_URL else "?"
    return f"{settings.JAWDA_PREVIEW_URL}{separator}token={make_token(page, user)}"


def draft_for_token(token):
    """The latest revision of the token's page, as a page object; PreviewRefused otherwise."""
    try:
        value = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=settings.JAWDA_PREVIEW_MAX_AGE
        )
    except signing.SignatureExpired as exc:
        raise PreviewRefused(expired=True) from exc
    except (signing.BadSignature, ValueError) as exc:
        raise PreviewRefused(expired=False) from exc
    user = get_user_model().objects.filter(pk=value.get("user"), is_active=True).first()
    page = Page.objects.filter(pk=value.get("page")).first()
    if user is None or page is None or not page.permissions_for_user(user).can_edit():
        raise PreviewRefused(expired=False)
    return page.get_latest_revision_as_object()
