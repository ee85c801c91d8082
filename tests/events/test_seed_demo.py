import datetime
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision

from events.demo_content import MEMBERS
from events.models import (
    EditionPage,
    EventPage,
    EventRecord,
    EventSeriesPage,
    EventStatus,
    EventType,
    Registration,
    RegistrationStatus,
)
from jawda.models import NavigationMenu, User

from .conftest import morocco

# The demo as on the first morning of the SNQ 2026, before the launch forum opens, whatever
# the day the tests run: every event of the week still takes registrations.
FIRST_MORNING = morocco(2026, 11, 23, 8, 0)


@pytest.fixture
def first_morning(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: FIRST_MORNING)


def seed_demo():
    output = StringIO()
    call_command("seed_demo", stdout=output)
    return output.getvalue()


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        EventPage.objects.count(),
        EventRecord.objects.count(),
        Registration.objects.count(),
        User.objects.count(),
        [list(menu.links.raw_data) for menu in NavigationMenu.objects.order_by("pk")],
    )


def french(queryset):
    return queryset.filter(locale__language_code="fr")


def check_snq_2026_has_forty_events_in_eight_cities_of_every_type(output):
    snq = french(EventSeriesPage.objects).get(slug="snq")
    assert snq.since_year == 1998
    edition = french(EditionPage.objects.child_of(snq)).get(slug="2026")
    assert edition.theme
    assert edition.start_date == datetime.date(2026, 11, 23)
    assert edition.end_date >= datetime.date(2026, 11, 27)
    events = french(EventPage.objects.child_of(edition))
    assert events.count() >= 40
    cities = set(events.exclude(city=None).values_list("city__code", flat=True))
    assert len(cities) >= 8
    assert {"casablanca", "rabat", "tanger", "fes", "marrakech", "agadir", "oujda", "laayoune"} <= (
        cities
    )
    assert cities <= set(edition.cities.values_list("code", flat=True))
    assert set(events.values_list("event_type", flat=True)) == set(EventType.values)
    for event in events:
        assert edition.start_date <= timezone.localtime(event.start).date() <= edition.end_date
        assert event.live and event.organiser and event.summary and event.languages
    for webinar in events.filter(event_type=EventType.WEBINAR):
        assert webinar.city is None and webinar.online_link.startswith("https://")
    launch = events.get(event_type=EventType.FORUM)
    assert timezone.localtime(launch.start).date() == edition.start_date
    assert len(launch.speakers) >= 4
    assert all(speaker.value["organisation"] for speaker in launch.speakers)
    # Morocco time: the forum opens at 9:00 in Casablanca (UTC+0 since September 2026).
    assert timezone.localtime(launch.start).hour == 9
    statuses = set(events.values_list("status", flat=True))
    assert {EventStatus.CANCELLED, EventStatus.MOVED, EventStatus.FULL} <= statuses
    assert "44 events in 9 cities" in output


def check_past_editions_and_sector_days():
    snq = french(EventSeriesPage.objects).get(slug="snq")
    editions = french(EditionPage.objects.child_of(snq))
    past = [edition for edition in editions if edition.end_date < FIRST_MORNING.date()]
    assert sorted(edition.start_date.year for edition in past) == [2024, 2025]
    for edition in past:
        events = french(EventPage.objects.child_of(edition))
        assert events.count() >= 3
        assert all(event.end < FIRST_MORNING for event in events)
        assert not Registration.objects.filter(
            event__key__in=events.values("translation_key")
        ).exists()

    days = french(EventSeriesPage.objects).get(slug="journees-nationales-qualite")
    sector_days = french(EventPage.objects.descendant_of(days))
    assert sector_days.count() >= 4
    assert {event.start.year for event in sector_days} == {2026, 2027}
    assert sector_days.exclude(sector=None).count() >= 3


