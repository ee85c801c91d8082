"""Language helpers: dates as each audience writes them, and links between translations."""

import datetime

from babel import Locale as BabelLocale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal
from hijridate import Gregorian

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Locale, Page


def active_locale_id():
    """The id of the Wagtail locale of the active language, without a query per call.

    Menus, links and switchers ask for it many times per page; Wagtail's Locale.get_active()
    queries each time. Cached until a locale is saved or deleted.
    """
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    key = f"jawda:locale-id:{language}"
    locale_id = cache.get(key)
    if locale_id is None:
        locale_id = (
            Locale.objects.filter(language_code=language).values_list("pk", flat=True).first()
        )
        if locale_id is not None:
            cache.set(key, locale_id, 3600)
    return locale_id


def _forget_locale_ids(**kwargs):
    cache.delete_many([f"jawda:locale-id:{code}" for code, _name in settings.LANGUAGES])


post_save.connect(_forget_locale_ids, sender=Locale, dispatch_uid="jawda-locale-saved")
post_delete.connect(_forget_locale_ids, sender=Locale, dispatch_uid="jawda-locale-deleted")


def babel_locale(language=None):
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return settings.JAWDA_DATE_LOCALES.get(language, settings.JAWDA_DATE_LOCALES["fr"])


def local_date(value, format="long", language=None):
    """A date in the reader's language: "24 novembre 2026" or "24 نونبر 2026" (ar-MA)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return format_date(value, format=format, locale=babel_locale(language))


def local_number(value, language=None):
    """A number as the reader writes it, at most two decimals: "712,5" in both fr-MA and
    ar-MA (Latin digits, decimal comma)."""
    if value is None or value == "":
        return ""
    return format_decimal(value, format="#,##0.##", locale=babel_locale(language))


def local_datetime(value, format="medium", language=None):
    if value is None or value == "":
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_datetime(value, format=format, locale=babel_locale(language))


# The Hijri months as French writes them; hijridate names them in Arabic itself.
HIJRI_MONTHS_FR = [
    "mouharram",
    "safar",
    "rabia al-awal",
    "rabia ath-thani",
    "joumada al-oula",
    "joumada ath-thania",
    "rajab",
    "chaabane",
    "ramadan",
    "chawwal",
    "dhou al-qi'da",
    "dhou al-hijja",
]


def hijri_date(value, language=None):
    """The Hijri date shown beside a Gregorian one: "14 joumada ath-thania 1448 H" in French,
    "14 جمادى الآخرة 1448 هـ" in Arabic.

    Computed with the Umm al-Qura tables (hijridate); Morocco's official calendar follows the
    sighting of the moon and can differ by a day, which is why it is shown as a companion.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    hijri = Gregorian(value.year, value.month, value.day).to_hijri()
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if language == "ar":
        return f"{hijri.day} {hijri.month_name('ar')} {hijri.year} هـ"
    return f"{hijri.day} {HIJRI_MONTHS_FR[hijri.month - 1]} {hijri.year} H"


def local_day_time(value, language=None):
    """The full date and the time, joined as the language joins them: "jeudi 17 décembre
    2026, 15:00" / "الخميس، 17 دجنبر 2026، 15:00"."""
    if value is None or value == "":
        return ""
    pattern = BabelLocale.parse(babel_locale(language)).datetime_formats["medium"]
    return pattern.replace("{1}", local_date(value, "full", language)).replace(
        "{0}", local_time(value, "short", language)
    )


def local_time(value, format="short", language=None):
    """A time of day in Morocco time: "09:30" (both languages write the 24-hour clock)."""
    if value is None or value == "":
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return format_time(value, format=format, locale=babel_locale(language))


def other_languages():
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return [(code, name) for code, name in settings.LANGUAGES if code != current]


def translation_url(request, language, page=None):
    """Where the language switcher goes for `language`.

    A page goes to its live translation; when it has none (or only an alias that borrows
    the other language's text), to the home page of that language. Any other view keeps its
    path and swaps the language prefix.
    """
    if page is not None and isinstance(page, Page):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            translation = (
                page.get_translations()
                .filter(locale=locale, alias_of__isnull=True)
                .live()
                .public()
                .first()
            )
            if translation is not None:
                return translation.url
            home = page.get_site().root_page if page.get_site() else None
            if home is not None:
                home_translation = home.get_translation_or_none(locale)
                if home_translation is not None and home_translation.live:
                    return home_translation.url
        return f"/{language}/"
    return translate_url(request.get_full_path(), language)
