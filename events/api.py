"""`/api/events`, `/api/events/{id}`, `/api/events.ics`, `/api/registrations` (Django Ninja, in
the OpenAPI document; conventions of `jawda.api_common`).

- The filters are the calendar's (`EventFilterForm`: `city`, `type`, `sector`, `from`, `to`,
  `q`) plus `edition` (an edition page's id or slug, in either language); the JSON list and the
  iCalendar feed take the same ones and give the same events.
- `?lang=ar` lists every event once, in Arabic when it can: the Arabic versions, the aliases
  wagtail-localize keeps in the Arabic tree for untranslated events (French text,
  `translated: false`), and the French version of an event that has no Arabic page at all
  (`lang: "fr"`, `translated: false`). The same the other way for `fr`.
- Times are Morocco time (Africa/Casablanca, from the `tzdata` package) with their offset.
- Public reads carry an ETag computed from the body (If-None-Match answers 304). There is no
  Last-Modified: seats left, translations and unpublished events change a list without
  changing any date the list could be stamped with.
- `/api/registrations` is the signed-in member's own registrations (session for now); a guest
  registration made with the same email address without signing in is not hers here.
"""

import functools
import operator

from ninja import Field, Path, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from jawda.api_common import (
    DEFAULT_PAGE_SIZE,
    MAX_ID,
    MAX_PAGE_SIZE,
    PAGINATION,
    PRIVATE_AUTH,
    ApiError,
    ErrorOut,
    check_params,
    language_or_default,
    paginate,
    public_read,
)

from . import ical
from .filters import FILTER_NAMES, EventFilterForm
from .models import EditionPage, EventPage, EventType, Registration, RegistrationStatus
from .views import calendar_response, seats_taken

router = Router(tags=["events"])

FILTERS = {"lang", "edition", *FILTER_NAMES}
DATE_TIME = {"format": "date-time"}
MOROCCO_TIME = "Morocco time, ISO 8601 with its offset"


# ---------------------------------------------------------------------------------------------
# Schemas


class CodeLabelOut(Schema):
    code: str
    label: str


class PlaceOut(Schema):
    code: str
    name: str


class VenueOut(Schema):
    name: str
    address: str
    latitude: float | None
    longitude: float | None


class EditionRefOut(Schema):
    id: int
    title: str


class LanguageVersionOut(Schema):
    lang: str
    url: str


class EventOut(Schema):
    id: int
    translation_key: str
    lang: str = Field(description="the language of this version: fr or ar")
    translated: bool = Field(
        description="false for an event not yet translated: its text is the original's"
    )
    title: str
    summary: str
    type: CodeLabelOut
    status: CodeLabelOut
    start: str = Field(
        description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME
    )
    end: str = Field(description="Morocco time, ISO 8601 with offset", json_schema_extra=DATE_TIME)
    all_day: bool
    city: PlaceOut | None
    region: str | None = Field(description="the city's region code")
    venue: VenueOut
    online_link: str | None
    sector: PlaceOut | None
    organiser: str
    languages: list[str] = Field(description="languages spoken: fr, ar, zgh, en")
    capacity: int | None
    seats_left: int | None = Field(description="null when the event takes no registrations")
    url: str
    ics_url: str
    edition: EditionRefOut | None
    translations: list[LanguageVersionOut] = Field(
        description="the other published language versions"
    )


class SpeakerOut(Schema):
    name: str
    organisation: str
    role: str


class EventDetailOut(EventOut):
    partners: str
    speakers: list[SpeakerOut]


class EventListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[EventOut]


class RegisteredEventOut(Schema):
    id: int
    title: str
    start: str = Field(json_schema_extra=DATE_TIME)
    end: str = Field(json_schema_extra=DATE_TIME)
    all_day: bool
    status: CodeLabelOut
    city: PlaceOut | None
    url: str


class RegistrationOut(Schema):
    id: int
    event: RegisteredEventOut | None = Field(description="null if the event was unpublished")
    status: CodeLabelOut
    ticket_code: str
    waiting_position: int | None = Field(
        description="place on the waiting list, from 1; null unless waiting"
    )
    registered_at: str = Field(json_schema_extra=DATE_TIME)


