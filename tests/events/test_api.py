import datetime

import pytest
from icalendar import Calendar

from wagtail.models import PageViewRestriction

from events.models import EditionPage, EventStatus, EventType, Registration, RegistrationStatus
from events.registration import record_for
from jawda.api_common import MAX_PAGE_SIZE
from jawda.models import City, Sector

from ..factories import UserFactory
from .conftest import morocco

pytestmark = pytest.mark.django_db


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(response):
    return [item["title"] for item in items(response)]


def assert_error(response, status, *fields):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"} and error["message"]
    assert set(fields) <= set(error["fields"]), error
    return error


def alias_in_arabic(events, page):
    """The alias wagtail-localize keeps in the Arabic tree for an untranslated page."""
    return page.copy_for_translation(events.tree.ar, alias=True)


def register(page, user, status=RegistrationStatus.CONFIRMED, minutes=0):
    return Registration.objects.create(
        event=record_for(page),
        user=user,
        name=str(user),
        email=user.email,
        language="fr",
        status=status,
        queued_at=morocco(2026, 11, 1, 9, minutes),
    )


# ---------------------------------------------------------------------------------------------
# The list


def test_an_event_in_the_list_has_every_field(client, events):
    page = events.event(
        arabic=True,
        title="Séminaire ISO 9001",
        capacity=30,
        latitude="33.5731",
        longitude="-7.5898",
        online_link="https://webinaire.example.org/iso",
    )
    register(page, UserFactory())

    (item,) = items(client.get("/api/events"))

    assert item == {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "lang": "fr",
        "translated": True,
        "title": "Séminaire ISO 9001",
        "summary": "Le management de la qualité dans les PME",
        "type": {"code": "seminar", "label": "Séminaire"},
        "status": {"code": "scheduled", "label": "Programmé"},
        # Morocco has been on UTC+0 since 20 September 2026: the offset is written out.
        "start": "2026-11-24T09:00:00+00:00",
        "end": "2026-11-24T12:00:00+00:00",
        "all_day": False,
        "city": {"code": "casablanca", "name": "Casablanca"},
        "region": "casablanca-settat",
        "venue": {
            "name": "Technopark",
            "address": "Route de Nouaceur",
            "latitude": 33.5731,
            "longitude": -7.5898,
        },
        "online_link": "https://webinaire.example.org/iso",
        "sector": {"code": "automobile", "name": "Automobile"},
        "organiser": "UMAQ",
        "languages": ["fr", "ar"],
        "capacity": 30,
        "seats_left": 29,
        "url": "http://testserver/fr/snq/snq-2026/" + page.slug + "/",
        "ics_url": "http://testserver/fr/snq/snq-2026/"
        + page.slug
        + "/"
        + page.reverse_subpage("ics"),
        "edition": {"id": events.edition_fr.pk, "title": "SNQ 2026"},
        "translations": [
            {"lang": "ar", "url": f"http://testserver/ar/snq/snq-2026/{page.arabic.slug}/"}
        ],
    }


def test_times_before_the_2026_change_carry_the_summer_offset(client, events):
    events.event(start=morocco(2026, 6, 15, 9, 0))

    (item,) = items(client.get("/api/events"))

    assert item["start"] == "2026-06-15T09:00:00+01:00"


def test_seats_left_is_null_without_registration_and_never_negative(client, events):
    events.event(title="Entrée libre")
    full = events.event(title="Complet", capacity=1)
    register(full, UserFactory())
    register(full, UserFactory(), status=RegistrationStatus.WAITING)
    register(full, UserFactory(), status=RegistrationStatus.CANCELLED)

    seats = {item["title"]: item["seats_left"] for item in items(client.get("/api/events"))}

    assert seats == {"Entrée libre": None, "Complet": 0}


