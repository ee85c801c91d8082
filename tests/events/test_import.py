"""Importing an edition's programme from CSV/XLSX in the admin, and exporting it (issue 4).

A dry run first (a preview, or every row's errors in the editor's language), then the
confirmed import in one transaction; rows are keyed by their programme code, so the same file
imported again updates the events; French and Arabic columns fill both language versions.
"""

import csv
import datetime
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import TestCase
from django.utils import translation
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Page
from wagtail.users.models import UserProfile

from events import admin_views, tasks
from events.models import EditionPage, EventPage, EventStatus, ProgrammeImport
from events.resources import COLUMNS
from jawda.security.models import AuditEvent

from ..factories import UserFactory, with_totp
from .conftest import morocco

IMPORT_URL = "/admin/events/import/"

ROWS = [
    {
        "code": "snq26-001",
        "type": "forum",
        "title_fr": "Forum international de la qualité",
        "title_ar": "المنتدى الدولي للجودة",
        "summary_fr": "Ouverture de la Semaine Nationale de la Qualité",
        "summary_ar": "افتتاح الأسبوع الوطني للجودة",
        "start": "2026-11-23 09:00",
        "end": "2026-11-23 17:30",
        "all_day": "no",
        "city": "casablanca",
        "venue_name_fr": "Office des changes",
        "venue_name_ar": "مكتب الصرف",
        "venue_address": "Boulevard Hassan II",
        "latitude": "33.5898",
        "longitude": "-7.6038",
        "online_link": "",
        "sector": "",
        "organiser": "Ministère de l'Industrie et du Commerce",
        "partners": "UMAQ, IMANOR",
        "languages": "fr ar",
        "capacity": "300",
        "status": "scheduled",
    },
    {
        "code": "snq26-002",
        "type": "workshop",
        "title_fr": "Atelier ISO 9001 pour les PME",
        "title_ar": "ورشة حول المواصفة القياسية إيزو 9001 للمقاولات الصغرى والمتوسطة",
        "summary_fr": "",
        "summary_ar": "",
        "start": "2026-11-24 14:00",
        "end": "2026-11-24 17:00",
        "all_day": "",
        "city": "fes",
        "venue_name_fr": "CCIS Fès-Meknès",
        "venue_name_ar": "غرفة التجارة والصناعة والخدمات",
        "venue_address": "",
        "latitude": "",
        "longitude": "",
        "online_link": "",
        "sector": "agroalimentaire",
        "organiser": "UMAQ",
        "partners": "",
        "languages": "ar",
        "capacity": "",
        "status": "",
    },
]


def rows(*changes):
    """ROWS with `changes`: (row index, column, value) triples."""
    copied = [dict(row) for row in ROWS]
    for index, column, value in changes:
        copied[index][column] = value
    return copied


def csv_file(data, header=COLUMNS, name="programme.csv"):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(data)
    upload = io.BytesIO(buffer.getvalue().encode("utf-8"))
    upload.name = name
    return upload


