"""`@search`, `@vocabularies`, `@navigation` and `@breadcrumbs`: what a front end reads."""

import pytest

from wagtail.rich_text import RichText

from jawda.models import City, NavigationMenu, Region, StandardPage

pytestmark = pytest.mark.django_db


def search(client, **params):
    return client.get("/api/@search", params)


def titles(response):
    return [item["title"] for item in response.json()["items"]]


# ---------------------------------------------------------------------------------------------
# @search


def test_search_finds_public_pages_in_french_and_arabic(client, tree):
    french = search(client, q="Séminaires")
    assert french.status_code == 200
    assert titles(french) == ["Semaine Nationale de la Qualité"]
    item = french.json()["items"][0]
    assert item["type"] == "jawda.StandardPage"
    assert item["locale"] == "fr"
    assert item["url"] == "http://testserver/fr/semaine/"

    arabic = search(client, q="ندوات", lang="ar")
    assert titles(arabic) == ["الأسبوع الوطني للجودة"]
    assert arabic.json()["items"][0]["url"].startswith("http://testserver/ar/")


def test_search_never_shows_drafts_private_pages_or_aliases(client, tree):
    assert titles(search(client, q="confidentiel")) == []
    # The Arabic tree's alias of a French-only page holds French text: not an Arabic result.
    assert titles(search(client, q="Métrologie", lang="ar")) == []
    assert titles(search(client, q="Métrologie")) == ["Métrologie légale"]


def test_search_filters_by_page_type(client, tree):
    tree.add_news(2)
    all_types = search(client, q="Nouvelle")
    assert sorted(titles(all_types)) == ["Nouvelle 0", "Nouvelle 1"]
    assert titles(search(client, q="Nouvelle", type="jawda.StandardPage")) == []
    news = search(client, q="Nouvelle", type="jawda.NewsPage,jawda.StandardPage")
    assert sorted(titles(news)) == ["Nouvelle 0", "Nouvelle 1"]


def test_search_filters_by_section_id_or_address(client, tree):
    tree.add(
        tree.page_fr,
        StandardPage(
            title="Programme de la semaine",
            slug="programme",
            intro="Qualité",
            body=[("paragraph", RichText("<p>Qualité</p>"))],
        ),
    )
    everywhere = search(client, q="Qualité")
    assert "Programme de la semaine" in titles(everywhere)
    assert len(titles(everywhere)) > 1
    by_id = search(client, q="Qualité", section=str(tree.page_fr.id))
    assert sorted(titles(by_id)) == ["Programme de la semaine", "Semaine Nationale de la Qualité"]
    by_address = search(client, q="Qualité", section="/fr/semaine/")
    assert titles(by_address) == titles(by_id)


