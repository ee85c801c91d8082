import csv
import datetime
import io

import openpyxl
import pytest

from django.contrib.auth.models import Group, Permission
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.users.models import UserProfile

from jawda.committees.models import RoadmapAction
from jawda.committees.resources import PercentWidget, StatusWidget
from jawda.security.models import Action, AuditEvent

from ..factories import RoadmapActionFactory, UserFactory, with_totp

IMPORT_URL = "/admin/roadmaps/import/"
HEADER = [
    "id",
    "committee",
    "title_fr",
    "title_ar",
    "owner",
    "partners",
    "due_date",
    "status",
    "percent",
]
GOOD_ROWS = [
    [
        "",
        "casablanca-settat",
        "Journée régionale",
        "يوم جهوي",
        "CCIS",
        "UMAQ",
        "2027-03-31",
        "planned",
        "0",
    ],
    [
        "",
        "iso-9001",
        "Former des auditeurs",
        "تكوين المدققين",
        "UMAQ",
        "",
        "2026-12-31",
        "in_progress",
        "45",
    ],
]


def grant(user, *codenames):
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="committees", codename=codename)
        )
    return user


@pytest.fixture
def editor(db):
    """A UMAQ editor: Wagtail's Editors group may edit every page, hence every roadmap."""
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(Group.objects.get(name="Editors"))
    return grant(user, "import_roadmapaction", "export_roadmapaction", "view_roadmapaction")


@pytest.fixture
def pages(committees):
    return committees.committee("casablanca-settat"), committees.commission("iso-9001")