def xlsx_file(data, name="programme.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(COLUMNS)
    for row in data:
        sheet.append([row.get(column, "") for column in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = name
    return buffer


def admin_user(*groups, permissions=()):
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def editor(events):
    """A UMAQ editor: Wagtail's Editors group, which may add pages anywhere."""
    return admin_user("Editors")


def login(client, user, language="fr"):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def preview(client, events, upload, edition=None):
    edition = edition or events.edition_fr
    return client.post(IMPORT_URL, {"edition": edition.pk, "import_file": upload})


def confirm(client):
    # The confirmed import is a task enqueued once the request's transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(IMPORT_URL, {"confirm": "1"})


def french_edition(events, title, day):
    """Another edition of the series, in French only."""
    return events.add(
        events.series_fr,
        EditionPage(title=title, slug=slugify(title), start_date=day, end_date=day),
    )


def imported(events, locale="fr"):
    edition = events.edition_fr if locale == "fr" else events.edition_ar
    return EventPage.objects.child_of(edition).order_by("code")


def test_preview_writes_nothing_then_the_import_fills_both_languages_as_drafts(
    client, events, editor
):
    login(client, editor)

    response = preview(client, events, csv_file(ROWS))

    assert response.status_code == 200, response.content.decode()[:3000]
    html = response.content.decode()
    assert 'name="confirm"' in html and "snq26-002" in html
    assert not imported(events).exists()  # the dry run wrote nothing
    assert not imported(events, "ar").exists()

    response = confirm(client)

    assert response.status_code == 302
    job = ProgrammeImport.objects.get()
    assert response["Location"] == f"/admin/events/import/{job.pk}/"
    status_page = client.get(response["Location"]).content.decode()
    assert "2 événements ajoutés, 0 mis à jour, 0 inchangés" in status_page
    assert f'href="/admin/pages/{events.edition_fr.pk}/"' in status_page
    assert 'http-equiv="refresh"' not in status_page  # it has ended
    forum, workshop = imported(events)
    assert (forum.title, forum.live, forum.has_unpublished_changes) == (
        "Forum international de la qualité",
        False,
        True,
    )
    assert forum.start == morocco(2026, 11, 23, 9, 0)
    assert (forum.city.code, forum.capacity, forum.languages) == ("casablanca", 300, ["fr", "ar"])
    assert str(forum.longitude) == "-7.603800"
    assert workshop.sector.code == "agroalimentaire" and workshop.capacity is None
    assert workshop.status == EventStatus.SCHEDULED
    assert forum.revisions.count() == 1 and forum.latest_revision.user == editor
    arabic = {page.code: page for page in imported(events, "ar")}
    assert set(arabic) == {"snq26-001", "snq26-002"}
    forum_ar = arabic["snq26-001"]
    assert forum_ar.translation_key == forum.translation_key and not forum_ar.live
    assert (forum_ar.title, forum_ar.summary, forum_ar.venue_name) == (
        "المنتدى الدولي للجودة",
        "افتتاح الأسبوع الوطني للجودة",
        "مكتب الصرف",
    )
    assert (forum_ar.start, forum_ar.city_id, forum_ar.capacity) == (
        forum.start,
        forum.city_id,
        300,
    )
    audit = AuditEvent.objects.get(action=tasks.PROGRAMME_IMPORTED)
    assert audit.actor == editor and audit.after["new"] == 2


def test_publishing_an_imported_event_in_bulk_works(client, events, editor):
    login(client, editor)
    preview(client, events, csv_file(ROWS))
    confirm(client)
    forum = imported(events).get(code="snq26-001")

    forum.get_latest_revision().publish()

    forum.refresh_from_db()
    assert forum.live and forum.url.endswith("/forum-international-de-la-qualite/")


def test_importing_the_same_file_again_updates_instead_of_duplicating(client, events, editor):
    login(client, editor)
    preview(client, events, csv_file(ROWS))
    confirm(client)

    response = preview(client, events, csv_file(ROWS))
    assert response.status_code == 200
    with translation.override("fr"):
        unchanged = translation.gettext("Unchanged")
    assert response.content.decode().count(f"<td>{unchanged}</td>") == 2
    confirm(client)
    assert imported(events).count() == 2 and imported(events, "ar").count() == 2
    assert imported(events).get(code="snq26-001").revisions.count() == 1  # no empty revision

    changed = rows((0, "title_fr", "Forum international 2026"), (0, "capacity", "350"))
    changed[0]["title_ar"] = "المنتدى الدولي 2026"
    preview(client, events, csv_file(changed))
    confirm(client)

    assert imported(events).count() == 2 and imported(events, "ar").count() == 2
    forum = imported(events).get(code="snq26-001")
    assert (forum.title, forum.capacity, forum.revisions.count()) == (
        "Forum international 2026",
        350,
        2,
    )
    assert imported(events, "ar").get(code="snq26-001").title == "المنتدى الدولي 2026"


def test_a_live_event_gets_a_draft_and_an_alias_gives_way_to_a_translation(client, events, editor):
    live = events.event(arabic=True, code="snq26-001", title="Ancien titre", capacity=100)
    # French only: wagtail-localize keeps an alias of it in the Arabic tree.
    only_french = events.event(code="snq26-002", title="Atelier")
    alias = only_french.copy_for_translation(events.tree.ar, alias=True)
    login(client, editor)

    assert preview(client, events, csv_file(ROWS)).status_code == 200
    confirm(client)

    live.refresh_from_db()
    assert (live.live, live.title, live.capacity) == (True, "Ancien titre", 100)
    draft = live.get_latest_revision_as_object()
    assert (draft.title, draft.capacity) == ("Forum international de la qualité", 300)
    assert live.has_unpublished_changes
    arabic = live.arabic
    arabic.refresh_from_db()
    assert arabic.live and arabic.get_latest_revision_as_object().title == "المنتدى الدولي للجودة"
    assert not Page.objects.filter(pk=alias.pk).exists()
    translation_ar = EventPage.objects.get(
        translation_key=only_french.translation_key, locale=events.tree.ar
    )
    assert translation_ar.alias_of_id is None and translation_ar.title.startswith("ورشة")
    assert EventPage.objects.filter(code="snq26-002").count() == 2


def test_xlsx_with_native_date_and_number_cells(client, events, editor):
    data = rows(
        (0, "start", datetime.datetime(2026, 11, 23, 9, 30)),
        (0, "end", datetime.datetime(2026, 11, 23, 12, 0)),
        (0, "capacity", 120),
        (0, "latitude", 33.5898),
    )
    login(client, editor)

    response = preview(client, events, xlsx_file(data))

    assert response.status_code == 200, response.content.decode()[:3000]
    confirm(client)
    forum = imported(events).get(code="snq26-001")
    assert (forum.start, forum.capacity) == (morocco(2026, 11, 23, 9, 30), 120)


BAD = {
    "unknown city": ("city", "atlantis", "atlantis"),
    "unknown type": ("type", "concert", "concert"),
    "unknown sector": ("sector", "spatial", "spatial"),
    "bad date format": ("start", "24/11/2026 14:00", "24/11/2026 14:00"),
    "end before start": ("end", "2026-11-24 08:00", None),
    "capacity not a number": ("capacity", "beaucoup", "beaucoup"),
    "missing title": ("title_fr", "", None),
    "unknown language": ("languages", "fr klingon", "klingon"),
    "bad status": ("status", "postponed", "postponed"),
    "bad code": ("code", "snq 26/002", "snq 26/002"),
}


@pytest.mark.parametrize("case", BAD)
def test_a_bad_row_is_reported_and_nothing_is_written(client, events, editor, case):
    column, value, fragment = BAD[case]
    login(client, editor)

    response = preview(client, events, csv_file(rows((1, column, value))))

    assert response.status_code == 400
    html = response.content.decode()
    assert "<td>2</td>" in html and f"<td>{column}</td>" in html
    if fragment:
        assert escape(fragment) in html
    assert 'name="confirm"' not in html
    assert confirm(client).status_code == 302  # nothing waits for confirmation
    assert not imported(events).exists() and not imported(events, "ar").exists()


def test_a_row_failing_only_at_the_real_import_rolls_back_every_row(client, events, editor):
    login(client, editor)
    assert preview(client, events, csv_file(ROWS)).status_code == 200
    # Between the preview and the confirmation, someone takes the second row's code in
    # another edition: the confirmed import fails on that row and writes nothing at all.
    other = french_edition(events, "SNQ 2025", datetime.date(2025, 11, 24))
    events.event(edition=other, code="snq26-002")

    response = confirm(client)

    status_page = client.get(response["Location"]).content.decode()
    assert "Non importé" in status_page and "snq26-002" in status_page
    assert ProgrammeImport.objects.get().status == ProgrammeImport.Status.FAILED
    assert not imported(events).exists() and not imported(events, "ar").exists()
    assert not AuditEvent.objects.filter(action=tasks.PROGRAMME_IMPORTED).exists()


def test_a_failed_import_reports_its_rows_in_the_language_of_the_editor_who_confirmed(
    client, events, editor
):
    login(client, editor, "ar")
    assert preview(client, events, csv_file(ROWS)).status_code == 200
    other = french_edition(events, "SNQ 2025", datetime.date(2025, 11, 24))
    events.event(edition=other, code="snq26-002")

    status_page = client.get(confirm(client)["Location"]).content.decode()

    assert 'lang="ar"' in status_page and "لم يتم الاستيراد" in status_page
    [(number, [(column, message)])] = ProgrammeImport.objects.get().errors
    assert (number, column) == (2, "code") and escape(message) in status_page


def test_an_import_waiting_for_its_worker_says_so_and_refreshes(client, events, editor, settings):
    # A deployment's queue runs the task later: the editor follows it on its page.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    login(client, editor)
    preview(client, events, csv_file(ROWS))

    location = confirm(client)["Location"]
    status_page = client.get(location).content.decode()

    assert "En attente de démarrage" in status_page and 'http-equiv="refresh"' in status_page
    assert not imported(events).exists()
    assert location in client.get(IMPORT_URL).content.decode()  # her latest imports


# The worker takes its own transactions (BEGIN EXCLUSIVE on SQLite): the test commits for real.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_deployments_worker_runs_a_queued_import(client, events, editor, settings):
    # Production's queue (docs/deployment.md): the request only enqueues; db_worker imports.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    login(client, editor)
    preview(client, events, csv_file(ROWS))
    location = confirm(client)["Location"]
    assert not imported(events).exists()

    call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)

    assert ProgrammeImport.objects.get().status == ProgrammeImport.Status.DONE
    assert imported(events).count() == 2 and imported(events, "ar").count() == 2
    assert 'http-equiv="refresh"' not in client.get(location).content.decode()


def test_only_the_editor_who_confirmed_an_import_sees_its_status(client, events, editor):
    login(client, editor)
    preview(client, events, csv_file(ROWS))
    location = confirm(client)["Location"]
    client.logout()

    response = client.get(location)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(with_totp(UserFactory()))
    assert client.get(location).status_code == 403
    login(client, admin_user("Editors"))
    assert client.get(location).status_code == 404
    login(client, editor)
    assert client.get(location).status_code == 200
    assert client.get("/admin/events/import/999999/").status_code == 404


def test_row_errors_are_in_the_editors_language(client, events, editor):
    data = rows((0, "city", "atlantis"), (1, "online_link", "pas-une-adresse"))
    for language in ("fr", "ar"):
        login(client, editor, language)

        html = preview(client, events, csv_file(data)).content.decode()

        assert f'lang="{language}"' in html
        with translation.override(language):
            from events.resources import unknown_city

            assert escape(unknown_city() % {"value": "atlantis"}) in html
            # Django's own message, translated upstream in both languages.
            from django.core.validators import URLValidator

            assert escape(str(URLValidator.message)) in html
    assert "الرجاء إدخال رابط" in html  # the Arabic admin really speaks Arabic
    assert not imported(events).exists()


def test_an_edition_without_arabic_translation_takes_french_only_rows(client, events, editor):
    edition = french_edition(events, "Journée qualité", datetime.date(2026, 3, 10))
    login(client, editor)

    response = preview(client, events, csv_file(ROWS), edition=edition)
    assert response.status_code == 400
    assert "<td>title_ar</td>" in response.content.decode()

    french_only = rows()
    for row in french_only:
        row.update(title_ar="", summary_ar="", venue_name_ar="")
    assert preview(client, events, csv_file(french_only), edition=edition).status_code == 200
    confirm(client)
    assert EventPage.objects.child_of(edition).count() == 2


def test_a_code_twice_in_the_file_is_refused(client, events, editor):
    login(client, editor)

    response = preview(client, events, csv_file(rows((1, "code", "snq26-001"))))

    assert response.status_code == 400
    assert "<td>2</td>" in response.content.decode()
    assert not imported(events).exists()


def test_wrong_columns_are_refused(client, events, editor):
    login(client, editor)
    header = [column for column in COLUMNS if column != "capacity"] + ["seats"]

    response = preview(client, events, csv_file(ROWS, header=header))

    assert response.status_code == 400
    assert b"capacity" in response.content and b"seats" in response.content


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,  # a picture named .xlsx
        b"PK\x03\x04" + b"\x00" * 200,  # a damaged ZIP
        "zip",  # a real ZIP file that is not a workbook
    ],
)
def test_an_xlsx_that_is_not_a_spreadsheet_is_refused(client, events, editor, content):
    if content == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "hello")
        content = buffer.getvalue()
    upload = io.BytesIO(content)
    upload.name = "programme.xlsx"
    login(client, editor)

    response = preview(client, events, upload)

    assert response.status_code == 400
    assert b"XLSX" in response.content
    assert not imported(events).exists()


