from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`mapping|get_item:key` for keys a template cannot spell (UUIDs)."""
    return (mapping or {}).get(str(key))


@register.filter
def active_time(seconds):
    """Active time as learners read it: "1 h 05 min" or "12 min"."""
    minutes = int(seconds or 0) // 60
    hours, minutes = divmod(minutes, 60)
    if hours:
        return _("%(hours)s h %(minutes)02d min") % {"hours": hours, "minutes": minutes}
    return _("%(minutes)s min") % {"minutes": minutes}
