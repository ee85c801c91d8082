"""From the consensus to the feedback report, in French and in Arabic: the team leader (password
and authenticator code, as every judge) opens the consensus of an application her team has
scored, is asked to justify a score far from the judges' mean, justifies it and marks the
consensus agreed; the secretariat (password and authenticator code) ranks, cannot publish
before every decision, records the decisions and publishes; the results appear on the edition
page; the applicant downloads her feedback report in her language from her dashboard.

Runs on the tests' small edition (tests/awards/conftest.py), committed for the live server.
"""

import io
import re

import pypdf
import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from playwright.sync_api import expect

from django.contrib.auth.models import Group

from awards.groups import SECRETARIAT, ensure_secretariat_group
from awards.models import Application, ConsensusStatus, JuryDecision

from ..awards.conftest import Prizes
from ..awards.results_helpers import agree, make_application, make_judge, score
from ..factories import UserFactory
from .accounts import sign_in, sign_in_with_code

pytestmark = pytest.mark.browser

PASSWORD = "Qualite-Maroc-2035!"


@pytest.fixture
def judged(transactional_db, django_db_serialized_rollback, tree):
    prizes = Prizes(tree)
    edition = prizes.edition(opens_in=-5)
    prizes.referentiel(edition, criteria=((1000, (600, 400)),))
    return prizes, edition


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_consensus_ranking_publication_and_feedback_report(
    judged, browser, live_server, page, screenshot, language
):
    prizes, edition = judged
    direction = "rtl" if language == "ar" else "ltr"
    atlas = make_application(edition, name="Atlas Composants", language=language)
    with_password(atlas.applicant)
    leader = make_judge("Amina", "Berrada")
    with_password(leader.user)
    # A known authenticator secret, so that the test can type her code.
    leader.user.authenticator_set.all().delete()
    leader_secret = generate_totp_secret()
    TOTP.activate(leader.user, leader_secret)
    # 1a: 40, 60, 80 (mean 60); 1b: 50, 55, 60 (mean 55).
    score(atlas, leader, [40, 50], leader=True, strengths="Revue de direction régulière")
    score(atlas, make_judge("Karim", "Tazi"), [60, 55], afi="Mesurer la satisfaction client")
    score(atlas, make_judge("Salma", "Ouazzani"), [80, 60])
    rival = make_application(edition, name="Menara Logistique")
    agree(rival, [50, 50])
    ensure_secretariat_group()
    secretariat = with_password(UserFactory(email=f"secretariat.{language}@jawda.ma"))
    secretariat.groups.add(Group.objects.get(name=SECRETARIAT))
    secret = generate_totp_secret()
    TOTP.activate(secretariat, secret)

    # The team leader: her list, the application, the consensus.
    consensus_list = f"/{language}/prizes/judging/consensus/"
    page.goto(f"/{language}/accounts/login/?next={consensus_list}")
    sign_in_with_code(
        page, leader.user.email, PASSWORD, leader_secret, re.escape(consensus_list) + "$"
    )
    expect(page.locator("html")).to_have_attribute("dir", direction)
    page.get_by_role("link", name=atlas.reference).click()
    page.locator("button[name=open]").click()
    consensus = Application.objects.get(pk=atlas.pk).consensus
    first, second = consensus.scores.order_by("subcriterion__sort_order", "subcriterion_id")
    page.locator(f"select[name=percent_{first.subcriterion_id}]").select_option("80")
    page.locator(f"textarea[name=comment_{first.subcriterion_id}]").fill(
        "Démarche déployée dans toutes les unités"
    )
    page.locator("button[name=agree]").click()
    error = page.locator(f"#id_justification_{first.subcriterion_id}_error")
    expect(error).to_be_visible()
    # What she typed is still there.
    expect(page.locator(f"textarea[name=comment_{first.subcriterion_id}]")).to_have_value(
        "Démarche déployée dans toutes les unités"
    )
    screenshot(page, f"results-consensus-justification-{language}")
    page.locator(f"textarea[name=justification_{first.subcriterion_id}]").fill(
        "Les preuves de déploiement ont convaincu l'équipe"
    )
    page.locator("button[name=agree]").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    consensus.refresh_from_db()
    assert consensus.status == ConsensusStatus.AGREED
    screenshot(page, f"results-consensus-agreed-{language}")
    page.context.clear_cookies()

    # The secretariat ranks, is refused publication, decides, publishes.
    ranking = f"/{language}/prizes/secretariat/editions/{edition.pk}/ranking/"
    page.goto(f"/{language}/accounts/login/?next={ranking}")
    sign_in_with_code(page, secretariat.email, PASSWORD, secret, re.escape(ranking) + "$")
    rows = page.locator("table.ranking tbody tr")
    expect(rows.first).to_contain_text(atlas.reference)  # 600 × 80 % + 400 × 55 % = 700
    decision = page.locator(f"form[action*='{atlas.pk}/decision/']")
    decision.locator("select[name=outcome]").select_option("trophy")
    decision.locator("button[type=submit]").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    page.locator("form[action$='/publish/'] button").click()
    expect(page.locator("ul.messages li.error")).to_contain_text(rival.reference)
    decision = page.locator(f"form[action*='{rival.pk}/decision/']")
    decision.locator("select[name=outcome]").select_option("not_retained")
    decision.locator("button[type=submit]").click()
    screenshot(page, f"results-ranking-{language}")
    page.locator("form[action$='/publish/'] button").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    assert JuryDecision.objects.count() == 2
    page.context.clear_cookies()

    # The edition page shows the laureate, not the one not retained.
    page.goto(edition.url if language == "fr" else edition.arabic.url)
    results = page.locator("section.results")
    expect(results).to_contain_text("Atlas Composants")
    expect(results).not_to_contain_text("Menara")
    screenshot(page, f"results-edition-page-{language}")

    # The applicant downloads her feedback report from her dashboard.
    sign_in(
        page,
        language,
        atlas.applicant.email,
        PASSWORD,
        next_path=f"/{language}/prizes/applications/",
    )
    link = page.locator(f"a[href$='/prizes/applications/{atlas.pk}/feedback/']")
    screenshot(page, f"results-dashboard-{language}")
    with page.expect_download() as download:
        link.click()
    path = download.value.path()
    with open(path, "rb") as pdf:
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read())).pages)
    assert "Atlas Composants" in text
    assert "Revue de direction régulière" in text and "Mesurer la satisfaction client" in text
    assert "Berrada" not in text and "Tazi" not in text
    if language == "ar":
        assert "تقرير التقييم" in text and "نقاط القوة" in text
    else:
        assert "Rapport d'évaluation" in text and "Points forts" in text
