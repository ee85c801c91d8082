import pytest

from ..factories import RoadmapActionFactory, UserFactory, with_totp


@pytest.fixture
def admin_client(client, db):
    client.force_login(with_totp(UserFactory(is_staff=True, is_superuser=True)))
    return client


def test_admin_edit_views_of_the_pages_render(admin_client, committees):
    committee = committees.committee("casablanca-settat", members=2)
    commission = committees.commission("iso-9001", members=1)

    for page in (committees.index_fr, committee, commission, committee.arabic):
        response = admin_client.get(f"/admin/pages/{page.id}/edit/")
        assert response.status_code == 200, page
    response = admin_client.get(
        f"/admin/pages/add/committees/committeepage/{committees.index_fr.id}/"
    )
    assert response.status_code == 200


def test_roadmap_actions_are_edited_in_the_admin(admin_client, committees):
    committee = committees.committee("casablanca-settat")
    action = RoadmapActionFactory(page=committee, title_fr="Journée régionale")

    assert "Journée régionale" in admin_client.get("/admin/roadmaps/").content.decode()
    assert admin_client.get(f"/admin/roadmaps/edit/{action.pk}/").status_code == 200
    response = admin_client.post(
        "/admin/roadmaps/new/",
        {
            "page": committees.tree.page_fr.id,  # not a committee: refused
            "title_fr": "Autre",
            "owner": "UMAQ",
            "due_date": "2027-01-31",
            "status": "planned",
            "percent": "10",
        },
    )
    assert response.status_code == 200  # the form again, with the error
    assert b"error" in response.content
    response = admin_client.post(
        "/admin/roadmaps/new/",
        {
            "page": committee.arabic.id,
            "title_fr": "Autre",
            "owner": "UMAQ",
            "due_date": "2027-01-31",
            "status": "planned",
            "percent": "10",
        },
    )
    assert response.status_code == 302
    assert committee.roadmap_context()["overall_percent"] == 30.0  # (50 + 10) / 2
