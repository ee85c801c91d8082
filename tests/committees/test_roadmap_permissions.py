"""A regional editor keeps her own committee's roadmap, and no other (issue 3).

Actions belong to a committee through its page's translation_key: whoever may edit the
committee's page (in either language) may add, change, delete, import and export its actions;
the admin views of any other action answer 404, as if it did not exist.
"""

import csv
import io

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import ModelLogEntry

from jawda.committees.groups import ROADMAP_PERMISSIONS, ensure_groups
from jawda.committees.models import RoadmapAction
from jawda.committees.permissions import roadmap_action_permission_policy

from ..factories import RoadmapActionFactory, UserFactory, with_totp

HEADER = ["id", "committee", "title_fr", "title_ar", "owner", "partners", "due_date"]
HEADER += ["status", "percent"]


@pytest.fixture
def regions(committees):
    """Casablanca-Settat and Rabat-Salé-Kénitra, an action each, and a commission's action.

    Casablanca's action points at the Arabic version of its page: it is the committee's all
    the same.
    """
    own = committees.committee("casablanca-settat")
    other = committees.committee("rabat-sale-kenitra")
    commission = committees.commission("iso-9001")
    groups = ensure_groups()
    return {
        "own": own,
        "other": other,
        "commission": commission,
        "groups": groups,
        "own_action": RoadmapActionFactory(page=own.arabic, title_fr="Casablanca", percent=40),
        "other_action": RoadmapActionFactory(page=other, title_fr="Rabat", percent=60),
        "commission_action": RoadmapActionFactory(page=commission, title_fr="ISO", percent=10),
    }


def regional_editor(regions, code):
    user = with_totp(UserFactory())
    user.groups.add(regions["groups"][code])
    return user


@pytest.fixture
def casablanca_editor(regions):
    return regional_editor(regions, "casablanca-settat")


@pytest.fixture
def rabat_editor(regions):
    """The editor of another region, who tries her luck on Casablanca's roadmap."""
    return regional_editor(regions, "rabat-sale-kenitra")


def form_data(page, **fields):
    data = {
        "page": page.id,
        "title_fr": "Nouvelle action",
        "title_ar": "إجراء جديد",
        "owner": "CRI",
        "partners": "",
        "due_date": "2027-06-30",
        "status": "in_progress",
        "percent": "75",
    }
    data.update(fields)
    return data


