import datetime

import pytest

from django.core.cache import cache

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.rich_text import RichText

from jawda.models import HomePage, NewsIndexPage, NewsPage, StandardPage

from .factories import UserFactory

PASSWORD = "a-long-enough-Passw0rd"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate-limit counters and Wagtail's site root paths live in the cache.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    # Uploads made by tests never land in the developer's var/ folder.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, locale, **fields):
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    return publish(translation)


class Tree:
    """A small site in both languages, with the cases the public views must tell apart."""

    def __init__(self):
        self.fr = Locale.objects.get(language_code="fr")
        self.ar = Locale.objects.get(language_code="ar")
        root = Page.get_first_root_node()
        root.get_children().delete()
        root = Page.objects.get(pk=root.pk)
        self.home_fr = HomePage(title="Accueil", slug="accueil", hero_title="Bienvenue sur Jawda")
        root.add_child(instance=self.home_fr)
        publish(self.home_fr)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": self.home_fr},
        )
        self.home_ar = translate(
            self.home_fr, self.ar, title="الرئيسية", slug="accueil-ar", hero_title="مرحبا بكم"
        )
        self.page_fr = self.add(
            self.home_fr,
            StandardPage(
                title="Semaine Nationale de la Qualité",
                slug="semaine",
                intro="Chaque année depuis 1998",
                body=[("paragraph", RichText("<p>Séminaires et tables rondes</p>"))],
            ),
        )
        self.page_ar = translate(
            self.page_fr,
            self.ar,
            title="الأسبوع الوطني للجودة",
            intro="كل سنة منذ 1998",
            body=[("paragraph", RichText("<p>ندوات وموائد مستديرة</p>"))],
        )
        # French only; the Arabic tree holds an alias of it, as wagtail-localize makes.
        self.only_fr = self.add(
            self.home_fr, StandardPage(title="Métrologie légale", slug="metrologie", intro="Mesure")
        )
        self.home_ar = HomePage.objects.get(pk=self.home_ar.pk)
        self.alias_ar = self.only_fr.create_alias(
            parent=self.home_ar, update_locale=self.ar, update_slug="metrologie"
        )
        self.draft_fr = StandardPage(
            title="Brouillon confidentiel", slug="brouillon", intro="Brouillon", live=False
        )
        HomePage.objects.get(pk=self.home_fr.pk).add_child(instance=self.draft_fr)
        self.draft_fr.save_revision()
        self.private_fr = self.add(
            self.home_fr, StandardPage(title="Espace privé confidentiel", slug="prive", intro="x")
        )
        PageViewRestriction.objects.create(
            page=self.private_fr, restriction_type=PageViewRestriction.LOGIN
        )
        self.news_fr = self.add(self.home_fr, NewsIndexPage(title="Actualités", slug="actualites"))

    def add(self, parent, page):
        parent = Page.objects.get(pk=parent.pk)
        parent.add_child(instance=page)
        return publish(page)

    def add_news(self, count):
        start = Page.objects.get(pk=self.news_fr.pk).numchild
        for number in range(start, start + count):
            self.add(
                self.news_fr,
                NewsPage(
                    title=f"Nouvelle {number}",
                    slug=f"nouvelle-{number}",
                    date=datetime.date(2026, 11, 1 + number % 28),
                    intro="Résumé",
                ),
            )


@pytest.fixture
def tree(db):
    return Tree()
