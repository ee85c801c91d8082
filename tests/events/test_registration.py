import datetime
import threading

import pytest
from icalendar import Calendar

from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection

from events.models import EventPage, EventStatus, Registration, RegistrationStatus
from events.registration import RegistrationError, cancel, register

from ..conftest import publish
from ..factories import UserFactory
from .conftest import morocco

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(events):
    return events.event(title="Séminaire ISO 9001", capacity=2, arabic=True)


def post_registration(client, page, **data):
    return client.post(page.url + "register/", data)


def test_a_member_registers_and_gets_her_ticket_by_email(
    client, seminar, django_capture_on_commit_callbacks
):
    member = UserFactory(first_name="Salma", last_name="Idrissi")
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_registration(client, seminar, organisation="Atlas Agro")
    registration = Registration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/events/tickets/{registration.token}/"
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.user == member
    (email,) = mail.outbox
    assert email.to == [member.email]
    assert "Séminaire ISO 9001" in email.subject
    assert registration.ticket_code in email.body
    names = [name for name, _content, _type in email.attachments]
    assert names == ["evenement.ics", "billet.png"]
    calendar = Calendar.from_ical(email.attachments[0][1])
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == "Séminaire ISO 9001"
    assert email.attachments[1][1].startswith(b"\x89PNG")
    ticket = client.get(response["Location"]).content.decode()
    assert registration.ticket_code in ticket and "<svg" in ticket


