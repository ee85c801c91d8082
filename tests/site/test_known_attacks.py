"""Replays of the attacks known on this stack (see docs/security.md)."""

import json

import pytest

from django.core.files.base import ContentFile
from django.utils.translation import trans_real

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

from jawda.blocks import RICH_TEXT_FEATURES
from jawda.models import StandardPage

from ..conftest import publish


def test_javascript_links_typed_in_the_editor_are_dropped(client, tree):
    # What the page editor (Draftail) sends for a paragraph with a link.
    contentstate = json.dumps(
        {
            "blocks": [
                {
                    "key": "a1",
                    "type": "unstyled",
                    "text": "clic",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)"},
                }
            },
        }
    )
    html = ContentstateConverter(features=RICH_TEXT_FEATURES).to_database_format(contentstate)
    page = StandardPage.objects.get(pk=tree.page_fr.pk)
    page.body = [("paragraph", RichText(html))]
    publish(page)

    content = client.get("/fr/semaine/").content.decode()

    assert "clic" in content
    assert "javascript:" not in content


def test_page_titles_and_intros_are_escaped(client, tree):
    page = StandardPage.objects.get(pk=tree.page_fr.pk)
    page.title = '<img src=x onerror="alert(1)">'
    page.intro = "<script>alert(1)</script>"
    publish(page)

    content = client.get("/fr/semaine/").content.decode()

    assert "<img src=x" not in content
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_form_help_text_is_escaped(client, user, monkeypatch):
    from jawda.models import Profile

    field = Profile._meta.get_field("organisation_name")
    monkeypatch.setattr(field, "help_text", "<script>alert(1)</script>")
    client.force_login(user)

    content = client.get("/fr/accounts/profile/").content.decode()

    assert "<script>alert(1)</script>" not in content


def test_documents_of_a_private_collection_are_not_in_the_api(client, db):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Dossiers internes")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    public = Document.objects.create(title="Guide public", file=ContentFile(b"%PDF-1.4", "g.pdf"))
    secret = Document.objects.create(
        title="Note interne", file=ContentFile(b"%PDF-1.4", "n.pdf"), collection=private
    )

    ids = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}

    assert public.id in ids
    assert secret.id not in ids
    response = client.get(secret.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_no_language_switch_endpoint_to_abuse(client, db):
    response = client.post("/i18n/setlang/", {"language": "x" * 500}, follow=True)

    assert response.status_code == 404


def test_long_language_codes_do_not_grow_the_translation_cache(client, tree):
    client.get("/fr/")
    before = len(trans_real._translations)

    for number in range(300):
        code = f"x{number}-" + "a" * 200
        client.cookies["django_language"] = code
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=f"{code},{code}-b;q=0.9")
        assert response.status_code == 302

    assert len(trans_real._translations) == before


@pytest.mark.parametrize(
    "parameter",
    [
        {"order": "password"},
        {"fields": "owner__password"},
        {"title__startswith": "x"},
        {"order": "-nonexistent"},
    ],
)
def test_unknown_api_filters_and_orderings_are_400(client, tree, parameter):
    response = client.get("/api/v2/pages/", parameter)

    assert response.status_code == 400
    assert "message" in response.json()