def test_search_is_paginated(client, tree):
    tree.add_news(3)
    first = search(client, q="Nouvelle", page_size="2").json()
    assert first["count"] == 3 and len(first["items"]) == 2 and first["next"]
    second = client.get(first["next"]).json()
    assert len(second["items"]) == 1 and second["next"] is None
    assert {item["id"] for item in first["items"]}.isdisjoint(
        item["id"] for item in second["items"]
    )


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x" * 201}, "q"),
        ({}, "q"),
        ({"q": "  "}, "q"),
        ({"q": "qualité", "type": "auth.User"}, "type"),
        ({"q": "qualité", "type": "awards.Application"}, "type"),
        ({"q": "qualité", "section": "99999"}, "section"),
        ({"q": "qualité", "section": "/fr/nulle-part/"}, "section"),
        ({"q": "qualité", "order_by": "title"}, "order_by"),
        ({"q": "qualité", "page_size": "51"}, "page_size"),
        ({"q": "qualité", "lang": "en"}, "lang"),
    ],
)
def test_search_refuses_bad_parameters_with_json(client, tree, params, field):
    response = search(client, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert field in response.json()["error"]["fields"]


def test_search_errors_are_in_the_requested_language(client, tree):
    response = search(client, q="x" * 201, lang="ar")
    assert response.status_code == 400
    assert "200" in response.json()["error"]["fields"]["q"][0]
    assert response.json()["error"]["fields"]["q"][0] != "At most 200 characters."


def test_search_section_of_another_language_is_refused(client, tree):
    response = search(client, q="ندوات", lang="ar", section=str(tree.page_fr.id))
    assert response.status_code == 400
    assert "section" in response.json()["error"]["fields"]


def test_search_with_sql_or_script_looking_text_answers_normally(client, tree):
    for text in ["'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>", "a & | ! :*"]:
        response = search(client, q=text)
        assert response.status_code == 200, text


def test_search_with_an_unmatched_quote_or_a_control_character_still_finds(client, tree):
    # Found by the contract test: SQLite's full-text syntax broke on them (a 500).
    for text in ['"Séminaires', 'Séminaires"', "Sémin\x00aires Séminaires", '"']:
        response = search(client, q=text)
        assert response.status_code in (200, 400), text
    assert titles(search(client, q='"Séminaires')) == ["Semaine Nationale de la Qualité"]
    assert search(client, q='"').json()["error"]["fields"]["q"]


# ---------------------------------------------------------------------------------------------
# @vocabularies


def test_vocabularies_are_listed_with_their_addresses(client, db):
    response = client.get("/api/@vocabularies", {"lang": "ar"})
    assert response.status_code == 200
    names = [item["name"] for item in response.json()["items"]]
    assert names == [
        "regions",
        "cities",
        "sectors",
        "event-types",
        "prize-categories",
        "organisation-sizes",
    ]
    assert response.json()["items"][0]["url"] == "http://testserver/api/@vocabularies/regions"


def test_vocabulary_terms_have_stable_tokens_and_translated_titles(client, db):
    french = client.get("/api/@vocabularies/regions", {"lang": "fr"}).json()
    arabic = client.get("/api/@vocabularies/regions", {"lang": "ar"}).json()
    assert french["count"] == 12 == len(french["items"])
    assert [t["token"] for t in french["items"]] == [t["token"] for t in arabic["items"]]
    region = Region.objects.get(code=french["items"][0]["token"])
    assert french["items"][0]["title"] == region.name_fr
    assert arabic["items"][0]["title"] == region.name_ar

    types_fr = client.get("/api/@vocabularies/event-types").json()["items"]
    types_ar = client.get("/api/@vocabularies/event-types", {"lang": "ar"}).json()["items"]
    assert {"token": "seminar", "title": "Séminaire", "region": None} in types_fr
    assert types_ar[0]["token"] == "seminar" and types_ar[0]["title"] != "Séminaire"


def test_cities_name_their_region(client, db):
    items = client.get("/api/@vocabularies/cities").json()["items"]
    rabat = next(item for item in items if item["token"] == "rabat")
    assert rabat["region"] == City.objects.get(code="rabat").region.code


@pytest.mark.parametrize("name", ["sectors", "prize-categories", "organisation-sizes"])
def test_every_vocabulary_answers_in_both_languages(client, db, name):
    french = client.get(f"/api/@vocabularies/{name}").json()
    arabic = client.get(f"/api/@vocabularies/{name}", {"lang": "ar"}).json()
    assert french["count"] > 0
    assert [t["token"] for t in french["items"]] == [t["token"] for t in arabic["items"]]
    assert french["title"] != arabic["title"]


def test_unknown_vocabulary_is_a_json_404(client, db):
    response = client.get("/api/@vocabularies/users", {"lang": "ar"})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert client.get("/api/@vocabularies/regions", {"sort": "x"}).status_code == 400


# ---------------------------------------------------------------------------------------------
# @navigation and @breadcrumbs


def link(label, page=None, url=""):
    return ("link", {"label": label, "page": page, "url": url})


def test_navigation_is_the_menu_of_the_language_with_only_public_live_pages(client, tree):
    NavigationMenu.objects.create(
        locale=tree.fr,
        links=[
            link("Semaine", tree.page_fr),
            link("Brouillon", tree.draft_fr),
            link("Privé", tree.private_fr),
            link("IMANOR", url="https://www.imanor.gov.ma/"),
        ],
    )
    NavigationMenu.objects.create(
        locale=tree.ar,
        # A French page chosen in the Arabic menu leads to its Arabic version.
        links=[link("الأسبوع", tree.page_fr), link("القياس", tree.only_fr)],
    )
    french = client.get("/api/@navigation").json()
    assert french == {
        "lang": "fr",
        "items": [
            {
                "title": "Semaine",
                "url": "http://testserver/fr/semaine/",
                "page_id": tree.page_fr.id,
            },
            {"title": "IMANOR", "url": "https://www.imanor.gov.ma/", "page_id": None},
        ],
    }
    arabic = client.get("/api/@navigation", {"lang": "ar"}).json()
    assert arabic["items"][0]["page_id"] == tree.page_ar.id
    assert arabic["items"][0]["url"].startswith("http://testserver/ar/")
    # An untranslated page keeps its French version, never the alias.
    assert arabic["items"][1]["page_id"] == tree.only_fr.id


def test_navigation_without_a_menu_in_that_language_is_empty(client, tree):
    NavigationMenu.objects.create(locale=tree.fr, links=[link("Semaine", tree.page_fr)])
    assert client.get("/api/@navigation", {"lang": "ar"}).json() == {"lang": "ar", "items": []}


def test_breadcrumbs_run_from_the_home_page_to_the_page(client, tree):
    child = tree.add(tree.page_ar, StandardPage(title="البرنامج", slug="barnamaj", intro="x"))
    response = client.get(f"/api/pages/{child.id}/@breadcrumbs")
    assert response.status_code == 200
    assert response.json()["locale"] == "ar"
    assert [item["title"] for item in response.json()["items"]] == [
        "الرئيسية",
        "الأسبوع الوطني للجودة",
        "البرنامج",
    ]
    assert response.json()["items"][-1]["url"].startswith("http://testserver/ar/")


@pytest.mark.parametrize("which", ["draft_fr", "private_fr", "alias_ar"])
def test_breadcrumbs_of_a_draft_private_or_alias_page_are_a_404(client, tree, which):
    response = client.get(f"/api/pages/{getattr(tree, which).id}/@breadcrumbs")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_wagtail_page_detail_carries_breadcrumbs(client, tree):
    detail = client.get(f"/api/v2/pages/{tree.page_fr.id}/").json()
    assert [crumb["title"] for crumb in detail["meta"]["breadcrumbs"]] == [
        "Accueil",
        "Semaine Nationale de la Qualité",
    ]
    assert detail["meta"]["breadcrumbs"][0]["detail_url"].endswith(
        f"/api/v2/pages/{tree.home_fr.id}/"
    )
    listing = client.get("/api/v2/pages/").json()
    assert "breadcrumbs" not in listing["items"][0]["meta"]
