"""`make bench` (second part): the time to import an edition's programme of 1,000 events.

A fresh SQLite database in a temporary directory (the developer's db.sqlite3 is never touched),
the production settings (DEBUG off), an SNQ edition in French and Arabic, and a generated file
of BENCH_IMPORT_ROWS rows (default 1,000) in both languages, as the admin import receives it.
It times, as the admin does them (events/admin_views.py):

- reading the file (CSV, and the same rows as XLSX);
- the dry run (the preview): every row checked, nothing written;
- the real import: 1,000 French events and their 1,000 Arabic versions, as draft revisions;
- the same file again: a dry run that finds every row unchanged (nothing written).

Environment: BENCH_IMPORT_ROWS (default 1000). Run alone: `.venv/bin/python bench/events_import.py`.
"""

import csv
import datetime
import io
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from run import ROOT, BenchError, environments, positive_int, run_quietly  # noqa: E402

CITIES = ["casablanca", "rabat", "tanger", "fes", "marrakech", "agadir", "oujda", "laayoune"]
TYPES = ["seminar", "round_table", "company_visit", "exhibition", "workshop", "training"]
SECTORS = ["automobile", "agroalimentaire", "aeronautique", "sante", "tourisme", ""]


def programme_rows(count):
    """`count` events over the five days of SNQ 2026, in eight cities, in both languages."""
    rows = []
    for number in range(1, count + 1):
        day = datetime.date(2026, 11, 23) + datetime.timedelta(days=number % 5)
        hour = 8 + number % 9
        rows.append(
            {
                "code": f"bench-{number:04d}",
                "type": TYPES[number % len(TYPES)],
                "title_fr": f"Séminaire qualité n° {number} : management de la qualité",
                "title_ar": f"ندوة الجودة رقم {number}: نظام إدارة الجودة",
                "summary_fr": "Les étapes d'une démarche qualité pour les PME.",
                "summary_ar": "مراحل مقاربة الجودة للمقاولات الصغرى والمتوسطة.",
                "start": f"{day:%Y-%m-%d} {hour:02d}:00",
                "end": f"{day:%Y-%m-%d} {hour + 2:02d}:30",
                "all_day": "no",
                "city": CITIES[number % len(CITIES)],
                "venue_name_fr": "Chambre de commerce",
                "venue_name_ar": "غرفة التجارة والصناعة والخدمات",
                "venue_address": "Boulevard Mohammed V",
                "latitude": "33.5898",
                "longitude": "-7.6038",
                "online_link": "",
                "sector": SECTORS[number % len(SECTORS)],
                "organiser": "UMAQ",
                "partners": "CGEM, IMANOR",
                "languages": "fr ar",
                "capacity": str(50 + number % 100),
                "status": "scheduled",
            }
        )
    return rows


def as_upload(content, name):
    upload = io.BytesIO(content)
    upload.name = name
    upload.size = len(content)
    return upload


def csv_upload(rows, columns):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return as_upload(buffer.getvalue().encode("utf-8"), "programme.csv")


def xlsx_upload(rows, columns):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(columns)
    for row in rows:
        sheet.append([row[column] for column in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return as_upload(buffer.getvalue(), "programme.xlsx")


def build_site():
    """Home pages, the SNQ series and its 2026 edition, in French and in Arabic."""
    from wagtail.models import Locale, Page, Site

    from events.models import EditionPage, EventSeriesPage
    from jawda.models import HomePage, User

    french, arabic = (Locale.objects.get(language_code=code) for code in ("fr", "ar"))
    root = Page.get_first_root_node()
    root.get_children().delete()
    root = Page.objects.get(pk=root.pk)
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil", hero_title="Jawda"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home})
    pages = []
    parent = home
    for page in (
        EventSeriesPage(title="Semaine Nationale de la Qualité", slug="snq"),
        EditionPage(
            title="SNQ 2026",
            slug="snq-2026",
            start_date=datetime.date(2026, 11, 23),
            end_date=datetime.date(2026, 11, 27),
        ),
    ):
        parent = Page.objects.get(pk=parent.pk).add_child(instance=page)
        pages.append(page)
    for page in [home, *pages]:
        page.save_revision().publish()
        translation = page.copy_for_translation(arabic, copy_parents=True)
        translation.save_revision().publish()
    editor = User.objects.create_superuser(email="bench@jawda.ma", password=None)
    assert pages[-1].locale == french
    return pages[-1], editor


def timed(label, function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:<52} {seconds:>8.2f} s", flush=True)
    return value, seconds


def measure(count):
    import django

    django.setup()
    # Every page save logs a line (and so does every search-index task): not the point here.
    logging.disable(logging.INFO)
    from events.admin_views import MAX_BYTES, MAX_ROWS
    from events.models import EventPage
    from events.resources import COLUMNS, run_import, spreadsheet_cell
    from jawda.security.imports import read_spreadsheet

    edition, editor = build_site()
    rows = programme_rows(count)

    def read(upload):
        return read_spreadsheet(
            upload, COLUMNS, max_bytes=MAX_BYTES, max_rows=MAX_ROWS, cell=spreadsheet_cell
        )

    def run(dataset, dry_run):
        result, errors = run_import(dataset, edition=edition, user=editor, dry_run=dry_run)
        if errors:
            raise BenchError(f"the generated file has errors: {errors[:3]}")
        return result.totals

    upload = csv_upload(rows, COLUMNS)
    print(f"\nImporting {count} events (French and Arabic) into one edition, SQLite, DEBUG off")
    print(f"CSV file: {upload.size / 1024:.0f} KB\n")
    dataset, _seconds = timed("read the CSV file", read, upload)
    timed("read the same rows as XLSX", read, xlsx_upload(rows, COLUMNS))
    _totals, dry = timed("dry run (preview: every row checked)", run, dataset, True)
    if EventPage.objects.exists():
        raise BenchError("the dry run wrote events")
    totals, real = timed("real import (confirmation)", run, dataset, False)
    if totals.get("new") != count or EventPage.objects.count() != 2 * count:
        raise BenchError(f"expected {count} new events in each language, got {totals}")
    again, _seconds = timed("the same file again, dry run (all unchanged)", run, dataset, True)
    if again.get("skip") != count:
        raise BenchError(f"expected {count} unchanged rows, got {again}")
    print(
        f"\n{count} rows: dry run {dry:.1f} s + import {real:.1f} s = {dry + real:.1f} s "
        f"({1000 * real / count:.0f} ms per event in both languages)"
    )


def main():
    try:
        count = positive_int("BENCH_IMPORT_ROWS", 1000)
        with tempfile.TemporaryDirectory(prefix="jawda-bench-import-") as tmp:
            dev, production = environments(tmp, 8000)
            print(f"Migrating a fresh database in {tmp}", flush=True)
            run_quietly([sys.executable, "manage.py", "migrate", "--no-input"], dev)
            os.environ.update(production)
            os.chdir(ROOT)
            measure(count)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
