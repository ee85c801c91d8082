"""Attendance lists (CSV/XLSX) per event and per edition, for check-in staff and editors."""

import csv
import io

import openpyxl
import pytest

from django.utils import translation

from events import admin_views
from events.models import Registration, RegistrationStatus
from events.registration import record_for
from jawda.security.models import AuditEvent

from ..factories import UserFactory, with_totp
from .conftest import morocco
from .test_import import admin_user, login

FORMULA = "=cmd|' /C calc'!A0"
LISTS_URL = "/admin/events/attendance/"


def register(page, name, status=RegistrationStatus.CONFIRMED, **fields):
    return Registration.objects.create(
        event=record_for(page),
        name=name,
        email=f"{name.split()[0].lower()}@entreprise.ma",
        organisation=fields.pop("organisation", "Atlas Qualité"),
        language="fr",
        status=status,
        **fields,
    )


@pytest.fixture
def programme(events):
    forum = events.event(arabic=True, code="snq26-001", title="Forum", capacity=2)
    workshop = events.event(code="snq26-002", title="Atelier", start=morocco(2026, 11, 25, 9, 0))
    register(forum, "Karim Tazi", checked_in_at=morocco(2026, 11, 24, 8, 45))
    register(forum, "Salma Idrissi", organisation=FORMULA)
    register(forum, "Youssef Amrani", status=RegistrationStatus.WAITING)
    register(workshop, FORMULA)
    return forum, workshop


def url(page, file_format="csv"):
    return f"/admin/events/attendance/{page.pk}/{file_format}/"


def read_csv(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


@pytest.fixture
def check_in_staff(events):
    return admin_user(permissions=["check_in_registration"])


def test_an_events_list_has_every_registration_neutralised(client, programme, check_in_staff):
    forum, _workshop = programme
    login(client, check_in_staff)

    response = client.get(url(forum))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="attendance-')
    rows = read_csv(response)
    assert [row["name"] for row in rows] == ["Karim Tazi", "Salma Idrissi", "Youssef Amrani"]
    karim, salma, youssef = rows
    assert karim["checked_in_at"] == "2026-11-24 08:45" and salma["checked_in_at"] == ""
    assert karim["event_code"] == "snq26-001" and karim["event_start"] == "2026-11-24 09:00"
    assert len(karim["ticket_code"]) == 8 and karim["email"] == "karim@entreprise.ma"
    assert salma["organisation"] == "'" + FORMULA  # a spreadsheet shows it, never runs it
    with translation.override("fr"):  # the list is in the reader's language
        assert (karim["status"], youssef["status"]) == (
            str(RegistrationStatus.CONFIRMED.label),
            str(RegistrationStatus.WAITING.label),
        )
    # The Arabic page of the event gives the same list.
    assert [row["name"] for row in read_csv(client.get(url(forum.arabic)))] == [
        "Karim Tazi",
        "Salma Idrissi",
        "Youssef Amrani",
    ]
    first, second = AuditEvent.objects.filter(action=admin_views.ATTENDANCE_EXPORTED).order_by("pk")
    assert first.actor == check_in_staff and first.after == {"format": "csv", "rows": 3}
    assert (first.target_id, second.target_id) == (str(forum.pk), str(forum.arabic.pk))


def test_an_editions_list_covers_its_events_in_programme_order(client, events, programme):
    login(client, admin_user("Editors"))

    response = client.get(url(events.edition_fr, "xlsx"))

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert header[:2] == ["event_code", "event"]
    assert [row[0] for row in rows] == ["snq26-001"] * 3 + ["snq26-002"]
    names = [row[header.index("name")] for row in rows]
    assert names[-1] == "'" + FORMULA and FORMULA not in names


def test_another_page_answers_404(client, events, check_in_staff):
    login(client, check_in_staff)

    assert client.get(url(events.series_fr)).status_code == 404
    assert client.get(url(events.edition_fr, "pdf")).status_code == 400


def test_who_may_export_the_attendance(client, events, programme):
    forum, _workshop = programme

    response = client.get(url(forum))
    assert response.status_code == 302 and "login" in response["Location"]

    client.force_login(with_totp(UserFactory()))  # a member, no admin access
    assert client.get(url(forum)).status_code == 403

    login(client, admin_user())  # in the admin (a translator, say), without the permission
    response = client.get(url(forum))
    assert response.status_code in (302, 403) and "Content-Disposition" not in response
    assert not AuditEvent.objects.filter(action=admin_views.ATTENDANCE_EXPORTED).exists()

    login(client, admin_user("Editors"))
    assert client.get(url(forum)).status_code == 200


def test_check_in_staff_find_the_lists_in_the_admin_menu(client, events, programme):
    forum, workshop = programme
    login(client, admin_user(permissions=["check_in_registration"]))

    dashboard = client.get("/admin/").content.decode()
    assert LISTS_URL in dashboard and "/admin/events/import/" not in dashboard
    response = client.get(LISTS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for page in (events.edition_fr, forum, workshop):
        assert url(page, "csv") in html and url(page, "xlsx") in html


def test_editors_find_the_buttons_on_the_event_and_edition_pages(client, events, programme):
    forum, _workshop = programme
    login(client, admin_user("Editors"))

    page = client.get(f"/admin/pages/{forum.pk}/edit/").content.decode()
    assert url(forum, "xlsx") in page
    listing = client.get(f"/admin/pages/{events.edition_fr.pk}/").content.decode()
    assert url(events.edition_fr) in listing and url(forum) in listing
