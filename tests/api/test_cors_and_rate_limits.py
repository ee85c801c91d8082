"""CORS allowlist for /api/, and the rate limits on API writes (per IP and per token)."""

import json

import pytest

from jawda.api_common import write_rate_limit
from jawda.security.models import TokenScope
from jawda.security.tokens import create_token

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

FRONT_END = "https://app.jawda.example.ma"


@pytest.fixture
def allowed_origin(settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONT_END]


def test_an_allowed_origin_gets_the_cors_headers(client, allowed_origin):
    response = client.get("/api/@vocabularies", HTTP_ORIGIN=FRONT_END)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    # Cookies only when the deployment allows them.
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_from_an_allowed_origin_is_answered(client, allowed_origin):
    response = client.options(
        "/api/progress/view",
        HTTP_ORIGIN=FRONT_END,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "authorization" in response["Access-Control-Allow-Headers"]


def test_another_origin_gets_no_cors_headers(client, allowed_origin):
    response = client.get("/api/@vocabularies", HTTP_ORIGIN="https://evil.example.com")
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_cors_applies_only_to_the_api(client, allowed_origin, tree):
    response = client.get("/fr/", HTTP_ORIGIN=FRONT_END)
    assert "Access-Control-Allow-Origin" not in response


def test_credentials_only_when_configured(client, allowed_origin, settings):
    settings.CORS_ALLOW_CREDENTIALS = True
    response = client.get("/api/@vocabularies", HTTP_ORIGIN=FRONT_END)
    assert response["Access-Control-Allow-Credentials"] == "true"


def test_nothing_is_allowed_by_default(client):
    response = client.get("/api/@vocabularies", HTTP_ORIGIN=FRONT_END)
    assert "Access-Control-Allow-Origin" not in response


# ---------------------------------------------------------------------------------------------
# Rate limits on writes


@pytest.fixture
def limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "api_write": "4/m/ip",
        "api_write_token": "2/m/key,100/d/key",
    }


def token_for(user):
    return create_token(user, "Front end", TokenScope.WRITE, 30)[1]


def write(client, token=None, ip="192.0.2.1", lang=None):
    headers = {"REMOTE_ADDR": ip}
    if token:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    url = "/api/progress/view" + (f"?lang={lang}" if lang else "")
    return client.post(
        url, json.dumps({"item_id": 999999}), content_type="application/json", **headers
    )


def test_a_token_over_its_limit_gets_429_with_retry_after(client, limits):
    token = token_for(UserFactory())
    assert [write(client, token).status_code for _ in range(2)] == [404, 404]
    limited = write(client, token)
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert set(limited.json()["error"]) == {"code", "message", "fields"}
    # The longest window of the token's limits: retrying sooner could still be refused.
    assert limited["Retry-After"] == "86400"
    # Another member's token, from the same address, is counted apart.
    assert write(client, token_for(UserFactory())).status_code == 404


def test_an_address_over_its_limit_gets_429_whatever_the_token(client, limits):
    tokens = [token_for(UserFactory()) for _ in range(5)]
    assert [write(client, token).status_code for token in tokens[:4]] == [404] * 4
    limited = write(client, tokens[4])
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert write(client, tokens[4], ip="192.0.2.2").status_code == 404


def test_anonymous_writes_are_counted_per_address(client, limits):
    assert [write(client).status_code for _ in range(4)] == [401] * 4
    assert write(client).status_code == 429


def test_the_429_is_written_in_the_requested_language(client, limits):
    for _ in range(4):
        write(client)
    french = write(client, lang="fr").json()["error"]["message"]
    arabic = write(client, lang="ar").json()["error"]["message"]
    assert french != arabic


def test_reads_are_not_counted(client, limits):
    statuses = {client.get("/api/@vocabularies", REMOTE_ADDR="192.0.2.1").status_code}
    for _ in range(10):
        statuses.add(client.get("/api/@vocabularies", REMOTE_ADDR="192.0.2.1").status_code)
    assert statuses == {200}
    assert write(client).status_code == 401


def test_without_a_client_address_only_the_token_is_counted(rf, limits):
    # In-process WSGI callers (the contract test) have no REMOTE_ADDR; allauth cannot place
    # them, which must not turn a write into a 403.
    token = token_for(UserFactory())
    request = rf.post("/api/progress/view", HTTP_AUTHORIZATION=f"Bearer {token}")
    del request.META["REMOTE_ADDR"]
    assert write_rate_limit(request) is None
    assert write_rate_limit(request) is None
    assert write_rate_limit(request).status_code == 429


def test_every_write_in_the_document_declares_the_rate_limit(client):
    schema = client.get("/api/openapi.json").json()

    writes = [
        (path, method, operation)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if method in ("post", "put", "patch", "delete")
    ]

    assert writes
    for path, method, operation in writes:
        too_many = operation["responses"].get("429")
        assert too_many and "Retry-After" in too_many["headers"], (method, path)