def test_filters_combine(client, events):
    rabat = City.objects.get(code="rabat")
    events.event(title="A Casablanca", start=morocco(2026, 11, 24, 9, 0))
    events.event(
        title="B atelier Rabat",
        city=rabat,
        event_type=EventType.WORKSHOP,
        sector=Sector.objects.get(code="tic"),
        start=morocco(2026, 11, 25, 9, 0),
    )
    events.event(title="C Rabat", city=rabat, start=morocco(2026, 11, 26, 9, 0))
    events.event(
        title="D Rabat ISO 14001",
        city=rabat,
        start=morocco(2026, 11, 26, 23, 30),
        organiser="IMANOR",
    )

    def get(**params):
        return titles(client.get("/api/events", params))

    assert get() == ["A Casablanca", "B atelier Rabat", "C Rabat", "D Rabat ISO 14001"]
    assert get(city="rabat") == ["B atelier Rabat", "C Rabat", "D Rabat ISO 14001"]
    assert get(city="rabat", type="seminar") == ["C Rabat", "D Rabat ISO 14001"]
    assert get(city="rabat", type="seminar", q="iso") == ["D Rabat ISO 14001"]
    assert get(q="imanor") == ["D Rabat ISO 14001"]
    assert get(sector="automobile", city="rabat") == ["C Rabat", "D Rabat ISO 14001"]
    assert get(sector="tic") == ["B atelier Rabat"]
    # Morocco days, both ends included.
    assert get(**{"from": "2026-11-26", "to": "2026-11-26"}) == ["C Rabat", "D Rabat ISO 14001"]
    assert get(to="2026-11-25") == ["A Casablanca", "B atelier Rabat"]
    assert get(**{"from": "2026-11-25", "to": "2026-11-25", "city": "rabat"}) == ["B atelier Rabat"]
    # D ends at 02:30 on the 27th: it is on that day too.
    assert get(**{"from": "2026-11-27"}) == ["D Rabat ISO 14001"]
    assert get(**{"from": "2026-11-28"}) == []


def test_the_edition_filter_takes_an_id_or_a_slug_in_either_language(client, events):
    events.event(title="Forum 2026", arabic=True)
    edition_2025 = events.add(
        events.series_fr,
        EditionPage(
            title="SNQ 2025",
            slug="snq-2025",
            start_date=datetime.date(2025, 11, 24),
            end_date=datetime.date(2025, 11, 28),
        ),
    )
    events.event(title="Forum 2025", edition=edition_2025, start=morocco(2025, 11, 25, 9, 0))

    assert titles(client.get("/api/events", {"edition": edition_2025.pk})) == ["Forum 2025"]
    assert titles(client.get("/api/events", {"edition": "snq-2025"})) == ["Forum 2025"]
    assert titles(client.get("/api/events", {"edition": events.edition_fr.pk})) == ["Forum 2026"]
    arabic = client.get("/api/events", {"edition": events.edition_fr.pk, "lang": "ar"})
    assert [item["lang"] for item in items(arabic)] == ["ar"]
    by_arabic_id = client.get("/api/events", {"edition": events.edition_ar.pk, "lang": "ar"})
    assert titles(by_arabic_id) == titles(arabic)
    assert_error(client.get("/api/events", {"edition": "snq-1999"}), 400, "edition")


def test_arabic_list_has_arabic_titles_and_untranslated_events_in_french(client, events):
    translated = events.event(arabic=True, start=morocco(2026, 11, 24, 9, 0))
    aliased = events.event(title="Visite d'entreprise", start=morocco(2026, 11, 25, 9, 0))
    alias = alias_in_arabic(events, aliased)
    events.event(title="Table ronde", start=morocco(2026, 11, 26, 9, 0))

    listed = items(client.get("/api/events", {"lang": "ar"}))

    assert [(i["title"], i["lang"], i["translated"]) for i in listed] == [
        (translated.arabic.title, "ar", True),
        ("Visite d'entreprise", "ar", False),
        ("Table ronde", "fr", False),
    ]
    first, second, _third = listed
    assert first["id"] == translated.arabic.pk
    assert first["summary"] == "تدبير الجودة"
    assert first["type"]["label"] == "ندوة" and first["city"]["name"] == "الدار البيضاء"
    assert first["edition"]["title"] == events.edition_ar.title
    assert first["url"].startswith("http://testserver/ar/")
    assert second["id"] == alias.pk
    # The alias's calendar entry is the original's.
    assert second["ics_url"].startswith(aliased.get_full_url())
    assert second["translations"] == [{"lang": "fr", "url": aliased.get_full_url()}]
    # The French list is not affected by the Arabic tree.
    assert len(items(client.get("/api/events", {"lang": "fr"}))) == 3


