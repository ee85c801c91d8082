"""Publishing and unpublishing a page queue the webhooks; an event page also sends
`event.changed`. A webhook never stops a publication: any error here is logged and dropped."""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from events.models import EventPage
from jawda.security import audit

from .delivery import queue
from .models import WebhookEndpoint, WebhookEvent

logger = logging.getLogger(__name__)


def page_data(page, live):
    base = settings.WAGTAILAPI_BASE_URL.rstrip("/")
    return {
        "id": page.id,
        "type": page.specific_class._meta.label_lower if page.specific_class else None,
        "locale": page.locale.language_code,
        "title": page.title,
        "live": live,
        "html_url": page.get_full_url() if live else None,
        "detail_url": f"{base}/api/v2/pages/{page.id}/" if live else None,
        "translation_key": str(page.translation_key),
    }


def event_data(page):
    return {
        "code": page.code,
        "status": page.status,
        "start": page.start,
        "end": page.end,
        "all_day": page.all_day,
        "city": page.city.code if page.city_id else None,
    }


def queue_for(page, event, live):
    if page.alias_of_id:
        # wagtail-localize's stand-in for an untranslated page: not content of its own.
        return
    try:
        with transaction.atomic():
            data = {"page": page_data(page, live)}
            queue(event, data)
            if isinstance(page, EventPage):
                queue(WebhookEvent.EVENT_CHANGED, {**data, "event": event_data(page)})
    except Exception:
        logger.exception("Could not queue the webhooks of page %s", page.pk)


def published(sender, instance, **kwargs):
    queue_for(instance, WebhookEvent.PAGE_PUBLISHED, live=True)


def unpublished(sender, instance, **kwargs):
    queue_for(instance, WebhookEvent.PAGE_UNPUBLISHED, live=False)


page_published.connect(published, dispatch_uid="webhooks-page-published")
page_unpublished.connect(unpublished, dispatch_uid="webhooks-page-unpublished")


def endpoint_saved(sender, instance, created, **kwargs):
    # The URL and subscriptions say where the site's events go; the secret is never logged.
    audit.record(
        "webhook_endpoint_added" if created else "webhook_endpoint_changed",
        target=instance,
        after={
            "name": instance.name,
            "url": instance.url,
            "active": instance.active,
            "events": instance.subscribed_events(),
        },
    )


def endpoint_deleted(sender, instance, **kwargs):
    audit.record("webhook_endpoint_deleted", before={"name": instance.name, "url": instance.url})


post_save.connect(endpoint_saved, sender=WebhookEndpoint, dispatch_uid="webhooks-endpoint-saved")
post_delete.connect(
    endpoint_deleted, sender=WebhookEndpoint, dispatch_uid="webhooks-endpoint-deleted"
)
