"""A company's training manager: invitations (one, or a CSV file), the join link, assignments,
the table per person and course, its exports, the ZIP of certificates, and who may see what."""

import csv
import datetime
import io
import re
import zipfile

import openpyxl
import pytest

from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from courses.models import (
    Certificate,
    CourseAssignment,
    Enrolment,
    Organisation,
    OrganisationMember,
)
from courses.organisations import Status, progress_table
from courses.progress import enrol, record_view
from jawda.security.models import AuditEvent

from ..factories import UserFactory, with_totp

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def manager_of(organisation, **fields):
    user = UserFactory(**fields)
    OrganisationMember.objects.create(
        organisation=organisation,
        user=user,
        email=user.email,
        name="Salma Berrada",
        role="manager",
        joined_at=timezone.now(),
    )
    return user


def staff(organisation, name="Youssef Amrani", joined=True):
    user = UserFactory() if joined else None
    member = OrganisationMember.objects.create(
        organisation=organisation,
        user=user,
        email=user.email if user else f"{name.split()[0].lower()}@atlas.ma",
        name=name,
        joined_at=timezone.now() if joined else None,
    )
    return member


@pytest.fixture
def atlas(db):
    return Organisation.objects.create(name="Atlas Qualité SARL", ice="001525365000064")


@pytest.fixture
def other(db):
    return Organisation.objects.create(name="Rif Industries")


@pytest.fixture
def manager(atlas):
    return manager_of(atlas)


def url(organisation, rest="", language="fr"):
    return f"/{language}/learning/organisation/{organisation.pk}/{rest}"


def assign(member, course, due_date=None, by=None):
    assignment = CourseAssignment.objects.create(
        member=member, course_key=course.translation_key, due_date=due_date, assigned_by=by
    )
    if member.user:
        enrol(member.user, course, by=by, due_date=due_date)
    return assignment


def certify(user, course, number, pdf=b"%PDF-1.7 certificat", revoked=False):
    certificate = Certificate.objects.create(
        number=number,
        learner=user,
        course_key=course.translation_key,
        course_title_fr=course.title,
        standard="NM ISO 9001:2015",
        name=user.get_full_name(),
        revoked_at=timezone.now() if revoked else None,
    )
    if pdf is not None:
        certificate.pdf.save(f"{number}.pdf", ContentFile(pdf))
    return certificate


