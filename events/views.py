"""The public side of events: calendars (list, month, iCal), event pages, registration, tickets,
the member's registrations, and check-in at the door."""

import calendar as gregorian
import datetime
from collections import defaultdict
from urllib.parse import urlencode

from allauth.core import ratelimit
from babel.core import Locale as BabelLocale
from babel.dates import get_day_names, get_month_names

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from jawda.i18n import babel_locale

from . import ical, notifications
from .filters import EventFilterForm, morocco_midnight, public_events
from .models import SPOKEN_LANGUAGES, EventPage, EventStatus, Registration, RegistrationStatus
from .registration import RegistrationError, cancel, check_in, confirm_guest, page_for, register

ICS_CONTENT_TYPE = "text/calendar; charset=utf-8"


# ---------------------------------------------------------------------------------------------
# Calendars


def seats_taken(pages):
    """{translation_key: confirmed seats} for these events, in one query."""
    keys = [page.translation_key for page in pages if page.capacity is not None]
    if not keys:
        return {}
    rows = (
        Registration.objects.filter(event__key__in=keys, status=RegistrationStatus.CONFIRMED)
        .values("event__key")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {row["event__key"]: row["n"] for row in rows}


def annotate_seats(pages):
    taken = seats_taken(pages)
    for page in pages:
        page.seats_left = (
            None
            if page.capacity is None
            else max(page.capacity - taken.get(page.translation_key, 0), 0)
        )
        page.is_full = page.status == EventStatus.FULL or page.seats_left == 0
    return pages


def by_day(pages):
    """[(day, [events starting that day])], in Morocco days."""
    days = defaultdict(list)
    for page in pages:
        days[timezone.localtime(page.start).date()].append(page)
    return sorted(days.items())


def month_grid(pages, month):
    """The weeks of `month` as lists of (day or None, events on that day), in the reader's
    first-day-of-week; an event spanning several days is on each of them."""
    locale = BabelLocale.parse(babel_locale())
    first_weekday = locale.first_week_day
    on_day = defaultdict(list)
    for page in pages:
        day = timezone.localtime(page.start).date()
        last = timezone.localtime(page.end).date()
        while day <= last:
            on_day[day].append(page)
            day += datetime.timedelta(days=1)
    weeks = []
    for week in gregorian.Calendar(first_weekday).monthdatescalendar(month.year, month.month):
        weeks.append(
            [(day if day.month == month.month else None, on_day.get(day, [])) for day in week]
        )
    names = get_day_names("abbreviated", locale=locale)
    weekday_names = [names[(first_weekday + offset) % 7] for offset in range(7)]
    return weeks, weekday_names


def parse_month(value, default):
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return default.replace(day=1)


def edition_context(request, edition):
    form = EventFilterForm(request.GET or None)
    pages = public_events(EventPage.objects.child_of(edition))
    view = "month" if request.GET.get("view") == "month" else "list"
    if form.is_bound and form.is_valid():
        pages = form.filter(pages)
    filters = form.active()
    context = {
        "filter_form": form,
        "filters": filters,
        "view": view,
        "feed_url": edition.url + edition.reverse_subpage("feed") + query(filters),
        "list_url": edition.url + query(filters),
        "month_view_url": edition.url + query({**filters, "view": "month"}),
    }
    if view == "month":
        month = parse_month(
            request.GET.get("month"),
            (form.cleaned_data.get("from") if form.is_bound and form.is_valid() else None)
            or edition.start_date,
        )
        next_month = (month + datetime.timedelta(days=32)).replace(day=1)
        pages = pages.filter(
            start__lt=morocco_midnight(next_month), end__gte=morocco_midnight(month)
        )
        events = annotate_seats(list(pages))
        weeks, weekday_names = month_grid(events, month)
        previous_month = (month - datetime.timedelta(days=1)).replace(day=1)
        context.update(
            {
                "month": month,
                "month_name": get_month_names("wide", locale=babel_locale())[month.month],
                "weeks": weeks,
                "weekday_names": weekday_names,
                "previous_month_url": edition.url
                + query({**filters, "view": "month", "month": previous_month.strftime("%Y-%m")}),
                "next_month_url": edition.url
                + query({**filters, "view": "month", "month": next_month.strftime("%Y-%m")}),
            }
        )
    else:
        events = annotate_seats(list(pages))
        context["days"] = by_day(events)
    context["events"] = events
    context["json_ld"] = item_list(request, edition, events)
    return context


def query(params):
    return "?" + urlencode(params) if params else ""


def edition_feed(request, edition):
    form = EventFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return HttpResponseBadRequest(
            "\n".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()),
            content_type="text/plain; charset=utf-8",
        )
    pages = public_events(EventPage.objects.child_of(edition))
    if form.is_bound:
        pages = form.filter(pages)
    body = ical.calendar(pages, ical.calendar_name(edition.title), base_url=site_root(request))
    return calendar_response(body, edition.slug)


