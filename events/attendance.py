"""Attendance lists: the registrations of an event, or of every event of an edition, as CSV
or XLSX for the organisers (who registered, with which ticket, who came and when).

Registrations hang off the event's `EventRecord` (keyed by the pages' `translation_key`), so
an event's list is the same from its French or its Arabic page. Names and organisations are
typed by the public: the export neutralises any cell a spreadsheet would run as a formula
(`SafeExportResource`). Times are Morocco time, `YYYY-MM-DD HH:MM`.
"""

from import_export import fields

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from jawda.security.exports import SafeExportResource
from jawda.security.imports import TextWidget

from .models import EditionPage, EventPage, Registration, RegistrationStatus
from .resources import DATETIME_FORMAT, morocco

COLUMNS = [
    "event_code",
    "event",
    "event_start",
    "name",
    "email",
    "organisation",
    "status",
    "ticket_code",
    "registered_at",
    "checked_in_at",
]
# Confirmed first, then the waiting list in its order, then the rest.
STATUS_ORDER = [
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
    RegistrationStatus.PENDING,
    RegistrationStatus.CANCELLED,
]


def events_of(page):
    """The events an attendance list covers: the event itself, or an edition's events (in
    the language tree of the page asked for), in programme order."""
    if isinstance(page, EditionPage):
        return list(EventPage.objects.child_of(page).order_by("start", "code", "pk"))
    return [page]


def registrations_for(events):
    """The registrations of `events`, each with `.page` (its event in `events`), ordered by
    event, then status, then arrival."""
    pages = {}
    for page in events:
        pages.setdefault(page.translation_key, page)
    order = {key: position for position, key in enumerate(pages)}
    status_rank = Case(
        *[When(status=status, then=Value(rank)) for rank, status in enumerate(STATUS_ORDER)],
        default=Value(len(STATUS_ORDER)),
        output_field=IntegerField(),
    )
    registrations = list(
        Registration.objects.filter(event__key__in=list(pages))
        .select_related("event")
        .annotate(status_rank=status_rank)
        .order_by("status_rank", "queued_at", "pk")
    )
    for registration in registrations:
        registration.page = pages[registration.event.key]
    registrations.sort(key=lambda registration: order[registration.event.key])
    return registrations


def local_time(value):
    return timezone.localtime(value, morocco()).strftime(DATETIME_FORMAT) if value else ""


class AttendanceResource(SafeExportResource):
    event_code = fields.Field(column_name="event_code", widget=TextWidget())
    event = fields.Field(column_name="event", widget=TextWidget())
    event_start = fields.Field(column_name="event_start", widget=TextWidget())
    name = fields.Field(attribute="name", column_name="name", widget=TextWidget())
    email = fields.Field(attribute="email", column_name="email", widget=TextWidget())
    organisation = fields.Field(
        attribute="organisation", column_name="organisation", widget=TextWidget()
    )
    status = fields.Field(column_name="status", widget=TextWidget())
    ticket_code = fields.Field(
        attribute="ticket_code", column_name="ticket_code", widget=TextWidget()
    )
    registered_at = fields.Field(column_name="registered_at", widget=TextWidget())
    checked_in_at = fields.Field(column_name="checked_in_at", widget=TextWidget())

    class Meta:
        model = Registration
        fields = COLUMNS
        export_order = COLUMNS

    def dehydrate_event_code(self, registration):
        return registration.page.code

    def dehydrate_event(self, registration):
        return registration.page.title

    def dehydrate_event_start(self, registration):
        return local_time(registration.page.start)

    def dehydrate_status(self, registration):
        # In the reader's language: the list is read by people.
        return str(registration.get_status_display())

    def dehydrate_registered_at(self, registration):
        return local_time(registration.created_at)

    def dehydrate_checked_in_at(self, registration):
        return local_time(registration.checked_in_at)