def csv_file(rows, header=HEADER, name="roadmap.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    upload = io.BytesIO(buffer.getvalue().encode("utf-8"))
    upload.name = name
    return upload


def xlsx_file(rows, header=HEADER, name="roadmap.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = name
    return buffer


def login(client, user, language="fr"):
    client.force_login(user)
    session = client.session
    session.save()
    client.cookies["django_language"] = language


def preview(client, upload, language="fr"):
    return client.post(IMPORT_URL, {"import_file": upload}, headers={"accept-language": language})


def test_import_csv_previews_then_writes_on_confirmation(client, editor, pages):
    login(client, editor)

    response = preview(client, csv_file(GOOD_ROWS))

    assert response.status_code == 200, response.content.decode()[:2000]
    assert b'name="confirm"' in response.content
    assert RoadmapAction.objects.count() == 0  # a dry run writes nothing
    response = client.post(IMPORT_URL, {"confirm": "1"})
    assert response.status_code == 302
    committee, commission = pages
    assert RoadmapAction.objects.for_page(committee).get().title_ar == "يوم جهوي"
    action = RoadmapAction.objects.for_page(commission).get()
    assert (action.percent, action.status, action.due_date) == (
        45,
        "in_progress",
        datetime.date(2026, 12, 31),
    )


def test_import_xlsx_with_native_date_cells(client, editor, pages):
    login(client, editor)
    rows = [list(row) for row in GOOD_ROWS]
    rows[0][6] = datetime.datetime(2027, 3, 31)
    rows[0][8] = 20

    assert preview(client, xlsx_file(rows)).status_code == 200
    client.post(IMPORT_URL, {"confirm": "1"})

    assert RoadmapAction.objects.count() == 2
    assert RoadmapAction.objects.get(percent=20).due_date == datetime.date(2027, 3, 31)


def test_import_updates_an_action_by_id(client, editor, pages):
    action = RoadmapActionFactory(page=pages[0], percent=10)
    login(client, editor)
    row = [
        str(action.pk),
        "casablanca-settat",
        "Titre revu",
        "",
        "UMAQ",
        "",
        "2027-01-31",
        "done",
        "100",
    ]

    preview(client, csv_file([row]))
    client.post(IMPORT_URL, {"confirm": "1"})

    action.refresh_from_db()
    assert (action.title_fr, action.percent, action.status) == ("Titre revu", 100, "done")
    assert RoadmapAction.objects.count() == 1


BAD = {
    "bad date": (6, "31/03/2027", "due_date", "AAAA-MM-JJ"),  # the French admin's wording
    "unknown status": (7, "finished", "status", "planned, in_progress"),
    "late is derived": (7, "late", "status", "late"),
    "percent above 100": (8, "150", "percent", "0"),
    "unknown committee": (1, "atlantis", "committee", "atlantis"),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_row_reports_its_error_and_nothing_is_written(client, editor, pages, case):
    column, value, name, fragment = BAD[case]
    rows = [list(row) for row in GOOD_ROWS]
    rows[1][column] = value
    login(client, editor)

    response = preview(client, csv_file(rows))

    assert response.status_code == 400
    html = response.content.decode()
    assert "<td>2</td>" in html and f"<td>{name}</td>" in html and fragment in html
    assert b'name="confirm"' not in response.content
    assert client.post(IMPORT_URL, {"confirm": "1"}).status_code == 302  # nothing stored
    assert RoadmapAction.objects.count() == 0


def test_errors_are_in_the_editors_language(client, editor, pages):
    rows = [list(row) for row in GOOD_ROWS]
    rows[0][8] = "150"
    rows[1][7] = "finished"
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    login(client, editor, "ar")

    html = preview(client, csv_file(rows), language="ar").content.decode()

    assert 'lang="ar"' in html
    with translation.override("ar"):
        for widget, value in ((PercentWidget(), "150"), (StatusWidget(), "finished")):
            with pytest.raises(ValueError) as error:
                widget.clean(value)
            assert escape(str(error.value)) in html
    assert RoadmapAction.objects.count() == 0


def test_wrong_columns_are_refused(client, editor, pages):
    login(client, editor)
    header = HEADER[:-1] + ["progress"]

    response = preview(client, csv_file(GOOD_ROWS, header=header))

    assert response.status_code == 400
    assert b"percent" in response.content and b"progress" in response.content
    assert RoadmapAction.objects.count() == 0


def test_a_png_renamed_xlsx_is_refused(client, editor, pages):
    login(client, editor)
    upload = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    upload.name = "roadmap.xlsx"

    response = preview(client, upload)

    assert response.status_code == 400
    assert b"XLSX" in response.content
    assert RoadmapAction.objects.count() == 0


def test_import_and_export_need_their_permissions(client, pages):
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    grant(user, "view_roadmapaction")
    login(client, user)

    # Wagtail answers a refused admin view with a redirect to the dashboard.
    assert client.get(IMPORT_URL).status_code in (302, 403)
    response = client.get("/admin/roadmaps/export/csv/")
    assert response.status_code in (302, 403)
    assert "Content-Disposition" not in response


def test_export_neutralises_formulas_and_round_trips(client, editor, pages):
    committee, commission = pages
    RoadmapActionFactory(page=committee, title_fr='=HYPERLINK("http://evil.example")', percent=5)
    RoadmapActionFactory(page=commission, owner="+212 5 22", percent=0)
    login(client, editor)

    response = client.get("/admin/roadmaps/export/csv/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert rows[0] == HEADER
    assert rows[1][1] == "casablanca-settat" and rows[1][2].startswith("'=")
    assert rows[2][1] == "iso-9001" and rows[2][4] == "'+212 5 22"

    response = client.get("/admin/roadmaps/export/xlsx/")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet["C2"].value.startswith("'=")
    assert sheet["I2"].value == 5


def test_admin_listing_shows_the_import_and_export_buttons(client, editor, pages):
    RoadmapActionFactory(page=pages[0])
    login(client, editor)

    response = client.get("/admin/roadmaps/")

    assert response.status_code == 200
    assert IMPORT_URL.encode() in response.content
    assert b"/admin/roadmaps/export/xlsx/" in response.content


# ---------------------------------------------------------------------------------------------
# Audit log


def roadmap_events():
    return list(AuditEvent.objects.filter(action__startswith="roadmap_").order_by("pk"))


def test_a_confirmed_import_is_written_to_the_audit_log(client, editor, pages):
    login(client, editor)
    rows = [list(row) for row in GOOD_ROWS]
    rows[1][7] = "finished"

    preview(client, xlsx_file(rows))  # refused: nothing written, nothing logged
    preview(client, xlsx_file(GOOD_ROWS, name="Feuille de route 2026.xlsx"))  # a dry run
    assert roadmap_events() == []
    before = timezone.now()
    client.post(IMPORT_URL, {"confirm": "1"}, REMOTE_ADDR="192.0.2.7")

    [event] = roadmap_events()
    assert event.action == Action.ROADMAP_IMPORTED == "roadmap_imported"
    assert (event.actor, event.actor_repr) == (editor, editor.email)
    assert event.timestamp >= before
    assert event.ip == "192.0.2.7"
    assert event.after == {
        "format": "xlsx",
        "file_name": "Feuille de route 2026.xlsx",
        "rows": 2,
        "new": 2,
        "updated": 0,
    }
    assert event.get_action_display() == Action.ROADMAP_IMPORTED.label


def test_an_update_by_csv_is_counted_in_the_audit_log(client, editor, pages):
    action = RoadmapActionFactory(page=pages[0], percent=10)
    login(client, editor)
    rows = [list(GOOD_ROWS[0]), list(GOOD_ROWS[1])]
    rows[0][0] = str(action.pk)

    preview(client, csv_file(rows))
    client.post(IMPORT_URL, {"confirm": "1"})

    [event] = roadmap_events()
    assert event.after == {
        "format": "csv",
        "file_name": "roadmap.csv",
        "rows": 2,
        "new": 1,
        "updated": 1,
    }


def test_an_export_is_written_to_the_audit_log(client, editor, pages):
    RoadmapActionFactory(page=pages[0])
    RoadmapActionFactory(page=pages[1])
    RoadmapActionFactory(page=pages[1])
    login(client, editor)

    client.get("/admin/roadmaps/export/xlsx/")
    client.get("/admin/roadmaps/export/csv/")
    client.get("/admin/roadmaps/export/pdf/")  # refused (400): not logged

    events = roadmap_events()
    assert [(e.action, e.actor, e.after) for e in events] == [
        ("roadmap_exported", editor, {"format": "xlsx", "rows": 3}),
        ("roadmap_exported", editor, {"format": "csv", "rows": 3}),
    ]
    assert events[0].get_action_display() == Action.ROADMAP_EXPORTED.label


def test_a_refused_export_is_not_logged_as_one(client, pages):
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login(client, user)

    client.get("/admin/roadmaps/export/csv/")

    assert roadmap_events() == []
