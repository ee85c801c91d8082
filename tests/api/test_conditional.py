"""ETag and Last-Modified on the API's public reads: a front end revalidates with 304s."""

import datetime

import pytest

from django.utils.http import http_date

from wagtail.models import Page

from tests.conftest import publish

pytestmark = pytest.mark.django_db


def published_last(*pages):
    return max(Page.objects.get(pk=page.pk).last_published_at for page in pages)


def public_reads(tree):
    page = tree.page_fr.id
    return [
        "/api/@search?q=Qualit%C3%A9",
        "/api/@vocabularies",
        "/api/@vocabularies/cities?lang=ar",
        "/api/@navigation?lang=ar",
        f"/api/pages/{page}/@breadcrumbs",
        f"/api/pages/{page}/@translations",
        "/api/committees",
        "/api/regions?lang=ar",
        "/api/courses",
        "/api/events",
        "/api/prizes",
        "/api/prize-editions",
    ]


def test_every_public_read_has_an_etag_and_answers_304(client, tree):
    for url in public_reads(tree):
        first = client.get(url)
        assert first.status_code == 200, url
        etag = first["ETag"]
        again = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        # Another answer (here, another language) never matches the first one's ETag.
        other = client.get(url + ("&" if "?" in url else "?") + "page_size=1")
        if other.status_code == 200 and other.content != first.content:
            assert other["ETag"] != etag, url


def test_a_changed_answer_gets_a_new_etag(client, tree):
    url = f"/api/pages/{tree.page_fr.id}/@breadcrumbs"
    etag = client.get(url)["ETag"]
    tree.page_fr.title = "Semaine de la Qualité"
    publish(tree.page_fr)
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["items"][-1]["title"] == "Semaine de la Qualité"


def test_breadcrumbs_carry_last_modified_and_answer_if_modified_since(client, tree):
    url = f"/api/pages/{tree.page_fr.id}/@breadcrumbs"
    first = client.get(url)
    latest = published_last(tree.home_fr, tree.page_fr)
    assert first["Last-Modified"] == http_date(latest.timestamp())
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    earlier = http_date((latest - datetime.timedelta(hours=1)).timestamp())
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_private_reads_are_never_answered_304(client, tree, user):
    client.force_login(user)
    first = client.get("/api/enrolments")
    assert first.status_code == 200
    assert "ETag" not in first
    assert "no-cache" in first["Cache-Control"]


def test_translations_carry_last_modified(client, tree):
    url = f"/api/pages/{tree.page_ar.id}/@translations"
    first = client.get(url)
    latest = published_last(tree.page_fr, tree.page_ar)
    assert first["Last-Modified"] == http_date(latest.timestamp())
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