def calendar_response(body, name, attachment=False):
    response = HttpResponse(body, content_type=ICS_CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.ics"'
    return response


def site_root(request):
    return request.build_absolute_uri("/").rstrip("/")


# ---------------------------------------------------------------------------------------------
# Structured data (schema.org)

EVENT_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.FULL: "https://schema.org/EventScheduled",
    EventStatus.MOVED: "https://schema.org/EventRescheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def event_json_ld(request, page):
    root = site_root(request)
    if page.online_link and page.city_id:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif page.online_link:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if page.city_id:
        place = {
            "@type": "Place",
            "name": page.venue_name or page.city.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.venue_address,
                "addressLocality": page.city.name,
                "addressCountry": "MA",
            },
        }
        if page.latitude is not None and page.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            }
        locations.append(place)
    if page.online_link:
        locations.append({"@type": "VirtualLocation", "url": page.online_link})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": root + page.url,
        "startDate": (
            timezone.localtime(page.start).date().isoformat()
            if page.all_day
            else timezone.localtime(page.start).isoformat()
        ),
        "endDate": (
            timezone.localtime(page.end).date().isoformat()
            if page.all_day
            else timezone.localtime(page.end).isoformat()
        ),
        "eventStatus": EVENT_STATUS[page.status],
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": page.languages or [page.locale.language_code],
    }
    if page.organiser:
        data["organizer"] = {"@type": "Organization", "name": page.organiser}
    speakers = [block.value for block in page.speakers]
    if speakers:
        data["performer"] = [
            {
                "@type": "Person",
                "name": speaker["name"],
                **(
                    {"affiliation": {"@type": "Organization", "name": speaker["organisation"]}}
                    if speaker["organisation"]
                    else {}
                ),
            }
            for speaker in speakers
        ]
    if page.capacity is not None:
        data["maximumAttendeeCapacity"] = page.capacity
    return data


def item_list(request, edition, events):
    root = site_root(request)
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": edition.title,
        "url": root + edition.url,
        "numberOfItems": len(events),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": root + page.url, "name": page.title}
            for position, page in enumerate(events, start=1)
        ],
    }


# ---------------------------------------------------------------------------------------------
# Event page


def calendar_links(request, page):
    """Add-to-calendar links: the .ics file, Google Calendar and Outlook.com."""
    root = site_root(request)
    url = root + page.url
    location = ", ".join(
        part
        for part in [
            page.venue_name,
            page.venue_address,
            page.city.name if page.city else page.online_link,
        ]
        if part
    )
    details = "\n\n".join(part for part in [page.summary, url] if part)
    start, end = timezone.localtime(page.start), timezone.localtime(page.end)
    if page.all_day:
        google_dates = f"{start:%Y%m%d}/{(end.date() + datetime.timedelta(days=1)):%Y%m%d}"
    else:
        utc = "%Y%m%dT%H%M%SZ"
        google_dates = (
            f"{start.astimezone(datetime.UTC):{utc}}/{end.astimezone(datetime.UTC):{utc}}"
        )
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": page.title,
            "dates": google_dates,
            "details": details,
            "location": location,
            "ctz": "Africa/Casablanca",
        }
    )
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": page.title,
            "startdt": start.date().isoformat() if page.all_day else start.isoformat(),
            "enddt": end.date().isoformat() if page.all_day else end.isoformat(),
            "allday": "true" if page.all_day else "false",
            "body": details,
            "location": location,
        }
    )
    return {"ics": page.url + page.reverse_subpage("ics"), "google": google, "outlook": outlook}


def map_url(page):
    if page.latitude is not None and page.longitude is not None:
        return (
            f"https://www.openstreetmap.org/?mlat={page.latitude}&mlon={page.longitude}"
            f"#map=17/{page.latitude}/{page.longitude}"
        )
    if page.city_id:
        address = ", ".join(part for part in [page.venue_address, page.city.name, "Maroc"] if part)
        return "https://www.openstreetmap.org/search?" + urlencode({"query": address})
    return ""


class RegistrationForm(forms.Form):
    """A guest gives her name and email; a member is known, her organisation is optional."""

    name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(label=_("Email address"))
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            del self.fields["name"]
            del self.fields["email"]


def active_registration(request, page):
    if not request.user.is_authenticated:
        return None
    return Registration.objects.filter(
        event__key=page.translation_key,
        user=request.user,
        status__in=[
            RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITING,
        ],
    ).first()


def related_events(page):
    return list(
        public_events(EventPage.objects.sibling_of(page, inclusive=False))
        .filter(end__gte=timezone.now())
        .filter(Q(city_id=page.city_id) | Q(event_type=page.event_type))[:3]
    )


def event_context(request, page, form=None):
    annotate_seats([page])
    return {
        "calendar_links": calendar_links(request, page),
        "ics_url": page.url + page.reverse_subpage("ics"),
        "map_url": map_url(page),
        "json_ld": event_json_ld(request, page),
        "related": annotate_seats(related_events(page)),
        "spoken_languages": [
            str(label) for code, label in SPOKEN_LANGUAGES if code in page.languages
        ],
        "registration_form": form or RegistrationForm(user=request.user),
        "registration": active_registration(request, page),
        "register_url": page.url + page.reverse_subpage("register"),
    }


