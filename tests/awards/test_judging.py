"""Judges' pages: declaration, conflicts, assignments, score sheets; the conflict rule through
every path (pages, files, PDF copy) and the blind rule."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from awards import judging
from awards.models import (
    Assignment,
    Attachment,
    Conflict,
    ConflictDeclaration,
    Score,
    ScoreSheet,
    SheetStatus,
    SubCriterion,
)
from jawda.security.models import AuditEvent
from jawda.security.uploads import store_private_file

from ..factories import UserFactory, with_totp
from .conftest import PDF, assign_more, make_judge, request_by

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_french():
    """`reverse()` takes the active language's prefix; an Arabic request must not leak it."""
    with translation.override("fr"):
        yield


@pytest.fixture
def amina(atlas, souss):
    """A judge who signed her declaration, assigned to both applications."""
    judge = make_judge("amina@jury.example.ma")
    ConflictDeclaration.objects.create(judge=judge, year=judging.declaration_year(), statement="-")
    for application in (atlas, souss):
        Assignment.objects.create(application=application, judge=judge)
    return judge


@pytest.fixture
def bilal(atlas):
    judge = make_judge("bilal@jury.example.ma")
    ConflictDeclaration.objects.create(judge=judge, year=judging.declaration_year(), statement="-")
    Assignment.objects.create(application=atlas, judge=judge)
    return judge


def attach(application):
    private_file = store_private_file(SimpleUploadedFile("dossier.pdf", PDF), application.applicant)
    return Attachment.objects.create(application=application, title="Dossier", file=private_file)


def sheet_url(judge, application):
    return reverse(
        "awards_judging_sheet",
        args=[Assignment.objects.get(judge=judge, application=application).pk],
    )


def paths_of(judge, application, attachment):
    assignment = Assignment.objects.get(judge=judge, application=application)
    return [
        reverse("awards_judging_sheet", args=[assignment.pk]),
        reverse("awards_judging_conflict", args=[assignment.pk]),
        reverse("awards_application_step", args=[application.pk, "review"]),
        reverse("awards_application_file", args=[application.pk, attachment.pk]),
    ]


def subs():
    return list(SubCriterion.objects.order_by("pk"))


def full_sheet(percent="55"):
    data = {}
    for sub in subs():
        data[f"percent_{sub.pk}"] = percent
        data[f"strengths_{sub.pk}"] = "Démarche déployée"
        data[f"improvements_{sub.pk}"] = "Mesurer les résultats"
    return data


# ---------------------------------------------------------------------------------------------
# Who may open what


def test_the_assigned_judge_opens_the_sheet_the_application_and_its_files(
    client, amina, atlas, fake_pdf
):
    attachment = attach(atlas)
    client.force_login(amina.user)
    for url in paths_of(amina, atlas, attachment):
        assert client.get(url).status_code == 200, url
    response = client.get(reverse("awards_application_pdf", args=[atlas.pk]))
    assert response.status_code == 200
    assert (
        response["Cache-Control"] == "no-store, private" or "no-store" in response["Cache-Control"]
    )


def test_anonymous_visitors_are_sent_to_sign_in(client, amina, atlas):
    attachment = attach(atlas)
    for url in paths_of(amina, atlas, attachment):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_another_judge_or_member_gets_404_everywhere(client, amina, atlas, fake_pdf):
    attachment = attach(atlas)
    urls = paths_of(amina, atlas, attachment) + [reverse("awards_application_pdf", args=[atlas.pk])]
    for user in (make_judge().user, UserFactory()):
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code == 404, url


def test_a_conflicted_judge_gets_404_everywhere_even_if_still_assigned(
    client, amina, atlas, souss, fake_pdf
):
    attachment = attach(atlas)
    urls = paths_of(amina, atlas, attachment) + [reverse("awards_application_pdf", args=[atlas.pk])]
    # Recorded by the secretariat straight in the table: no withdrawal, the rule still holds.
    Conflict.objects.create(judge=amina, application=atlas, kind="family", source="secretariat")
    client.force_login(amina.user)
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert client.get(sheet_url(amina, souss)).status_code == 200