def test_the_email_is_in_the_registrants_language(
    client, seminar, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(seminar.arabic.url + "register/", {})
    (email,) = mail.outbox
    assert "ندوة" in email.subject
    assert Registration.objects.get().language == "ar"


def test_a_guest_confirms_her_address_before_she_gets_a_seat(
    client, seminar, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_registration(client, seminar, name="Nadia Benali", email="Nadia@Example.ma")
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.PENDING
    assert registration.email == "nadia@example.ma"
    (email,) = mail.outbox
    confirm_url = f"/fr/events/tickets/{registration.token}/confirm/"
    assert confirm_url in email.body
    # Opening the link (as a mail scanner would) changes nothing; the button confirms.
    assert client.get(confirm_url).status_code == 200
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_url)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert len(mail.outbox) == 2 and mail.outbox[1].attachments


def test_when_full_she_waits_and_a_cancellation_promotes_the_first_in_line(
    seminar, django_capture_on_commit_callbacks
):
    people = [UserFactory() for _ in range(4)]
    registrations = [
        register(seminar, name=str(p), email=p.email, language="fr", user=p) for p in people
    ]
    assert [r.status for r in registrations] == ["confirmed", "confirmed", "waiting", "waiting"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancel(registrations[0], seminar)
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses[registrations[0].pk] == "cancelled"
    assert statuses[registrations[2].pk] == "confirmed"
    assert statuses[registrations[3].pk] == "waiting"
    (email,) = mail.outbox
    assert email.to == [people[2].email]
    assert "libérée" in email.subject


def test_raising_the_capacity_seats_the_waiting_list(seminar):
    people = [UserFactory() for _ in range(3)]
    for person in people:
        register(seminar, name=str(person), email=person.email, language="fr", user=person)
    draft = EventPage.objects.get(pk=seminar.pk).get_latest_revision_as_object()
    draft.capacity = 3
    publish(draft)
    assert Registration.objects.filter(status="confirmed").count() == 3


def test_the_capacity_cannot_go_below_the_seats_taken(seminar):
    for person in [UserFactory(), UserFactory()]:
        register(seminar, name=str(person), email=person.email, language="fr", user=person)
    page = EventPage.objects.get(pk=seminar.pk)
    page.capacity = 1
    with pytest.raises(Exception) as error:
        page.full_clean()
    assert "capacity" in error.value.message_dict


def test_a_second_registration_by_the_same_person_is_refused(client, seminar):
    response = post_registration(client, seminar, name="Nadia", email="nadia@example.ma")
    assert response.status_code == 302
    response = post_registration(client, seminar, name="Nadia B.", email="NADIA@example.ma")
    assert response.status_code == 400
    assert "Cette adresse e-mail est déjà inscrite à cet événement." in response.content.decode()
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    "change", [{"status": EventStatus.CANCELLED}, {"past": True}], ids=["cancelled", "past"]
)
def test_no_registration_to_a_cancelled_or_past_event(client, events, change):
    if change.get("past"):
        page = events.event(capacity=5, start=morocco(2025, 11, 24, 9, 0))
    else:
        page = events.event(capacity=5, **change)
    response = post_registration(client, page, name="Nadia", email="nadia@example.ma")
    assert response.status_code == 400
    assert Registration.objects.count() == 0
    assert "les inscriptions sont closes" in response.content.decode()


def test_bad_input_is_explained_in_arabic_and_nothing_is_written(client, seminar):
    response = client.post(seminar.arabic.url + "register/", {"name": "", "email": "pas-un-email"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "هذا الحقل مطلوب" in html  # Django's "This field is required." in Arabic
    assert Registration.objects.count() == 0


def test_registrations_from_one_address_are_rate_limited_in_arabic(client, seminar):
    """Each guest registration sends an email: a script cannot make the site send thousands."""
    statuses = [
        client.post(
            seminar.arabic.url + "register/", {"name": "Nadia", "email": f"n{n}@example.ma"}
        ).status_code
        for n in range(11)
    ]

    assert statuses[:10] == [302] * 10
    assert statuses[10] == 429
    assert Registration.objects.count() == 10
    response = client.post(
        seminar.arabic.url + "register/", {"name": "Nadia", "email": "n99@example.ma"}
    )
    assert response["Retry-After"] == "60"
    assert "محاولات كثيرة جدا" in response.content.decode()


def test_a_ticket_is_private_to_its_link(client, seminar):
    person = UserFactory()
    registration = register(seminar, name="Salma", email=person.email, language="fr", user=person)
    other = UserFactory()
    client.force_login(other)
    mine = client.get("/fr/events/my-registrations/").content.decode()
    assert registration.ticket_code not in mine
    client.logout()
    assert client.get("/fr/events/my-registrations/").status_code == 302
    client.force_login(person)
    assert registration.ticket_code in client.get("/fr/events/my-registrations/").content.decode()


def test_the_member_cancels_from_her_ticket_page(client, seminar):
    person = UserFactory()
    registration = register(seminar, name="Salma", email=person.email, language="fr", user=person)
    client.force_login(person)
    client.post(f"/fr/events/tickets/{registration.token}/", {"cancel": "1"})
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_registrants_get_the_updated_ics_when_the_event_moves(
    seminar, django_capture_on_commit_callbacks
):
    person = UserFactory()
    register(seminar, name="Salma", email=person.email, language="ar", user=person)
    mail.outbox.clear()
    draft = EventPage.objects.get(pk=seminar.pk).get_latest_revision_as_object()
    draft.start += datetime.timedelta(days=1)
    draft.end += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        publish(draft)
    (email,) = mail.outbox
    assert email.to == [person.email]
    event = Calendar.from_ical(email.attachments[0][1]).walk("VEVENT")[0]
    assert int(event["SEQUENCE"]) == 1
    assert event.decoded("DTSTART") == morocco(2026, 11, 25, 9, 0)
    assert "ندوة" in email.subject  # she registered in Arabic


# ---------------------------------------------------------------------------------------------
# Check-in


@pytest.fixture
def door_staff(db):
    # Door staff are members with the check-in permission, not CMS users.
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="check_in_registration"))
    return user


def test_check_in_marks_attendance_once(client, seminar, door_staff):
    person = UserFactory()
    registration = register(seminar, name="Salma", email=person.email, language="fr", user=person)
    client.force_login(door_staff)
    first = client.post("/fr/events/check-in/", {"code": registration.ticket_code.lower()})
    assert first.status_code == 200
    assert "Bienvenue" in first.content.decode()
    registration.refresh_from_db()
    checked_at = registration.checked_in_at
    assert checked_at is not None and registration.checked_in_by == door_staff
    second = client.post("/fr/events/check-in/", {"code": registration.ticket_code})
    assert "Déjà enregistré" in second.content.decode()
    registration.refresh_from_db()
    assert registration.checked_in_at == checked_at


def test_an_unknown_ticket_code_is_a_clear_error(client, door_staff):
    client.force_login(door_staff)
    response = client.post("/fr/events/check-in/", {"code": "ZZZZ9999"})
    assert response.status_code == 400
    assert "Aucun billet ne porte ce code" in response.content.decode()


def test_a_forged_check_in_by_a_member_is_refused(client, seminar):
    person = UserFactory()
    registration = register(seminar, name="Salma", email=person.email, language="fr", user=person)
    client.force_login(person)
    assert (
        client.post("/fr/events/check-in/", {"code": registration.ticket_code}).status_code == 403
    )
    client.logout()
    assert client.post("/fr/events/check-in/", {"code": registration.ticket_code}).status_code in (
        302,
        403,
    )
    registration.refresh_from_db()
    assert registration.checked_in_at is None


# ---------------------------------------------------------------------------------------------
# Concurrency (PostgreSQL: real row locks between connections)


def _in_threads(count, work):
    errors = []
    barrier = threading.Barrier(count)

    def run(number):
        try:
            barrier.wait()
            work(number)
        except RegistrationError:
            pass
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs row locks between connections (PostgreSQL)"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_registrations_never_overbook_nor_double_book(events):
    page = events.event(capacity=5)
    people = [UserFactory() for _ in range(12)]

    def attempt(number):
        person = people[number]
        register(page, name=str(person), email=person.email, language="fr", user=person)

    assert _in_threads(12, attempt) == []
    assert Registration.objects.filter(status="confirmed").count() == 5
    assert Registration.objects.filter(status="waiting").count() == 7

    same = UserFactory()

    def twice(number):
        register(page, name="Même", email=same.email, language="fr", user=same)

    assert _in_threads(8, twice) == []
    assert Registration.objects.filter(email=same.email).count() == 1