def check_every_event_has_its_arabic_translation():
    for page in french(EventPage.objects).select_related("city"):
        arabic = EventPage.objects.get(
            translation_key=page.translation_key, locale__language_code="ar"
        )
        assert arabic.live and arabic.alias_of_id is None
        assert arabic.title != page.title and arabic.summary != page.summary
        assert arabic.organiser != page.organiser
        assert (arabic.start, arabic.end, arabic.city_id, arabic.status, arabic.capacity) == (
            page.start,
            page.end,
            page.city_id,
            page.status,
            page.capacity,
        )
    for model in (EventSeriesPage, EditionPage):
        assert model.objects.filter(locale__language_code="ar", alias_of=None).count() == (
            french(model.objects).count()
        )
    assert not EventPage.objects.filter(alias_of__isnull=False).exists()


def check_full_events_have_a_waiting_list_first_come_first_served(output):
    full = french(EventPage.objects).filter(status=EventStatus.FULL)
    assert full.count() >= 2
    for page in full:
        registrations = list(
            Registration.objects.filter(event__key=page.translation_key).order_by("queued_at", "pk")
        )
        statuses = [registration.status for registration in registrations]
        seats = page.capacity
        assert statuses[:seats] == [RegistrationStatus.CONFIRMED] * seats
        assert statuses[seats:] and set(statuses[seats:]) == {RegistrationStatus.WAITING}
    members = Registration.objects.filter(email__endswith="@example.ma")
    assert members.filter(user__isnull=False).count() == members.count() > 100
    assert User.objects.filter(email__endswith="@example.ma").count() == len(MEMBERS)
    assert not any(
        user.has_usable_password() for user in User.objects.filter(email__endswith="@example.ma")
    )
    # The demo member's "my registrations": one seat, one place on a waiting list.
    salma = Registration.objects.filter(email="membre@jawda.ma")
    assert sorted(salma.values_list("status", flat=True)) == ["confirmed", "waiting"]
    assert "132 (119 confirmed, 13 on waiting lists)" in output


def check_both_series_are_in_the_menus_once():
    for language in ("fr", "ar"):
        menu = NavigationMenu.objects.get(locale__language_code=language)
        pages = [block.value["page"].specific for block in menu.links]
        series = [page for page in pages if isinstance(page, EventSeriesPage)]
        assert [page.slug for page in series] == ["snq", "journees-nationales-qualite"]
        # The series takes the place of the standard page about the SNQ: no duplicate entry.
        assert "semaine-nationale-qualite" not in [page.slug for page in pages]
        assert pages.index(series[0]) == 1


# Each run of seed_demo takes seconds: the tests share them.


def test_seed_demo_builds_the_events_in_both_languages_once(db, settings, first_morning):
    settings.JAWDA_ALLOW_DEMO = True
    output = seed_demo()
    first = counts()
    seed_demo()
    assert counts() == first
    assert len(set(EventPage.objects.values_list("code", "locale"))) == EventPage.objects.count()
    check_snq_2026_has_forty_events_in_eight_cities_of_every_type(output)
    check_past_editions_and_sector_days()
    check_every_event_has_its_arabic_translation()
    check_both_series_are_in_the_menus_once()


def test_full_events_have_waiting_lists_and_the_made_up_registrants_get_no_email(
    db, settings, first_morning, django_capture_on_commit_callbacks
):
    settings.JAWDA_ALLOW_DEMO = True
    with django_capture_on_commit_callbacks(execute=True):
        output = seed_demo()
    check_full_events_have_a_waiting_list_first_come_first_served(output)
    assert mail.outbox == []


def test_the_demo_built_after_the_week_takes_no_registration_for_past_events(
    db, settings, monkeypatch
):
    settings.JAWDA_ALLOW_DEMO = True
    monkeypatch.setattr(timezone, "now", lambda: morocco(2026, 12, 1, 9, 0))
    seed_demo()
    assert french(EventPage.objects).count() >= 40
    assert not Registration.objects.exists()