def test_a_judge_without_a_second_factor_is_sent_to_set_one_up(client, atlas):
    judge = make_judge()
    judge.user.authenticator_set.all().delete()
    Assignment.objects.create(application=atlas, judge=judge)
    client.force_login(judge.user)
    response = client.get(reverse("awards_judging"))
    assert response.status_code == 302
    assert reverse("mfa_activate_totp") in response["Location"]


# ---------------------------------------------------------------------------------------------
# Declaration and conflicts


def test_until_her_declaration_is_signed_she_cannot_score(client, atlas):
    judge = make_judge()
    Assignment.objects.create(application=atlas, judge=judge)
    client.force_login(judge.user)
    url = sheet_url(judge, atlas)
    response = client.post(url, full_sheet())
    assert response.status_code == 302
    assert response["Location"] == reverse("awards_judging")
    assert not Score.objects.exists()

    home = reverse("awards_judging")
    response = client.post(home, {"statement": ""})
    assert response.status_code == 400
    assert "Champ requis." in response.content.decode()
    assert not ConflictDeclaration.objects.exists()

    response = client.post(home, {"statement": "Aucun intérêt", "confirm": "on"})
    assert response.status_code == 302
    declaration = ConflictDeclaration.objects.get()
    assert declaration.year == judging.declaration_year()
    assert AuditEvent.objects.filter(action=judging.DECLARATION_SIGNED).count() == 1
    assert client.get(url).status_code == 200


def test_the_declaration_form_speaks_arabic(client, atlas):
    judge = make_judge()
    client.force_login(judge.user)
    response = client.post("/ar/prizes/judging/", {"statement": ""})
    assert response.status_code == 400
    assert "هذا الحقل مطلوب" in response.content.decode()


def test_declaring_a_conflict_withdraws_her_and_is_audited(client, amina, atlas, souss):
    client.force_login(amina.user)
    assignment = Assignment.objects.get(judge=amina, application=atlas)
    url = reverse("awards_judging_conflict", args=[assignment.pk])
    response = client.post(url, {"kind": "bribery"})
    assert response.status_code == 400
    assert not Conflict.objects.exists()

    response = client.post(url, {"kind": "supplier", "note": "Fournisseur en 2024"})
    assert response.status_code == 302
    conflict = Conflict.objects.get()
    assert (conflict.kind, conflict.source, conflict.recorded_by) == (
        "supplier",
        "judge",
        amina.user,
    )
    assignment.refresh_from_db()
    assert assignment.withdrawn_at is not None
    assert AuditEvent.objects.filter(action=judging.CONFLICT_RECORDED).count() == 1
    assert AuditEvent.objects.filter(action=judging.ASSIGNMENT_WITHDRAWN).count() == 1
    page = client.get(reverse("awards_judging")).content.decode()
    assert sheet_url(amina, souss) in page
    assert reverse("awards_judging_sheet", args=[assignment.pk]) not in page


def test_the_assignment_list_does_not_grow_in_queries(
    client, edition, django_assert_max_num_queries
):
    judge = make_judge()
    ConflictDeclaration.objects.create(judge=judge, year=judging.declaration_year(), statement="-")
    client.force_login(judge.user)

    assign_more(edition, judge, 2)
    with django_assert_max_num_queries(30) as two:
        assert client.get(reverse("awards_judging")).status_code == 200
    assign_more(edition, judge, 18)
    with django_assert_max_num_queries(len(two.captured_queries)):
        response = client.get(reverse("awards_judging"))
    assert response.content.decode().count("/prizes/judging/assignments/") >= 20 * 2


# ---------------------------------------------------------------------------------------------
# Score sheet


