from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import translation_status
from .models import Footer, NavigationMenu


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation")
    add_to_admin_menu = False


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-empty"
    menu_label = _("Footer")
    add_to_admin_menu = False


register_snippet(NavigationMenuViewSet)
register_snippet(FooterViewSet)


@hooks.register("before_serve_page")
def untranslated_alias_notice(page, request, serve_args, serve_kwargs):
    """An alias in the Arabic tree of a French page (or the reverse) is not served as if translated.

    wagtail-localize keeps the trees of both languages in step by creating aliases for pages
    not yet translated. Serving the alias would show French text under /ar/ with an Arabic
    interface; instead the visitor gets a page, in her language, that says the translation
    is not ready and links to the original.
    """
    if page.alias_of_id is None:
        return None
    original = page.alias_of
    if original.locale_id == page.locale_id:
        return None
    return TemplateResponse(
        request,
        "jawda/untranslated.html",
        {"page": page, "original": original.specific},
        status=200,
        headers={"X-Robots-Tag": "noindex"},
    )


@hooks.register("insert_editor_js")
def content_direction_js():
    return format_html('<script src="{}"></script>', static("js/admin-content-direction.js"))


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("reports/translations/", translation_status, name="jawda_translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("jawda_translation_status"),
        name="translation-status",
        icon_name="site",
        order=900,
    )