def csv_upload(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    upload = io.BytesIO(buffer.getvalue().encode("utf-8"))
    upload.name = "feuille-de-route.csv"
    return upload


def row(committee, percent="80", id=""):
    return [id, committee, "Action importée", "", "CRI", "", "2027-06-30", "in_progress", percent]


def state(action):
    action = RoadmapAction.objects.get(pk=action.pk)
    return action.title_fr, action.percent, action.page_id


# ---------------------------------------------------------------------------------------------
# Groups


def test_regional_groups_get_the_roadmap_model_permissions(regions):
    codenames = {f"committees.{action}_roadmapaction" for action in ROADMAP_PERMISSIONS}
    for group in regions["groups"].values():
        granted = {
            f"{perm.content_type.app_label}.{perm.codename}"
            for perm in group.permissions.select_related("content_type")
        }
        assert codenames <= granted, group.name
    for name in ("Editors", "Moderators"):
        assert (
            Group.objects.get(name=name)
            .permissions.filter(codename="change_roadmapaction")
            .exists()
        )


def test_the_policy_limits_instances_to_the_users_pages(regions, casablanca_editor):
    policy = roadmap_action_permission_policy

    assert set(policy.instances_user_has_permission_for(casablanca_editor, "change")) == {
        regions["own_action"]
    }
    assert policy.user_has_permission_for_instance(
        casablanca_editor, "delete", regions["own_action"]
    )
    assert not policy.user_has_permission_for_instance(
        casablanca_editor, "change", regions["other_action"]
    )
    assert not policy.user_has_permission_for_instance(
        casablanca_editor, "change", regions["commission_action"]
    )


def test_editors_and_superusers_reach_every_roadmap(regions):
    editor = with_totp(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    superuser = with_totp(UserFactory(is_staff=True, is_superuser=True))
    translator = with_totp(UserFactory())
    translator.groups.add(Group.objects.get(name="Translators"))
    every = {regions["own_action"], regions["other_action"], regions["commission_action"]}

    for user in (editor, superuser):
        assert (
            set(roadmap_action_permission_policy.instances_user_has_permission_for(user, "change"))
            == every
        )
    # Translators may edit pages but were given no roadmap permission.
    assert not roadmap_action_permission_policy.instances_user_has_permission_for(
        translator, "change"
    ).exists()


# ---------------------------------------------------------------------------------------------
# Anonymous


def test_anonymous_visitor_is_sent_to_the_login_page(client, regions):
    action = regions["own_action"]
    before = state(action)

    for url in (
        "/admin/roadmaps/",
        "/admin/roadmaps/new/",
        f"/admin/roadmaps/edit/{action.pk}/",
        f"/admin/roadmaps/delete/{action.pk}/",
        "/admin/roadmaps/import/",
        "/admin/roadmaps/export/csv/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
    client.post(f"/admin/roadmaps/edit/{action.pk}/", form_data(regions["own"], percent="1"))
    client.post(f"/admin/roadmaps/delete/{action.pk}/")

    assert state(action) == before
    assert RoadmapAction.objects.count() == 3


# ---------------------------------------------------------------------------------------------
# The editor of another region


def test_other_regions_editor_does_not_see_the_action_in_the_listing(client, regions, rabat_editor):
    client.force_login(rabat_editor)

    html = client.get("/admin/roadmaps/").content.decode()

    assert "Rabat" in html
    assert "Casablanca" not in html and "ISO" not in html
    results = client.get("/admin/roadmaps/results/?q=Casablanca").content.decode()
    assert "Casablanca" not in results


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_other_regions_action_answers_404(client, regions, rabat_editor, view):
    client.force_login(rabat_editor)

    response = client.get(f"/admin/roadmaps/{view}/{regions['own_action'].pk}/")

    assert response.status_code == 404


def test_forged_edit_and_delete_on_another_regions_action_change_nothing(
    client, regions, rabat_editor
):
    action = regions["own_action"]
    before = state(action)
    client.force_login(rabat_editor)

    # Moving it to her own committee, or just changing its figure.
    for page in (regions["other"], regions["own"]):
        response = client.post(
            f"/admin/roadmaps/edit/{action.pk}/", form_data(page, title_fr="Piraté", percent="0")
        )
        assert response.status_code == 404
    response = client.post(f"/admin/roadmaps/delete/{action.pk}/")

    assert response.status_code == 404
    assert state(action) == before


def test_other_regions_editor_cannot_add_an_action_to_another_roadmap(
    client, regions, rabat_editor
):
    client.force_login(rabat_editor)

    form = client.get("/admin/roadmaps/new/").context["form"]
    choices = set(form.fields["page"].queryset)
    assert choices == {regions["other"].page_ptr, regions["other"].arabic.page_ptr}

    for page in (regions["own"], regions["own"].arabic, regions["commission"]):
        response = client.post("/admin/roadmaps/new/", form_data(page, title_fr="Intrus"))
        assert response.status_code == 200  # the form again, with the error
        assert response.context["form"].errors["page"]
    assert not RoadmapAction.objects.filter(title_fr="Intrus").exists()


def test_her_own_action_cannot_be_moved_to_another_roadmap(client, regions, rabat_editor):
    action = regions["other_action"]
    before = state(action)
    client.force_login(rabat_editor)

    response = client.post(f"/admin/roadmaps/edit/{action.pk}/", form_data(regions["own"]))

    assert response.status_code == 200
    assert response.context["form"].errors["page"]
    assert state(action) == before


def test_import_refuses_rows_of_another_roadmap_and_writes_nothing(client, regions, rabat_editor):
    own_action = regions["own_action"]
    before = state(own_action)
    client.force_login(rabat_editor)
    rows = [
        row("rabat-sale-kenitra"),  # her own: fine alone, but the file is all or nothing
        row("casablanca-settat"),  # another region
        row("iso-9001"),  # a commission
        row("rabat-sale-kenitra", id=str(own_action.pk)),  # another region's action, by id
    ]

    response = client.post("/admin/roadmaps/import/", {"import_file": csv_upload(rows)})

    assert response.status_code == 400
    errors = dict(response.context["errors"])
    assert set(errors) == {2, 3, 4}  # rows are numbered from the first under the header
    assert errors[2][0][0] == "committee" and "casablanca-settat" in errors[2][0][1]
    assert errors[3][0][0] == "committee" and "iso-9001" in errors[3][0][1]
    assert errors[4] == [("id", errors[4][0][1])]  # "no action has this id": nothing leaks
    assert b'name="confirm"' not in response.content
    # Nothing waits in the session, and nothing was written.
    assert client.post("/admin/roadmaps/import/", {"confirm": "1"}).status_code == 302
    assert RoadmapAction.objects.count() == 3
    assert state(own_action) == before


def test_import_confirmation_checks_the_rights_again(client, regions, rabat_editor):
    client.force_login(rabat_editor)
    response = client.post(
        "/admin/roadmaps/import/", {"import_file": csv_upload([row("rabat-sale-kenitra")])}
    )
    assert response.status_code == 200
    rabat_editor.groups.clear()  # her rights are withdrawn before she confirms
    rabat_editor.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="import_roadmapaction"),
    )

    response = client.post("/admin/roadmaps/import/", {"confirm": "1"})

    assert response.status_code == 400
    assert RoadmapAction.objects.count() == 3


def test_export_holds_only_her_own_roadmap(client, regions, rabat_editor):
    client.force_login(rabat_editor)

    response = client.get("/admin/roadmaps/export/csv/")

    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert [(r["committee"], r["title_fr"]) for r in rows] == [("rabat-sale-kenitra", "Rabat")]


# ---------------------------------------------------------------------------------------------
# The rightful editor


def test_rightful_editor_edits_her_committees_action(client, regions, casablanca_editor):
    action = regions["own_action"]
    client.force_login(casablanca_editor)

    html = client.get("/admin/roadmaps/").content.decode()
    assert "Casablanca" in html and "Rabat" not in html
    assert client.get(f"/admin/roadmaps/edit/{action.pk}/").status_code == 200
    response = client.post(
        f"/admin/roadmaps/edit/{action.pk}/",
        form_data(regions["own"], title_fr="Casablanca revue", percent="90"),
    )

    assert response.status_code == 302
    assert state(action) == ("Casablanca revue", 90, regions["own"].id)
    # Not a page revision, but Wagtail's history of the action records who changed it.
    entry = ModelLogEntry.objects.for_instance(action).get(action="wagtail.edit")
    assert entry.user == casablanca_editor
    assert client.get(f"/admin/roadmaps/history/{action.pk}/").status_code == 200
    # The committee's page shows it, in both languages.
    assert regions["own"].roadmap_context()["overall_percent"] == 90.0
    assert regions["own"].arabic.roadmap_context()["overall_percent"] == 90.0


def test_rightful_editor_adds_and_deletes_actions(client, regions, casablanca_editor):
    client.force_login(casablanca_editor)

    response = client.post("/admin/roadmaps/new/", form_data(regions["own"].arabic))
    assert response.status_code == 302
    created = RoadmapAction.objects.get(title_fr="Nouvelle action")
    assert created.page_id == regions["own"].arabic.id

    assert client.get(f"/admin/roadmaps/delete/{created.pk}/").status_code == 200
    response = client.post(f"/admin/roadmaps/delete/{created.pk}/")
    assert response.status_code == 302
    assert not RoadmapAction.objects.filter(pk=created.pk).exists()
    assert RoadmapAction.objects.count() == 3


def test_rightful_editor_imports_her_roadmap(client, regions, casablanca_editor):
    action = regions["own_action"]
    client.force_login(casablanca_editor)
    rows = [row("casablanca-settat"), row("casablanca-settat", percent="100", id=str(action.pk))]

    response = client.post("/admin/roadmaps/import/", {"import_file": csv_upload(rows)})
    assert response.status_code == 200, response.context.get("errors")
    response = client.post("/admin/roadmaps/import/", {"confirm": "1"})

    assert response.status_code == 302
    assert RoadmapAction.objects.for_page(regions["own"]).count() == 2
    assert state(action)[1] == 100
    assert state(regions["other_action"])[:2] == ("Rabat", 60)
