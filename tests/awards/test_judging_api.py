"""`/api/judging/…`: the judge's own assignments and score sheets, judges only, the conflict
rule, drafts, submission; scores in no public endpoint."""

import json

import pytest

from django.test import Client
from django.utils import translation

from awards import judging
from awards.models import Assignment, Conflict, ConflictDeclaration, ScoreSheet, SubCriterion
from jawda.security.models import TokenScope
from jawda.security.tokens import create_token

from ..factories import UserFactory
from .conftest import assign_more, make_judge

pytestmark = pytest.mark.django_db

LIST = "/api/judging/assignments"


@pytest.fixture(autouse=True)
def in_french():
    with translation.override("fr"):
        yield


def bearer(user, scope=TokenScope.WRITE):
    _token, plaintext = create_token(user, "Tests", scope, 30)
    return Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")


@pytest.fixture
def amina(atlas):
    judge = make_judge()
    ConflictDeclaration.objects.create(judge=judge, year=judging.declaration_year(), statement="-")
    Assignment.objects.create(application=atlas, judge=judge)
    return judge


def sheet_url(judge, application):
    pk = Assignment.objects.get(judge=judge, application=application).pk
    return f"/api/judging/assignments/{pk}/sheet"


def put(client, url, scores):
    return client.put(url, json.dumps({"scores": scores}), content_type="application/json")


def error(response, status):
    assert response.status_code == status, response.content
    return response.json()["error"]


def test_anonymous_members_and_other_judges_are_refused(client, amina, atlas):
    assert error(client.get(LIST), 401)["code"] == "not_authenticated"
    member = bearer(UserFactory())
    assert error(member.get(LIST), 403)["code"] == "not_a_judge"
    assert error(member.get(sheet_url(amina, atlas)), 403)["code"] == "not_a_judge"
    other = bearer(make_judge().user)
    assert other.get(LIST).json()["items"] == []
    assert error(other.get(sheet_url(amina, atlas)), 404)["code"] == "not_found"
    assert error(put(other, sheet_url(amina, atlas), []), 404)["code"] == "not_found"


def test_a_conflicted_judge_no_longer_sees_the_assignment(amina, atlas):
    api = bearer(amina.user)
    assert [item["reference"] for item in api.get(LIST).json()["items"]] == [atlas.reference]
    Conflict.objects.create(judge=amina, application=atlas, kind="financial", source="judge")
    assert api.get(LIST).json()["items"] == []
    assert error(api.get(sheet_url(amina, atlas)), 404)["code"] == "not_found"
    assert error(api.post(sheet_url(amina, atlas).replace("sheet", "submit")), 404)


def test_she_saves_a_draft_and_submits_through_the_api(amina, atlas):
    api = bearer(amina.user)
    url = sheet_url(amina, atlas)
    first, second = SubCriterion.objects.order_by("pk")
    body = error(put(api, url, [{"subcriterion": first.pk, "percent": 7}]), 400)
    assert str(first.pk) in body["fields"]
    assert error(put(api, url, [{"subcriterion": 999999, "percent": 50}]), 400)
    assert not ScoreSheet.objects.get().scores.exists()

    response = put(api, url, [{"subcriterion": first.pk, "percent": 55, "strengths": "Clair"}])
    assert response.status_code == 200
    sheet = response.json()
    assert sheet["status"] == "draft"
    assert [s["percent"] for s in sheet["scores"]] == [55, None]

    submit = url.replace("sheet", "submit")
    body = error(api.post(submit), 400)
    assert body["code"] == "incomplete"
    assert list(body["fields"]) == [str(second.pk)]

    put(api, url, [{"subcriterion": second.pk, "percent": 80, "improvements": "Mesurer"}])
    response = api.post(submit)
    assert response.status_code == 200
    assert response.json()["status"] == "submitted"
    assert error(put(api, url, []), 409)["code"] == "submitted"
    assert error(api.post(submit), 409)["code"] == "submitted"


def test_a_read_token_cannot_write_and_an_unsigned_judge_cannot_score(amina, atlas):
    read = bearer(amina.user, TokenScope.READ)
    assert read.get(sheet_url(amina, atlas)).status_code == 200
    assert error(put(read, sheet_url(amina, atlas), []), 403)["code"] == "insufficient_scope"
    amina.declarations.all().update(year=2000)
    body = error(put(bearer(amina.user), sheet_url(amina, atlas), []), 403)
    assert body["code"] == "declaration_not_signed"


def test_the_list_does_not_grow_in_queries(edition, django_assert_max_num_queries):
    judge = make_judge()
    api = bearer(judge.user)

    assign_more(edition, judge, 2)
    with django_assert_max_num_queries(30) as two:
        assert len(api.get(LIST).json()["items"]) == 2
    assign_more(edition, judge, 18)
    with django_assert_max_num_queries(len(two.captured_queries)):
        assert len(api.get(LIST).json()["items"]) == 20


def test_the_openapi_document_lists_the_judging_endpoints(client, db):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/judging/assignments" in paths
    put_responses = paths["/api/judging/assignments/{assignment_id}/sheet"]["put"]["responses"]
    assert {"400", "401", "403", "404", "409"} <= set(put_responses)
    # No public endpoint carries scores.
    public = json.dumps({p: v for p, v in paths.items() if "judging" not in p})
    assert "strengths" not in public
