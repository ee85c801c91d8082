"""A regional editor works on her committee's page only, in both languages, through moderation."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.models import Page, Workflow

from jawda.committees.groups import TRANSLATORS, ensure_groups, regional_group_name
from jawda.committees.models import CommitteePage

from ..factories import UserFactory, with_totp


@pytest.fixture
def regions(committees):
    own = committees.committee("casablanca-settat")
    other = committees.committee("rabat-sale-kenitra")
    groups = ensure_groups()
    return own, other, groups


@pytest.fixture
def regional_editor(regions):
    own, _other, groups = regions
    editor = with_totp(UserFactory())
    editor.groups.add(groups["casablanca-settat"])
    return editor


@pytest.fixture
def moderator(db):
    user = with_totp(UserFactory(email="moderatrice@umaq.ma"))
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_groups_are_created_once_per_region(regions):
    ensure_groups()

    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Moderators", TRANSLATORS} <= names
    assert regional_group_name(regions[0].region) in names
    assert Group.objects.filter(name__startswith="Comité régional").count() == 2


def test_regional_editor_edits_her_committee_in_both_languages(client, regions, regional_editor):
    own, _other, _groups = regions
    client.force_login(regional_editor)

    assert client.get(f"/admin/pages/{own.id}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{own.arabic.id}/edit/").status_code == 200


def other_pages(regions, tree):
    _own, other, _groups = regions
    return [other, other.arabic, tree.page_fr, tree.page_ar, tree.home_fr]


@pytest.mark.parametrize(
    "action",
    ["edit", "delete", "copy", "move", "unpublish", "add_subpage", "history"],
)
def test_regional_editor_cannot_act_on_other_pages(client, regions, tree, regional_editor, action):
    client.force_login(regional_editor)

    for page in other_pages(regions, tree):
        response = client.get(f"/admin/pages/{page.id}/{action}/")
        # Wagtail answers a refused admin action with a redirect to the dashboard.
        assert (response.status_code, response.get("Location")) in (
            (302, "/admin/"),
            (403, None),
        ), (
            action,
            page.url_path,
        )


def test_regional_editor_cannot_translate_other_pages(client, regions, tree, regional_editor):
    _own, other, _groups = regions
    client.force_login(regional_editor)

    response = client.get(f"/admin/localize/submit/page/{other.id}/")

    assert response.status_code in (302, 403)


def test_forged_post_on_another_region_changes_nothing(client, regions, regional_editor):
    _own, other, _groups = regions
    client.force_login(regional_editor)
    revisions = other.revisions.count()

    response = client.post(
        f"/admin/pages/{other.id}/edit/",
        {"title": "Piraté", "slug": other.slug, "action-publish": "1"},
    )

    assert response.status_code in (302, 403)
    other = CommitteePage.objects.get(pk=other.pk)
    assert other.title != "Piraté"
    assert other.revisions.count() == revisions


def test_regional_editor_cannot_publish_even_her_own_page(regions, regional_editor):
    own, _other, _groups = regions

    permissions = own.permissions_for_user(regional_editor)

    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not own.arabic.permissions_for_user(regional_editor).can_publish()


def test_submission_goes_to_the_moderators_who_approve(regions, regional_editor, moderator):
    own, _other, _groups = regions
    workflow = own.get_workflow()
    assert workflow == Workflow.objects.get(name="Moderators approval")
    page = CommitteePage.objects.get(pk=own.arabic.pk)
    page.title = "لجنة جهة الدار البيضاء سطات (محينة)"
    revision = page.save_revision(user=regional_editor)
    mail.outbox.clear()

    state = workflow.start(page, regional_editor)

    assert state.status == "in_progress"
    assert any(moderator.email in message.to for message in mail.outbox)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve", comment="")
    page = CommitteePage.objects.get(pk=page.pk)
    assert page.live_revision_id == revision.id
    assert page.title.endswith("(محينة)")


def test_translators_may_translate_but_not_publish(regions):
    own, _other, _groups = regions
    translator = with_totp(UserFactory())
    translator.groups.add(Group.objects.get(name=TRANSLATORS))

    assert translator.has_perm("wagtail_localize.submit_translation")
    assert own.arabic.permissions_for_user(translator).can_edit()
    assert not own.arabic.permissions_for_user(translator).can_publish()
    assert Page.objects.get(pk=own.pk).permissions_for_user(translator).can_edit()
