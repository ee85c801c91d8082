"""The online application: steps, drafts, autosave, submission, attachments, permissions."""

import datetime
import io

import pytest
from pypdf import PdfReader

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from awards import applications as logic
from awards.models import (
    ANSWER_MAX_LENGTH,
    Answer,
    Application,
    ApplicationEvent,
    ApplicationStatus,
)
from jawda.models import Region
from jawda.security.models import AppendOnlyError, AuditEvent
from jawda.security.uploads import UploadValidator

from ..factories import UserFactory
from .conftest import PDF, complete, days_from_now, request_by, start


@pytest.fixture(autouse=True)
def _french():
    # URLs reversed here are French unless a test says otherwise, whatever ran before.
    with translation.override("fr"):
        yield


def step_url(application, slug, lang="fr"):
    return f"/{lang}/prizes/applications/{application.pk}/{slug}/"


def submit_url(application):
    return f"/fr/prizes/applications/{application.pk}/submit/"


def organisation_data(**fields):
    return {
        "applicant_type": "organisation",
        "organisation_name": "Atlas Composants",
        "ice": "001234567000089",
        "region": str(Region.objects.first().pk),
        "contact_name": "Nadia Alaoui",
        "contact_email": "nadia@atlas.example.ma",
        **fields,
    }


# ---------------------------------------------------------------------------------------------
# Starting and drafts


def test_start_creates_one_draft_per_user_and_edition(client, edition, applicant):
    application = start(client, applicant, edition)
    again = start(client, applicant, edition)
    assert again.pk == application.pk
    assert application.status == ApplicationStatus.DRAFT
    assert application.contact_email == applicant.email
    assert [e.status for e in application.events.all()] == ["draft"]


def test_the_edition_page_offers_to_apply_while_the_call_is_open(client, edition, applicant):
    client.force_login(applicant)
    response = client.get(edition.url)
    assert reverse("awards_application_start", args=[edition.pk]) in response.text


def test_no_application_before_the_call_opens(client, prizes, applicant):
    upcoming = prizes.edition(opens_in=5)
    client.force_login(applicant)
    client.post(reverse("awards_application_start", args=[upcoming.pk]), follow=True)
    assert not Application.objects.exists()