def test_too_many_rows_or_bytes_are_refused(client, events, editor, monkeypatch):
    login(client, editor)
    monkeypatch.setattr(admin_views, "MAX_ROWS", 1)
    assert preview(client, events, csv_file(ROWS)).status_code == 400
    monkeypatch.setattr(admin_views, "MAX_ROWS", 2000)
    monkeypatch.setattr(admin_views, "MAX_BYTES", 100)
    response = preview(client, events, csv_file(ROWS))
    assert response.status_code == 400
    assert not imported(events).exists()


def test_export_round_trips_and_neutralises_formulas(client, events, editor):
    events.event(arabic=True, code="snq26-009", organiser="=cmd|' /C calc'!A0")
    login(client, editor)

    response = client.get(f"/admin/events/export/{events.edition_fr.pk}/csv/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    exported = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert [row["code"] for row in exported] == ["snq26-009"]
    row = exported[0]
    assert row["organiser"] == "'=cmd|' /C calc'!A0"
    assert row["title_ar"].startswith("ندوة") and row["start"] == "2026-11-24 09:00"
    assert list(row) == COLUMNS

    xlsx = client.get(f"/admin/events/export/{events.edition_fr.pk}/xlsx/")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    values = [cell.value for cell in sheet[2]]
    assert "'=cmd|' /C calc'!A0" in values and "=cmd|' /C calc'!A0" not in values

    # Imported again as it was exported (once the formula is made plain text), nothing changes.
    row["organiser"] = "UMAQ"
    events_before = EventPage.objects.count()
    response = preview(client, events, csv_file([row]))
    assert response.status_code == 200, response.content.decode()[:3000]
    assert EventPage.objects.count() == events_before


def test_anonymous_visitors_are_sent_to_log_in(client, events):
    for url in (IMPORT_URL, f"/admin/events/export/{events.edition_fr.pk}/csv/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]


def test_a_member_without_admin_access_is_refused(client, events):
    client.force_login(with_totp(UserFactory()))

    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"confirm": "1"}).status_code == 403


