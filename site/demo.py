"""What the sections' demos (events, courses, prizes) share: pages published in French, their
Arabic versions, and a place in the menu. `seed_demo` runs them inside its transaction."""

from wagtail.models import Locale, Page

from .models import HomePage, NavigationMenu


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, locale, fields):
    """The version of `page` in `locale`, made with copy_for_translation when missing; an
    alias that wagtail-localize may have made in its place gives way to it."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return existing.specific
    if existing is not None:
        existing.delete()
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


class DemoBuilder:
    def __init__(self, home):
        self.fr = Locale.objects.get(language_code="fr")
        self.ar = Locale.objects.get(language_code="ar")
        self.home = HomePage.objects.get(pk=home.pk)

    def publish(self, page):
        return publish(page)

    def add(self, parent, page):
        Page.objects.get(pk=parent.pk).add_child(instance=page)
        return publish(page)

    def translate(self, page, fields):
        """The Arabic version of `page` (see `translate`)."""
        return translate(page, self.ar, fields)

    def add_to_menu(self, page, replaces, after=()):
        """Put `page` in its language's menu where the standard page `replaces` (a slug) was,
        so there is no duplicate entry; else after the last of the pages `after` (ids), else
        at the end. Nothing when it is there already."""
        menu = NavigationMenu.objects.filter(locale_id=page.locale_id).first()
        if menu is None:
            return  # seed_demo builds the menus from the pages shown in menus
        links = [(block.block_type, block.value) for block in menu.links]
        pages = [value.get("page") and value["page"].pk for _type, value in links]
        if page.pk in pages:
            return
        link = ("link", {"label": page.title, "page": page, "url": ""})
        replaced = Page.objects.filter(
            locale_id=page.locale_id, depth=page.depth, slug=replaces or ""
        ).first()
        if replaced is not None and replaced.pk in pages:
            links[pages.index(replaced.pk)] = link
        else:
            positions = [index for index, pk in enumerate(pages) if pk in set(after)]
            links.insert(positions[-1] + 1 if positions else len(links), link)
        menu.links = links
        menu.save()
