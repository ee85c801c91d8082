import pytest


def listing(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200
    return response.json()


def test_pages_carry_their_locale_and_translations(client, tree):
    items = {item["id"]: item for item in listing(client, limit=50)["items"]}

    page = items[tree.page_fr.id]
    assert page["meta"]["locale"] == "fr"
    assert page["meta"]["translations"] == [
        {
            "id": tree.page_ar.id,
            "locale": "ar",
            "title": "الأسبوع الوطني للجودة",
            "detail_url": f"http://testserver/api/v2/pages/{tree.page_ar.id}/",
            "html_url": "http://testserver/ar/semaine/",
        }
    ]


def test_detail_has_translations(client, tree):
    data = client.get(f"/api/v2/pages/{tree.page_ar.id}/").json()

    assert data["meta"]["locale"] == "ar"
    assert [t["locale"] for t in data["meta"]["translations"]] == ["fr"]


def test_locale_filter(client, tree):
    items = listing(client, locale="ar")["items"]

    assert {item["meta"]["locale"] for item in items} == {"ar"}


def test_drafts_private_pages_and_aliases_are_not_listed(client, tree):
    ids = {item["id"] for item in listing(client, limit=50)["items"]}

    assert tree.draft_fr.id not in ids
    assert tree.private_fr.id not in ids
    assert tree.alias_ar.id not in ids
    assert client.get(f"/api/v2/pages/{tree.draft_fr.id}/").status_code == 404
    assert client.get(f"/api/v2/pages/{tree.private_fr.id}/").status_code == 404


def test_unknown_filter_is_a_400(client, tree):
    response = client.get("/api/v2/pages/", {"colour": "green"})

    assert response.status_code == 400


def test_listing_query_count_does_not_grow_with_items(client, tree, django_assert_max_num_queries):
    tree.add_news(2)
    with django_assert_max_num_queries(30) as few:
        listing(client, limit=50)
    tree.add_news(20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        data = listing(client, limit=50)
    assert data["meta"]["total_count"] >= 27


def test_translations_endpoint(client, tree):
    response = client.get(f"/api/pages/{tree.page_fr.id}/@translations")

    assert response.status_code == 200
    assert response.json() == {
        "id": tree.page_fr.id,
        "locale": "fr",
        "translations": [
            {
                "id": tree.page_ar.id,
                "locale": "ar",
                "title": "الأسبوع الوطني للجودة",
                "url": "http://testserver/ar/semaine/",
                "live": True,
            }
        ],
    }


@pytest.mark.parametrize("attr", ["draft_fr", "private_fr", "alias_ar"])
def test_translations_endpoint_hides_what_is_not_public(client, tree, attr):
    page = getattr(tree, attr)

    assert client.get(f"/api/pages/{page.id}/@translations").status_code == 404


def test_openapi_document_describes_the_translations_endpoint(client, db):
    document = client.get("/api/openapi.json").json()

    assert document["openapi"].startswith("3.")
    assert "/api/pages/{page_id}/@translations" in document["paths"]


def test_api_docs_page_runs_under_the_csp(client, db):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    content = response.content.decode()
    assert 'data-openapi-url="/api/openapi.json"' in content
    # Only script files and a JSON data block: the CSP allows no inline script.
    assert "<script>" not in content
    assert (
        "'unsafe-inline'"
        not in dict(
            part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
        )["script-src"]
    )