def test_cancelled_events_say_so(client, events):
    events.event(title="Annulé", status=EventStatus.CANCELLED, arabic=True)

    (french,) = items(client.get("/api/events"))
    (arabic,) = items(client.get("/api/events", {"lang": "ar"}))

    assert french["status"] == {"code": "cancelled", "label": "Annulé"}
    assert arabic["status"]["code"] == "cancelled" and arabic["status"]["label"] != "Annulé"


def test_drafts_and_private_events_are_not_listed(client, events):
    events.event(title="Public")
    draft = events.event(title="Brouillon")
    draft.unpublish()
    private = events.event(title="Réservé")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert titles(client.get("/api/events")) == ["Public"]
    assert_error(client.get(f"/api/events/{draft.pk}"), 404)
    assert_error(client.get(f"/api/events/{private.pk}"), 404)
    assert_error(client.get(f"/api/events/{events.edition_fr.pk}"), 404)


def test_pagination(client, events):
    for _number in range(3):
        events.event()

    data = client.get("/api/events", {"page_size": 2, "page": 2}).json()

    assert (data["count"], data["page"], len(data["items"])) == (3, 2, 1)
    assert "page=1" in data["previous"] and data["next"] is None
    assert_error(client.get("/api/events", {"page_size": MAX_PAGE_SIZE + 1}), 400, "page_size")


# ---------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    ("params", "fields"),
    [
        ({"colour": "green"}, ["colour"]),
        ({"city": "rabat", "ordering": "-start"}, ["ordering"]),
        ({"lang": "en"}, ["lang"]),
        ({"from": "24/13/2026"}, ["from"]),
        ({"from": "2026-02-30"}, ["from"]),
        ({"to": "demain"}, ["to"]),
        ({"from": "2026-11-26", "to": "2026-11-24"}, ["to"]),
        ({"city": "atlantis"}, ["city"]),
        ({"type": "party"}, ["type"]),
        ({"sector": "x", "page": "0"}, ["sector", "page"]),
        ({"q": "x" * 101}, ["q"]),
    ],
)
@pytest.mark.parametrize("url", ["/api/events", "/api/events.ics"])
def test_bad_parameters_are_400_with_the_fields(client, events, url, params, fields):
    error = assert_error(client.get(url, params), 400, *fields)
    assert error["code"] == "invalid_parameters"


def test_errors_are_in_the_requested_language(client, events):
    french = assert_error(client.get("/api/events", {"from": "x"}), 400, "from")
    arabic = assert_error(client.get("/api/events", {"from": "x", "lang": "ar"}), 400, "from")

    assert french["fields"]["from"] != arabic["fields"]["from"]
    assert any("\u0600" <= char <= "\u06ff" for char in arabic["fields"]["from"][0])


