import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import PrizePage

pytestmark = pytest.mark.django_db


def ok(response):
    assert response.status_code == 200, response.content
    return response.json()


def assert_error(response, status, *fields):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"} and error["message"]
    assert set(fields) <= set(error["fields"]), error
    return error


def test_prizes_are_listed_in_each_language_with_their_latest_edition(client, prizes):
    edition = prizes.edition(opens_in=-1)

    french = ok(client.get("/api/prizes"))
    arabic = ok(client.get("/api/prizes?lang=ar"))

    assert french["count"] == arabic["count"] == 1
    item = french["items"][0]
    assert item["code"] == "pnq" and item["lang"] == "fr" and item["translated"] is True
    assert item["title"] == "Prix National de la Qualité"
    assert item["latest_edition"]["id"] == edition.pk
    assert item["latest_edition"]["call"]["status"]["code"] == "open"
    assert item["latest_edition"]["call"]["opens_at"].endswith(("+00:00", "+01:00"))
    assert item["translations"] == [{"lang": "ar", "url": prizes.pnq_ar.full_url}]
    assert arabic["items"][0]["title"] == "الجائزة الوطنية للجودة"
    assert arabic["items"][0]["latest_edition"]["id"] == edition.arabic.pk


def test_a_prize_gives_its_laureates_and_editions(client, prizes):
    edition = prizes.edition()
    data = ok(client.get(f"/api/prizes/{prizes.pnq_fr.pk}?lang=ar"))
    assert data["id"] == prizes.pnq_ar.pk and data["lang"] == "ar"
    assert data["laureates"][0]["name"] == "Atlas Composants"
    assert data["laureates"][0]["distinction"]["code"] == "trophy"
    assert [e["id"] for e in data["editions"]] == [edition.arabic.pk]


def test_an_edition_gives_its_rules_and_referentiel_in_both_languages(client, prizes):
    edition = prizes.edition()
    prizes.referentiel(edition)

    french = ok(client.get(f"/api/prize-editions/{edition.pk}"))
    arabic = ok(client.get(f"/api/prize-editions/{edition.pk}?lang=ar"))

    assert french["prize"]["code"] == "pnq"
    assert [c["code"] for c in french["categories"]] == ["large", "sme", "public"]
    assert french["eligibility"] == {
        "ice_required": True,
        "min_years_activity": 3,
        "laureate_cooldown_years": 3,
        "notes": "",
    }
    assert french["documents"][0]["title"] == "Dossier"
    assert french["stages"][0]["start"] == "2030-01-01"
    referentiel = french["referentiel"]
    assert referentiel["total_points"] == 1000 and referentiel["frozen"] is False
    assert [(c["code"], c["points"]) for c in referentiel["criteria"]] == [("1", 600), ("2", 400)]
    sub = referentiel["criteria"][0]["sub_criteria"][0]
    assert sub["title"] == "Sous-critère 1a" and sub["points"] == 400
    assert sub["questions"] == ["Comment faites-vous ?", "Avec quels résultats ?"]
    assert sub["bands"][0] == {"from_percent": 0, "to_percent": 25, "guidance": "Aucune preuve"}

    assert arabic["id"] == edition.arabic.pk and arabic["lang"] == "ar"
    arabic_sub = arabic["referentiel"]["criteria"][0]["sub_criteria"][0]
    assert arabic_sub["id"] == sub["id"]  # one sub-criterion, whatever the language
    assert arabic_sub["title"] == "المعيار الفرعي 1a"
    assert arabic["referentiel"]["notes"] == "أوزان توضيحية"


def test_editions_filter_by_prize(client, prizes):
    edition = prizes.edition()
    other = prizes.add(prizes.index_fr, PrizePage(title="Prix étudiant", slug="etu", code="etu"))
    prizes.edition(prize=other, arabic=False)

    data = ok(client.get("/api/prize-editions?prize=pnq"))
    assert [item["id"] for item in data["items"]] == [edition.pk]
    assert data["items"][0]["prize"]["code"] == "pnq"
    assert ok(client.get("/api/prize-editions"))["count"] == 2
    assert_error(client.get("/api/prize-editions?prize=nope"), 400, "prize")


def test_unknown_ids_and_parameters_answer_json_errors(client, prizes):
    assert_error(client.get("/api/prizes/999999"), 404)
    assert_error(client.get("/api/prize-editions/999999?lang=ar"), 404)
    assert_error(client.get(f"/api/prizes/{prizes.tree.page_fr.pk}"), 404)  # not a prize
    assert_error(client.get("/api/prizes?colour=red"), 400, "colour")
    assert_error(client.get("/api/prizes?lang=en"), 400, "lang")
    assert_error(client.get("/api/prize-editions/99999999999"), 400)


def test_unpublished_editions_are_not_public(client, prizes):
    edition = prizes.edition(arabic=False)
    edition.unpublish()
    assert_error(client.get(f"/api/prize-editions/{edition.pk}"), 404)
    assert ok(client.get("/api/prize-editions"))["count"] == 0


def count_queries(client, url):
    ok(client.get(url))  # caches warmed
    with CaptureQueriesContext(connection) as queries:
        ok(client.get(url))
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_items(client, prizes):
    def add(count):
        for _number in range(count):
            number = PrizePage.objects.count()
            prize = prizes.add(
                prizes.index_fr,
                PrizePage(title=f"Prix {number}", slug=f"p{number}", code=f"x{number}"),
            )
            prizes.arabic(prize, title=f"جائزة {number}")
            prizes.edition(prize=prize)

    add(2)
    edition = prizes.edition()
    prizes.referentiel(edition, criteria=((500, (250, 250)), (500, (500,))))
    urls = ["/api/prizes", "/api/prizes?lang=ar", "/api/prize-editions?lang=ar"]
    few = [count_queries(client, url) for url in urls]
    detail_few = count_queries(client, f"/api/prize-editions/{edition.pk}?lang=ar")

    add(6)
    big = prizes.edition()
    prizes.referentiel(big, criteria=tuple((100, (20, 30, 50)) for _ in range(10)))
    assert [count_queries(client, url) for url in urls] == few
    assert count_queries(client, f"/api/prize-editions/{big.pk}?lang=ar") == detail_few


def test_the_openapi_document_describes_the_prize_endpoints(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/prizes",
        "/api/prizes/{prize_id}",
        "/api/prize-editions",
        "/api/prize-editions/{edition_id}",
    ):
        assert path in paths
    responses = paths["/api/prize-editions/{edition_id}"]["get"]["responses"]
    assert {"200", "404"} <= set(responses)
