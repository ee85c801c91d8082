"""`make bench` (third part): the time to export a training manager's table for 1,000 learners
of a course of 20 lessons.

A fresh SQLite database in a temporary directory (the developer's db.sqlite3 is never touched),
the production settings (DEBUG off), a course of 4 modules × 5 lessons, an organisation with its
manager and BENCH_LEARNERS people (default 1,000), each assigned the course and at a different
stage (0 to 20 lessons done, active time, some overdue, the finished ones certified). It times:

- building the table (courses/organisations.py `progress_table`), with its query count;
- the CSV and the XLSX export of it (django-import-export, formula cells neutralised);
- the export view answering the manager's request, as she downloads it (CSV and XLSX).

Environment: BENCH_LEARNERS (default 1000).
Run alone: `.venv/bin/python bench/organisations_export.py`.
"""

import datetime
import logging
import os
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from events_import import timed  # noqa: E402
from run import HOST, ROOT, BenchError, environments, positive_int, run_quietly  # noqa: E402

MODULES = 4
LESSONS_PER_MODULE = 5


def build_course():
    from wagtail.models import Page, Site
    from wagtail.rich_text import RichText

    from courses.models import CourseCatalogPage, CoursePage, LessonPage, ModulePage
    from jawda.models import HomePage

    root = Page.get_first_root_node()
    root.get_children().delete()

    def add(parent, page):
        Page.objects.get(pk=parent.pk).add_child(instance=page)
        page.save_revision().publish()
        return page

    home = add(root, HomePage(title="Accueil", slug="accueil", hero_title="Jawda"))
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home})
    catalogue = add(home, CourseCatalogPage(title="Formations", slug="formations"))
    course = add(
        catalogue,
        CoursePage(
            title="NM ISO 9001:2015 — les fondamentaux",
            slug="iso-9001",
            standard="NM ISO 9001:2015",
            summary="Les exigences de la norme, clause par clause.",
            level="beginner",
            objectives="<ul><li>Comprendre l'approche processus</li></ul>",
        ),
    )
    lessons = []
    for m in range(1, MODULES + 1):
        module = add(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, LESSONS_PER_MODULE + 1):
            lessons.append(
                add(
                    module,
                    LessonPage(
                        title=f"Leçon {m}.{n}",
                        slug=f"lecon-{m}-{n}",
                        estimated_minutes=5 + n,
                        body=[("paragraph", RichText("<p>Clause 4 : le contexte.</p>"))],
                    ),
                )
            )
    return course, lessons


def build_organisation(course, lessons, count):
    """The organisation, its manager and `count` learners at every stage (bulk inserts)."""
    from django.utils import timezone

    from courses.models import (
        Certificate,
        CourseAssignment,
        Enrolment,
        ItemProgress,
        Organisation,
        OrganisationMember,
    )
    from jawda.models import User

    now = timezone.now()
    today = timezone.localdate()
    organisation = Organisation.objects.create(name="Atlas Qualité SARL")
    manager = User.objects.create_user(email="rh@atlas.ma", password=None)
    OrganisationMember.objects.create(
        organisation=organisation,
        user=manager,
        email=manager.email,
        role="manager",
        joined_at=now,
    )
    users = User.objects.bulk_create(
        User(email=f"learner{i:04d}@atlas.ma", first_name="Learner", last_name=f"{i:04d}")
        for i in range(count)
    )
    members = OrganisationMember.objects.bulk_create(
        OrganisationMember(
            organisation=organisation,
            user=user,
            email=user.email,
            # One in fifty typed a formula as her name: the export must neutralise it.
            name=f"=Personne {i}" if i % 50 == 0 else f"Personne {i:04d}",
            joined_at=now,
        )
        for i, user in enumerate(users)
    )
    key = course.translation_key
    CourseAssignment.objects.bulk_create(
        CourseAssignment(
            member=member,
            course_key=key,
            due_date=today + datetime.timedelta(days=(i % 10) - 3),
            assigned_by=manager,
        )
        for i, member in enumerate(members)
    )
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            learner=user,
            course_key=key,
            enrolled_by=manager,
            completed_at=now if i % (len(lessons) + 1) == len(lessons) else None,
        )
        for i, user in enumerate(users)
    )
    progress = []
    for i, enrolment in enumerate(enrolments):
        done = i % (len(lessons) + 1)
        for position, lesson in enumerate(lessons[: done + 1]):
            progress.append(
                ItemProgress(
                    enrolment=enrolment,
                    item_key=lesson.translation_key,
                    status="done" if position < done else "started",
                    active_seconds=300 + position,
                    completed_at=now if position < done else None,
                )
            )
    ItemProgress.objects.bulk_create(progress, batch_size=2000)
    Certificate.objects.bulk_create(
        Certificate(
            number=f"JAW-2026-{i:06d}",
            learner=enrolment.learner,
            course_key=key,
            course_title_fr=course.title,
            standard=course.standard,
            name=f"Personne {i:04d}",
        )
        for i, enrolment in enumerate(enrolments)
        if enrolment.completed_at is not None and i % 2 == 0
    )
    return organisation, manager, len(progress)


def measure(count):
    import django

    django.setup()
    logging.disable(logging.INFO)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from courses.organisations import export_table, progress_table

    course, lessons = build_course()
    organisation, manager, progress_rows = build_organisation(course, lessons, count)
    print(
        f"\nManager table of {count} learners × {len(lessons)} lessons "
        f"({progress_rows} progress rows), SQLite, DEBUG off\n"
    )
    with CaptureQueriesContext(connection) as queries:
        rows, table = timed("build the table (progress_table)", progress_table, organisation)
    if len(rows) != count:
        raise BenchError(f"expected {count} rows, got {len(rows)}")
    statuses = {}
    for row in rows:
        statuses[str(row.status)] = statuses.get(str(row.status), 0) + 1
    print(f"{'  queries':<52} {len(queries):>8}")
    print(f"{'  statuses':<52} {statuses}")
    content, to_csv = timed("rows → CSV (django-import-export)", export_table, rows, "csv")
    if b"'=Personne 0" not in content:
        raise BenchError("a formula cell was not neutralised")
    _content, to_xlsx = timed("rows → XLSX (django-import-export)", export_table, rows, "xlsx")

    client = Client(HTTP_HOST=HOST)
    client.force_login(manager)
    # The first request of a process loads the URL configuration and templates: not counted.
    client.get(f"/fr/learning/organisation/{organisation.pk}/export.csv?status=certified")
    timings = {}
    for file_format in ("csv", "xlsx"):
        address = f"/fr/learning/organisation/{organisation.pk}/export.{file_format}"
        response, seconds = timed(
            f"GET …/export.{file_format} (the whole request)", client.get, address
        )
        if response.status_code != 200:
            raise BenchError(f"{address} answered {response.status_code}")
        timings[file_format] = seconds
    print(
        f"\n{count} learners × {len(lessons)} lessons: table {table:.2f} s; export request "
        f"CSV {timings['csv']:.2f} s, XLSX {timings['xlsx']:.2f} s"
    )


def main():
    try:
        count = positive_int("BENCH_LEARNERS", 1000)
        with tempfile.TemporaryDirectory(prefix="jawda-bench-organisation-") as tmp:
            dev, production = environments(tmp, 8000)
            print(f"Migrating a fresh database in {tmp}", flush=True)
            run_quietly([sys.executable, "manage.py", "migrate", "--no-input"], dev)
            os.environ.update(production)
            os.makedirs(production["STATIC_ROOT"], exist_ok=True)
            os.chdir(ROOT)
            measure(count)
    except BenchError as exc:
        print(f"bench failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