def test_she_saves_a_partial_draft_then_submits_a_complete_sheet(client, amina, atlas):
    client.force_login(amina.user)
    url = sheet_url(amina, atlas)
    first, second = subs()
    response = client.post(
        url, {f"percent_{first.pk}": "55", f"strengths_{first.pk}": "Démarche claire", "draft": ""}
    )
    assert response.status_code == 302
    sheet = ScoreSheet.objects.get()
    assert sheet.status == SheetStatus.DRAFT
    assert list(sheet.scores.values_list("percent", flat=True)) == [55]

    # Incomplete: saved, not submitted; the missing sub-criterion is named.
    response = client.post(
        url, {f"percent_{first.pk}": "60", f"strengths_{first.pk}": "Démarche claire", "submit": ""}
    )
    assert response.status_code == 400
    assert "Choisissez une tranche." in response.content.decode()
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.DRAFT
    assert sheet.scores.get(subcriterion=first).percent == 60

    response = client.post(url, {**full_sheet("70"), "submit": ""})
    assert response.status_code == 302
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.SUBMITTED
    assert sheet.submitted_at is not None
    events = AuditEvent.objects.filter(action=judging.SCORES_SAVED).order_by("pk")
    assert events.count() == 3
    assert events.last().before[first.code]["percent"] == 60
    assert events.last().after[first.code]["percent"] == 70
    assert AuditEvent.objects.filter(action=judging.SHEET_SUBMITTED).count() == 1


@pytest.mark.parametrize("percent", ["7", "105", "-5", "abc"])
def test_a_score_outside_the_bands_is_refused_and_nothing_is_written(client, amina, atlas, percent):
    client.force_login(amina.user)
    first = subs()[0]
    response = client.post(
        sheet_url(amina, atlas),
        {f"percent_{first.pk}": percent, f"strengths_{first.pk}": "Texte", "draft": ""},
    )
    assert response.status_code == 400
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not Score.objects.exists()


def test_a_submitted_sheet_is_read_only_until_the_secretariat_reopens_it(client, amina, atlas):
    client.force_login(amina.user)
    url = sheet_url(amina, atlas)
    client.post(url, {**full_sheet("70"), "submit": ""})
    response = client.post(url, {**full_sheet("20"), "draft": ""})
    assert response.status_code == 302
    assert set(Score.objects.values_list("percent", flat=True)) == {70}
    page = client.get(url).content.decode()
    assert "Enregistrer le brouillon" not in page

    sheet = ScoreSheet.objects.get()
    judging.reopen_sheet(sheet, request_by(with_totp(UserFactory())))
    assert AuditEvent.objects.filter(action=judging.SHEET_REOPENED).count() == 1
    client.post(url, {**full_sheet("20"), "draft": ""})
    assert set(Score.objects.values_list("percent", flat=True)) == {20}


def test_blind_rule_she_sees_the_others_scores_only_after_submitting(client, amina, bilal, atlas):
    client.force_login(bilal.user)
    client.post(sheet_url(bilal, atlas), {**full_sheet("85"), "submit": ""})
    assert ScoreSheet.objects.get(assignment__judge=bilal).is_submitted

    client.force_login(amina.user)
    url = sheet_url(amina, atlas)
    page = client.get(url).content.decode()
    assert "85 %" not in page.replace("85 %</option>", "")
    assert str(bilal) not in page
    client.post(url, {**full_sheet("40"), "submit": ""})
    page = client.get(url).content.decode()
    assert str(bilal) in page
    assert "85 %" in page


def test_the_sheet_shows_the_bands_guidance_in_the_reader_language(client, amina, atlas):
    client.force_login(amina.user)
    url = sheet_url(amina, atlas)
    assert "Preuves claires" in client.get(url).content.decode()
    arabic = client.get("/ar" + url[3:]).content.decode()
    assert "أدلة واضحة" in arabic
    assert 'dir="rtl"' in arabic