def test_a_non_editor_in_the_admin_cannot_import_or_export(client, events):
    # A translator may edit every page, not import a programme.
    translator = admin_user()
    login(client, translator)

    response = client.get(IMPORT_URL)
    assert response.status_code in (302, 403)
    response = preview(client, events, csv_file(ROWS))
    assert response.status_code in (302, 403)
    response = client.get(f"/admin/events/export/{events.edition_fr.pk}/csv/")
    assert response.status_code in (302, 403) and "Content-Disposition" not in response
    assert not imported(events).exists()


def test_an_editor_sees_the_import_in_the_menu_and_on_the_edition(client, events, editor):
    login(client, editor)

    assert client.get(IMPORT_URL).status_code == 200
    page = client.get(f"/admin/pages/{events.edition_fr.pk}/").content.decode()
    assert f"{IMPORT_URL}?edition={events.edition_fr.pk}" in page
    assert f"/admin/events/export/{events.edition_fr.pk}/xlsx/" in page
    dashboard = client.get("/admin/").content.decode()
    assert IMPORT_URL in dashboard


SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


def sample(extension):
    upload = io.BytesIO((SAMPLES / f"snq-2026-programme.{extension}").read_bytes())
    upload.name = f"snq-2026-programme.{extension}"
    return upload


def test_the_sample_programme_imports_and_its_csv_and_xlsx_agree(client, events, editor):
    login(client, editor)

    assert preview(client, events, sample("csv")).status_code == 200
    confirm(client)

    assert imported(events).count() == 12 and imported(events, "ar").count() == 12
    cities = set(imported(events).exclude(city=None).values_list("city__code", flat=True))
    assert len(cities) >= 8
    exhibition = imported(events).get(code="snq26-106")
    assert exhibition.all_day and exhibition.end == morocco(2026, 11, 26, 23, 59, 59)
    # The spreadsheet holds the same programme, with its own date and number cells.
    response = preview(client, events, sample("xlsx"))
    assert response.status_code == 200
    assert response.context["totals"] == {"new": 0, "updated": 0, "unchanged": 12}