class RegistrationListOut(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    items: list[RegistrationOut]


# ---------------------------------------------------------------------------------------------
# Query


def invalid(fields):
    return ApiError(400, "invalid_parameters", _("Some query parameters are invalid."), fields)


def edition_paths(value):
    """The tree paths of every language version of the edition `value` (an id or a slug)."""
    editions = EditionPage.objects.live().public()
    if value.isdecimal() and len(value) <= 9:
        editions = editions.filter(pk=int(value))
    else:
        editions = editions.filter(slug=value)
    keys = editions.values("translation_key")
    paths = list(
        EditionPage.objects.live().filter(translation_key__in=keys).values_list("path", flat=True)
    )
    if not paths:
        raise invalid({"edition": [_("No such edition.")]})
    return paths


def public_pages():
    return EventPage.objects.live().public().select_related("city__region", "sector", "locale")


def events_in(language):
    """Every public event once, in `language` when it has a version there.

    The versions in `language` come first: translations, and the aliases wagtail-localize
    keeps in that tree for untranslated pages. An event with no live version at all in
    `language` (no alias either) is listed in the other language.
    """
    there = EventPage.objects.live().filter(locale__language_code=language)
    return (
        public_pages()
        .filter(
            Q(locale__language_code=language)
            | Q(~Q(translation_key__in=there.values("translation_key")), alias_of__isnull=True)
        )
        .order_by("start", "pk")
    )


def filtered_events(request, paginated):
    """(checked parameters, language, events) from the query string; ApiError naming every
    bad parameter at once otherwise."""
    allowed = FILTERS | PAGINATION if paginated else FILTERS
    try:
        values, errors = check_params(request, allowed, paginated), {}
    except ApiError as error:
        values, errors = None, dict(error.fields)
    # Values already refused (a NUL character) are not looked up.
    given = {name: request.GET[name] for name in FILTER_NAMES if name in request.GET}
    form = EventFilterForm({name: value for name, value in given.items() if name not in errors})
    if not form.is_valid():
        errors.update(form.errors)
    edition = request.GET.get("edition")
    paths = []
    if edition and "edition" not in errors:
        try:
            paths = edition_paths(edition)
        except ApiError as error:
            errors.update(error.fields)
    if errors:
        raise invalid(errors)
    language = language_or_default(values)
    pages = form.filter(events_in(language))
    if paths:
        pages = pages.filter(functools.reduce(operator.or_, (Q(path__startswith=p) for p in paths)))
    return values, language, pages


# ---------------------------------------------------------------------------------------------
# Serialisation


def local_iso(moment):
    return timezone.localtime(moment).isoformat()


def _number(value):
    return float(value) if value is not None else None


class Batch:
    """What a list of event pages needs from other tables, fetched once for the whole list."""

    def __init__(self, request, pages, language):
        self.request, self.language = request, language
        self.seats = seats_taken(pages)
        parents = {page.path[: -page.steplen] for page in pages}
        self.editions = {e.path: e for e in EditionPage.objects.filter(path__in=parents)}
        self.versions = {}
        for version in (
            EventPage.objects.live()
            .public()
            .filter(translation_key__in={page.translation_key for page in pages})
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            self.versions.setdefault(version.translation_key, []).append(version)

    def url(self, page):
        return page.get_full_url(self.request) or ""

    def item(self, page):
        versions = self.versions.get(page.translation_key, [])
        # An alias's own URL shows the "not translated yet" notice; its calendar entry is the
        # original's.
        source = next((v for v in versions if v.pk == page.alias_of_id), page)
        edition = self.editions.get(page.path[: -page.steplen])
        seats_left = None
        if page.capacity is not None:
            seats_left = max(page.capacity - self.seats.get(page.translation_key, 0), 0)
        return {
            "id": page.pk,
            "translation_key": str(page.translation_key),
            "lang": page.locale.language_code,
            "translated": page.alias_of_id is None and page.locale.language_code == self.language,
            "title": page.title,
            "summary": page.summary,
            "type": {"code": page.event_type, "label": page.get_event_type_display()},
            "status": {"code": page.status, "label": page.get_status_display()},
            "start": local_iso(page.start),
            "end": local_iso(page.end),
            "all_day": page.all_day,
            "city": {"code": page.city.code, "name": page.city.name} if page.city else None,
            "region": page.city.region.code if page.city else None,
            "venue": {
                "name": page.venue_name,
                "address": page.venue_address,
                "latitude": _number(page.latitude),
                "longitude": _number(page.longitude),
            },
            "online_link": page.online_link or None,
            "sector": (
                {"code": page.sector.code, "name": page.sector.name} if page.sector else None
            ),
            "organiser": page.organiser,
            "languages": list(page.languages or []),
            "capacity": page.capacity,
            "seats_left": seats_left,
            "url": self.url(page),
            "ics_url": self.url(source) + source.reverse_subpage("ics"),
            "edition": {"id": edition.pk, "title": edition.title} if edition else None,
            "translations": [
                {"lang": v.locale.language_code, "url": self.url(v)}
                for v in versions
                if v.pk != page.pk
            ],
        }


def detail(batch, page):
    data = batch.item(page)
    data["partners"] = page.partners
    data["speakers"] = [
        {
            "name": block.value["name"],
            "organisation": block.value.get("organisation") or "",
            "role": block.value.get("role") or "",
        }
        for block in page.speakers
    ]
    return data


# ---------------------------------------------------------------------------------------------
# Endpoints

LANG = Query("fr", description="fr or ar")
PAGE = Query("1", description="page number, from 1")
PAGE_SIZE = Query(str(DEFAULT_PAGE_SIZE), description=f"at most {MAX_PAGE_SIZE}")


class EventFilters(Schema):
    """The calendar's filters (documentation: the values are checked by EventFilterForm)."""

    edition: str | None = Field(None, description="an edition page's id or slug (either language)")
    city: str | None = Field(None, description="city code, e.g. rabat")
    type: str | None = Field(None, description="event type: " + ", ".join(EventType.values))
    sector: str | None = Field(None, description="sector code")
    from_: str | None = Field(
        None,
        alias="from",
        description="YYYY-MM-DD: events ending on or after this Morocco day",
        json_schema_extra={"format": "date"},
    )
    to: str | None = Field(
        None,
        description="YYYY-MM-DD: events starting on or before this Morocco day",
        json_schema_extra={"format": "date"},
    )
    q: str | None = Field(None, description="free text in title, summary, venue or organiser")


@router.get(
    "/events",
    response={200: EventListOut, 400: ErrorOut},
    summary="Public events, filtered like the calendar",
)
@public_read
def list_events(
    request,
    filters: Query[EventFilters],
    lang: str = LANG,
    page: str = PAGE,
    page_size: str = PAGE_SIZE,
):
    """Filters combine; an unknown parameter or a bad value answers 400 with the fields."""
    values, language, pages = filtered_events(request, paginated=True)
    with translation.override(language):
        meta, pages = paginate(request, pages, values["page"], values["page_size"])
        batch = Batch(request, pages, language)
        return Status(200, {**meta, "items": [batch.item(page) for page in pages]})


@router.get(
    "/events.ics",
    response={400: ErrorOut},
    summary="Public events as an iCalendar (RFC 5545) feed, filtered like the list",
    openapi_extra={
        "responses": {
            200: {
                "description": "The events' VCALENDAR, times in Africa/Casablanca",
                "content": {"text/calendar": {"schema": {"type": "string"}}},
            }
        }
    },
)
@public_read
def events_feed(
    request,
    filters: Query[EventFilters],
    lang: str = LANG,
):
    _values, language, pages = filtered_events(request, paginated=False)
    with translation.override(language):
        body = ical.calendar(pages, ical.calendar_name(_("Events")))
    return calendar_response(body, "events")


@router.get(
    "/events/{event_id}",
    response={200: EventDetailOut, 400: ErrorOut, 404: ErrorOut},
    summary="One public event, with its speakers and partners",
)
@public_read
def event_detail(
    request,
    event_id: int = Path(..., ge=1, le=MAX_ID, description="the event page's id"),
    lang: str | None = Query(None, description="fr or ar: the version in that language"),
):
    values = check_params(request, {"lang"}, paginated=False)
    page = public_pages().filter(pk=event_id).first()
    if page is None:
        raise ApiError(404, "not_found", _("No such event."))
    language = values["lang"] or page.locale.language_code
    if page.locale.language_code != language:
        # The version in that language (or its alias); without one, this version, untranslated.
        page = (
            public_pages()
            .filter(translation_key=page.translation_key, locale__language_code=language)
            .first()
        ) or page
    with translation.override(language):
        return Status(200, detail(Batch(request, [page], language), page))


@router.get(
    "/registrations",
    response={200: RegistrationListOut, 400: ErrorOut, 401: ErrorOut},
    auth=PRIVATE_AUTH,
    summary="The signed-in member's own event registrations",
)
@decorate_view(never_cache)
def list_registrations(
    request,
    lang: str = LANG,
    page: str = PAGE,
    page_size: str = PAGE_SIZE,
):
    """Newest first, cancelled ones included; the event in the requested language if it is
    translated. Only the member's own rows, whatever the parameters."""
    values = check_params(request, {"lang"} | PAGINATION, paginated=True)
    language = language_or_default(values)
    ahead = (
        Registration.objects.filter(event=OuterRef("event"), status=RegistrationStatus.WAITING)
        .filter(
            Q(queued_at__lt=OuterRef("queued_at"))
            | Q(queued_at=OuterRef("queued_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    registrations = (
        Registration.objects.filter(user=request.auth)
        .select_related("event")
        .annotate(ahead=Coalesce(Subquery(ahead), 0))
        .order_by("-created_at", "-pk")
    )
    with translation.override(language):
        meta, registrations = paginate(request, registrations, values["page"], values["page_size"])
        pages = {}
        for version in (
            EventPage.objects.live()
            .filter(translation_key__in={r.event.key for r in registrations})
            .filter(alias_of__isnull=True)
            .select_related("city", "locale")
        ):
            current = pages.get(version.translation_key)
            if current is None or version.locale.language_code == language:
                pages[version.translation_key] = version
        items = []
        for registration in registrations:
            event = pages.get(registration.event.key)
            waiting = registration.status == RegistrationStatus.WAITING
            items.append(
                {
                    "id": registration.pk,
                    "event": registered_event(request, event) if event else None,
                    "status": {
                        "code": registration.status,
                        "label": registration.get_status_display(),
                    },
                    "ticket_code": registration.ticket_code,
                    "waiting_position": registration.ahead + 1 if waiting else None,
                    "registered_at": local_iso(registration.created_at),
                }
            )
        return Status(200, {**meta, "items": items})


def registered_event(request, page):
    return {
        "id": page.pk,
        "title": page.title,
        "start": local_iso(page.start),
        "end": local_iso(page.end),
        "all_day": page.all_day,
        "status": {"code": page.status, "label": page.get_status_display()},
        "city": {"code": page.city.code, "name": page.city.name} if page.city else None,
        "url": page.get_full_url(request) or "",
    }
