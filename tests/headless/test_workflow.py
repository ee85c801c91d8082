"""@workflow: an editor submits a page, a moderator requests changes or approves it, through
the API, with the same rules as in the admin."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import GroupApprovalTask

from jawda.security.models import TokenScope

from .conftest import bearer, in_group

pytestmark = pytest.mark.django_db


def url(page, action=None):
    return f"/api/pages/{page.id}/@workflow" + (f"/{action}" if action else "")


def post(client, page, action, user, comment="", scope=TokenScope.WRITE):
    return client.post(
        url(page, action),
        {"comment": comment},
        content_type="application/json",
        **bearer(user, scope),
    )


@pytest.fixture
def draft(tree):
    """The French page with unpublished changes by the editor."""
    page = tree.page_fr.get_latest_revision_as_object()
    page.title = "Semaine Nationale de la Qualité 2026"
    page.save_revision()
    return tree.page_fr


def test_anonymous_visitors_must_authenticate(client, draft):
    response = client.get(url(draft))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert client.post(url(draft, "submit"), {}, content_type="application/json").status_code == 401


def test_a_member_without_rights_gets_404(client, draft, member):
    assert client.get(url(draft), **bearer(member)).status_code == 404
    response = post(client, draft, "submit", member)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_the_whole_moderation_through_the_api(client, draft, editor, moderator):
    state = client.get(url(draft), **bearer(editor, TokenScope.READ)).json()
    assert state["status"] is None and state["has_unpublished_changes"]
    assert state["workflow"] == "Moderators approval"
    assert [a["name"] for a in state["actions"]] == ["submit"]

    submitted = post(client, draft, "submit", editor)
    assert submitted.status_code == 200
    body = submitted.json()
    assert body["status"] == "in_progress"
    assert body["current_task"] == "Moderators approval"
    assert body["actions"] == []  # an editor does not review
    assert body["history"][0]["requested_by"] == "Salma Bennani"

    # An editor may not approve her own page.
    refused = post(client, draft, "approve", editor)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_allowed"

    seen = client.get(url(draft), **bearer(moderator)).json()
    assert [a["name"] for a in seen["actions"]] == ["approve", "request-changes"]
    rejected = post(client, draft, "request-changes", moderator, comment="Ajouter le programme")
    assert rejected.json()["status"] == "needs_changes"
    task = rejected.json()["history"][0]["tasks"][0]
    assert task["status"] == "rejected" and task["comment"] == "Ajouter le programme"
    assert task["finished_by"] == "Youssef Alaoui"

    assert post(client, draft, "submit", editor).json()["status"] == "in_progress"
    approved = post(client, draft, "approve", moderator)
    assert approved.status_code == 200
    assert approved.json()["status"] == "approved"
    assert approved.json()["live"] and not approved.json()["has_unpublished_changes"]
    draft.refresh_from_db()
    assert draft.title == "Semaine Nationale de la Qualité 2026"

    # Nothing left to approve.
    again = post(client, draft, "approve", moderator)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "not_applicable"


def test_a_read_token_cannot_act(client, draft, editor):
    response = post(client, draft, "submit", editor, scope=TokenScope.READ)

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "insufficient_scope"
    assert draft.current_workflow_state is None


def test_the_session_needs_its_csrf_token(draft, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    response = client.post(url(draft, "submit"), {}, content_type="application/json")

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "csrf_failed"
    assert draft.current_workflow_state is None


def test_an_unknown_action_or_a_bad_body_is_a_400(client, draft, editor):
    assert post(client, draft, "publish", editor).status_code == 400
    response = client.post(
        url(draft, "submit"), "{not json", content_type="application/json", **bearer(editor)
    )
    assert response.status_code == 400
    assert draft.current_workflow_state is None


def test_a_reviewer_without_edit_rights_reviews_but_reads_no_history(client, draft, editor):
    # A task's reviewers need not edit pages (a jury, say): Wagtail lets them review.
    jury = Group.objects.create(name="Jury")
    GroupApprovalTask.objects.get(name="Moderators approval").groups.add(jury)
    reviewer = in_group("Jury")
    assert client.get(url(draft), **bearer(reviewer)).status_code == 404  # nothing to review

    post(client, draft, "submit", editor)
    seen = client.get(url(draft), **bearer(reviewer)).json()
    assert [a["name"] for a in seen["actions"]] == ["approve", "request-changes"]
    # The last approval publishes, which Wagtail refuses to someone who may not publish.
    refused = post(client, draft, "approve", reviewer)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "not_allowed"
    assert draft.current_workflow_state.status == "in_progress"
    rejected = post(client, draft, "request-changes", reviewer, comment="Programme incomplet")
    assert rejected.json()["status"] == "needs_changes"
    assert client.get(f"/api/pages/{draft.id}/@history", **bearer(reviewer)).status_code == 404
