"""Where each page stands in each other language: what UMAQ still has to translate."""

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


class TranslationState(TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    UP_TO_DATE = "up_to_date", _("Up to date")
    OUTDATED = "outdated", _("Outdated")


def state_of(source, translation):
    """The state of `translation` (a page or None) against its `source` page.

    - missing: no translation, or only the alias wagtail-localize keeps in its place;
    - in progress: never published, or has changes not yet published;
    - outdated: the source was published again after the translation's last publication;
    - up to date: otherwise.
    """
    if translation is None or translation.alias_of_id:
        return TranslationState.MISSING
    if not translation.live or translation.has_unpublished_changes:
        return TranslationState.IN_PROGRESS
    if (
        source.last_published_at
        and translation.last_published_at
        and source.last_published_at > translation.last_published_at
    ):
        return TranslationState.OUTDATED
    return TranslationState.UP_TO_DATE


def translation_report(section=None):
    """Rows of (source page, [(locale, state, translation)]) for the default language's pages.

    Two queries whatever the number of pages: the source pages, then all their translations.
    """
    source_locale = Locale.get_default()
    other_locales = list(Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    sources = Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
    if section is not None:
        sources = sources.descendant_of(section, inclusive=True)
    sources = list(sources.order_by("path"))
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(
            translation_key__in=[page.translation_key for page in sources],
            locale__in=other_locales,
        )
    }
    return other_locales, [
        (
            source,
            [
                (locale, state_of(source, translation), translation)
                for locale in other_locales
                for translation in [translations.get((source.translation_key, locale.pk))]
            ],
        )
        for source in sources
    ]


def sections():
    """The top-level sections of the default language, to filter the report by."""
    home = Page.objects.filter(depth=2, locale=Locale.get_default()).first()
    return list(home.get_children().order_by("path")) if home else []
