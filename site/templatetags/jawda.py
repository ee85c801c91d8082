import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from .. import i18n
from ..models import Footer, NavigationMenu

register = template.Library()


@register.filter
def local_date(value, format="long"):
    return i18n.local_date(value, format)


@register.filter
def local_number(value):
    return i18n.local_number(value)


@register.filter
def local_datetime(value, format="medium"):
    return i18n.local_datetime(value, format)


@register.filter
def local_day_time(value):
    return i18n.local_day_time(value)


@register.filter
def local_time(value, format="short"):
    return i18n.local_time(value, format)


@register.filter
def hijri_date(value):
    return i18n.hijri_date(value)


@register.filter
def json_ld(value):
    """A JSON-LD data block; "<" is escaped so the text can never close the script element."""
    text = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.replace("<", "\\u003c"))  # noqa: S308 (escaped above)


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
