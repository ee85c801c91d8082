import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

from awards.models import PrizeEditionPage, PrizeIndexPage, PrizePage
from jawda.models import HomePage

from ..conftest import publish
from .conftest import days_from_now


class TestPageTree(WagtailPageTestCase):
    def test_prizes_live_under_their_index_and_editions_under_their_prize(self):
        self.assertAllowedParentPageTypes(PrizeIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PrizeIndexPage, {PrizePage})
        self.assertAllowedParentPageTypes(PrizePage, {PrizeIndexPage})
        self.assertAllowedSubpageTypes(PrizePage, {PrizeEditionPage})
        self.assertAllowedParentPageTypes(PrizeEditionPage, {PrizePage})
        self.assertAllowedSubpageTypes(PrizeEditionPage, set())


def test_the_index_lists_prizes_with_their_latest_call(client, prizes):
    prizes.edition(opens_in=-5)
    response = client.get(prizes.index_fr.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Prix National de la Qualité" in html
    assert "status-open" in html


def test_the_prize_page_shows_its_editions_and_past_laureates(client, prizes):
    edition = prizes.edition()
    response = client.get(prizes.pnq_fr.url)
    html = response.content.decode()
    assert edition.title in html
    assert "Atlas Composants" in html
    assert "Trophy" in html or "Trophée" in html


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_edition_page_shows_the_call_rules_and_referentiel(client, prizes, language):
    edition = prizes.edition(opens_in=-1)
    prizes.referentiel(edition)
    page = edition if language == "fr" else edition.arabic

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}"' in html
    assert "status-open" in html
    assert "Dossier" in html  # documents required, copied by the translation
    if language == "ar":
        assert "المعيار 1" in html and "أوزان توضيحية" in html and "كيف تقومون بذلك؟" in html
        assert "Critère 1" not in html
    else:
        assert "Critère 1" in html and "Comment faites-vous ?" in html
    assert "600" in html and "1000" in html


def test_an_edition_without_referentiel_still_renders(client, prizes):
    edition = prizes.edition()
    assert client.get(edition.url).status_code == 200


def test_the_call_closes_after_it_opens_and_has_categories(prizes):
    edition = PrizeEditionPage(
        title="PNQ", slug="pnq-x", year=2030, opens_at=days_from_now(5), closes_at=days_from_now(1)
    )
    with pytest.raises(ValidationError) as error:
        edition.clean()
    assert {"closes_at", "categories"} <= set(error.value.message_dict)


def test_a_frozen_call_cannot_be_moved_later(prizes):
    edition = prizes.edition(opens_in=-1)
    prizes.referentiel(edition)
    edition = PrizeEditionPage.objects.get(pk=edition.pk)
    edition.opens_at = days_from_now(3)
    with pytest.raises(ValidationError) as error:
        edition.clean()
    assert "opens_at" in error.value.message_dict


def test_the_french_version_owns_the_terms_of_an_edition(prizes):
    edition = prizes.edition()
    arabic = PrizeEditionPage.objects.get(pk=edition.arabic.pk)
    new_close = timezone.make_aware(datetime.datetime(2031, 3, 1, 16, 0))

    edition.closes_at = new_close
    edition.categories = ["sme"]
    publish(edition)

    arabic = PrizeEditionPage.objects.get(pk=arabic.pk)
    assert (arabic.closes_at, arabic.categories) == (new_close, ["sme"])
    assert arabic.title.startswith("الجائزة")  # its own text stays

    # A translation published with other terms gets the French ones back.
    arabic.closes_at = new_close + datetime.timedelta(days=10)
    publish(arabic)
    assert PrizeEditionPage.objects.get(pk=arabic.pk).closes_at == new_close


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_the_index_query_count_does_not_grow(client, prizes):
    def add_prizes(count):
        for _number in range(count):
            number = PrizePage.objects.count()
            prize = prizes.add(
                prizes.index_fr,
                PrizePage(title=f"Prix {number}", slug=f"prix-{number}", code=f"x{number}"),
            )
            prizes.edition(prize=prize, arabic=False)

    add_prizes(2)
    queries_for(client, prizes.index_fr.url)  # caches warmed (site root paths, locales)
    few, _html = queries_for(client, prizes.index_fr.url)
    add_prizes(6)
    many, html = queries_for(client, prizes.index_fr.url)
    assert many == few
    assert html.count('class="card"') == 9
