import pytest

from jawda.committees.api import MAX_PAGE_SIZE


def get(client, url, **params):
    return client.get(url, params)


def test_committee_list_in_french_with_the_national_summary(client, committees):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 100, 50)
    committees.committee("oriental", created_on=None)

    response = get(client, "/api/committees")

    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2 and data["page"] == 1 and data["next"] is None
    assert data["summary"] == {
        "regions": 12,
        "committees_created": 1,
        "roadmaps": 1,
        "average_percent_executed": 75.0,
    }
    items = {item["region"]["code"]: item for item in data["items"]}
    first, second = items["casablanca-settat"], items["oriental"]
    assert first["id"] == page.id and first["locale"] == "fr"
    assert first["region"] == {"code": "casablanca-settat", "name": "Casablanca-Settat"}
    assert (first["created"], first["actions_count"], first["percent_executed"]) == (
        True,
        2,
        75.0,
    )
    assert first["url"] == "http://testserver/fr/comites/casablanca-settat/"
    assert second["created"] is False and second["percent_executed"] is None


def test_committee_list_in_arabic(client, committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 40)

    data = get(client, "/api/committees", lang="ar").json()

    (item,) = data["items"]
    assert item["id"] == page.arabic.id and item["locale"] == "ar"
    assert item["region"]["name"] == "الدار البيضاء سطات"
    assert item["percent_executed"] == 40.0
    assert data["summary"]["roadmaps"] == 1  # not counted twice for two languages


def test_committee_detail_in_both_languages(client, committees):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 100, 20)

    french = get(client, f"/api/committees/{page.id}").json()
    arabic = get(client, f"/api/committees/{page.id}", lang="ar").json()

    assert french["locale"] == "fr" and arabic["locale"] == "ar"
    assert arabic["id"] == page.arabic.id
    assert french["percent_executed"] == arabic["percent_executed"] == 60.0
    assert [m["name"] for m in french["members"]] == ["Membre 0", "Membre 1"]
    assert french["president"] == {"name": "Karim Tazi", "organisation": "CCIS"}
    assert french["partners"][0]["kind"] == "chamber"
    assert french["contact"]["email"] == "comite@jawda.ma"
    assert [a["percent_executed"] for a in french["roadmap"]] == [100, 20]
    assert arabic["roadmap"][0]["title"].startswith("الإجراء")
    assert french["roadmap"][0]["status"] in {"planned", "in_progress", "done", "late"}


def test_detail_of_an_unknown_committee_is_a_404_with_the_error_shape(client, committees):
    response = get(client, "/api/committees/999999")

    assert response.status_code == 404
    assert set(response.json()["error"]) == {"code", "message", "fields"}


def test_regions_list(client, committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 30)

    data = get(client, "/api/regions", lang="ar").json()

    assert data["count"] == 12 and len(data["items"]) == 12
    casablanca = next(r for r in data["items"] if r["code"] == "casablanca-settat")
    assert casablanca["name"] == "الدار البيضاء سطات"
    assert casablanca["committee_created"] is True and casablanca["percent_executed"] == 30.0
    assert casablanca["committee"]["id"] == page.arabic.id
    oriental = next(r for r in data["items"] if r["code"] == "oriental")
    assert oriental["committee"] is None and oriental["committee_created"] is False


def test_pagination_and_its_maximum(client, committees):
    data = get(client, "/api/regions", page_size=5, page=2).json()
    assert [data["count"], data["page"], len(data["items"])] == [12, 2, 5]
    assert "page=3" in data["next"] and "page=1" in data["previous"]

    response = get(client, "/api/regions", page_size=MAX_PAGE_SIZE + 1)
    assert response.status_code == 400
    assert "page_size" in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("url", "params", "field"),
    [
        ("/api/committees", {"colour": "green"}, "colour"),
        ("/api/regions", {"limit": "5"}, "limit"),
        ("/api/committees", {"lang": "en"}, "lang"),
        ("/api/committees", {"page": "abc"}, "page"),
        ("/api/committees", {"page": "0"}, "page"),
        ("/api/committees/1", {"region": "x"}, "region"),
    ],
)
def test_bad_parameters_are_a_400_with_the_error_shape(client, committees, url, params, field):
    response = client.get(url, params)

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_parameters"
    assert error["message"]
    assert field in error["fields"]


def test_openapi_document_lists_the_committee_endpoints(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]

    assert {"/api/committees", "/api/committees/{committee_id}", "/api/regions"} <= set(paths)


def test_list_and_detail_query_counts_do_not_grow(
    client, committees, django_assert_max_num_queries
):
    page = committees.committee("casablanca-settat", members=2)
    committees.actions(page, 10, 20)
    with django_assert_max_num_queries(30) as list_few:
        get(client, "/api/committees")
    with django_assert_max_num_queries(30) as detail_few:
        get(client, f"/api/committees/{page.id}")
    for code in ("rabat-sale-kenitra", "fes-meknes", "souss-massa"):
        committees.actions(committees.committee(code, members=20), *range(20))
    committees.add_members(page, 18)
    committees.actions(page, *range(18))
    with django_assert_max_num_queries(len(list_few.captured_queries)):
        assert len(get(client, "/api/committees").json()["items"]) == 4
    with django_assert_max_num_queries(len(detail_few.captured_queries)):
        assert len(get(client, f"/api/committees/{page.id}").json()["roadmap"]) == 20
