"""Headless preview: an editor opens her draft in the front end through a signed, expiring
link; the front end reads the draft from the API with the link's token."""

import time

import pytest

from django.core import signing

from jawda.headless.preview import make_token

pytestmark = pytest.mark.django_db

PREVIEW_URL = "https://front.example.ma/preview"


def preview(client, token, **params):
    return client.get("/api/pages/@preview", {"token": token, **params})


def draft_title(page, title):
    draft = page.get_latest_revision_as_object()
    draft.title = title
    draft.save_revision()


def test_the_draft_is_served_as_the_page_api_shows_a_page(client, tree, editor):
    # Without changes, the preview is exactly the page API's document.
    token = make_token(tree.page_fr, editor)
    expected = client.get(f"/api/v2/pages/{tree.page_fr.id}/").json()
    response = preview(client, token)
    assert response.status_code == 200
    assert response.json() == expected
    assert "no-cache" in response["Cache-Control"]

    draft_title(tree.page_fr, "Semaine Nationale de la Qualité — programme provisoire")
    body = preview(client, token).json()
    assert body["title"] == "Semaine Nationale de la Qualité — programme provisoire"
    assert body["meta"]["type"] == "jawda.StandardPage"
    # The public API still shows the published version.
    assert client.get(f"/api/v2/pages/{tree.page_fr.id}/").json()["title"] == expected["title"]


def test_a_never_published_page_can_be_previewed(client, tree, editor):
    body = preview(client, make_token(tree.draft_fr, editor)).json()

    assert body["id"] == tree.draft_fr.id
    assert body["title"] == "Brouillon confidentiel"
    assert client.get(f"/api/v2/pages/{tree.draft_fr.id}/").status_code == 404


def test_an_expired_link_is_refused(client, tree, editor, settings, monkeypatch):
    token = make_token(tree.draft_fr, editor)
    later = time.time() + settings.JAWDA_PREVIEW_MAX_AGE + 1
    monkeypatch.setattr(signing.time, "time", lambda: later)

    response = preview(client, token, lang="ar")

    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "preview_expired"
    assert error["message"] == "انتهت صلاحية رابط المعاينة هذا: افتح رابطا جديدا."


@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: signing.TimestampSigner(salt="another").sign_object({"page": 1, "user": 1}),
        lambda token: "not-a-token",
        lambda token: "<script>alert(1)</script>' OR 1=1 --",
    ],
)
def test_a_tampered_link_is_refused(client, tree, editor, forge):
    response = preview(client, forge(make_token(tree.draft_fr, editor)))

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "preview_invalid"
    assert "Brouillon" not in response.content.decode()


def test_a_link_stops_working_when_its_editor_loses_the_right_to_edit(client, tree, editor):
    token = make_token(tree.draft_fr, editor)
    editor.groups.clear()

    assert preview(client, token).status_code == 403


def test_a_member_cannot_mint_a_working_link(client, tree, member):
    assert preview(client, make_token(tree.draft_fr, member)).status_code == 403


def test_missing_token_or_unknown_parameter_is_a_400(client, tree):
    assert client.get("/api/pages/@preview").status_code == 400
    response = preview(client, "x", fields="*")
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"fields": ["Paramètre inconnu."]}


def test_the_admin_sends_the_editor_to_the_front_end_with_a_working_token(
    client, tree, editor, settings
):
    settings.JAWDA_PREVIEW_URL = PREVIEW_URL
    client.force_login(editor)

    edit = client.get(f"/admin/pages/{tree.draft_fr.id}/edit/")
    assert f"/admin/headless-preview/{tree.draft_fr.id}/" in edit.content.decode()
    response = client.get(f"/admin/headless-preview/{tree.draft_fr.id}/")

    assert response.status_code == 302
    assert response["Location"].startswith(f"{PREVIEW_URL}?token=")
    token = response["Location"].split("token=", 1)[1]
    client.logout()
    assert preview(client, token).json()["title"] == "Brouillon confidentiel"


def test_no_link_without_a_configured_front_end(client, tree, editor, settings):
    settings.JAWDA_PREVIEW_URL = ""
    client.force_login(editor)

    edit = client.get(f"/admin/pages/{tree.draft_fr.id}/edit/")
    assert "/admin/headless-preview/" not in edit.content.decode()
    assert client.get(f"/admin/headless-preview/{tree.draft_fr.id}/").status_code == 404
