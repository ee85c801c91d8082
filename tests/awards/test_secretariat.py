"""The secretariat's list, decisions, export and ZIP of an application's files."""

import io
import zipfile

from django.core import mail

from awards import applications as logic
from awards.models import Application, ApplicationStatus, PrizePage
from jawda.security.models import AuditEvent

from ..factories import UserFactory
from .conftest import admin_user, complete, days_from_now, request_by, start

LIST_URL = "/admin/awards/applications/"


def edit_url(application):
    return f"/admin/awards/applications/edit/{application.pk}/"


def zip_url(application):
    return f"/admin/awards/application-files/{application.pk}/"


def decide(client, application, status, reason="", extended_until=""):
    return client.post(
        edit_url(application),
        {"status": status, "status_reason": reason, "extended_until": extended_until},
    )


def test_the_list_is_for_the_secretariat_only(client, submitted, secretariat, editor):
    client.force_login(editor)
    assert client.get(LIST_URL).status_code in (302, 403)
    assert client.get(zip_url(submitted)).status_code in (302, 403)
    client.force_login(secretariat)
    response = client.get(LIST_URL)
    assert response.status_code == 200
    assert submitted.reference in response.text


def test_the_decision_page_links_to_the_answers_and_the_zip(client, submitted, secretariat):
    client.force_login(secretariat)
    response = client.get(edit_url(submitted))
    assert f"/prizes/applications/{submitted.pk}/review/" in response.text
    assert zip_url(submitted) in response.text


def test_the_list_filters_by_status(client, submitted, secretariat):
    client.force_login(secretariat)
    assert submitted.reference in client.get(LIST_URL, {"status": "submitted"}).text
    assert submitted.reference not in client.get(LIST_URL, {"status": "eligible"}).text


def test_ineligible_needs_a_reason_then_is_recorded_and_emailed(client, submitted, secretariat):
    client.force_login(secretariat)
    response = decide(client, submitted, "ineligible")
    assert response.status_code == 200
    submitted.refresh_from_db()
    assert submitted.status == ApplicationStatus.SUBMITTED
    mail.outbox.clear()
    response = decide(client, submitted, "ineligible", "Moins de 3 ans d'activité")
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == ApplicationStatus.INELIGIBLE
    assert [e.status for e in submitted.events.all()][-1] == "ineligible"
    assert submitted.events.last().note == "Moins de 3 ans d'activité"
    event = AuditEvent.objects.get(action="application_status_changed")
    assert event.before["status"] == "submitted" and event.after["status"] == "ineligible"
    (message,) = mail.outbox
    assert message.to == [submitted.applicant.email]
    assert "Moins de 3 ans" in message.body


def test_a_draft_cannot_be_decided_but_can_be_extended(client, edition, applicant, secretariat):
    application = start(client, applicant, edition)
    client.force_login(secretariat)
    decide(client, application, "eligible")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    until = days_from_now(3).strftime("%Y-%m-%d %H:%M")
    response = decide(client, application, "draft", extended_until=until)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.extended_until is not None
    assert AuditEvent.objects.filter(action="application_extended").count() == 1


def test_the_export_neutralises_formulas(client, submitted, secretariat):
    Application.objects.filter(pk=submitted.pk).update(organisation_name="=HYPERLINK(1)")
    client.force_login(secretariat)
    response = client.get(LIST_URL, {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in text
    assert submitted.reference in text


def test_the_zip_holds_the_files_and_the_pdf_copy(client, submitted, secretariat):
    client.force_login(secretariat)
    response = client.get(zip_url(submitted))
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert names == ["01-dossier.pdf", f"{submitted.reference}.pdf"]
    assert AuditEvent.objects.filter(action="application_files_downloaded").count() == 1


def test_the_list_query_count_does_not_grow(
    client, edition, secretariat, fake_pdf, django_assert_max_num_queries
):
    def add(count):
        for _number in range(count):
            user = UserFactory()
            application = complete(start(client, user, edition))
            ice = f"{user.pk:015d}"
            Application.objects.filter(pk=application.pk).update(
                ice=ice, applicant_key=f"ice:{ice}"
            )
            application.refresh_from_db()
            logic.submit(application, request_by(user))

    add(1)
    client.force_login(secretariat)
    client.get(LIST_URL)
    with django_assert_max_num_queries(60) as few:
        client.get(LIST_URL)
    baseline = len(few.captured_queries)
    add(5)
    client.force_login(secretariat)
    client.get(LIST_URL)  # the first request after signing in also writes the session
    with django_assert_max_num_queries(baseline):
        response = client.get(LIST_URL)
    assert response.text.count(f"PNQ-{edition.year}-") >= 6


def test_an_ordinary_staff_member_cannot_download_the_zip(client, submitted):
    client.force_login(admin_user("Editors"))
    assert client.get(zip_url(submitted)).status_code in (302, 403)


def test_the_list_filters_by_prize_then_edition_in_few_queries(
    client, prizes, edition, secretariat, fake_pdf, django_assert_max_num_queries
):
    leader = prizes.add(
        prizes.index_fr, PrizePage(title="Prix du leader en qualité", slug="leader", code="leader")
    )
    leader_edition = prizes.edition(prize=leader, opens_in=-5, arabic=False, title="Leader 2031")
    prizes.referentiel(leader_edition, criteria=((600, (400, 200)),))

    def add(target, count):
        for _number in range(count):
            user = UserFactory()
            application = complete(start(client, user, target))
            ice = f"{user.pk:015d}"
            Application.objects.filter(pk=application.pk).update(
                ice=ice, applicant_key=f"ice:{ice}"
            )
            application.refresh_from_db()
            logic.submit(application, request_by(user))

    add(edition, 1)
    add(leader_edition, 1)
    client.force_login(secretariat)
    client.get(LIST_URL)
    response = client.get(LIST_URL, {"prize": leader.pk})
    assert "LEADER-" in response.text and "PNQ-" not in response.text
    # Once the prize is chosen, only its editions are offered.
    edition_choices = response.context["filters"].form.fields["edition"].queryset
    assert list(edition_choices) == [leader_edition]
    assert "PNQ-" in client.get(LIST_URL, {"prize": prizes.pnq_fr.pk}).text
    with django_assert_max_num_queries(60) as few:
        client.get(LIST_URL, {"prize": leader.pk})
    baseline = len(few.captured_queries)
    add(leader_edition, 4)
    client.force_login(secretariat)
    client.get(LIST_URL)
    with django_assert_max_num_queries(baseline):
        response = client.get(LIST_URL, {"prize": leader.pk})
    assert response.text.count("LEADER-") >= 5
