"""A company applies for the Prix National de la Qualité, in French and in Arabic: she opens
the edition's call, starts her application, fills two steps and saves the draft, closes the
browser, comes back in a new one, finds her draft, answers the self-assessment (the autosave
keeps what she types when she leaves the page), attaches a PDF, submits, gets the reference
number on screen and by email with a PDF copy; after the deadline she can read her
application but no longer change it.

Runs on the tests' small edition (tests/awards/conftest.py), committed for the live server.
"""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from awards.models import Application, PrizeEditionPage

from ..awards.conftest import PDF, Prizes, days_from_now
from .accounts import sign_in, sign_up

pytestmark = pytest.mark.browser

PASSWORD = "Qualite-Maroc-2035!"


@pytest.fixture
def edition(transactional_db, django_db_serialized_rollback, tree):
    prizes = Prizes(tree)
    edition = prizes.edition(opens_in=-5)
    prizes.referentiel(edition, criteria=((1000, (600, 400)),))
    return edition


def new_context(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 800}, locale="fr-FR"
    )
    context.set_default_timeout(15_000)
    return context


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_company_applies_comes_back_submits_and_cannot_change_after_the_deadline(
    edition, browser, live_server, page, screenshot, language
):
    email = f"qualite.{language}@atlas-composants.example.ma"
    edition_page = edition if language == "fr" else edition.arabic
    direction = "rtl" if language == "ar" else "ltr"

    sign_up(page, language, email, PASSWORD)
    sign_in(page, language, email, PASSWORD, next_path=edition_page.url)
    expect(page.locator("html")).to_have_attribute("dir", direction)
    page.locator("form[action*='/prizes/applications/start/'] button").click()

    # Step 1: organisation and contact, then on to step 2.
    expect(page).to_have_url(
        re.compile(rf"/{language}/prizes/applications/[0-9a-f-]+/organisation/$")
    )
    page.locator("input[name=applicant_type][value=organisation]").check()
    page.locator("input[name=organisation_name]").fill("Atlas Composants")
    page.locator("input[name=ice]").fill("001234567000089")
    page.locator("select[name=region]").select_option(index=1)
    page.locator("input[name=contact_name]").fill("Nadia Alaoui")
    screenshot(page, f"application-organisation-{language}")
    page.locator("button[name=next]").click()

    # Step 2: category and eligibility; saved as a draft.
    expect(page).to_have_url(re.compile(r"/eligibility/$"))
    page.locator("select[name=category]").select_option("large")
    page.locator("input[name=years_of_activity]").fill("12")
    page.locator("input[name=registered_in_morocco]").check()
    page.locator("input[name=not_recent_laureate]").check()
    page.locator("input[name=accepts_rules]").check()
    page.locator("button[name=draft]").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    application = Application.objects.get(applicant__email=email)
    assert application.category == "large" and application.ice == "001234567000089"

    # She closes the browser; days later, in a new one, her draft is there.
    page.context.close()
    context = new_context(browser, live_server)
    page = context.new_page()
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    sign_in(page, language, email, PASSWORD, next_path=f"/{language}/prizes/applications/")
    screenshot(page, f"application-dashboard-draft-{language}")
    page.locator("main a.button[href$='/organisation/']").click()
    expect(page.locator("input[name=organisation_name]")).to_have_value("Atlas Composants")
    expect(page.locator("nav.steps progress")).to_have_attribute("value", "1")

    # Step 3, the self-assessment: what she types is autosaved when she leaves the page.
    page.locator("nav.steps a[href$='/criterion-1/']").click()
    textareas = page.locator("textarea")
    expect(textareas).to_have_count(2)
    textareas.nth(0).fill("Revues de direction trimestrielles et indicateurs partagés.")
    expect(page.locator("form[data-autosave=ready]")).to_be_visible()
    with page.expect_response(re.compile(r"/criterion-1/autosave/$")) as autosaved:
        page.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    assert autosaved.value.status == 200
    page.reload()
    expect(textareas.nth(0)).to_have_value(
        "Revues de direction trimestrielles et indicateurs partagés."
    )
    textareas.nth(1).fill("Enquêtes de satisfaction clients deux fois par an.")
    selects = page.locator("select[name^=score_]")
    selects.nth(0).select_option("60")
    selects.nth(1).select_option("55")
    screenshot(page, f"application-criterion-{language}")
    page.locator("button[name=next]").click()

    # Step 4: a PDF attached for the document required.
    expect(page).to_have_url(re.compile(r"/attachments/$"))
    page.locator("input[name=file]").set_input_files(
        {"name": "dossier-candidature.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.locator("main form[enctype='multipart/form-data'] button[type=submit]").click()
    expect(page.locator("ul.attachments li")).to_have_count(1)
    page.locator("main a.button[href$='/review/']").click()

    # Step 5: review and submit; the reference number on screen and in her email.
    expect(page.locator("section.problems")).to_have_count(0)
    screenshot(page, f"application-review-{language}")
    page.locator("form[action$='/submit/'] button").click()
    application.refresh_from_db()
    reference = application.reference
    assert re.fullmatch(rf"PNQ-{edition.year}-\d{{4}}", reference)
    expect(page.locator("ul.messages li.success")).to_contain_text(reference)
    screenshot(page, f"application-submitted-{language}")
    (message,) = [m for m in mail.outbox if reference in m.subject]
    assert email in message.to
    assert message.attachments[0][0] == f"{reference}.pdf"
    assert message.attachments[0][1].startswith(b"%PDF-")

    # After the deadline: she reads it, and nothing can be changed.
    PrizeEditionPage.objects.filter(translation_key=edition.translation_key).update(
        closes_at=days_from_now(-1)
    )
    page.goto(f"/{language}/prizes/applications/{application.pk}/organisation/")
    expect(page).to_have_url(re.compile(r"/review/$"))
    expect(page.locator("main")).to_contain_text("Atlas Composants")
    expect(page.locator("form[action$='/submit/']")).to_have_count(0)
    expect(page.locator("main button[name=next]")).to_have_count(0)
    screenshot(page, f"application-after-deadline-{language}")
    assert failed == []
    context.close()


def test_what_she_types_after_her_session_ended_comes_back_after_signing_in(
    edition, live_server, page, language="fr"
):
    email = "qualite.session@atlas-composants.example.ma"
    sign_up(page, language, email, PASSWORD)
    sign_in(page, language, email, PASSWORD, next_path=edition.url)
    page.locator("form[action*='/prizes/applications/start/'] button").click()
    expect(page.locator("form[data-autosave=ready]")).to_be_visible()

    # Her session ends while the step is open; she goes on typing.
    page.context.clear_cookies(name="sessionid")
    page.locator("input[name=organisation_name]").fill("Atlas Composants")
    # The next autosave (every 20 seconds) is refused: a copy stays in the browser.
    with page.expect_response(re.compile(r"/organisation/autosave/$"), timeout=45_000) as refused:
        pass
    assert refused.value.status == 401
    expect(page.locator("#autosave-status")).not_to_be_empty()
    application = Application.objects.get(applicant__email=email)
    assert application.organisation_name == ""

    # She signs in again: the step gets back what she typed, and saves it.
    sign_in(page, language, email, PASSWORD, next_path=f"/{language}/prizes/applications/")
    with page.expect_response(re.compile(r"/organisation/autosave/$")) as saved:
        page.goto(f"/{language}/prizes/applications/{application.pk}/organisation/")
    assert saved.value.status == 200
    expect(page.locator("input[name=organisation_name]")).to_have_value("Atlas Composants")
    application.refresh_from_db()
    assert application.organisation_name == "Atlas Composants"