HOSTILE = [
    "' OR '1'='1",
    "1; DROP TABLE events_eventpage; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "%' UNION SELECT password FROM jawda_user --",
    "../../etc/passwd",
    "9" * 40,
    "-1",
    "\x00",
    "２０２６-１１-２４",
    "%",
    "²",
    "٣",
    "1e3",
]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    ("url", "names"),
    [
        (
            "/api/events",
            ["lang", "edition", "city", "type", "sector", "from", "to", "q", "page", "page_size"],
        ),
        ("/api/events.ics", ["lang", "edition", "city", "type", "sector", "from", "to", "q"]),
        ("/api/registrations", ["lang", "page", "page_size", "user", "email"]),
        ("/api/events/{id}", ["lang", "id"]),
    ],
)
def test_hostile_strings_in_every_parameter_are_400_or_nothing(client, events, url, names, value):
    page = events.event(title="Séminaire")
    client.force_login(UserFactory())
    for name in names:
        response = client.get(url.format(id=page.pk), {name: value})
        assert response.status_code in (200, 400), (name, value, response.status_code)
        if response.status_code == 400:
            assert_error(response, 400, name)
        elif url == "/api/events" and name in ("q", "edition"):
            assert items(response) == []


@pytest.mark.parametrize("value", ["9" * 40, "2147483648", "0"])
def test_out_of_range_ids_are_not_server_errors(client, events, value):
    response = client.get(f"/api/events/{value}")
    assert response.status_code in (400, 404)
    assert "error" in response.json()


# ---------------------------------------------------------------------------------------------
# One event


def test_event_detail_in_both_languages(client, events):
    page = events.event(
        arabic=True,
        partners="CGEM, IMANOR",
        speakers=[("speaker", {"name": "Nadia Alaoui", "organisation": "UMAQ", "role": ""})],
    )

    french = client.get(f"/api/events/{page.pk}").json()
    arabic = client.get(f"/api/events/{page.pk}", {"lang": "ar"}).json()
    from_arabic_id = client.get(f"/api/events/{page.arabic.pk}").json()

    assert french["id"] == page.pk and french["lang"] == "fr" and french["translated"]
    assert french["partners"] == "CGEM, IMANOR"
    assert french["speakers"] == [{"name": "Nadia Alaoui", "organisation": "UMAQ", "role": ""}]
    assert arabic["id"] == page.arabic.pk and arabic["title"] == page.arabic.title
    assert from_arabic_id == arabic
    assert arabic["type"]["label"] == "ندوة"


def test_detail_of_an_untranslated_event_in_arabic_is_the_french_text(client, events):
    page = events.event(title="Atelier")

    data = client.get(f"/api/events/{page.pk}", {"lang": "ar"}).json()

    assert (data["id"], data["title"], data["translated"]) == (page.pk, "Atelier", False)
    assert data["type"]["label"] == "ندوة"


def test_unknown_event_is_a_404_with_the_error_shape(client, events):
    error = assert_error(client.get("/api/events/999999"), 404)
    assert error["code"] == "not_found"
    assert_error(client.get("/api/events/999999", {"lang": "ar"}), 404)
    assert_error(client.get(f"/api/events/{events.event().pk}", {"page": "1"}), 400, "page")


# ---------------------------------------------------------------------------------------------
# iCalendar


