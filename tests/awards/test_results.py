"""Ranking, shortlist and site visit, jury decisions, publication, the public results, the
club des lauréats, the feedback report and the results API."""

import io

import pypdf
import pytest

from django.urls import reverse

from awards import results
from awards.models import (
    Application,
    ApplicationStatus,
    JuryDecision,
    PrizeEditionPage,
    SiteVisit,
)
from jawda.security.models import AuditEvent

from ..factories import UserFactory
from .results_helpers import agree, make_application, make_judge, score, subcriteria

# The edition fixture's référentiel: 1a = 400 points, 1b = 200 points.


@pytest.fixture
def judged(edition):
    """Three large enterprises and one SME with an agreed consensus; judges' remarks on A."""
    atlas = make_application(edition, name="Atlas Composants")
    score(
        atlas,
        make_judge("Yasmine", "Bennani"),
        [70, 60],
        leader=True,
        strengths="Leadership visible",
        afi="Mesurer la satisfaction",
    )
    score(
        atlas,
        make_judge("Karim", "Tazi"),
        [80, 60],
        strengths="leadership visible",
        afi="Benchmark externe",
    )
    agree(atlas, [75, 60])  # 300 + 120 = 420
    menara = make_application(edition, name="Menara Logistique")
    agree(menara, [50, 50])  # 200 + 100 = 300
    riad = make_application(edition, name="Riad Textile")
    agree(riad, [60, 40])  # 240 + 80 = 320
    souss = make_application(edition, category="sme", name="Souss Agro")
    agree(souss, [40, 40])  # 160 + 80 = 240
    return {"atlas": atlas, "menara": menara, "riad": riad, "souss": souss}


def ranking_url(edition):
    return reverse("awards_ranking", args=[edition.pk])


def decide(client, edition, application, outcome, notes=""):
    return client.post(
        reverse("awards_jury_decision", args=[edition.pk, application.pk]),
        {"outcome": outcome, "notes": notes},
    )


def decide_all(client, edition, judged):
    for key, outcome in (
        ("atlas", "trophy"),
        ("riad", "recognition"),
        ("menara", "not_retained"),
        ("souss", "encouragement"),
    ):
        assert decide(client, edition, judged[key], outcome).status_code == 302


def publish(client, edition):
    return client.post(reverse("awards_publish_results", args=[edition.pk]), follow=True)


def test_the_ranking_is_for_the_secretariat_only(client, edition, judged, user, secretariat):
    assert client.get(ranking_url(edition)).status_code == 302
    client.force_login(user)
    assert client.get(ranking_url(edition)).status_code == 404
    assert decide(client, edition, judged["atlas"], "trophy").status_code == 404
    assert publish(client, edition).status_code == 404
    assert not JuryDecision.objects.exists()
    client.force_login(secretariat)
    assert client.get(ranking_url(edition)).status_code == 200


def test_ranks_per_category_by_final_score(edition, judged):
    ranking = results.ranking(edition)
    assert [code for code, _label, _rows in ranking] == ["large", "sme"]
    large = ranking[0][2]
    assert [(r.application.organisation_name, r.final, r.rank) for r in large] == [
        ("Atlas Composants", 420, 1),
        ("Riad Textile", 320, 2),
        ("Menara Logistique", 300, 3),
    ]


def test_a_site_visit_adjusts_the_final_score(client, edition, judged, secretariat):
    client.force_login(secretariat)
    menara = judged["menara"]
    response = client.post(reverse("awards_shortlist", args=[edition.pk, menara.pk]))
    assert response.status_code == 302
    visit = SiteVisit.objects.get(application=menara)
    assert "1a. Sous-critère 1a: Démarche structurée" in visit.issues_to_verify
    menara.refresh_from_db()
    assert menara.status == ApplicationStatus.SHORTLISTED
    sub_a, sub_b = subcriteria(menara)
    judge = make_judge("Omar")
    url = reverse("awards_site_visit", args=[edition.pk, menara.pk])
    data = {
        "date": "2026-03-10",
        "team": [judge.pk],
        "issues_to_verify": visit.issues_to_verify,
        "findings": "Déploiement confirmé sur les trois sites",
        f"percent_{sub_a.pk}": "70",
        f"percent_{sub_b.pk}": "50",
    }
    assert client.post(url, {**data, f"percent_{sub_a.pk}": "72"}).status_code == 400
    visit.refresh_from_db()
    assert visit.findings == ""
    assert client.post(url, data).status_code == 302
    visit.refresh_from_db()
    assert visit.adjusted_total == 380  # 280 + 100
    assert list(visit.team.all()) == [judge]
    large = results.ranking(edition)[0][2]
    assert [r.application.organisation_name for r in large][:2] == [
        "Atlas Composants",
        "Menara Logistique",
    ]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {results.SHORTLISTED, results.SITE_VISIT_SAVED} <= actions