def test_a_draft_is_saved_with_required_fields_empty(client, edition, applicant):
    application = start(client, applicant, edition)
    response = client.post(
        step_url(application, "organisation"),
        {"organisation_name": "Atlas Composants", "draft": "1"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.organisation_name == "Atlas Composants"
    assert application.ice == ""


def test_next_says_what_the_step_misses_and_keeps_what_was_saved(client, edition, applicant):
    application = start(client, applicant, edition)
    response = client.post(
        step_url(application, "organisation"), {"organisation_name": "Atlas", "next": "1"}
    )
    assert response.status_code == 400
    assert "Champ requis" in response.text
    application.refresh_from_db()
    assert application.organisation_name == "Atlas"


def test_next_goes_on_when_the_step_is_complete(client, edition, applicant):
    application = start(client, applicant, edition)
    response = client.post(
        step_url(application, "organisation"), {**organisation_data(), "next": "1"}
    )
    assert response.status_code == 302
    assert response.url.endswith("/eligibility/")


def test_a_bad_ice_is_refused_in_the_users_language_and_kept_as_typed(client, edition, applicant):
    application = start(client, applicant, edition)
    response = client.post(
        "/ar" + step_url(application, "organisation")[3:],
        {**organisation_data(ice="12345"), "draft": "1"},
    )
    assert response.status_code == 400
    assert "15 رقما" in response.text or "15" in response.text
    application.refresh_from_db()
    assert application.ice == ""
    assert application.organisation_name == "Atlas Composants"
    assert application.unsaved == {"ice": "12345"}
    # Shown again, with its error, when she comes back.
    response = client.get(step_url(application, "organisation"))
    assert 'value="12345"' in response.text
    assert "15 chiffres" in response.text


def test_a_second_application_with_the_same_ice_is_refused(client, edition, applicant):
    first = start(client, applicant, edition)
    client.post(step_url(first, "organisation"), {**organisation_data(), "draft": "1"})
    colleague = UserFactory()
    second = start(client, colleague, edition)
    response = client.post(step_url(second, "organisation"), {**organisation_data(), "draft": "1"})
    assert response.status_code == 400
    assert "existe déjà" in response.text
    second.refresh_from_db()
    assert second.ice == ""
    assert second.unsaved["ice"] == "001234567000089"


def test_the_database_refuses_two_applications_of_one_organisation(edition, applicant):
    Application.objects.create(edition=edition, applicant=applicant, applicant_key="ice:1")
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        Application.objects.create(edition=edition, applicant=UserFactory(), applicant_key="ice:1")


def test_a_student_cannot_choose_a_company_category(client, prizes, applicant):
    edition = prizes.edition(opens_in=-5, categories=["large", "student"])
    application = start(client, applicant, edition)
    client.post(step_url(application, "organisation"), {"applicant_type": "student", "draft": "1"})
    response = client.post(
        step_url(application, "eligibility"), {"category": "large", "draft": "1"}
    )
    assert response.status_code == 400
    assert "catégorie étudiant" in response.text
    application.refresh_from_db()
    assert application.category == ""
    response = client.post(
        step_url(application, "eligibility"), {"category": "student", "draft": "1"}
    )
    application.refresh_from_db()
    assert application.category == "student"


def test_an_answer_over_the_limit_is_kept_as_typed(client, edition, applicant):
    application = start(client, applicant, edition)
    sub = logic.criteria_of(application)[0].children[0]
    long_text = "x" * (ANSWER_MAX_LENGTH + 1)
    response = client.post(
        step_url(application, "criterion-1"),
        {f"text_{sub.pk}": long_text, f"score_{sub.pk}": "55", "draft": "1"},
    )
    assert response.status_code == 400
    assert "trop longue" in response.text
    answer = Answer.objects.get(application=application, subcriterion=sub)
    assert answer.text == "" and answer.self_score == 55
    application.refresh_from_db()
    assert application.unsaved[f"text_{sub.pk}"] == long_text
    assert long_text in client.get(step_url(application, "criterion-1")).text


def test_a_score_off_the_scale_is_refused(client, edition, applicant):
    application = start(client, applicant, edition)
    sub = logic.criteria_of(application)[0].children[0]
    client.post(step_url(application, "criterion-1"), {f"score_{sub.pk}": "42", "draft": "1"})
    assert not Answer.objects.filter(self_score__isnull=False).exists()


def test_autosave_saves_what_is_valid_and_answers_json(client, edition, applicant):
    application = start(client, applicant, edition)
    sub = logic.criteria_of(application)[0].children[0]
    response = client.post(
        step_url(application, "criterion-1") + "autosave/",
        {f"text_{sub.pk}": "Notre démarche qualité", f"score_{sub.pk}": "60"},
    )
    assert response.status_code == 200
    assert response.json()["saved"] is True
    assert Answer.objects.get(subcriterion=sub).text == "Notre démarche qualité"


def test_autosave_after_the_session_ended_says_so(client, edition, applicant):
    application = start(client, applicant, edition)
    client.logout()
    response = client.post(step_url(application, "organisation") + "autosave/", {})
    assert response.status_code == 401
    assert response.json()["saved"] is False


def test_the_draft_is_there_after_signing_in_again(client, edition, applicant):
    application = start(client, applicant, edition)
    client.post(step_url(application, "organisation") + "autosave/", organisation_data())
    client.logout()
    client.force_login(applicant)
    assert "Atlas Composants" in client.get(step_url(application, "organisation")).text


def test_the_step_pages_load_the_autosave_script_without_inline_script(client, edition, applicant):
    application = start(client, applicant, edition)
    text = client.get(step_url(application, "organisation")).text
    assert "js/application-autosave.js" in text
    assert "<script>" not in text
    assert 'data-autosave-url="' in text


# ---------------------------------------------------------------------------------------------
# Submission


def test_an_incomplete_application_is_not_submitted(client, edition, applicant):
    application = start(client, applicant, edition)
    response = client.post(submit_url(application), follow=True)
    assert "pas encore complète" in response.text
    assert "Champ requis" in response.text
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT and application.reference is None


def test_submission_numbers_records_and_emails_a_pdf(client, edition, applicant, fake_pdf):
    application = complete(start(client, applicant, edition))
    response = client.post("/ar" + submit_url(application)[3:], follow=True)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.reference == f"PNQ-{edition.year}-0001"
    assert application.reference in response.text
    assert application.language == "ar"
    assert [e.status for e in application.events.all()] == ["draft", "submitted"]
    assert AuditEvent.objects.filter(action="application_submitted").count() == 1
    (message,) = mail.outbox
    assert application.reference in message.subject
    assert "ترشيح" in message.subject or "الترشيح" in message.body
    assert message.attachments[0][0] == f"{application.reference}.pdf"
    assert message.attachments[0][1] == PDF


def test_references_are_sequential_per_prize_and_year(client, edition, fake_pdf):
    references = []
    for number in range(3):
        user = UserFactory()
        application = start(client, user, edition)
        complete(application)
        Application.objects.filter(pk=application.pk).update(
            ice=f"00123456700008{number}", applicant_key=f"ice:{number}"
        )
        references.append(logic.submit(application, request_by(user)).reference)
    assert references == [f"PNQ-{edition.year}-000{n}" for n in (1, 2, 3)]


def test_a_reference_taken_meanwhile_is_skipped(client, edition, applicant, fake_pdf, monkeypatch):
    application = complete(start(client, applicant, edition))
    prefix = f"PNQ-{edition.year}-"
    Application.objects.create(
        edition=edition, applicant=UserFactory(), applicant_key="user:x", reference=f"{prefix}0001"
    )
    real = logic._next_reference
    calls = []

    def stale(prefix):
        # The first read happened before the other submission took 0001.
        calls.append(prefix)
        return f"{prefix}0001" if len(calls) == 1 else real(prefix)

    monkeypatch.setattr(logic, "_next_reference", stale)
    submitted = logic.submit(application, request_by(applicant))
    assert len(calls) == 2
    assert submitted.reference == f"{prefix}0002"


def test_the_real_pdf_shapes_arabic_and_names_the_reference(client, edition, applicant):
    application = complete(start(client, applicant, edition))
    application.organisation_name = "أطلس للمكونات"
    application.save()
    with translation.override("ar"):
        logic.submit(application, request_by(applicant))
    application.refresh_from_db()
    reader = PdfReader(io.BytesIO(application.pdf.open("rb").read()))
    text = "".join(page.extract_text() for page in reader.pages)
    # Text extraction loses the hamza of a shaped alif: the words are checked apart.
    for expected in (application.reference, "للمكونات", "Notre démarche", "المعيار الفرعي"):
        assert expected in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Noto-Sans-Arabic" in font for font in fonts)


def test_after_the_deadline_a_draft_cannot_be_submitted_nor_changed(client, edition, applicant):
    application = complete(start(client, applicant, edition))
    PageClose(edition, days=-1)
    response = client.post(submit_url(application), follow=True)
    assert "clôturé" in response.text
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    response = client.post(
        step_url(application, "organisation"), {**organisation_data(organisation_name="X")}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.organisation_name == "Atlas Composants"
    response = client.post(step_url(application, "organisation") + "autosave/", {})
    assert response.status_code == 409


def test_a_submitted_application_is_read_only(client, edition, applicant, fake_pdf):
    application = complete(start(client, applicant, edition))
    client.post(submit_url(application))
    response = client.get(step_url(application, "organisation"))
    assert response.status_code == 302 and response.url.endswith("/review/")
    review = client.get(response.url)
    assert "Atlas Composants" in review.text
    assert "Soumettre" not in review.text
    client.post(step_url(application, "organisation"), organisation_data(organisation_name="X"))
    application.refresh_from_db()
    assert application.organisation_name == "Atlas Composants"


def test_an_individual_extension_lets_her_submit_after_the_deadline(
    client, edition, applicant, fake_pdf
):
    application = complete(start(client, applicant, edition))
    PageClose(edition, days=-1)
    secretary = UserFactory()
    logic.grant_extension(application, days_from_now(2), request_by(secretary))
    event = AuditEvent.objects.get(action="application_extended")
    assert event.actor == secretary
    client.post(submit_url(application))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def PageClose(edition, days):
    """Move the call's end of `edition` to `days` from now."""
    type(edition).objects.filter(pk=edition.pk).update(closes_at=days_from_now(days))
    edition.refresh_from_db()


def test_the_history_is_append_only(client, edition, applicant):
    application = start(client, applicant, edition)
    event = application.events.get()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        ApplicationEvent.objects.all().delete()


# ---------------------------------------------------------------------------------------------
# Attachments


def test_a_pdf_is_attached_and_a_fake_one_refused(client, edition, applicant):
    application = start(client, applicant, edition)
    block = edition.documents[0]
    response = client.post(
        step_url(application, "attachments"),
        {"document": block.id, "file": SimpleUploadedFile("dossier.pdf", PDF)},
    )
    assert response.status_code == 302
    assert application.attachments.get().document == block.id
    response = client.post(
        step_url(application, "attachments"),
        {"document": block.id, "file": SimpleUploadedFile("photo.pdf", b"\x89PNG\r\n\x1a\nxx")},
    )
    assert response.status_code == 400
    assert "type de fichier" in response.text
    assert application.attachments.count() == 1


def test_an_oversize_file_is_refused(client, edition, applicant, monkeypatch):
    from awards import views

    monkeypatch.setattr(views, "ATTACHMENT_MAX_BYTES", 20)
    monkeypatch.setattr(
        views.AttachmentForm.base_fields["file"], "validators", [UploadValidator(("pdf",), 20)]
    )
    application = start(client, applicant, edition)
    response = client.post(
        step_url(application, "attachments"),
        {"document": "", "file": SimpleUploadedFile("big.pdf", PDF)},
    )
    assert response.status_code == 400
    assert "trop volumineux" in response.text
    assert not application.attachments.exists()


def test_an_attachment_is_removed_while_the_draft_is_open(client, edition, applicant):
    application = complete(start(client, applicant, edition))
    attachment = application.attachments.get()
    client.post(reverse("awards_application_file_remove", args=[application.pk, attachment.pk]))
    assert not application.attachments.exists()


# ---------------------------------------------------------------------------------------------
# Permissions: anonymous, other applicant, owner, secretariat


def read_urls(application):
    attachment = application.attachments.get()
    return [
        step_url(application, "review"),
        reverse("awards_application_file", args=[application.pk, attachment.pk]),
        reverse("awards_application_pdf", args=[application.pk]),
    ]


def test_anonymous_visitors_are_sent_to_sign_in(client, submitted):
    for url in read_urls(submitted) + [reverse("awards_applications")]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url


def test_another_applicant_gets_404_everywhere(client, submitted):
    client.force_login(UserFactory())
    for url in read_urls(submitted) + [step_url(submitted, "organisation")]:
        assert client.get(url).status_code == 404, url
    assert client.post(submit_url(submitted)).status_code == 404
    assert client.post(step_url(submitted, "organisation") + "autosave/", {}).status_code == 404
    attachment = submitted.attachments.get()
    remove = reverse("awards_application_file_remove", args=[submitted.pk, attachment.pk])
    assert client.post(remove).status_code == 404
    assert submitted.reference not in client.get(reverse("awards_applications")).text


def test_the_owner_reads_everything(client, submitted):
    client.force_login(submitted.applicant)
    for url in read_urls(submitted):
        assert client.get(url).status_code == 200, url
    dashboard = client.get(reverse("awards_applications"))
    assert submitted.reference in dashboard.text
    assert "Soumise" in dashboard.text


def test_the_secretariat_reads_and_is_audited_but_cannot_type(client, submitted, secretariat):
    client.force_login(secretariat)
    for url in read_urls(submitted):
        assert client.get(url).status_code == 200, url
    assert AuditEvent.objects.filter(action="application_viewed_by_staff").count() == 3
    response = client.post(submit_url(submitted))
    assert response.status_code == 404


def test_an_unknown_application_is_404(client, applicant):
    client.force_login(applicant)
    url = step_url(Application(pk="00000000-0000-0000-0000-000000000000"), "review")
    assert client.get(url).status_code == 404


def test_application_content_is_never_public(client, submitted):
    for url in ("/sitemap.xml", "/fr/search/?q=Atlas+Composants", "/api/v2/pages/?search=Atlas"):
        response = client.get(url)
        assert "Notre démarche" not in response.text
        assert submitted.reference not in response.text


def test_the_dashboard_query_count_does_not_grow(
    client, edition, prizes, django_assert_max_num_queries
):
    user = UserFactory()
    client.force_login(user)
    Application.objects.create(edition=edition, applicant=user, applicant_key="user:1")
    client.get(reverse("awards_applications"))
    with django_assert_max_num_queries(30) as few:
        client.get(reverse("awards_applications"))
    for number in range(3):
        other = prizes.edition(opens_in=-5)
        application = Application.objects.create(
            edition=other, applicant=user, applicant_key=f"user:{number}"
        )
        ApplicationEvent.objects.create(application=application, status="draft")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("awards_applications"))


def test_closes_at_is_the_later_of_the_call_and_the_extension(edition, applicant):
    application = Application(edition=edition, applicant=applicant)
    assert application.closes_at == edition.closes_at
    application.extended_until = edition.closes_at + datetime.timedelta(days=3)
    assert application.closes_at == application.extended_until
    application.extended_until = timezone.now() - datetime.timedelta(days=400)
    assert application.closes_at == edition.closes_at


# ---------------------------------------------------------------------------------------------
# API


def test_the_api_lists_only_her_own_applications_without_content(client, submitted, edition):
    assert client.get("/api/prize-applications").status_code == 401
    client.force_login(UserFactory())
    assert client.get("/api/prize-applications").json()["items"] == []
    client.force_login(submitted.applicant)
    data = client.get("/api/prize-applications", {"lang": "ar"}).json()
    (item,) = data["items"]
    assert item["reference"] == submitted.reference
    assert item["status"] == {"code": "submitted", "label": "مقدَّم"} or item["status"]["code"] == (
        "submitted"
    )
    assert item["edition"]["id"] == edition.arabic.pk
    assert [event["status"]["code"] for event in item["history"]] == ["draft", "submitted"]
    assert item["editable"] is False
    assert "/ar/prizes/applications/" in item["url"]
    text = client.get("/api/prize-applications").text
    assert "Notre démarche" not in text and "001234567000089" not in text


def test_the_api_refuses_unknown_parameters(client, applicant):
    client.force_login(applicant)
    response = client.get("/api/prize-applications", {"status": "draft"})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"status": ["Paramètre inconnu."]} or (
        "status" in response.json()["error"]["fields"]
    )


def test_the_api_is_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/prize-applications" in paths


def test_the_api_query_count_does_not_grow(
    client, prizes, applicant, django_assert_max_num_queries
):
    client.force_login(applicant)
    for number in range(4):
        edition = prizes.edition(opens_in=-5)
        application = Application.objects.create(
            edition=edition, applicant=applicant, applicant_key=f"user:{number}"
        )
        ApplicationEvent.objects.create(application=application, status="draft")
        if number == 0:
            client.get("/api/prize-applications")
            with django_assert_max_num_queries(30) as few:
                client.get("/api/prize-applications")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(client.get("/api/prize-applications").json()["items"]) == 4
