import re

import pytest


def test_search_finds_public_pages_of_the_current_language(client, tree):
    french = client.get("/fr/search/", {"q": "Semaine"}).content.decode()
    arabic = client.get("/ar/search/", {"q": "الأسبوع"}).content.decode()

    assert 'href="/fr/semaine/"' in french
    assert 'href="/ar/semaine/"' in arabic
    assert 'href="/fr/semaine/"' not in arabic


@pytest.mark.parametrize("query", ["confidentiel", "Brouillon", "privé"])
def test_search_never_shows_private_or_draft_pages(client, tree, query):
    content = client.get("/fr/search/", {"q": query}).content.decode()

    assert "/fr/brouillon/" not in content
    assert "/fr/prive/" not in content


def test_search_in_arabic_does_not_list_french_aliases(client, tree):
    content = client.get("/ar/search/", {"q": "Métrologie"}).content.decode()

    assert "/ar/metrologie/" not in content


def test_search_with_an_unmatched_quote_answers_normally(client, tree):
    for query in ['"qualité', "qualit\x00é", '"']:
        assert client.get("/fr/search/", {"q": query}).status_code == 200, query


def test_very_long_search_is_refused_quickly_with_a_message(client, tree):
    response = client.get("/ar/search/", {"q": "جودة" * 2500})

    assert response.status_code == 400
    assert "200" in response.content.decode()


def sitemap_entries(client):
    content = client.get("/sitemap.xml").content.decode()
    return content, re.findall(r"<loc>([^<]+)</loc>", content)


def test_sitemap_lists_both_languages_with_alternates(client, tree):
    content, locations = sitemap_entries(client)

    assert "http://testserver/fr/semaine/" in locations
    assert "http://testserver/ar/semaine/" in locations
    assert (
        '<xhtml:link rel="alternate" hreflang="ar" href="http://testserver/ar/semaine/"/>'
        in content
    )


def test_sitemap_leaves_out_drafts_private_pages_and_aliases(client, tree):
    _content, locations = sitemap_entries(client)

    assert not any(
        path in location
        for location in locations
        for path in ("/fr/brouillon/", "/fr/prive/", "/ar/metrologie/")
    )
    assert "http://testserver/fr/metrologie/" in locations
