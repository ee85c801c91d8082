"""Personal access tokens: created and revoked by the member, Bearer on the private endpoints,
read or write, expiring; never a way into someone else's data."""

import datetime
import json

import pytest

from django.test import Client
from django.utils import timezone

from wagtail.models import APIToken

from courses.models import ItemProgress
from courses.progress import enrol
from jawda.security.models import AuditEvent, TokenScope
from jawda.security.tokens import create_token

from ..courses.conftest import Courses
from ..factories import UserFactory

pytestmark = pytest.mark.django_db

TOKEN = "wagtail_"


def bearer(plaintext):
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def error_code(response, status):
    assert response.status_code == status, response.content
    return response.json()["error"]["code"]


def test_a_member_creates_a_token_shown_once_and_stored_as_a_digest(client, user):
    client.force_login(user)
    response = client.post(
        "/fr/accounts/tokens/", {"name": "Application mobile", "scope": "read", "lifetime": "90"}
    )
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    plaintext = response.context["plaintext"]
    assert plaintext.startswith(TOKEN) and plaintext in response.content.decode()

    token = APIToken.objects.get(user=user)
    assert plaintext not in (token.key_hash, token.prefix) and token.prefix in plaintext
    assert token.grant.scope == TokenScope.READ
    expected = timezone.now() + datetime.timedelta(days=90)
    assert abs(token.grant.expires_at - expected) < datetime.timedelta(minutes=1)
    assert AuditEvent.objects.filter(action="token_created", actor=user).count() == 1

    page = client.get("/fr/accounts/tokens/").content.decode()
    assert "Application mobile" in page and plaintext not in page


@pytest.mark.parametrize(
    "data, field",
    [
        ({"name": "  ", "scope": "read", "lifetime": "90"}, "name"),
        ({"name": "App", "scope": "admin", "lifetime": "90"}, "scope"),
        ({"name": "App", "scope": "read", "lifetime": "3650"}, "lifetime"),
        ({"name": "x" * 101, "scope": "read", "lifetime": "90"}, "name"),
    ],
)
def test_bad_input_is_explained_in_arabic_and_creates_nothing(client, user, data, field):
    client.force_login(user)
    response = client.post("/ar/accounts/tokens/", data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert 'dir="rtl"' in response.content.decode()
    assert not APIToken.objects.exists()


def test_the_number_of_active_tokens_is_capped(client, user):
    for number in range(10):
        create_token(user, f"App {number}", TokenScope.READ, 30)
    client.force_login(user)
    response = client.post(
        "/fr/accounts/tokens/", {"name": "Une de trop", "scope": "read", "lifetime": "30"}
    )
    assert response.status_code == 400
    assert APIToken.objects.count() == 10


def test_the_tokens_page_is_for_signed_in_members(client, db):
    response = client.get("/fr/accounts/tokens/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_only_the_owner_revokes_her_token(client, user, other_user):
    token, plaintext = create_token(user, "Intranet", TokenScope.READ, 30)
    url = f"/fr/accounts/tokens/{token.pk}/revoke/"

    assert client.post(url).status_code == 302  # to the login page
    client.force_login(other_user)
    assert client.post(url).status_code == 404
    assert client.get("/api/registrations", **bearer(plaintext)).status_code == 200

    client.force_login(user)
    assert client.post(url).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(action="token_revoked", actor=user).exists()
    anonymous = Client()
    assert error_code(anonymous.get("/api/registrations", **bearer(plaintext)), 401)


# ---------------------------------------------------------------------------------------------
# The API with a token


@pytest.fixture
def courses(tree):
    return Courses(tree)


@pytest.fixture
def learner(courses):
    learner = UserFactory()
    enrol(learner, courses.course)
    return learner


def test_a_token_reads_its_owners_data_and_nobody_elses(client, learner, user, courses):
    enrol(user, courses.course)
    _token, mine = create_token(learner, "App", TokenScope.READ, 30)
    _token, theirs = create_token(user, "App", TokenScope.READ, 30)

    (item,) = client.get("/api/enrolments", **bearer(mine)).json()["items"]
    assert item["course"]["id"] == courses.course.pk
    progress = client.get(f"/api/enrolments/{courses.course.pk}/progress", **bearer(mine))
    assert progress.status_code == 200
    # The other member's token sees her own enrolment, never the learner's progress rows.
    client.post(
        "/api/progress/view",
        json.dumps({"item_id": courses.lesson1.pk}),
        content_type="application/json",
        **bearer(theirs),
    )
    assert not ItemProgress.objects.filter(enrolment__learner=learner).exists()


def test_a_read_token_cannot_write_and_a_write_token_needs_no_csrf(client, learner, courses):
    _token, reader = create_token(learner, "Lecture", TokenScope.READ, 30)
    _token, writer = create_token(learner, "Écriture", TokenScope.WRITE, 30)
    body = json.dumps({"item_id": courses.lesson1.pk})
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(
        "/api/progress/view", body, content_type="application/json", **bearer(reader)
    )
    assert error_code(response, 403) == "insufficient_scope"
    assert not ItemProgress.objects.exists()

    response = strict.post(
        "/api/progress/view", body, content_type="application/json", **bearer(writer)
    )
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "done"


def test_expired_revoked_and_unknown_tokens_are_refused_even_with_a_session(
    client, learner, courses
):
    client.force_login(learner)
    token, expired = create_token(learner, "Ancien", TokenScope.READ, 30)
    token.grant.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    token.grant.save()

    response = client.get("/api/enrolments", {"lang": "ar"}, **bearer(expired))
    assert error_code(response, 401) == "token_expired"
    assert response.json()["error"]["message"] == "انتهت صلاحية هذا الرمز."
    assert error_code(client.get("/api/enrolments", **bearer(TOKEN + "x" * 30)), 401)
    assert error_code(client.get("/api/enrolments", **bearer("' OR 1=1 --")), 401)
    # Without the header, the session still works (the site's own pages).
    assert client.get("/api/enrolments").status_code == 200


def test_a_staff_token_from_the_admin_reads_but_never_writes(client, learner, courses):
    _token, plaintext = APIToken.create_token(user=learner, name="Créé par l'administration")
    assert client.get("/api/enrolments", **bearer(plaintext)).status_code == 200
    response = client.post(
        "/api/progress/view",
        json.dumps({"item_id": courses.lesson1.pk}),
        content_type="application/json",
        **bearer(plaintext),
    )
    assert error_code(response, 403) == "insufficient_scope"
