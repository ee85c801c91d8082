from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command

from awards.groups import SECRETARIAT
from awards.models import Criterion, PrizeEditionPage, PrizePage, Referentiel, SubCriterion
from jawda.models import NavigationMenu, User

from ..factories import with_totp


def counts():
    return (
        PrizePage.objects.count(),
        PrizeEditionPage.objects.count(),
        Referentiel.objects.count(),
        Criterion.objects.count(),
        SubCriterion.objects.count(),
    )


def test_prizes_demo_is_complete_and_idempotent(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True
    call_command("seed_demo", stdout=StringIO())
    first = counts()
    call_command("seed_demo", stdout=StringIO())

    assert counts() == first
    # Six prizes and two PNQ editions (2025, 2026), each in fr and ar.
    assert first == (12, 4, 2, 18, 42)
    referentiel = Referentiel.objects.get(edition__slug="pnq-2026")
    assert referentiel.problems() == []
    assert referentiel.total_points == 1000
    assert referentiel.is_frozen  # the PNQ 2026 call is open
    assert "illustrativ" in referentiel.notes_fr
    edition = referentiel.edition
    assert edition.call_status == "open"
    # The prizes index took the place of the standard page about the PNQ in both menus.
    for menu in NavigationMenu.objects.all():
        pages = [block.value["page"] for block in menu.links]
        slugs = [page.slug for page in pages if page]
        assert "prix" in slugs
        assert "prix-national-qualite" not in slugs
    assert (
        Group.objects.get(name=SECRETARIAT).user_set.filter(email="secretariat@jawda.ma").exists()
    )
    for language in ("fr", "ar"):
        page = PrizeEditionPage.objects.get(locale__language_code=language, slug="pnq-2026")
        response = client.get(page.url)
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()


def test_the_demo_applications_are_at_different_statuses(client, db, settings):
    from awards.demo import APPLICANT_PASSWORD, APPLICANTS
    from awards.models import Application

    settings.JAWDA_ALLOW_DEMO = True
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())
    applications = {
        a.organisation_name: a for a in Application.objects.filter(edition__slug="pnq-2026")
    }
    assert len(applications) == 3
    assert applications["Atlas Composants"].status == "in_review"  # judges are scoring it
    assert applications["Atlas Composants"].reference == "PNQ-2026-0001"
    assert applications["Menara Logistique"].status == "ineligible"
    assert applications["Menara Logistique"].status_reason
    assert applications["Riad Textile"].status == "draft"
    assert applications["Riad Textile"].is_editable
    assert [e.status for e in applications["Menara Logistique"].events.all()] == [
        "draft",
        "submitted",
        "ineligible",
    ]
    # Seeded once: the second run adds no message.
    assert [m.side for m in applications["Menara Logistique"].messages.all()] == [
        "secretariat",
        "applicant",
    ]
    assert APPLICANTS[0]["email"] in out.getvalue() and APPLICANT_PASSWORD in out.getvalue()
    assert client.login(email=APPLICANTS[0]["email"], password=APPLICANT_PASSWORD)
    assert "PNQ-2026-0001" in client.get("/fr/prizes/applications/").text
    # Judging: judges are printed; PNQ 2026 in independent review without the judge who
    # declared a conflict; PNQ 2025 judged, published, its laureate's feedback downloadable.
    from awards.demo import JUDGE_PASSWORD, JUDGES, PAST_APPLICANT
    from awards.models import JuryDecision, ScoreSheet

    assert JUDGES[0]["email"] in out.getvalue() and JUDGE_PASSWORD in out.getvalue()
    atlas = applications["Atlas Composants"]
    team = {a.judge.user.email for a in atlas.assignments.all()}
    assert len(team) == 3 and JUDGES[1]["email"] not in team
    assert atlas.conflicts.filter(judge__user__email=JUDGES[1]["email"]).exists()
    assert set(
        ScoreSheet.objects.filter(assignment__application=atlas).values_list("status", flat=True)
    ) == {"draft"}
    past = PrizeEditionPage.objects.get(slug="pnq-2025", locale__language_code="fr")
    assert past.results_published_at is not None
    assert JuryDecision.objects.filter(application__edition=past).count() == 5
    for application in Application.objects.filter(edition=past):
        conflicted = set(application.conflicts.values_list("judge_id", flat=True))
        assert conflicted.isdisjoint(application.assignments.values_list("judge_id", flat=True))
    assert "Oasis Eaux Minérales" in client.get(past.url).text
    client.logout()
    assert client.login(email=PAST_APPLICANT["email"], password=APPLICANT_PASSWORD)
    oasis = Application.objects.get(applicant__email=PAST_APPLICANT["email"])
    response = client.get(f"/fr/prizes/applications/{oasis.pk}/feedback/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert client.login(email=JUDGES[0]["email"], password=JUDGE_PASSWORD)
    # Her group requires two-factor authentication: she sets it up before judging.
    response = client.get("/fr/prizes/judging/consensus/")
    assert response.status_code == 302 and "/accounts/2fa/totp/activate/" in response["Location"]
    with_totp(User.objects.get(email=JUDGES[0]["email"]))
    assert "PNQ-2025-0001" in client.get("/fr/prizes/judging/consensus/").text
