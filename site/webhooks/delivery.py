"""Signing, sending and retrying webhooks.

A delivery is created in the transaction that publishes or unpublishes the page and handed to
django-tasks once that transaction commits. Each attempt is a POST of the same body with:

- `X-Jawda-Event`, `X-Jawda-Delivery` (the delivery's id: the same at every retry, so a
  receiver can ignore a repeat),
- `X-Jawda-Timestamp` (Unix seconds of this attempt),
- `X-Jawda-Signature: sha256=<hex>`: HMAC-SHA256 with the endpoint's secret over
  `<timestamp>.<raw body>`; a receiver recomputes it, compares in constant time and rejects a
  timestamp more than five minutes old (a replay).

A non-2xx answer (redirects are not followed), a timeout or a refused address is a failure:
the next attempt is due after JAWDA_WEBHOOK_RETRY_SECONDS × 2^(attempts − 1), until
JAWDA_WEBHOOK_MAX_ATTEMPTS. A backend that can defer tasks gets the retry with `run_after`;
with any backend, `manage.py deliver_webhooks` sends whatever is due (docs/deployment.md).
"""

import datetime
import hashlib
import hmac
import json
import logging
import time

import requests
from django_tasks import default_task_backend, task

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone, translation

from .addresses import refusal
from .models import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)

# How long an attempt holds its delivery: past it, the sweep may try again (a crashed worker).
LEASE = datetime.timedelta(minutes=5)
MAX_ERROR_LENGTH = 1000


def signature(secret, timestamp, body):
    message = f"{timestamp}.".encode() + body.encode()
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def retry_delay(attempts):
    """The wait after the `attempts`-th failed attempt (1, 2, …)."""
    return datetime.timedelta(seconds=settings.JAWDA_WEBHOOK_RETRY_SECONDS * 2 ** (attempts - 1))


def queue(event, data):
    """Create a delivery of `event` for every active endpoint subscribed to it, to be sent once
    the current transaction commits."""
    endpoints = WebhookEndpoint.objects.filter(
        active=True, **{WebhookEndpoint.SUBSCRIPTIONS[event]: True}
    )
    now = timezone.now()
    deliveries = []
    for endpoint in endpoints:
        delivery = WebhookDelivery(endpoint=endpoint, event=event, next_attempt_at=now)
        delivery.body = json.dumps(
            {"id": str(delivery.id), "event": event, "created_at": now, "data": data},
            cls=DjangoJSONEncoder,
            ensure_ascii=False,
        )
        deliveries.append(delivery)
    WebhookDelivery.objects.bulk_create(deliveries)
    ids = [str(delivery.id) for delivery in deliveries]
    transaction.on_commit(lambda: [enqueue(delivery_id) for delivery_id in ids])


def enqueue(delivery_id, run_after=None):
    """Hand the delivery to the task backend; if that fails, the sweep will send it."""
    try:
        if run_after is None:
            deliver.enqueue(delivery_id)
        elif default_task_backend.supports_defer:
            deliver.using(run_after=run_after).enqueue(delivery_id)
    except Exception:
        logger.exception("Could not enqueue webhook delivery %s", delivery_id)


@task()
def deliver(delivery_id):
    attempt(delivery_id)


def attempt(delivery_id):
    """Send the delivery if it is pending and due; record the attempt and what comes next."""
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at__lte=now
    ).update(next_attempt_at=now + LEASE)
    if not claimed:
        return
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    response_code, error = None, ""
    started = time.monotonic()
    reason = refusal(delivery.endpoint.url)
    if reason:
        # Stored once, so in the site's language whatever the worker has active.
        with translation.override(settings.LANGUAGE_CODE):
            error = str(reason)
    else:
        response_code, error = post(delivery)
    duration_ms = int((time.monotonic() - started) * 1000)

    delivery.attempts += 1
    succeeded = not error
    if succeeded:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.SUCCEEDED, None
    elif delivery.attempts >= settings.JAWDA_WEBHOOK_MAX_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
    else:
        delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
    with transaction.atomic():
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=delivery.attempts,
            started_at=now,
            duration_ms=duration_ms,
            response_code=response_code,
            succeeded=succeeded,
            error=error[:MAX_ERROR_LENGTH],
            next_attempt_at=delivery.next_attempt_at,
        )
    if delivery.next_attempt_at:
        enqueue(str(delivery.id), run_after=delivery.next_attempt_at)


def post(delivery):
    """(response code or None, error message or "")."""
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Jawda-Webhooks/1",
        "X-Jawda-Event": delivery.event,
        "X-Jawda-Delivery": str(delivery.id),
        "X-Jawda-Timestamp": timestamp,
        "X-Jawda-Signature": signature(delivery.endpoint.secret, timestamp, delivery.body),
    }
    try:
        with requests.post(
            delivery.endpoint.url,
            data=delivery.body.encode(),
            headers=headers,
            timeout=settings.JAWDA_WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
            stream=True,  # the receiver's answer is not read, only its status
        ) as response:
            code = response.status_code
    except requests.RequestException as exc:
        return None, f"{type(exc).__name__}: {exc}"
    if 200 <= code < 300:
        return code, ""
    return code, f"HTTP {code}"


def deliver_due():
    """Attempt every pending delivery that is due; the number attempted."""
    due = list(
        WebhookDelivery.objects.filter(
            status=DeliveryStatus.PENDING, next_attempt_at__lte=timezone.now()
        ).values_list("pk", flat=True)
    )
    for delivery_id in due:
        attempt(delivery_id)
    return len(due)
