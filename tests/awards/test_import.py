"""Importing a référentiel from a spreadsheet: preview, then confirm; bad rows change nothing."""

import csv
import io

import openpyxl
import pytest

from awards.models import Criterion, SubCriterion
from awards.resources import COLUMNS
from jawda.security.models import AuditEvent

BANDS = "0-50: Rien\n55-100: Tout"


def row(criterion, criterion_points, code, points, **cells):
    values = {
        "criterion": criterion,
        "criterion_title_fr": f"Critère {criterion}",
        "criterion_title_ar": f"المعيار {criterion}",
        "criterion_points": str(criterion_points),
        "code": code,
        "title_fr": f"Sous-critère {code}",
        "title_ar": f"المعيار الفرعي {code}",
        "points": str(points),
        "questions_fr": "Comment ?\nAvec quels résultats ?",
        "questions_ar": "كيف؟",
        "guidance_fr": "",
        "guidance_ar": "",
        **cells,
    }
    return [values[column] for column in COLUMNS]


GOOD = [
    row("1", 700, "1a", 300, guidance_fr=BANDS, guidance_ar="0-50: لا شيء\n55-100: كل شيء"),
    row("1", 700, "1b", 400),
    row("2", 300, "2a", 300),
]


def csv_file(rows, header=COLUMNS, name="referentiel.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    upload = io.BytesIO(buffer.getvalue().encode("utf-8"))
    upload.name = name
    return upload


def xlsx_file(rows, header=COLUMNS):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for values in rows:
        sheet.append(values)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "referentiel.xlsx"
    return buffer


def import_url(referentiel):
    return f"/admin/awards/referentiels/{referentiel.pk}/import/"


def grid(referentiel):
    return [
        (c.code, c.points, [(s.code, s.points) for s in c.children]) for c in referentiel.tree()
    ]


@pytest.fixture
def referentiel(prizes):
    return prizes.referentiel(prizes.edition())


@pytest.mark.parametrize("make_file", [csv_file, xlsx_file])
def test_preview_then_confirm_replaces_the_grid(client, secretariat, referentiel, make_file):
    client.force_login(secretariat)
    before = grid(referentiel)

    response = client.post(import_url(referentiel), {"import_file": make_file(GOOD)})

    assert response.status_code == 200, response.content.decode()[:3000]
    assert 'name="confirm"' in response.content.decode()
    assert grid(referentiel) == before  # the preview writes nothing

    response = client.post(import_url(referentiel), {"confirm": "1"})

    assert response.status_code == 302
    assert grid(referentiel) == [
        ("1", 700, [("1a", 300), ("1b", 400)]),
        ("2", 300, [("2a", 300)]),
    ]
    sub = SubCriterion.objects.get(code="1a", criterion__referentiel=referentiel)
    assert sub.questions("fr") == ["Comment ?", "Avec quels résultats ?"]
    assert [band.low for band in sub.bands(referentiel, "ar")] == [0, 55]
    assert referentiel.problems() == []
    assert AuditEvent.objects.filter(action="awards_referentiel_imported").count() == 1


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # The sub-criteria of criterion 1 make 600, not 700.
        ([row("1", 700, "1a", 300), row("1", 700, "1b", 300), row("2", 300, "2a", 300)], "600"),
        # The criteria make 900, not 1000.
        ([row("1", 600, "1a", 600), row("2", 300, "2a", 300)], "900"),
        # A code twice.
        ([row("1", 700, "1a", 300), row("1", 700, "1a", 400), row("2", 300, "2a", 300)], "1a"),
        # Points that are not a number, and a band that skips 50-55.
        (
            [
                row("1", 700, "1a", "trois cents"),
                row("1", 700, "1b", 400, guidance_fr="0-45: x\n55-100: y"),
                row("2", 300, "2a", 300),
            ],
            "trois cents",
        ),
        # Criterion 1 with other points on its second row.
        ([row("1", 700, "1a", 300), row("1", 600, "1b", 400), row("2", 300, "2a", 300)], "ligne 1"),
        # A formula where a title goes, and a missing French title.
        ([row("1", 700, "1a", 700, title_fr=""), row("2", 300, "=2a", 300)], "=2a"),
    ],
)
def test_bad_rows_are_reported_and_nothing_is_written(
    client, secretariat, referentiel, rows, expected
):
    client.force_login(secretariat)
    before = grid(referentiel)

    response = client.post(
        import_url(referentiel),
        {"import_file": csv_file(rows)},
        headers={"accept-language": "en"},
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "import-errors" in body
    assert expected in body
    assert 'name="confirm"' not in body
    assert grid(referentiel) == before
    assert client.post(import_url(referentiel), {"confirm": "1"}).status_code == 302
    assert grid(referentiel) == before


def test_wrong_columns_and_non_spreadsheets_are_refused(client, secretariat, referentiel):
    client.force_login(secretariat)
    response = client.post(
        import_url(referentiel), {"import_file": csv_file(GOOD, header=COLUMNS[:-1] + ["x"])}
    )
    assert response.status_code == 400
    png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    png.name = "referentiel.csv"
    response = client.post(import_url(referentiel), {"import_file": png})
    assert response.status_code == 400


def test_a_frozen_referentiel_refuses_the_file(client, prizes, secretariat):
    frozen = prizes.referentiel(prizes.edition(opens_in=-1))
    client.force_login(secretariat)
    before = grid(frozen)

    response = client.post(import_url(frozen), {"import_file": csv_file(GOOD)})

    assert response.status_code == 400
    assert "figé" in response.content.decode()
    assert grid(frozen) == before


def test_an_editor_may_not_import(client, editor, referentiel):
    client.force_login(editor)
    response = client.post(import_url(referentiel), {"import_file": csv_file(GOOD)})
    assert response.status_code in (302, 403)
    assert Criterion.objects.filter(referentiel=referentiel, points=700).count() == 0


def test_export_is_the_import_format_and_formula_safe(client, secretariat, referentiel):
    sub = SubCriterion.objects.get(code="1a", criterion__referentiel=referentiel)
    sub.title_fr = '=HYPERLINK("http://evil")'
    sub.save()
    client.force_login(secretariat)

    response = client.get(f"/admin/awards/referentiels/{referentiel.pk}/export/csv/")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert rows[0] == COLUMNS
    assert len(rows) == 5
    assert rows[1][COLUMNS.index("title_fr")].startswith("'=")
    assert rows[1][COLUMNS.index("criterion_points")] == "600"
    response = client.get(f"/admin/awards/referentiels/{referentiel.pk}/export/xlsx/")
    assert response.status_code == 200
    assert AuditEvent.objects.filter(action="awards_referentiel_exported").count() == 2


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_sample_file_imports_as_is(client, secretariat, referentiel, file_format):
    client.force_login(secretariat)
    page = client.get(import_url(referentiel)).content.decode()
    sample_url = f"/admin/awards/referentiels/sample.{file_format}"
    assert sample_url in page
    download = client.get(sample_url)
    assert download.status_code == 200
    upload = io.BytesIO(b"".join(download.streaming_content))
    upload.name = f"referentiel-1000-points.{file_format}"

    response = client.post(import_url(referentiel), {"import_file": upload})
    assert response.status_code == 200, response.content.decode()[:3000]
    assert "21" in response.content.decode()
    assert client.post(import_url(referentiel), {"confirm": "1"}).status_code == 302

    assert referentiel.problems() == []
    criteria = referentiel.tree()
    assert len(criteria) == 9 and sum(c.points for c in criteria) == 1000
    assert sum(len(c.children) for c in criteria) == 21
    leadership = criteria[0]
    assert (leadership.title_fr, leadership.title_ar) == ("Leadership", "القيادة")
    assert leadership.children[0].questions("ar")


def test_only_importers_download_the_sample(client, editor, db):
    client.force_login(editor)
    assert client.get("/admin/awards/referentiels/sample.csv").status_code in (302, 403)
    client.logout()
    assert client.get("/admin/awards/referentiels/sample.csv").status_code == 302
