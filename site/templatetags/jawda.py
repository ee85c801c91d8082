from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info

from .. import i18n
from ..models import Footer, NavigationMenu

register = template.Library()


@register.filter
def local_date(value, format="long"):
    return i18n.local_date(value, format)


@register.filter
def local_datetime(value, format="medium"):
    return i18n.local_datetime(value, format)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per other language, to the translation of what is on screen."""
    request = context["request"]
    page = context.get("page")
    links = []
    for code, _name in i18n.other_languages():
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": i18n.translation_url(request, code, page),
            }
        )
    return links


def _for_current_locale(model):
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    # No fallback to French: an Arabic page never shows a French menu as if it were Arabic.
    return model.objects.filter(locale__language_code=language).first()


@register.inclusion_tag("jawda/includes/navigation.html", takes_context=True)
def main_navigation(context):
    return {"menu": _for_current_locale(NavigationMenu), "request": context.get("request")}


@register.inclusion_tag("jawda/includes/footer.html", takes_context=True)
def site_footer(context):
    return {"footer": _for_current_locale(Footer), "request": context.get("request")}
