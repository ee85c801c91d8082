"""The French version of a prize or an edition owns its terms; publishing copies them.

An edition's year, call dates, categories and eligibility figures (and a prize's code) are
one fact in both languages: applicants in Arabic and in French must see the same deadline.
When the French version is published, every other version gets the same terms as a new
published revision (or, when it has a pending draft, on its live row and in the draft);
publishing another version re-applies the French version's terms to it, so a translation
made from an older snapshot never moves a deadline back. The same rule as events/sync.py.
"""

from django.conf import settings
from django.dispatch import receiver

from wagtail.signals import page_published

from .models import PrizeEditionPage, PrizePage

TERMS = {
    PrizePage: ["code"],
    PrizeEditionPage: [
        "year",
        "opens_at",
        "closes_at",
        "categories",
        "requires_ice",
        "min_years_activity",
        "laureate_cooldown_years",
        "judges_per_application",
        "disagreement_threshold",
        "justification_threshold",
        "results_published_at",
    ],
}


def terms(page):
    return {name: getattr(page, name) for name in TERMS[type(page)]}


def owner_of(page):
    """The version whose terms count: the live one in the default language, if any."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    owner = (
        type(page)
        .objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return owner or page


def apply_terms(page, values):
    """Give `page` these terms as a new revision, published if the page was up to date."""
    draft = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    publish = page.live and not page.has_unpublished_changes
    revision = draft.save_revision(clean=False, log_action=False)
    if publish:
        revision.publish(skip_permission_checks=True, log_action=False)
    elif page.live:
        # The live version changes now; the pending draft carries the same values.
        type(page).objects.filter(pk=page.pk).update(**values)


@receiver(page_published, sender=PrizePage, dispatch_uid="awards-prize-published")
@receiver(page_published, sender=PrizeEditionPage, dispatch_uid="awards-edition-published")
def prize_published(sender, instance, **kwargs):
    page = instance
    owner = owner_of(page)
    if owner.pk != page.pk:
        wanted = terms(owner)
        if terms(page) != wanted:
            apply_terms(page, wanted)
        return
    wanted = terms(page)
    for other in (
        type(page)
        .objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .exclude(pk=page.pk)
    ):
        if terms(other) != wanted:
            apply_terms(other, wanted)
