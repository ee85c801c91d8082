from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from .preview import preview_url


def front_end_preview(request, page_id):
    """Send the editor to the front end's preview with a fresh token for this page."""
    page = get_object_or_404(Page, pk=page_id)
    url = preview_url(page, request.user)
    if url is None or not page.permissions_for_user(request.user).can_edit():
        raise Http404
    return redirect(url)


class FrontEndPreviewButton(PageMenuItem):
    label = _("Preview in the front end")
    icon_name = "view"
    priority = 35

    def is_shown(self, user):
        return bool(self.url) and self.page.permissions_for_user(user).can_edit()

    @cached_property
    def url(self):
        if not settings.JAWDA_PREVIEW_URL:
            return None
        return reverse("headless_preview", args=[self.page.pk])


@hooks.register("register_admin_urls")
def preview_urls():
    return [path("headless-preview/<int:page_id>/", front_end_preview, name="headless_preview")]


@hooks.register("register_page_header_buttons")
def preview_button(page, user, view_name, next_url=None):
    yield FrontEndPreviewButton(page=page)
