"""Webhooks: what a receiver gets when pages are published or unpublished and events change,
how it verifies them, and what the delivery log shows when it fails."""

import datetime
import hashlib
import hmac
import io
import json
import socket

import pytest
from django_tasks import default_task_backend

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from jawda.webhooks import delivery as webhook_delivery
from jawda.webhooks.addresses import validate_webhook_url
from jawda.webhooks.models import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)

from ..events.conftest import morocco

pytestmark = pytest.mark.django_db


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def verify(headers, body, secret):
    """What a receiver does (docs): recompute the signature over "<timestamp>.<raw body>"."""
    expected = hmac.new(
        secret.encode(), f"{headers['X-Jawda-Timestamp']}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(headers["X-Jawda-Signature"], f"sha256={expected}")


def make_due(delivery):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())


def test_publishing_a_page_sends_a_signed_payload(
    tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish(tree.page_fr, django_capture_on_commit_callbacks)

    assert len(receiver.requests) == 1
    headers, body = receiver.requests[0]
    assert verify(headers, body, endpoint.secret)
    assert abs(int(headers["X-Jawda-Timestamp"]) - timezone.now().timestamp()) < 60
    assert headers["X-Jawda-Event"] == "page.published"
    payload = json.loads(body)
    assert payload["event"] == "page.published"
    assert payload["id"] == headers["X-Jawda-Delivery"]
    assert payload["data"]["page"]["id"] == tree.page_fr.id
    assert payload["data"]["page"]["locale"] == "fr"
    assert payload["data"]["page"]["detail_url"].endswith(f"/api/v2/pages/{tree.page_fr.id}/")
    # A body signed with another secret, or altered, does not verify.
    assert not verify(headers, body, "another secret")
    assert not verify(headers, body.replace(b"fr", b"ar"), endpoint.secret)

    attempt = WebhookAttempt.objects.get()
    assert (attempt.number, attempt.succeeded, attempt.response_code) == (1, True, 200)
    assert attempt.error == "" and attempt.next_attempt_at is None
    assert attempt.delivery.status == DeliveryStatus.SUCCEEDED


def test_unpublishing_sends_page_unpublished(
    tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        tree.page_fr.unpublish()

    [payload] = receiver.payloads()
    assert payload["event"] == "page.unpublished"
    assert payload["data"]["page"]["id"] == tree.page_fr.id
    assert payload["data"]["page"]["live"] is False


def test_only_subscribed_active_endpoints_receive(
    tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    WebhookEndpoint.objects.create(name="Off", url=receiver.url, active=False)
    WebhookEndpoint.objects.create(name="Unpublish only", url=receiver.url, on_page_published=False)

    publish(tree.page_fr, django_capture_on_commit_callbacks)

    assert WebhookDelivery.objects.get().endpoint == endpoint
    assert len(receiver.requests) == 1


def test_changing_an_event_sends_event_changed(
    events, receiver, django_capture_on_commit_callbacks
):
    event = events.event()
    endpoint = WebhookEndpoint.objects.create(
        name="Partner calendar",
        url=receiver.url,
        on_page_published=False,
        on_page_unpublished=False,
    )
    event.start = morocco(2026, 11, 25, 10, 0)
    event.end = morocco(2026, 11, 25, 12, 0)
    publish(event, django_capture_on_commit_callbacks)

    [(headers, body)] = receiver.requests
    assert verify(headers, body, endpoint.secret)
    payload = json.loads(body)
    assert payload["event"] == "event.changed"
    assert payload["data"]["event"]["code"] == event.code
    assert payload["data"]["event"]["start"].startswith("2026-11-25")
    assert payload["data"]["event"]["city"] == "casablanca"

    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()
    assert [p["event"] for p in receiver.payloads()] == ["event.changed", "event.changed"]
    assert receiver.payloads()[1]["data"]["page"]["live"] is False


def test_failures_are_retried_with_exponential_backoff(
    tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 503]
    publish(tree.page_fr, django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    wait = delivery.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=55) < wait <= datetime.timedelta(seconds=60)
    # Not due yet: the sweep leaves it.
    assert webhook_delivery.deliver_due() == 0

    make_due(delivery)
    output = io.StringIO()
    call_command("deliver_webhooks", stdout=output)
    assert output.getvalue() == "1 webhook deliveries attempted.\n"
    delivery.refresh_from_db()
    wait = delivery.next_attempt_at - timezone.now()
    assert datetime.timedelta(seconds=115) < wait <= datetime.timedelta(seconds=120)

    make_due(delivery)
    assert webhook_delivery.deliver_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED and delivery.next_attempt_at is None

    log = list(WebhookAttempt.objects.order_by("number"))
    assert [(a.number, a.response_code, a.succeeded) for a in log] == [
        (1, 500, False),
        (2, 503, False),
        (3, 200, True),
    ]
    assert log[0].error == "HTTP 500" and log[0].next_attempt_at is not None
    # The same body, hence the same delivery id, at every attempt; a fresh signature each time.
    bodies = {body for _headers, body in receiver.requests}
    assert len(bodies) == 1
    assert all(verify(h, b, endpoint.secret) for h, b in receiver.requests)


def test_a_delivery_gives_up_after_the_maximum_attempts(
    settings, tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    settings.JAWDA_WEBHOOK_MAX_ATTEMPTS = 2
    receiver.statuses = [500, 500, 500]
    publish(tree.page_fr, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    make_due(delivery)
    webhook_delivery.deliver_due()

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.next_attempt_at is None
    assert delivery.attempts == 2 and len(receiver.requests) == 2
    # A failed delivery is never attempted again.
    make_due(delivery)
    assert webhook_delivery.deliver_due() == 0


def test_a_backend_that_defers_gets_the_retry_with_run_after(
    settings, tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 500]
    publish(tree.page_fr, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    make_due(delivery)
    webhook_delivery.attempt(delivery.pk)

    delivery.refresh_from_db()
    [result] = default_task_backend.results
    assert result.args == [str(delivery.pk)]
    assert result.task.run_after == delivery.next_attempt_at


def test_an_unreachable_receiver_does_not_stop_publishing(tree, django_capture_on_commit_callbacks):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    WebhookEndpoint.objects.create(name="Down", url=f"http://127.0.0.1:{port}/")

    publish(tree.draft_fr, django_capture_on_commit_callbacks)

    tree.draft_fr.refresh_from_db()
    assert tree.draft_fr.live
    attempt = WebhookAttempt.objects.get()
    assert not attempt.succeeded and attempt.response_code is None
    assert "ConnectionError" in attempt.error
    assert attempt.delivery.status == DeliveryStatus.PENDING


def test_an_error_while_queueing_does_not_stop_publishing(
    monkeypatch, tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise RuntimeError("database hiccup")

    monkeypatch.setattr("jawda.webhooks.receivers.queue", broken)
    publish(tree.draft_fr, django_capture_on_commit_callbacks)

    tree.draft_fr.refresh_from_db()
    assert tree.draft_fr.live
    assert not receiver.requests


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://localhost/hook",
        "http://10.0.0.5/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/hook",
        "ftp://example.org/hook",
        "file:///etc/passwd",
    ],
)
def test_private_addresses_and_other_schemes_are_refused(settings, url):
    settings.JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(ValidationError):
        validate_webhook_url(url)


def test_only_http_schemes_even_when_private_addresses_are_allowed():
    with pytest.raises(ValidationError):
        validate_webhook_url("ftp://127.0.0.1/hook")
    validate_webhook_url("http://127.0.0.1/hook")


def test_a_private_address_is_refused_at_delivery_time_too(
    settings, tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    # The endpoint was saved while allowed (or its name now resolves elsewhere).
    settings.JAWDA_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    publish(tree.page_fr, django_capture_on_commit_callbacks)

    assert not receiver.requests
    attempt = WebhookAttempt.objects.get()
    assert not attempt.succeeded
    assert attempt.error == (
        "Cette adresse est privée ou locale : les webhooks ne sont envoyés que sur Internet."
    )
