"""A company's training manager follows her staff on NM ISO 9001, in French and in Arabic:
she sees her people's table (and only theirs), filters it, exports it to XLSX and invites one
more person.

Runs on the tests' small course (tests/courses/conftest.py), with an organisation of three
staff at different stages and a second company whose people she must never see.
"""

import io
import re

import openpyxl
import pytest
from playwright.sync_api import expect

from django.core import mail
from django.utils import timezone

from courses.models import CourseAssignment, Organisation, OrganisationMember
from courses.progress import enrol, record_view

from ..courses.conftest import Courses
from ..factories import UserFactory
from .accounts import sign_in

pytestmark = pytest.mark.browser

PASSWORD = "Qualite-Maroc-2035!"


def member(organisation, name, role="staff"):
    first, last = name.split(" ", 1)
    user = UserFactory(first_name=first, last_name=last, password=PASSWORD)
    OrganisationMember.objects.create(
        organisation=organisation,
        user=user,
        email=user.email,
        name=name,
        role=role,
        joined_at=timezone.now(),
    )
    return user


@pytest.fixture
def company(transactional_db, django_db_serialized_rollback, tree):
    courses = Courses(tree)
    courses.translate_all()
    atlas = Organisation.objects.create(name="Atlas Qualité SARL")
    manager = member(atlas, "Salma Berrada", role="manager")
    for name, lessons in [("Youssef Amrani", []), ("Khadija Tazi", [courses.lesson1])]:
        learner = member(atlas, name)
        CourseAssignment.objects.create(
            member=learner.organisation_memberships.get(),
            course_key=courses.course.translation_key,
            assigned_by=manager,
        )
        enrol(learner, courses.course, by=manager)
        for lesson in lessons:
            record_view(learner, lesson)
    rif = Organisation.objects.create(name="Rif Industries")
    outsider = member(rif, "Intrus Voisin")
    CourseAssignment.objects.create(
        member=outsider.organisation_memberships.get(), course_key=courses.course.translation_key
    )
    return manager


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_manager_follows_filters_exports_and_invites(
    company, live_server, page, screenshot, language
):
    sign_in(page, language, company.email, PASSWORD)
    page.goto(f"/{language}/learning/organisation/")
    expect(page).to_have_url(re.compile(rf"/{language}/learning/organisation/\d+/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")

    table = page.locator("#progress-table")
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(table).to_contain_text("Youssef Amrani")
    expect(table).to_contain_text("Khadija Tazi")
    expect(table).not_to_contain_text("Intrus")
    expect(table.locator('tr[data-status="in_progress"]')).to_contain_text("Khadija Tazi")
    expect(table.locator('tr[data-status="not_started"]')).to_contain_text("Youssef Amrani")
    screenshot(page, f"manager-table-{language}")

    # Filter: only the people in progress; the state stays in the address.
    page.locator("form.filters select[name=status]").select_option("in_progress")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"status=in_progress"))
    expect(table.locator("tbody tr")).to_have_count(1)

    # Export what she sees to XLSX, in her language.
    with page.expect_download() as download:
        page.locator("a[href*='/export.xlsx']").click()
    sheet = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert len(rows) == 2, rows
    assert rows[0][:3] == ["name", "email", "course"]
    assert "Khadija Tazi" in rows[1]

    # Invite one more person: the invitation leaves by email, she appears under "People".
    page.goto(page.url.split("?")[0])
    email = f"nouvelle.recrue.{language}@atlas.example.ma"
    form = page.locator("form[action$='/invite/']")
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=name]").fill("Nouvelle Recrue")
    form.locator("button[type=submit]").click()
    expect(page.locator("#people")).to_contain_text(email)
    assert [m.to for m in mail.outbox] == [[email]]
    screenshot(page, f"manager-invited-{language}")
    assert page.failed_responses == []
