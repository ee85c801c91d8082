"""Webhooks in the admin: UMAQ's administrators configure endpoints and read the delivery
log; nobody else sees them, and nothing in the log can be edited."""

import pytest

from jawda.security.models import AuditEvent
from jawda.webhooks.models import WebhookAttempt, WebhookEndpoint

from ..factories import UserFactory, with_totp
from ..security.conftest import grant

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator(client):
    client.force_login(with_totp(UserFactory(is_staff=True, is_superuser=True)))
    return client


def form(**values):
    return {
        "name": "Front end",
        "url": "https://front.example.ma/hooks/jawda",
        "secret": "s3cret-s3cret-s3cret",
        "on_page_published": "on",
        "active": "on",
        **values,
    }


def test_an_administrator_adds_an_endpoint_and_it_is_audited(administrator, settings):
    response = administrator.post("/admin/webhooks/new/", form())

    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.on_page_published and not endpoint.on_event_changed
    event = AuditEvent.objects.get(action="webhook_endpoint_added")
    assert event.after["url"] == "https://front.example.ma/hooks/jawda"
    assert event.after["events"] == ["page.published"]
    assert "s3cret" not in str(event.after)


@pytest.mark.parametrize(
    "url", ["ftp://front.example.ma/hooks", "http://127.0.0.1:8000/", "not an address"]
)
def test_a_bad_or_private_url_is_refused_with_a_clear_error(administrator, settings, url):
    settings.JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    response = administrator.post("/admin/webhooks/new/", form(url=url), HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    assert response.context["form"].errors["url"]
    assert not WebhookEndpoint.objects.exists()


def test_the_delivery_log_lists_attempts_and_cannot_be_edited(
    administrator, tree, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpoint.objects.create(name="Partenaire Rabat", url="http://127.0.0.1:9/")
    with django_capture_on_commit_callbacks(execute=True):
        tree.page_fr.save_revision().publish()
    attempt = WebhookAttempt.objects.get()

    listing = administrator.get("/admin/webhook-log/")
    assert listing.status_code == 200
    assert endpoint.name in listing.content.decode()
    assert administrator.get(f"/admin/webhook-log/inspect/{attempt.pk}/").status_code == 200
    for path in ("new/", f"edit/{attempt.pk}/", f"delete/{attempt.pk}/"):
        assert administrator.get(f"/admin/webhook-log/{path}").status_code == 404


def test_staff_without_permission_see_neither(client):
    staff = with_totp(UserFactory(is_staff=True))

    client.force_login(grant(staff, "wagtailadmin.access_admin"))
    assert client.get("/admin/webhook-log/").status_code == 302
    assert client.get("/admin/webhooks/").status_code == 302