def csv_file(text, name="equipe.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


# ---------------------------------------------------------------------------------------------
# Invitations


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_inviting_one_person_sends_her_a_link_in_the_managers_language(
    client, atlas, manager, language, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url(atlas, "invite/", language),
            {"email": " Karima.Tazi@Atlas.ma ", "name": "Karima Tazi"},
        )
    assert response.status_code == 302
    member = OrganisationMember.objects.get(organisation=atlas, email="karima.tazi@atlas.ma")
    assert member.name == "Karima Tazi" and member.user is None and member.role == "staff"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["karima.tazi@atlas.ma"]
    assert f"/{language}/learning/join/{member.invitation_key}/" in message.body
    assert "Atlas Qualité SARL" in message.subject
    with translation.override(language):
        assert gettext("If you do not expect this invitation, ignore this message.") in (
            message.body
        )
    # The same address again: refused, nothing sent.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(atlas, "invite/", language), {"email": "karima.tazi@atlas.ma"})
    assert response.status_code == 400
    assert OrganisationMember.objects.filter(organisation=atlas).count() == 2
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_csv_with_a_bad_email_is_reported_by_line_and_nothing_is_written(
    client, atlas, manager, language, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    upload = csv_file(
        "email;nom\nkarima@atlas.ma;Karima Tazi\nomar(at)atlas.ma;Omar\n"
        "hind@atlas.ma;Hind\nkarima@atlas.ma;Karima bis\n"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(atlas, "import/", language), {"file": upload})
    assert response.status_code == 400
    html = response.content.decode()
    assert f'lang="{language}"' in html
    with translation.override(language):
        bad = gettext("Line %(line)s: “%(value)s” is not a valid email address.") % {
            "line": 3,
            "value": "omar(at)atlas.ma",
        }
        twice = gettext("Line %(line)s: %(email)s is already on line %(first)s.") % {
            "line": 5,
            "email": "karima@atlas.ma",
            "first": 2,
        }
    assert escape(bad) in html
    assert escape(twice) in html
    assert OrganisationMember.objects.filter(organisation=atlas).count() == 1  # the manager
    assert mail.outbox == []


def test_a_good_csv_invites_everyone_once(
    client, atlas, manager, django_capture_on_commit_callbacks
):
    staff(atlas, "Hind Alami", joined=False)  # hind@atlas.ma, already invited
    client.force_login(manager)
    upload = csv_file("karima@atlas.ma,Karima Tazi\r\nHIND@atlas.ma,Hind\r\n\r\nomar@atlas.ma\r\n")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(atlas, "import/"), {"file": upload})
    assert response.status_code == 302
    emails = set(atlas.members.values_list("email", flat=True))
    assert {"karima@atlas.ma", "hind@atlas.ma", "omar@atlas.ma"} <= emails
    assert atlas.members.count() == 4
    assert sorted(m.to[0] for m in mail.outbox) == ["karima@atlas.ma", "omar@atlas.ma"]
    assert atlas.members.get(email="karima@atlas.ma").name == "Karima Tazi"


def test_a_file_that_is_not_csv_text_is_refused(client, atlas, manager):
    client.force_login(manager)
    upload = SimpleUploadedFile("equipe.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "text/csv")
    response = client.post(url(atlas, "import/"), {"file": upload})
    assert response.status_code == 400
    assert atlas.members.count() == 1


# ---------------------------------------------------------------------------------------------
# Joining, assignments


def test_the_join_link_is_accepted_by_the_invited_account_only(
    client, atlas, manager, courses, django_capture_on_commit_callbacks
):
    member = OrganisationMember.objects.create(
        organisation=atlas, email="Karima@Atlas.ma", name="Karima"
    )
    due = TODAY + datetime.timedelta(days=30)
    CourseAssignment.objects.create(
        member=member, course_key=courses.course.translation_key, due_date=due, assigned_by=manager
    )
    link = f"/fr/learning/join/{member.invitation_key}/"

    response = client.get(link)  # anonymous: sign in first
    assert response.status_code == 200 and "/accounts/login/?next=" in response.content.decode()
    assert client.post(link).status_code == 200
    member.refresh_from_db()
    assert member.user is None

    stranger = UserFactory(email="someone@else.ma")
    client.force_login(stranger)
    assert client.get(link).status_code == 403
    assert client.post(link).status_code == 403
    member.refresh_from_db()
    assert member.user is None and not Enrolment.objects.filter(learner=stranger).exists()

    karima = UserFactory(email="karima@atlas.ma")
    client.force_login(karima)
    assert client.get(link).status_code == 200
    assert member.user is None  # a GET (a mail scanner) accepts nothing
    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == "/fr/learning/"
    member.refresh_from_db()
    assert member.user == karima and member.joined_at is not None
    enrolment = Enrolment.objects.get(learner=karima, course_key=courses.course.translation_key)
    assert enrolment.due_date == due and enrolment.enrolled_by == manager

    # Used: someone else gets a 404; she is told she is already a member.
    client.force_login(stranger)
    assert client.get(link).status_code == 404
    client.force_login(karima)
    assert client.get(link).status_code == 302
    assert client.get("/fr/learning/join/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_assigning_a_course_enrols_the_people_who_joined_with_the_due_date(
    client, atlas, manager, courses
):
    joined = staff(atlas, "Youssef Amrani")
    invited = staff(atlas, "Hind Alami", joined=False)
    client.force_login(manager)
    due = TODAY + datetime.timedelta(days=14)
    response = client.post(
        url(atlas, "assign/"),
        {
            "course": str(courses.course.translation_key),
            "due_date": due.isoformat(),
            "members": [joined.pk, invited.pk],
        },
    )
    assert response.status_code == 302
    assert CourseAssignment.objects.filter(member__organisation=atlas).count() == 2
    enrolment = Enrolment.objects.get(learner=joined.user)
    assert enrolment.course_key == courses.course.translation_key
    assert enrolment.due_date == due and enrolment.enrolled_by == manager
    assert Enrolment.objects.count() == 1  # Hind is enrolled when she joins

    # A due date in the past, no course or nobody: a clear error, nothing changed.
    key = str(courses.course.translation_key)
    for data in (
        {"course": key, "due_date": "2020-01-01", "members": [joined.pk]},
        {"course": "", "members": [joined.pk]},
        {"course": key, "members": []},
    ):
        response = client.post(url(atlas, "assign/"), data)
        assert response.status_code == 400
    enrolment.refresh_from_db()
    assert enrolment.due_date == due


# ---------------------------------------------------------------------------------------------
# The table and its exports


@pytest.fixture
def team(atlas, manager, courses):
    """Five people, each at a different stage of the course."""
    people = {}
    people["not_started"] = staff(atlas, "Amina Not-started", joined=False)
    people["in_progress"] = staff(atlas, "Badr In-progress")
    people["completed"] = staff(atlas, "Chama Completed")
    people["certified"] = staff(atlas, "Driss Certified")
    people["overdue"] = staff(atlas, "Ehsan Overdue")
    past = TODAY - datetime.timedelta(days=3)
    future = TODAY + datetime.timedelta(days=30)
    for key, member in people.items():
        assign(member, courses.course, due_date=past if key == "overdue" else future, by=manager)
    record_view(people["in_progress"].user, courses.lesson1)  # 10 of 100 minutes
    record_view(people["overdue"].user, courses.lesson1)
    Enrolment.objects.filter(learner=people["completed"].user).update(completed_at=timezone.now())
    Enrolment.objects.filter(learner=people["certified"].user).update(completed_at=timezone.now())
    certify(people["certified"].user, courses.course, "JAW-2026-000001")
    return people


def test_the_table_shows_each_status(client, atlas, manager, team):
    rows = {row.member.pk: row for row in progress_table(atlas)}
    for status, member in team.items():
        assert rows[member.pk].status == status, status
    assert rows[team["in_progress"].pk].percent == 10
    assert rows[team["overdue"].pk].percent == 10
    assert rows[team["completed"].pk].percent == 100
    assert rows[team["certified"].pk].certificate == "JAW-2026-000001"

    client.force_login(manager)
    html = client.get(url(atlas)).content.decode()
    found = re.findall(r'<tr data-status="(\w+)">\s*<th scope="row">([^<]+)', html)
    assert {(status, name.strip()) for status, name in found} == {
        (status, member.name) for status, member in team.items()
    }
    assert "10%" in html and "JAW-2026-000001" in html

    arabic = client.get(url(atlas, language="ar")).content.decode()
    assert 'dir="rtl"' in arabic
    with translation.override("ar"):
        assert str(Status.OVERDUE.label) in arabic


def test_a_revoked_certificate_is_not_certified(atlas, team, courses):
    Certificate.objects.update(revoked_at=timezone.now(), revoked_reason="Erreur")
    rows = {row.member.pk: row for row in progress_table(atlas)}
    assert rows[team["certified"].pk].status == Status.COMPLETED


def test_the_table_filters_by_course_and_status(client, atlas, manager, team, courses):
    client.force_login(manager)
    html = client.get(url(atlas) + "?status=overdue").content.decode()
    assert html.count("<tr data-status=") == 1 and "Ehsan Overdue" in html
    key = courses.course.translation_key
    html = client.get(url(atlas) + f"?course={key}&status=in_progress").content.decode()
    assert html.count("<tr data-status=") == 1 and "Badr In-progress" in html
    html = client.get(url(atlas) + "?status=nonsense").content.decode()
    assert html.count("<tr data-status=") == 5


def test_export_csv(client, atlas, manager, team):
    team["in_progress"].name = '=HYPERLINK("http://evil")'
    team["in_progress"].save()
    client.force_login(manager)
    response = client.get(url(atlas, "export.csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 5
    by_email = {row["email"]: row for row in rows}
    assert by_email[team["in_progress"].email]["name"].startswith("'=")
    assert by_email[team["in_progress"].email]["percent"] == "10"
    assert by_email[team["certified"].email]["certificate"] == "JAW-2026-000001"
    with translation.override("fr"):
        assert by_email[team["overdue"].email]["status"] == str(Status.OVERDUE.label)
    assert AuditEvent.objects.filter(action="organisation_progress_exported").count() == 1
    # With the table's filters.
    response = client.get(url(atlas, "export.csv") + "?status=certified")
    assert len(list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))) == 1
    assert client.get(url(atlas, "export.pdf")).status_code == 404


def test_export_xlsx(client, atlas, manager, team):
    client.force_login(manager)
    response = client.get(url(atlas, "export.xlsx"))
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][:4] == ("name", "email", "course", "status")
    assert len(values) == 6
    percents = {row[1]: row[4] for row in values[1:]}
    assert percents[team["in_progress"].email] == 10


def test_zip_of_the_valid_certificates(client, atlas, other, manager, team, courses):
    second = staff(atlas, "Farah Missing-file")
    assign(second, courses.course, by=manager)
    certify(second.user, courses.course, "JAW-2026-000002", pdf=None)  # no file stored
    revoked = staff(atlas, "Ghita Revoked")
    assign(revoked, courses.course, by=manager)
    certify(revoked.user, courses.course, "JAW-2026-000003", revoked=True)
    outsider = staff(other, "Hamza Other-company")
    certify(outsider.user, courses.course, "JAW-2026-000004")
    client.force_login(manager)
    response = client.get(url(atlas, "certificates.zip"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.namelist() == ["JAW-2026-000001.pdf"]
    assert archive.read("JAW-2026-000001.pdf") == b"%PDF-1.7 certificat"


# ---------------------------------------------------------------------------------------------
# Who may see what


def manager_urls(organisation, assignment, member):
    return {
        "get": [
            url(organisation),
            url(organisation, "export.csv"),
            url(organisation, "export.xlsx"),
            url(organisation, "certificates.zip"),
        ],
        "post": [
            (url(organisation, "invite/"), {"email": "intrus@example.com"}),
            (url(organisation, f"assignments/{assignment.pk}/remove/"), {}),
            (url(organisation, f"members/{member.pk}/remove/"), {}),
            (url(organisation, f"members/{member.pk}/resend/"), {}),
        ],
    }


def snapshot():
    return (
        list(OrganisationMember.objects.order_by("pk").values()),
        list(CourseAssignment.objects.order_by("pk").values()),
        list(Enrolment.objects.order_by("pk").values("pk", "due_date")),
    )


def test_anonymous_visitors_are_sent_to_sign_in(client, atlas, manager, courses):
    member = staff(atlas, "Youssef Amrani")
    assignment = assign(member, courses.course, by=manager)
    before = snapshot()
    urls = manager_urls(atlas, assignment, member)
    for address in urls["get"] + ["/fr/learning/organisation/"]:
        response = client.get(address)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for address, data in urls["post"]:
        assert client.post(address, data).status_code == 302
    assert snapshot() == before


def test_a_staff_member_sees_nothing_of_the_organisation(client, atlas, manager, courses):
    member = staff(atlas, "Youssef Amrani")
    assignment = assign(member, courses.course, by=manager)
    before = snapshot()
    client.force_login(member.user)
    urls = manager_urls(atlas, assignment, member)
    for address in urls["get"] + ["/fr/learning/organisation/"]:
        assert client.get(address).status_code == 404, address
    for address, data in urls["post"]:
        assert client.post(address, data).status_code == 404, address
    assert snapshot() == before


def test_another_organisations_manager_gets_404_and_changes_nothing(
    client, atlas, other, manager, courses
):
    member = staff(atlas, "Youssef Amrani")
    assignment = assign(member, courses.course, by=manager)
    rival = manager_of(other)
    rival_staff = staff(other, "Nabil Rif")
    before = snapshot()
    client.force_login(rival)
    urls = manager_urls(atlas, assignment, member)
    for address in urls["get"]:
        assert client.get(address).status_code == 404, address
    for address, data in urls["post"]:
        assert client.post(address, data).status_code == 404, address
    # Through her own organisation's URLs, with the other company's ids.
    forged = [
        (url(other, f"assignments/{assignment.pk}/remove/"), {}),
        (url(other, f"members/{member.pk}/remove/"), {}),
        (url(other, f"members/{member.pk}/resend/"), {}),
        (
            url(other, "assign/"),
            {"course": str(courses.course.translation_key), "members": [rival_staff.pk, member.pk]},
        ),
    ]
    for address, data in forged:
        assert client.post(address, data).status_code == 404, address
    assert snapshot() == before
    # Her own table does not list the other company's people.
    html = client.get(url(other)).content.decode()
    assert "Youssef Amrani" not in html and member.email not in html
    assert client.get("/fr/learning/organisation/")["Location"] == url(other)


def test_the_rightful_manager(client, atlas, manager, courses, django_capture_on_commit_callbacks):
    member = staff(atlas, "Youssef Amrani")
    invited = staff(atlas, "Hind Alami", joined=False)
    assignment = assign(member, courses.course, by=manager)
    client.force_login(manager)
    assert client.get("/fr/learning/organisation/")["Location"] == url(atlas)
    for address in manager_urls(atlas, assignment, member)["get"]:
        assert client.get(address).status_code == 200, address
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url(atlas, f"members/{invited.pk}/resend/")).status_code == 302
    assert [m.to for m in mail.outbox] == [[invited.email]]
    assert client.post(url(atlas, f"assignments/{assignment.pk}/remove/")).status_code == 302
    assert not CourseAssignment.objects.exists()
    assert Enrolment.objects.filter(learner=member.user).exists()  # her progress stays hers
    assert client.post(url(atlas, f"members/{member.pk}/remove/")).status_code == 302
    assert not OrganisationMember.objects.filter(pk=member.pk).exists()
    # A manager cannot be removed here (UMAQ changes managers in the admin).
    mine = OrganisationMember.objects.get(user=manager)
    assert client.post(url(atlas, f"members/{mine.pk}/remove/")).status_code == 404


def test_a_manager_of_two_organisations_picks_one(client, atlas, other, manager):
    OrganisationMember.objects.create(
        organisation=other, user=manager, email=manager.email, role="manager"
    )
    client.force_login(manager)
    html = client.get("/fr/learning/organisation/").content.decode()
    assert url(atlas) in html and url(other) in html


def test_umaq_staff_create_organisations_and_invite_the_manager_in_the_admin(
    client, atlas, django_capture_on_commit_callbacks
):
    client.force_login(with_totp(UserFactory(is_staff=True, is_superuser=True)))
    assert client.get("/admin/courses/organisations/").status_code == 200
    response = client.post("/admin/courses/organisations/new/", {"name": "Souss Agro", "ice": ""})
    assert response.status_code == 302
    souss = Organisation.objects.get(name="Souss Agro")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/courses/organisation-members/new/",
            {"organisation": souss.pk, "email": "Rh@Souss.ma", "name": "Leila", "role": "manager"},
        )
    assert response.status_code == 302
    member = OrganisationMember.objects.get(organisation=souss)
    assert member.email == "rh@souss.ma" and member.role == "manager"
    assert [m.to for m in mail.outbox] == [["rh@souss.ma"]]
    assert str(member.invitation_key) in mail.outbox[0].body


# ---------------------------------------------------------------------------------------------
# Query counts


@pytest.mark.parametrize("people", [2, 20])
def test_the_table_and_export_queries_do_not_grow_with_people_or_lessons(
    client, atlas, manager, courses, people, django_assert_max_num_queries
):
    for number in range(people):
        courses.lesson(courses.module2, f"Leçon {people}-{number}", 5)
    for number in range(people):
        member = staff(atlas, f"Personne {number:02d}")
        assign(member, courses.course, by=manager)
        record_view(member.user, courses.lesson1)
        if number % 3 == 0:
            certify(member.user, courses.course, f"JAW-2026-{number:06d}", pdf=None)
    client.force_login(manager)
    client.get(url(atlas))  # warm the caches (site root paths)
    with django_assert_max_num_queries(26):
        response = client.get(url(atlas))
    assert response.content.decode().count("<tr data-status=") == people
    with django_assert_max_num_queries(25):
        client.get(url(atlas, "export.csv"))
    with django_assert_max_num_queries(25):
        client.get(url(atlas, "export.xlsx"))
    with django_assert_max_num_queries(25):
        client.get(url(atlas, "certificates.zip"))
