"""iCalendar (RFC 5545) for feeds, single events and the registrants' emails.

Times are written in Morocco time with TZID=Africa/Casablanca and the VTIMEZONE built by the
`icalendar` library from the zone data the site uses (the `tzdata` package); all-day events are
DATE values with an exclusive DTEND. UID is the event's translation key, the same in both
languages; SEQUENCE is `EventRecord.sequence`.
"""

import datetime

from icalendar import Calendar, Event, vGeo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import EventRecord, EventStatus

PRODID = "-//Jawda//Portail national de la qualité//FR"


def records_by_key(pages):
    keys = {page.translation_key for page in pages}
    return {record.key: record for record in EventRecord.objects.filter(key__in=keys)}


def event_component(page, record, base_url):
    event = Event()
    event.add("uid", f"{page.translation_key}@jawda.ma")
    event.add("summary", page.title)
    stamp = max(
        filter(None, [page.last_published_at, record.changed_at if record else None]),
        default=timezone.now(),
    )
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    event.add("sequence", record.sequence if record else 0)
    if page.all_day:
        event.add("dtstart", timezone.localtime(page.start).date())
        event.add("dtend", timezone.localtime(page.end).date() + datetime.timedelta(days=1))
    else:
        event.add("dtstart", timezone.localtime(page.start))
        event.add("dtend", timezone.localtime(page.end))
    event.add("status", "CANCELLED" if page.status == EventStatus.CANCELLED else "CONFIRMED")
    place = ", ".join(
        part
        for part in [page.venue_name, page.venue_address, page.city.name if page.city else ""]
        if part
    )
    if place:
        event.add("location", place)
    elif page.online_link:
        event.add("location", page.online_link)
    if page.latitude is not None and page.longitude is not None:
        event["geo"] = vGeo((float(page.latitude), float(page.longitude)))
    url = base_url + page.url if base_url else page.full_url
    event.add("url", url)
    description = "\n\n".join(part for part in [page.summary, url] if part)
    event.add("description", description)
    event.add("categories", [page.get_event_type_display()])
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    return event


def calendar(pages, name, base_url=""):
    """A VCALENDAR of `pages` (EventPage objects with city selected), as bytes."""
    pages = list(pages)
    records = records_by_key(pages)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for page in pages:
        cal.add_component(event_component(page, records.get(page.translation_key), base_url))
    if pages:
        first = min(timezone.localtime(page.start).date() for page in pages)
        last = max(timezone.localtime(page.end).date() for page in pages)
        cal.add_missing_timezones(
            first - datetime.timedelta(days=366), last + datetime.timedelta(days=366)
        )
    return cal.to_ical()


def calendar_name(title):
    return _("%(title)s — Jawda") % {"title": title}
