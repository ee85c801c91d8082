import datetime
import json
import re

import pytest
from icalendar import Calendar

from events.models import EventStatus, EventType
from jawda.models import City

from ..conftest import publish
from .conftest import morocco

pytestmark = pytest.mark.django_db


def json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_the_calendar_lists_events_by_day_in_morocco_time(client, events):
    events.event(title="Forum international", start=morocco(2026, 11, 23, 9, 30))
    events.event(title="Atelier Lean", start=morocco(2026, 11, 24, 14, 0))
    response = client.get(events.edition_fr.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Lundi 23 novembre 2026" in html
    assert "Mardi 24 novembre 2026" in html
    assert html.index("Forum international") < html.index("Atelier Lean")
    assert "09:30" in html
    assert "Les heures sont à l'heure du Maroc." in html


def test_filters_combine_keep_their_state_and_give_a_feed(client, events):
    rabat = City.objects.get(code="rabat")
    events.event(title="Séminaire à Rabat", city=rabat)
    events.event(title="Atelier à Rabat", city=rabat, event_type=EventType.WORKSHOP)
    events.event(title="Séminaire à Casablanca")
    response = client.get(events.edition_fr.url, {"city": "rabat", "type": "seminar"})
    html = response.content.decode()
    assert "Séminaire à Rabat" in html
    assert "Atelier à Rabat" not in html
    assert "Séminaire à Casablanca" not in html
    assert '<option value="rabat" selected>' in html
    feed = re.search(r'<link rel="alternate" type="text/calendar"[^>]*href="([^"]+)"', html)
    assert feed is not None
    href = feed.group(1).replace("&amp;", "&")
    assert "city=rabat" in href and "type=seminar" in href
    calendar = Calendar.from_ical(client.get(href).content)
    titles = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert titles == ["Séminaire à Rabat"]


def test_a_bad_filter_is_explained_not_a_crash(client, events):
    events.event(title="Séminaire")
    response = client.get(events.edition_fr.url, {"from": "2026-13-45", "city": "atlantis"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Saisissez une date valide" in html
    assert "Sélectionnez un choix valide" in html
    assert client.get(events.edition_fr.url + "ical/", {"city": "atlantis"}).status_code == 400


def test_the_date_range_uses_morocco_days(client, events):
    events.event(title="Tard le 24", start=morocco(2026, 11, 24, 23, 30))
    events.event(title="Le 25", start=morocco(2026, 11, 25, 9, 0))
    html = client.get(events.edition_fr.url, {"from": "2026-11-24", "to": "2026-11-24"}).content
    assert b"Tard le 24" in html and b"Le 25" not in html


def test_the_month_view_places_events_on_their_days(client, events):
    events.event(title="Salon de la qualité", start=morocco(2026, 11, 25, 9, 0))
    response = client.get(events.edition_fr.url, {"view": "month", "month": "2026-11"})
    html = response.content.decode()
    assert "Novembre 2026" in html
    assert "Salon de la qualité" in html
    assert "month-grid" in html


def test_the_arabic_calendar_is_right_to_left_with_moroccan_dates(client, events):
    events.event(arabic=True, start=morocco(2026, 11, 24, 9, 0))
    response = client.get(events.edition_ar.url)
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "نونبر" in html  # the Moroccan name of November
    assert "ندوة" in html


def test_the_event_page_shows_everything_an_attendee_needs(client, events):
    page = events.event(
        title="Séminaire ISO 9001",
        latitude="33.533300",
        longitude="-7.583300",
        capacity=50,
        speakers=[("speaker", {"name": "Amina Alaoui", "organisation": "IMANOR", "role": ""})],
    )
    html = client.get(page.url).content.decode()
    assert "mardi 24 novembre 2026, 09:00" in html
    assert "heure du Maroc" in html
    assert "1448" in html  # the Hijri date beside the Gregorian one
    assert "openstreetmap.org/?mlat=33.533300" in html
    assert "calendar.google.com" in html and "outlook.live.com" in html
    assert "Amina Alaoui" in html and "IMANOR" in html
    assert "50 places restantes" in html
    assert 'type="text/calendar"' in html


def test_the_event_page_describes_the_event_for_search_engines(client, events):
    page = events.event(status=EventStatus.CANCELLED, online_link="https://meet.example.org/x")
    data = json_ld(client.get(page.url).content.decode())[0]
    assert data["@type"] == "Event"
    assert data["startDate"] == "2026-11-24T09:00:00+00:00"
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"]["name"] == "UMAQ"
    assert data["inLanguage"] == ["fr", "ar"]
    place = data["location"][0]
    assert place["address"]["addressLocality"] == "Casablanca"


def test_the_calendar_lists_its_events_for_search_engines(client, events):
    events.event(title="Premier")
    events.event(title="Second", start=morocco(2026, 11, 25, 9, 0))
    data = json_ld(client.get(events.edition_fr.url).content.decode())[0]
    assert data["@type"] == "ItemList"
    assert [item["name"] for item in data["itemListElement"]] == ["Premier", "Second"]


def test_each_event_has_its_own_ics(client, events):
    page = events.event(status=EventStatus.CANCELLED)
    response = client.get(page.url + "ical/")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    for name in ("UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY"):
        assert name in event
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["UID"] == f"{page.translation_key}@jawda.ma"
    assert event.decoded("DTSTART") == morocco(2026, 11, 24, 9, 0)
    assert calendar.walk("VTIMEZONE"), "the feed carries the Africa/Casablanca VTIMEZONE"


def test_a_moved_event_keeps_its_uid_and_raises_its_sequence_in_the_feed(client, events):
    page = events.event()
    first = Calendar.from_ical(client.get(page.url + "ical/").content).walk("VEVENT")[0]
    draft = page.get_latest_revision_as_object()
    draft.start += datetime.timedelta(days=1)
    draft.end += datetime.timedelta(days=1)
    publish(draft)
    second = Calendar.from_ical(client.get(page.url + "ical/").content).walk("VEVENT")[0]
    assert first["UID"] == second["UID"]
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


@pytest.mark.parametrize("count", [2, 20])
def test_the_calendar_page_query_count_does_not_grow(
    client, events, count, django_assert_max_num_queries
):
    for number in range(count):
        events.event(capacity=10, start=morocco(2026, 11, 23 + number % 4, 9, 0))
    with django_assert_max_num_queries(25):
        response = client.get(events.edition_fr.url)
    assert response.content.decode().count('class="card event-card') == count


def test_a_committee_page_lists_its_regions_upcoming_events(client, events):
    from ..committees.conftest import Committees

    committee = Committees(events.tree).committee("casablanca-settat")
    events.event(title="Séminaire à Casablanca", arabic=True)
    events.event(title="Passé", start=morocco(2025, 11, 24, 9, 0))
    events.event(title="Annulé", status=EventStatus.CANCELLED)
    events.event(title="À Rabat", city=City.objects.get(code="rabat"))
    html = client.get(committee.url).content.decode()
    assert "Séminaire à Casablanca" in html
    for other in ("Passé", "Annulé", "À Rabat"):
        assert other not in html
    arabic = client.get(committee.arabic.url).content.decode()
    assert "ندوة" in arabic and "Séminaire à Casablanca" not in arabic
