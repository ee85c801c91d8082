import html
import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from jawda.models import Profile, User

from ..conftest import PASSWORD
from ..factories import ProfileFactory, UserFactory, with_totp


def signup(client, email, language="fr"):
    return client.post(
        f"/{language}/accounts/signup/",
        {"email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_signup_sends_a_verification_email_in_the_users_language(client, db):
    response = signup(client, "salma@pme.ma", "ar")

    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert "/ar/accounts/confirm-email/" in mail.outbox[0].body
    assert not User.objects.get(email="salma@pme.ma").emailaddress_set.get().verified


def test_verification_link_then_login(client, db):
    signup(client, "salma@pme.ma")
    link = re.search(r"http://testserver(/fr/accounts/confirm-email/[^\s]+)", mail.outbox[0].body)

    assert client.post(link[1]).status_code == 302
    response = client.post("/fr/accounts/login/", {"login": "salma@pme.ma", "password": PASSWORD})

    assert response.status_code == 302
    assert client.get("/fr/accounts/profile/").status_code == 200


def test_unverified_account_cannot_log_in(client, db):
    signup(client, "salma@pme.ma")
    client.logout()

    response = client.post("/fr/accounts/login/", {"login": "salma@pme.ma", "password": PASSWORD})

    assert response["Location"] == "/fr/accounts/confirm-email/"
    assert client.get("/fr/accounts/profile/").status_code == 302


def test_email_is_unique_whatever_its_case(client, db):
    UserFactory(email="nadia@pme.ma")

    signup(client, "NADIA@pme.ma")

    assert User.objects.filter(email__iexact="nadia@pme.ma").count() == 1


def test_signup_does_not_reveal_existing_accounts(client, db):
    UserFactory(email="nadia@pme.ma")

    taken = signup(client, "nadia@pme.ma")
    client.logout()
    new = signup(client, "nouvelle@pme.ma")

    assert taken.status_code == new.status_code == 302
    assert taken["Location"] == new["Location"]


def test_login_does_not_reveal_existing_accounts(client, db):
    UserFactory(email="nadia@pme.ma")

    wrong_password = client.post("/fr/accounts/login/", {"login": "nadia@pme.ma", "password": "x"})
    unknown = client.post("/fr/accounts/login/", {"login": "personne@pme.ma", "password": "x"})

    assert wrong_password.status_code == unknown.status_code == 200
    assert wrong_password.context["form"].errors == unknown.context["form"].errors


def test_password_reset_does_not_reveal_existing_accounts(client, db):
    UserFactory(email="nadia@pme.ma")

    known = client.post("/fr/accounts/password/reset/", {"email": "nadia@pme.ma"})
    unknown = client.post("/fr/accounts/password/reset/", {"email": "personne@pme.ma"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_failed_logins_are_rate_limited_per_account(client, db):
    UserFactory(email="nadia@pme.ma")
    for _attempt in range(5):
        client.post("/fr/accounts/login/", {"login": "nadia@pme.ma", "password": "wrong"})

    # Even the right password waits now, and the address's case makes no difference.
    response = client.post("/fr/accounts/login/", {"login": "NADIA@pme.ma", "password": PASSWORD})

    assert response.status_code == 200
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signup_form_errors_are_in_the_users_language(client, db):
    response = client.post(
        "/ar/accounts/signup/", {"email": "pas-un-email", "password1": "a", "password2": "b"}
    )

    assert response.status_code == 200
    assert 'value="pas-un-email"' in response.content.decode()
    content = response.content.decode()
    assert "يرجى إدخال عنوان بريد إلكتروني صحيح" in content
    assert "كلمة المرور هذه قصيرة جدا" in content
    assert "Ce mot de passe" not in content  # no French fallback on an Arabic page
    assert not User.objects.exists()


class TestProfile:
    url = "/fr/accounts/profile/"

    def test_anonymous_is_sent_to_login(self, client, db):
        response = client.get(self.url)

        assert response.status_code == 302
        assert response["Location"].startswith("/fr/accounts/login/")

    def test_each_member_sees_only_her_own_organisation(self, client, db):
        mine = ProfileFactory(organisation_name="Atlas Qualité")
        ProfileFactory(organisation_name="Sahara Conseil")
        client.force_login(mine.user)

        content = client.get(self.url).content.decode()

        assert "Atlas Qualité" in content
        assert "Sahara Conseil" not in content

    def test_saves_the_organisation(self, client, user):
        client.force_login(user)

        response = client.post(
            self.url,
            {"organisation_name": "Atlas", "ice": "001 525 289 000 088", "size": "pme"},
        )

        assert response.status_code == 302
        profile = Profile.objects.get(user=user)
        assert (profile.organisation_name, profile.ice, profile.size) == (
            "Atlas",
            "001525289000088",
            "pme",
        )

    @pytest.mark.parametrize(
        ("language", "message"),
        [
            ("fr", "L'ICE (Identifiant Commun de l'Entreprise) comporte exactement 15 chiffres"),
            ("ar", "يتكون المعرف الموحد للمقاولة (ICE) من 15 رقما بالضبط"),
        ],
    )
    @pytest.mark.parametrize("ice", ["12345", "00152528900008A", "0015252890000881"])
    def test_malformed_ice_is_explained_and_nothing_is_saved(
        self, client, user, language, message, ice
    ):
        client.force_login(user)

        response = client.post(
            f"/{language}/accounts/profile/", {"organisation_name": "Atlas", "ice": ice}
        )

        assert response.status_code == 200
        content = html.unescape(response.content.decode())
        assert message in content
        assert 'value="Atlas"' in content
        assert not Profile.objects.filter(user=user, organisation_name="Atlas").exists()

    def test_unknown_region_is_refused(self, client, user):
        client.force_login(user)

        response = client.post(self.url, {"region": "999999"})

        assert response.status_code == 200
        assert response.context["form"].errors["region"]


class TestAdminAccess:
    def test_anonymous_goes_to_the_site_login(self, client, db):
        response = client.get("/admin/")

        assert response.status_code == 302
        assert response["Location"].startswith("/fr/accounts/login/?next=/admin/")

    def test_admin_login_page_is_the_site_login(self, client, db):
        response = client.get("/admin/login/?next=/admin/pages/")

        assert response.status_code == 302
        assert response["Location"] == "/fr/accounts/login/?next=/admin/pages/"

    def test_member_without_admin_access_gets_403_not_a_loop(self, client, user):
        client.force_login(user)

        response = client.get("/admin/")

        assert response.status_code == 403
        assert "Accès refusé" in response.content.decode()

    def test_editor_reaches_the_admin(self, client, user):
        user.groups.add(Group.objects.get(name="Editors"))
        with_totp(user)
        client.force_login(user)

        assert client.get("/admin/").status_code == 200