def event_ics(request, page):
    body = ical.calendar([page], ical.calendar_name(page.title), base_url=site_root(request))
    return calendar_response(body, page.slug, attachment=True)


def register_view(request, page):
    if request.method != "POST":
        return redirect(page.url)
    form = RegistrationForm(request.POST, user=request.user)
    if not form.is_valid():
        return refused(request, page, form)
    user = request.user if request.user.is_authenticated else None
    email = user.email if user else form.cleaned_data["email"]
    limited = ratelimit.consume_or_429(request, action="event_registration", key=email.lower())
    if limited:
        return limited
    try:
        registration = register(
            page,
            name=user.get_full_name() or user.email if user else form.cleaned_data["name"],
            email=email,
            organisation=form.cleaned_data["organisation"],
            language=get_language(),
            user=user,
        )
    except RegistrationError as error:
        form.add_error(None, str(error))
        return refused(request, page, form)
    messages.success(request, STATUS_MESSAGES[registration.status])
    if user:
        return redirect("events_ticket", token=registration.token)
    return redirect(page.url)


def refused(request, page, form):
    context = page.get_context(request, registration_form=form)
    return TemplateResponse(request, page.get_template(request), context, status=400)


STATUS_MESSAGES = {
    RegistrationStatus.PENDING: _(
        "Almost done: open the link we have sent you by email to confirm your registration."
    ),
    RegistrationStatus.CONFIRMED: _("Your seat is confirmed. Your ticket is on its way by email."),
    RegistrationStatus.WAITING: _(
        "The event is full: you are on the waiting list. We will email you as soon as a seat "
        "is freed."
    ),
}


# ---------------------------------------------------------------------------------------------
# Tickets, confirmation, the member's registrations


def _registration(token):
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token)
    page = page_for(registration, get_language())
    if page is None:
        raise Http404
    return registration, page


def ticket(request, token):
    """The registration's own page, reached from her email (the token is its secret)."""
    registration, page = _registration(token)
    if request.method == "POST" and "cancel" in request.POST:
        cancel(registration, page)
        messages.success(request, _("Your registration is cancelled."))
        return redirect("events_ticket", token=token)
    registration.refresh_from_db()
    response = TemplateResponse(
        request,
        "events/ticket.html",
        {
            "registration": registration,
            "event": page,
            "qr_svg": notifications.ticket_svg(registration)
            if registration.status == RegistrationStatus.CONFIRMED
            else "",
            "position": waiting_position(registration),
        },
    )
    # The token in the address must not leak to other sites; same-origin keeps forms working.
    response["Referrer-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response


def waiting_position(registration):
    if registration.status != RegistrationStatus.WAITING:
        return None
    return (
        Registration.objects.filter(
            event_id=registration.event_id, status=RegistrationStatus.WAITING
        )
        .filter(
            Q(queued_at__lt=registration.queued_at)
            | Q(queued_at=registration.queued_at, pk__lt=registration.pk)
        )
        .count()
        + 1
    )


def confirm(request, token):
    """A guest confirms her address. GET only shows the button: mail scanners open links."""
    registration, page = _registration(token)
    if request.method == "POST":
        try:
            registration = confirm_guest(registration, page)
        except RegistrationError as error:
            messages.error(request, str(error))
            return redirect("events_ticket", token=token)
        messages.success(request, STATUS_MESSAGES[registration.status])
        return redirect("events_ticket", token=token)
    return TemplateResponse(
        request, "events/confirm.html", {"registration": registration, "event": page}
    )


@login_required
def my_registrations(request):
    registrations = list(
        Registration.objects.filter(user=request.user)
        .select_related("event")
        .order_by("-created_at")
    )
    keys = [registration.event.key for registration in registrations]
    language = get_language()
    pages = {}
    for page in (
        EventPage.objects.live().filter(translation_key__in=keys).select_related("locale", "city")
    ):
        current = pages.get(page.translation_key)
        if current is None or page.locale.language_code == language:
            pages[page.translation_key] = page
    rows = [
        {"registration": registration, "event": pages.get(registration.event.key)}
        for registration in registrations
    ]
    now = timezone.now()
    return TemplateResponse(
        request,
        "events/my_registrations.html",
        {
            "upcoming": [
                row
                for row in rows
                if row["event"] and row["event"].end >= now and row["registration"].is_active
            ],
            "others": [
                row
                for row in rows
                if not (row["event"] and row["event"].end >= now and row["registration"].is_active)
            ],
        },
    )


class CheckInForm(forms.Form):
    code = forms.CharField(label=_("Ticket code"), max_length=20)


@permission_required("events.check_in_registration", raise_exception=True)
def check_in_view(request):
    form = CheckInForm(request.POST or None)
    result = None
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            registration, first_time = check_in(form.cleaned_data["code"], request.user)
            result = {
                "registration": registration,
                "event": page_for(registration, get_language()),
                "first_time": first_time,
            }
            form = CheckInForm()
        except RegistrationError as error:
            form.add_error("code", str(error))
            status = 400
    return TemplateResponse(
        request, "events/check_in.html", {"form": form, "result": result}, status=status
    )
