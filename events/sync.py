"""What happens when an event page is published.

- The French version owns the event's logistics (when, where, seats, status): publishing it
  copies them to the other language versions, as a published revision, so both calendars and
  feeds agree at once; publishing another version re-applies the French version's logistics
  to it (a translation made from an older snapshot cannot move the event back).
- When date, time, place or status changed, the iCal SEQUENCE goes up and the registrants get
  the updated .ics; when seats were added, the waiting list moves up.
"""

import hashlib

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published

from . import notifications
from .models import EventPage, EventRecord
from .registration import promote_waiting, record_for

LOGISTICS = [
    "code",
    "event_type",
    "start",
    "end",
    "all_day",
    "status",
    "city_id",
    "venue_address",
    "latitude",
    "longitude",
    "online_link",
    "sector_id",
    "capacity",
    "languages",
]
# What changes an attendee's calendar entry (RFC 5545 SEQUENCE).
SCHEDULE = [
    "start",
    "end",
    "all_day",
    "status",
    "city_id",
    "venue_address",
    "latitude",
    "longitude",
    "online_link",
]


def fingerprint(page):
    values = "|".join(str(getattr(page, name)) for name in SCHEDULE)
    return hashlib.sha256(values.encode()).hexdigest()


def logistics(page):
    return {name: getattr(page, name) for name in LOGISTICS}


def owner_of(page):
    """The version whose logistics count: the live one in the default language, if any."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    owner = (
        EventPage.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    return owner or page


def apply_logistics(page, values):
    """Give `page` these logistics as a new revision, published if the page was up to date."""
    draft = page.get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    publish = page.live and not page.has_unpublished_changes
    revision = draft.save_revision(clean=False, log_action=False)
    if publish:
        revision.publish(skip_permission_checks=True, log_action=False)
    elif page.live:
        # The live version changes now; the pending draft carries the same values.
        EventPage.objects.filter(pk=page.pk).update(**values)


@receiver(page_published, sender=EventPage, dispatch_uid="events-page-published")
def event_published(sender, instance, **kwargs):
    page = instance
    owner = owner_of(page)
    if owner.pk != page.pk:
        wanted = logistics(owner)
        if logistics(page) != wanted:
            apply_logistics(page, wanted)
        return

    wanted = logistics(page)
    for other in (
        EventPage.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .filter(alias_of__isnull=True)
    ):
        if logistics(other) != wanted:
            apply_logistics(other, wanted)

    record_for(page)
    with transaction.atomic():
        record = EventRecord.objects.select_for_update().get(key=page.translation_key)
        new_fingerprint = fingerprint(page)
        if record.fingerprint != new_fingerprint:
            rescheduled = bool(record.fingerprint)
            if rescheduled:
                record.sequence += 1
            record.fingerprint = new_fingerprint
            record.changed_at = timezone.now()
            record.save(update_fields=["sequence", "fingerprint", "changed_at"])
            if rescheduled:
                transaction.on_commit(lambda: notifications.event_changed(record, page))
        promote_waiting(record, page)
