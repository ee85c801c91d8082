import datetime
import re

import pytest

from django.utils import translation

from jawda.i18n import local_date
from jawda.models import NewsPage

from ..conftest import translate


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [
        ("/fr/", "fr", "ltr"),
        ("/ar/", "ar", "rtl"),
        ("/fr/semaine/", "fr", "ltr"),
        ("/ar/semaine/", "ar", "rtl"),
        ("/ar/accounts/login/", "ar", "rtl"),
        ("/fr/accounts/signup/", "fr", "ltr"),
        ("/ar/search/?q=x", "ar", "rtl"),
    ],
)
def test_every_page_declares_its_language_and_direction(client, tree, path, lang, direction):
    response = client.get(path)

    assert response.status_code == 200
    assert html_tag(response) == f'<html lang="{lang}" dir="{direction}">'


def test_root_redirects_to_a_language(client, tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


@pytest.mark.parametrize("path", ["/en/", "/xx/semaine/", "/es-es/", "/zz"])
def test_unknown_language_prefix_is_not_found(client, tree, path):
    response = client.get(path)

    assert response.status_code == 404
    assert 'lang="fr"' in html_tag(response)


def test_error_pages_speak_the_visitors_language(client, tree):
    french = client.get("/fr/n-existe-pas/")
    arabic = client.get("/ar/n-existe-pas/")

    assert french.status_code == arabic.status_code == 404
    assert "Page introuvable" in french.content.decode()
    assert "الصفحة غير موجودة" in arabic.content.decode()
    assert 'dir="rtl"' in html_tag(arabic)


def test_server_error_page_in_arabic(client, tree, settings):
    from jawda.views import server_error

    with translation.override("ar"):
        response = server_error(None)

    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "خطأ في الخادم" in content


def test_language_switcher_goes_to_the_translation_of_the_page(client, tree):
    content = client.get("/fr/semaine/").content.decode()

    assert 'href="/ar/semaine/" hreflang="ar"' in content


def test_language_switcher_goes_home_when_there_is_no_translation(client, tree):
    content = client.get("/fr/actualites/").content.decode()

    assert 'href="/ar/" hreflang="ar"' in content


def test_language_switcher_on_a_view_swaps_the_prefix(client, tree):
    content = client.get("/ar/accounts/login/").content.decode()

    assert 'href="/fr/accounts/login/" hreflang="fr"' in content


def test_untranslated_page_is_not_shown_in_french_under_arabic(client, tree):
    response = client.get("/ar/metrologie/")
    content = response.content.decode()

    assert response["X-Robots-Tag"] == "noindex"
    assert "هذه الصفحة غير متوفرة بعد بهذه اللغة" in content
    # The French text is only offered as a link marked as French, never as the page's body.
    assert "Mesure" not in content
    assert '<a href="/fr/metrologie/" lang="fr" hreflang="fr"' in content


def test_page_advertises_its_translations_with_hreflang(client, tree):
    content = client.get("/fr/semaine/").content.decode()

    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/semaine/">' in content
    assert 'hreflang="ar" href="http://testserver/ar/metrologie/"' not in content


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        (5, "1 ماي 2026"),
        (7, "1 يوليوز 2026"),
        (8, "1 غشت 2026"),
        (9, "1 شتنبر 2026"),
        (11, "1 نونبر 2026"),
        (12, "1 دجنبر 2026"),
    ],
)
def test_arabic_dates_use_moroccan_month_names_and_latin_digits(month, expected):
    assert local_date(datetime.date(2026, month, 1), language="ar") == expected


def test_french_dates():
    assert local_date(datetime.date(2026, 11, 24), language="fr") == "24 novembre 2026"


def test_news_dates_are_written_for_the_reader(client, tree):
    tree.add_news(1)
    article = NewsPage.objects.get(slug="nouvelle-0")
    translate(tree.news_fr, tree.ar, title="المستجدات")
    translate(article.specific, tree.ar, title="خبر")

    assert "1 novembre 2026" in client.get("/fr/actualites/nouvelle-0/").content.decode()
    assert "1 نونبر 2026" in client.get("/ar/actualites/nouvelle-0/").content.decode()
