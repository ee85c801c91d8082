"""Headers, two-factor authentication, sessions, rate limits and health checks."""

import json
import logging
import time

import pytest

from django.contrib.auth.models import Group

from jawda.logging import JSONFormatter, RequestIdFilter
from jawda.middleware import LOGIN_TIME_KEY

from ..conftest import PASSWORD
from ..factories import UserFactory, with_totp


def csp(response):
    return dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
        if directive.strip()
    )


@pytest.fixture
def editor(db):
    user = with_totp(UserFactory())
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.parametrize("path", ["/fr/", "/ar/accounts/login/"])
def test_public_and_account_pages_have_a_strict_policy(client, tree, path):
    response = client.get(path)
    policy = csp(response)

    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_may_frame_its_own_preview_and_nothing_else(client, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    policy = csp(response)
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


def test_pages_have_no_inline_script_or_style(client, tree):
    content = client.get("/fr/semaine/").content.decode()

    assert "<script>" not in content and "<style" not in content and "style=" not in content


def test_production_sends_hsts_and_secure_cookies(client, tree, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True

    response = client.get("/fr/accounts/login/", secure=True)

    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.cookies["csrftoken"]["secure"]


def test_every_response_carries_a_request_id(client, tree):
    first = client.get("/fr/")["X-Request-ID"]
    second = client.get("/fr/", HTTP_X_REQUEST_ID="forged")["X-Request-ID"]

    assert len(first) == 32 and first != second != "forged"


def test_logs_are_json_with_the_request_id():
    record = logging.LogRecord("jawda", logging.WARNING, __file__, 1, "Échec %s", ("x",), None)
    RequestIdFilter().filter(record)

    entry = json.loads(JSONFormatter().format(record))

    assert entry["message"] == "Échec x"
    assert entry["level"] == "WARNING"
    assert "request_id" in entry


class TestTwoFactor:
    def test_editor_without_a_second_factor_must_set_one_up_first(self, client, db):
        user = UserFactory()
        user.groups.add(Group.objects.get(name="Editors"))
        client.force_login(user)

        for path in ("/admin/", "/fr/", "/ar/accounts/profile/"):
            response = client.get(path)
            assert response.status_code == 302
            assert "/accounts/2fa/totp/activate/" in response["Location"]

    def test_the_setup_page_is_reachable_in_arabic(self, client, db):
        user = UserFactory(is_staff=True)
        client.force_login(user)

        response = client.get("/ar/accounts/2fa/totp/activate/")

        assert response.status_code in (200, 302)
        assert "2fa" in (response.get("Location") or "/accounts/2fa/")

    def test_editor_with_a_second_factor_works(self, client, editor):
        client.force_login(editor)

        assert client.get("/admin/").status_code == 200

    def test_members_are_not_asked(self, client, user, tree):
        client.force_login(user)

        assert client.get("/fr/").status_code == 200


class TestSessions:
    def test_session_key_changes_at_login(self, client, user):
        client.get("/fr/accounts/login/")
        before = client.session.session_key

        client.post("/fr/accounts/login/", {"login": user.email, "password": PASSWORD})

        assert client.session.session_key != before
        assert "_auth_user_id" in client.session

    def test_logout_ends_the_session_and_stays_in_the_language(self, client, user):
        client.force_login(user)

        response = client.post("/ar/accounts/logout/")

        assert response["Location"] == "/ar/"
        assert "_auth_user_id" not in client.session

    def test_deactivated_user_is_signed_out(self, client, user, tree):
        client.force_login(user)
        user.is_active = False
        user.save()

        assert client.get("/fr/accounts/profile/").status_code == 302

    def test_password_change_signs_out_other_sessions(self, client, user, tree):
        from django.test import Client

        other_device = Client()
        other_device.force_login(user)
        client.force_login(user)

        client.post(
            "/fr/accounts/password/change/",
            {
                "oldpassword": PASSWORD,
                "password1": "Nouveau-mot2passe",
                "password2": "Nouveau-mot2passe",
            },
        )

        assert other_device.get("/fr/accounts/profile/").status_code == 302

    def test_session_ends_at_its_absolute_lifetime(self, client, user, tree, settings):
        client.force_login(user)
        session = client.session
        session[LOGIN_TIME_KEY] = int(time.time()) - settings.JAWDA_SESSION_ABSOLUTE_SECONDS - 1
        session.save()

        response = client.get("/fr/accounts/profile/")

        assert response.status_code == 302
        assert response["Location"].startswith("/fr/accounts/login/")
        assert "_auth_user_id" not in client.session

    def test_idle_timeout_is_an_hour_renewed_on_each_request(self, settings):
        assert settings.SESSION_COOKIE_AGE == 3600
        assert settings.SESSION_SAVE_EVERY_REQUEST

    def test_member_can_see_and_end_her_sessions(self, client, user, tree):
        client.post("/fr/accounts/login/", {"login": user.email, "password": PASSWORD})

        response = client.get("/fr/accounts/sessions/")

        assert response.status_code == 200


class TestRateLimits:
    def test_profile_saves_are_limited_with_a_page_in_the_users_language(self, client, user, tree):
        client.force_login(user)
        statuses = [
            client.post("/ar/accounts/profile/", {"organisation_name": "Atlas"}).status_code
            for _attempt in range(21)
        ]

        assert statuses[0] == 302
        assert statuses[-1] == 429
        response = client.post("/ar/accounts/profile/", {"organisation_name": "Atlas"})
        assert response["Retry-After"] == "60"
        assert "محاولات كثيرة جدا" in response.content.decode()

    def test_signup_is_limited_per_ip(self, client, db):
        statuses = [
            client.post(
                "/fr/accounts/signup/",
                {"email": f"p{n}@pme.ma", "password1": PASSWORD, "password2": PASSWORD},
            ).status_code
            for n in range(21)
        ]

        assert statuses[-1] == 429

    def test_a_forwarded_for_header_does_not_reset_the_limit(self, client, db):
        statuses = [
            client.post(
                "/fr/accounts/signup/",
                {"email": f"p{n}@pme.ma", "password1": PASSWORD, "password2": PASSWORD},
                HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
            ).status_code
            for n in range(21)
        ]

        assert statuses[-1] == 429


class TestHealth:
    def test_healthz(self, client, db):
        assert client.get("/healthz").json() == {"status": "ok"}

    def test_readyz_checks_database_and_cache(self, client, db):
        response = client.get("/readyz")

        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}

    def test_readyz_says_when_the_cache_is_down(self, client, db, settings):
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:1/0",
            }
        }
        response = client.get("/readyz")

        assert response.status_code == 503
        assert response.json()["cache"] == "unavailable"
