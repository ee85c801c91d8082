"""@history: a page's log (edits, publications, workflow steps) for the people who edit it."""

import pytest

from wagtail.models import Page

from .conftest import bearer

pytestmark = pytest.mark.django_db


def url(page):
    return f"/api/pages/{page.id}/@history"


def edit(page, user, count):
    for number in range(count):
        draft = page.get_latest_revision_as_object()
        draft.intro = f"Version {number}"
        draft.save_revision(user=user, log_action=True)


def test_anonymous_and_members_see_nothing(client, tree, member):
    assert client.get(url(tree.page_fr)).status_code == 401
    response = client.get(url(tree.page_fr), **bearer(member))
    assert response.status_code == 404
    assert "Semaine" not in response.content.decode()


def test_an_editor_reads_the_log_newest_first(client, tree, editor):
    edit(tree.page_fr, editor, 2)

    body = client.get(url(tree.page_fr), {"page_size": 2}, **bearer(editor)).json()

    assert body["count"] >= 3
    first = body["items"][0]
    assert first["action"] == "wagtail.edit"
    assert first["user"] == "Salma Bennani"
    assert first["revision_id"] == Page.objects.get(pk=tree.page_fr.pk).latest_revision_id
    assert body["next"].endswith("page=2&page_size=2") or "page=2" in body["next"]
    actions = {
        item["action"] for item in client.get(url(tree.page_fr), **bearer(editor)).json()["items"]
    }
    assert "wagtail.publish" in actions


def test_bad_parameters_are_a_400(client, tree, editor):
    response = client.get(url(tree.page_fr), {"page_size": 500, "order": "id"}, **bearer(editor))

    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"page_size", "order"}


@pytest.mark.parametrize("count", [2, 20])
def test_the_query_count_does_not_grow_with_the_page(
    client, tree, editor, count, django_assert_max_num_queries
):
    edit(tree.page_fr, editor, count)
    headers = bearer(editor)

    with django_assert_max_num_queries(8):
        response = client.get(url(tree.page_fr), {"page_size": 50}, **headers)

    assert len(response.json()["items"]) >= count