def test_publishing_waits_for_every_decision(client, edition, judged, secretariat):
    client.force_login(secretariat)
    decide(client, edition, judged["atlas"], "trophy")
    response = publish(client, edition)
    assert "Les résultats ne peuvent pas être publiés" in response.text
    assert judged["menara"].reference in response.text
    edition.refresh_from_db()
    assert edition.results_published_at is None
    decide_all(client, edition, judged)
    decide(client, edition, judged["atlas"], "trophy", "Unanime")
    response = publish(client, edition)
    assert "Les résultats sont publiés." in response.text
    edition.refresh_from_db()
    assert edition.results_published_at is not None
    arabic = PrizeEditionPage.objects.get(
        translation_key=edition.translation_key, locale__language_code="ar"
    )
    assert arabic.results_published_at == edition.results_published_at
    statuses = dict(Application.objects.values_list("organisation_name", "status"))
    assert statuses["Atlas Composants"] == ApplicationStatus.LAUREATE
    assert statuses["Riad Textile"] == ApplicationStatus.RECOGNISED
    assert statuses["Menara Logistique"] == ApplicationStatus.NOT_RETAINED
    decision = JuryDecision.objects.get(application=judged["atlas"])
    assert (decision.rank, decision.notes) == (1, "Unanime")
    # Once published, decisions no longer change.
    response = client.post(
        reverse("awards_jury_decision", args=[edition.pk, judged["atlas"].pk]),
        {"outcome": "not_retained"},
        follow=True,
    )
    assert "ils ne peuvent plus être modifiés" in response.text
    decision.refresh_from_db()
    assert decision.outcome == "trophy"
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions.count(results.JURY_DECISION_RECORDED) == 6
    assert actions.count(results.RESULTS_PUBLISHED) == 1


def test_a_decision_needs_a_valid_outcome(client, edition, judged, secretariat):
    client.force_login(secretariat)
    response = client.post(
        reverse("awards_jury_decision", args=[edition.pk, judged["atlas"].pk]),
        {"outcome": "gold"},
        follow=True,
    )
    assert "une des décisions." in response.text
    assert not JuryDecision.objects.exists()


def test_results_show_on_the_edition_page_only_once_published(client, edition, judged, secretariat):
    french, arabic = edition.url, edition.arabic.url
    assert "Atlas Composants" not in client.get(french).text
    client.force_login(secretariat)
    decide_all(client, edition, judged)
    client.logout()
    assert "Atlas Composants" not in client.get(french).text
    client.force_login(secretariat)
    publish(client, edition)
    client.logout()
    page = client.get(french).text
    assert "Résultats" in page
    assert "Atlas Composants" in page and "Trophée" in page
    assert "Menara Logistique" not in page  # not retained: not published
    assert "420" not in page  # no score
    page = client.get(arabic).text
    assert "النتائج" in page and "Atlas Composants" in page


def test_laureates_join_the_club(client, prizes, edition, judged, secretariat):
    client.force_login(secretariat)
    decide_all(client, edition, judged)
    assert "Riad Textile" not in client.get(prizes.index_fr.url).text
    publish(client, edition)
    client.logout()
    page = client.get(prizes.index_fr.url).text
    assert 'id="club-des-laureats"' in page
    assert "Riad Textile" in page and "Souss Agro" in page
    assert "Menara Logistique" not in page
    assert "نادي الفائزين" in client.get(prizes.index_ar.url).text