def test_the_feed_is_valid_icalendar_with_the_required_properties(client, events):
    events.event(title="Séminaire", arabic=True)
    events.event(title="Annulé", status=EventStatus.CANCELLED)
    events.event(title="Journée", all_day=True, start=morocco(2026, 11, 25, 0, 0))

    response = client.get("/api/events.ics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 3
    for vevent in vevents:
        for name in ("UID", "DTSTAMP", "SEQUENCE", "DTSTART"):
            assert name in vevent, (name, vevent)
    assert len({str(vevent["UID"]) for vevent in vevents}) == 3
    status = {str(vevent["SUMMARY"]): str(vevent["STATUS"]) for vevent in vevents}
    assert status == {"Séminaire": "CONFIRMED", "Annulé": "CANCELLED", "Journée": "CONFIRMED"}
    assert calendar.walk("VTIMEZONE")


def test_the_feed_takes_the_same_filters_and_languages_as_the_list(client, events):
    rabat = City.objects.get(code="rabat")
    page = events.event(title="À Rabat", city=rabat, arabic=True)
    events.event(title="À Casablanca")

    feed = Calendar.from_ical(client.get("/api/events.ics", {"city": "rabat"}).content)
    arabic = Calendar.from_ical(client.get("/api/events.ics", {"lang": "ar"}).content)

    assert [str(v["SUMMARY"]) for v in feed.walk("VEVENT")] == ["À Rabat"]
    summaries = sorted(str(v["SUMMARY"]) for v in arabic.walk("VEVENT"))
    assert summaries == sorted([page.arabic.title, "À Casablanca"])
    assert (
        len(Calendar.from_ical(client.get("/api/events.ics", {"q": "zzz"}).content).walk("VEVENT"))
        == 0
    )


# ---------------------------------------------------------------------------------------------
# Conditional requests


@pytest.mark.parametrize("url", ["/api/events", "/api/events.ics", "/api/events/{id}"])
def test_public_reads_have_an_etag_and_answer_304(client, events, url):
    page = events.event(capacity=10)
    url = url.format(id=page.pk)

    first = client.get(url)
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    register(page, UserFactory())
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert again.status_code == 304
    if url.endswith(".ics"):
        # The feed has no seat count: it has not changed.
        assert changed.status_code == 304
    else:
        assert changed.status_code == 200 and changed["ETag"] != etag
        arabic = client.get(url, {"lang": "ar"}, HTTP_IF_NONE_MATCH=changed["ETag"])
        assert arabic.status_code == 200


# ---------------------------------------------------------------------------------------------
# The member's registrations


@pytest.fixture
def full_event(events):
    """Capacity 1: Salma has the seat, Karim then Nadia wait."""
    page = events.event(title="Séminaire complet", capacity=1, arabic=True)
    salma, karim, nadia = UserFactory(), UserFactory(), UserFactory()
    seat = register(page, salma)
    second = register(page, nadia, status=RegistrationStatus.WAITING, minutes=20)
    first = register(page, karim, status=RegistrationStatus.WAITING, minutes=10)
    return page, {"salma": (salma, seat), "karim": (karim, first), "nadia": (nadia, second)}


def test_anonymous_visitors_get_a_401_json_error(client, full_event):
    error = assert_error(client.get("/api/registrations"), 401)
    assert error["code"] == "not_authenticated"


def test_a_member_sees_her_registrations_with_her_place_on_the_list(client, events, full_event):
    page, people = full_event
    nadia, registration = people["nadia"]
    other = events.event(title="Atelier", capacity=5)
    cancelled = register(other, nadia, status=RegistrationStatus.CANCELLED)
    cancelled.created_at = registration.created_at - datetime.timedelta(days=1)
    cancelled.save()
    client.force_login(nadia)

    data = client.get("/api/registrations").json()

    assert data["count"] == 2
    latest, older = data["items"]
    assert latest == {
        "id": registration.pk,
        "event": {
            "id": page.pk,
            "title": "Séminaire complet",
            "start": "2026-11-24T09:00:00+00:00",
            "end": "2026-11-24T12:00:00+00:00",
            "all_day": False,
            "status": {"code": "scheduled", "label": "Programmé"},
            "city": {"code": "casablanca", "name": "Casablanca"},
            "url": page.get_full_url(),
        },
        "status": {"code": "waiting", "label": "Sur liste d'attente"},
        "ticket_code": registration.ticket_code,
        "waiting_position": 2,
        "registered_at": latest["registered_at"],
    }
    assert older["status"]["code"] == "cancelled" and older["waiting_position"] is None
    arabic = client.get("/api/registrations", {"lang": "ar"}).json()["items"][0]
    assert arabic["event"]["id"] == page.arabic.pk and arabic["event"]["title"] == page.arabic.title


def test_another_member_sees_nothing_of_the_first(client, full_event):
    _page, people = full_event
    salma, seat = people["salma"]
    karim, first = people["karim"]

    client.force_login(UserFactory())
    assert client.get("/api/registrations").json() == {
        "count": 0,
        "page": 1,
        "page_size": 20,
        "next": None,
        "previous": None,
        "items": [],
    }
    client.force_login(karim)
    (item,) = items(client.get("/api/registrations"))
    assert item["id"] == first.pk and item["waiting_position"] == 1
    assert seat.ticket_code not in client.get("/api/registrations").content.decode()
    # Parameters cannot reach another member's rows.
    for params in ({"user": salma.pk}, {"email": salma.email}, {"id": seat.pk}):
        assert_error(client.get("/api/registrations", params), 400)


def test_the_registrations_list_is_not_cached(client, full_event):
    _page, people = full_event
    client.force_login(people["salma"][0])
    response = client.get("/api/registrations")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


# ---------------------------------------------------------------------------------------------
# Query counts


def _add_events(events, count):
    cities = list(City.objects.all()[:5])
    for number in range(count):
        page = events.event(
            arabic=number % 3 == 0,
            city=cities[number % len(cities)],
            capacity=10 if number % 2 else None,
            start=morocco(2026, 11, 23 + number % 5, 9, 0),
        )
        if number % 3 == 1:
            alias_in_arabic(events, page)
        if page.capacity:
            register(page, UserFactory())


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_query_counts_do_not_grow_with_the_number_of_events(
    client, events, django_assert_max_num_queries, lang
):
    _add_events(events, 2)
    counts = {}
    for url in ("/api/events", "/api/events.ics"):
        client.get(url, {"lang": lang})  # site root paths cached, as in production
        with django_assert_max_num_queries(30) as few:
            client.get(url, {"lang": lang})
        counts[url] = len(few.captured_queries)
    _add_events(events, 18)
    for url, count in counts.items():
        with django_assert_max_num_queries(count):
            response = client.get(url, {"lang": lang})
        assert response.status_code == 200
    assert client.get("/api/events", {"lang": lang}).json()["count"] == 20


def test_registrations_query_count_does_not_grow(client, events, django_assert_max_num_queries):
    member = UserFactory()
    client.force_login(member)
    pages = [events.event(capacity=1, arabic=True) for _number in range(2)]
    for page in pages:
        register(page, UserFactory())
        register(page, member, status=RegistrationStatus.WAITING)
    with django_assert_max_num_queries(30) as few:
        client.get("/api/registrations")
    for _number in range(10):
        page = events.event(capacity=1)
        register(page, UserFactory())
        register(page, member, status=RegistrationStatus.WAITING)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(items(client.get("/api/registrations"))) == 12


# ---------------------------------------------------------------------------------------------
# OpenAPI


def test_the_openapi_document_describes_the_events_endpoints(client, db):
    document = client.get("/api/openapi.json").json()
    paths = document["paths"]

    assert {"/api/events", "/api/events.ics", "/api/events/{event_id}", "/api/registrations"} <= (
        set(paths)
    )
    listing = paths["/api/events"]["get"]
    names = {parameter["name"] for parameter in listing["parameters"]}
    assert names == {
        "lang",
        "edition",
        "city",
        "type",
        "sector",
        "from",
        "to",
        "q",
        "page",
        "page_size",
    }
    feed = paths["/api/events.ics"]["get"]["responses"]
    assert "text/calendar" in feed["200"]["content"]
    error = {"$ref": "#/components/schemas/ErrorOut"}
    for path, status in [
        ("/api/events", "400"),
        ("/api/events.ics", "400"),
        ("/api/events/{event_id}", "404"),
        ("/api/registrations", "401"),
    ]:
        schema = paths[path]["get"]["responses"][status]["content"]["application/json"]["schema"]
        assert schema == error
    assert paths["/api/registrations"]["get"]["security"]
    item = document["components"]["schemas"]["EventOut"]["properties"]
    assert item["start"]["format"] == "date-time"
