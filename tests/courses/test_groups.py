"""The training administrators' group: what UMAQ's e-learning staff may do in the admin."""

import pytest

from django.contrib.auth.models import Group

from courses import certificates
from courses.groups import TRAINING_ADMINISTRATORS, ensure_training_group
from courses.models import Certificate, Organisation

from ..factories import UserFactory, with_totp
from .test_certificates import FAKE_PDF, certified


@pytest.fixture
def learner(db, monkeypatch):
    monkeypatch.setattr(certificates, "render_pdf", lambda certificate, language=None: FAKE_PDF)
    return UserFactory(first_name="Nadia", last_name="Alaoui")


def training_administrator():
    user = with_totp(UserFactory())
    user.groups.add(Group.objects.get(name=TRAINING_ADMINISTRATORS))
    return user


def test_the_group_exists_after_migrate_and_ensuring_it_again_changes_nothing(db):
    group = Group.objects.get(name=TRAINING_ADMINISTRATORS)
    permissions = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "revoke_certificate", "add_organisation"} <= permissions
    assert not permissions & {"add_page", "change_page", "delete_certificate"}

    ensure_training_group()
    assert set(group.permissions.values_list("codename", flat=True)) == permissions


def test_a_training_administrator_runs_organisations_and_certificates_not_pages(
    client, courses, learner
):
    certificate = certified(learner, courses)
    client.force_login(training_administrator())

    assert client.get("/admin/courses/organisations/").status_code == 200
    response = client.post(
        "/admin/courses/organisations/new/", {"name": "Atlas Agro-Industrie", "ice": ""}
    )
    assert response.status_code == 302
    assert Organisation.objects.filter(name="Atlas Agro-Industrie").exists()

    response = client.post(f"/admin/certificates/revoke/{certificate.pk}/", {"reason": "Doublon."})
    assert response.status_code == 302
    assert not Certificate.objects.get(pk=certificate.pk).is_valid

    # Course pages go through the editors' workflow: no page editing for this group.
    assert client.get(f"/admin/pages/{courses.course.pk}/edit/").status_code in (302, 403)


def test_the_group_needs_a_second_factor(client, db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=TRAINING_ADMINISTRATORS))
    client.force_login(user)
    response = client.get("/admin/certificates/")
    assert response.status_code == 302
    assert "/accounts/2fa/" in response["Location"]