def test_the_ranking_query_count_does_not_grow(
    client, edition, secretariat, django_assert_max_num_queries
):
    def add(count):
        for number in range(count):
            application = make_application(edition, category="large" if number % 2 else "sme")
            for name in ("A", "B", "C"):
                score(application, make_judge(name), [50, 55])
            agree(application, [50, 55])

    add(2)
    client.force_login(secretariat)
    client.get(ranking_url(edition))
    with django_assert_max_num_queries(40) as few:
        client.get(ranking_url(edition))
    add(8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(ranking_url(edition)).status_code == 200


# ---------------------------------------------------------------------------------------------
# Feedback report


def feedback_url(application):
    return reverse("awards_application_feedback", args=[application.pk])


def pdf_text(response):
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def published(client, edition, judged, secretariat):
    client.force_login(secretariat)
    decide_all(client, edition, judged)
    publish(client, edition)
    client.logout()


def test_the_feedback_report_waits_for_publication(client, edition, judged):
    atlas = judged["atlas"]
    client.force_login(atlas.applicant)
    assert client.get(feedback_url(atlas)).status_code == 404
    assert "feedback" not in client.get(reverse("awards_applications")).text


def test_the_feedback_report_is_hers_and_the_secretariats(client, edition, judged, secretariat):
    published(client, edition, judged, secretariat)
    atlas = judged["atlas"]
    response = client.get(feedback_url(atlas))
    assert response.status_code == 302  # sign in first
    client.force_login(judged["menara"].applicant)
    assert client.get(feedback_url(atlas)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(feedback_url(atlas)).status_code == 404
    client.force_login(atlas.applicant)
    assert feedback_url(atlas) in client.get(reverse("awards_applications")).text
    response = client.get(feedback_url(atlas))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = pdf_text(response)
    assert "Leadership visible" in text and "Mesurer la satisfaction" in text
    # Two judges wrote it on both sub-criteria: once per sub-criterion.
    assert text.lower().count("leadership visible") == 2
    assert "Bennani" not in text and "Tazi" not in text and "Yasmine" not in text
    assert "420" in text and "346,67" in text  # her score, the category's average
    client.force_login(secretariat)
    assert client.get(feedback_url(atlas)).status_code == 200
    assert AuditEvent.objects.filter(action="application_viewed_by_staff").exists()


def test_the_feedback_report_is_in_her_language(client, edition, judged, secretariat):
    atlas = judged["atlas"]
    Application.objects.filter(pk=atlas.pk).update(language="ar")
    published(client, edition, judged, secretariat)
    client.force_login(atlas.applicant)
    text = pdf_text(client.get(feedback_url(atlas)))
    assert "تقرير" in text
    assert "نقاط القوة" in text
    assert "Feedback report" not in text


# ---------------------------------------------------------------------------------------------
# API


def api_url(edition, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"/api/prize-editions/{edition.pk}/results" + (f"?{query}" if query else "")


def test_the_results_api_waits_for_publication(client, edition, judged, secretariat):
    response = client.get(api_url(edition))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_published"
    assert client.get(api_url(edition, colour="red")).status_code == 400
    published(client, edition, judged, secretariat)
    body = client.get(api_url(edition)).json()
    large = body["categories"][0]
    assert large["category"]["code"] == "large"
    assert [
        (i["rank"], i["organisation"], i["distinction"]["code"]) for i in large["laureates"]
    ] == [
        (1, "Atlas Composants", "trophy"),
        (2, "Riad Textile", "recognition"),
    ]
    assert "Menara" not in str(body)
    assert "420" not in str(body) and "score" not in str(body)
    arabic = client.get(api_url(edition, lang="ar")).json()
    assert arabic["lang"] == "ar"
    assert arabic["categories"][0]["laureates"][0]["distinction"]["label"] == "كأس"


def test_the_secretariat_reaches_the_results_from_the_admin(client, edition, judged, secretariat):
    client.force_login(secretariat)
    assert "/admin/awards/results/" in client.get("/admin/").text
    response = client.get("/admin/awards/results/", follow=True)
    assert response.redirect_chain[-1][0] == "/fr/prizes/secretariat/results/"
    assert edition.title in response.text
