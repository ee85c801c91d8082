"""The conventions every endpoint of /api/… shares (jawda.api_common)."""

import pytest

from jawda.api_common import MAX_ID, MAX_PAGE

pytestmark = pytest.mark.django_db

LISTS = ["/api/committees", "/api/regions", "/api/events", "/api/registrations"]


def error_fields(response, status=400):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"}
    return error["fields"]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize(
    "value", [str(MAX_PAGE + 1), "9" * 40, "²", "٣x", "1.5", "-2", "0", "\x00", " 1"]
)
def test_bad_or_huge_page_numbers_are_refused_before_the_database(client, user, url, value):
    client.force_login(user)
    assert "page" in error_fields(client.get(url, {"page": value}))


@pytest.mark.parametrize("url", LISTS)
def test_unknown_parameters_and_nul_characters_are_400(client, user, url):
    client.force_login(user)
    assert "colour" in error_fields(client.get(url, {"colour": "green"}))
    assert "lang" in error_fields(client.get(url, {"lang": "fr\x00"}))


@pytest.mark.parametrize(
    "url",
    [
        "/api/committees/{}",
        "/api/events/{}",
        "/api/courses/{}",
        "/api/prizes/{}",
        "/api/prize-editions/{}",
        "/api/pages/{}/@translations",
    ],
)
def test_ids_beyond_the_database_range_are_400_not_500(client, url):
    assert error_fields(client.get(url.format(MAX_ID + 1)))
    assert error_fields(client.get(url.format("9" * 40)))
    # schemathesis found these: a large negative id reached the database.
    assert error_fields(client.get(url.format("-" + "9" * 30)))
    assert error_fields(client.get(url.format(0)))
    assert error_fields(client.get(url.format(MAX_ID)), status=404) == {}


def test_messages_follow_the_requested_language(client):
    french = error_fields(client.get("/api/regions", {"page_size": "500"}))
    arabic = error_fields(client.get("/api/regions", {"page_size": "500", "lang": "ar"}))
    assert french["page_size"] != arabic["page_size"]
    assert "50" in french["page_size"][0] and "50" in arabic["page_size"][0]


def test_authentication_errors_have_the_error_shape(client):
    assert error_fields(client.get("/api/registrations"), status=401) == {}


@pytest.mark.parametrize("url", ["/api/nothing-here", "/api/events/1/unknown", "/api/events/"])
def test_unknown_api_addresses_are_json_404s_in_the_requested_language(client, url):
    assert error_fields(client.get(url), status=404) == {}
    french = client.get(url).json()["error"]["message"]
    assert client.get(url, {"lang": "ar"}).json()["error"]["message"] != french


def test_a_non_numeric_id_is_a_json_error(client):
    assert "event_id" in error_fields(client.get("/api/events/abc"))
