"""A regional committee's editor and a UMAQ moderator, in the browser (issue 3, "Done when").

The editor of Casablanca-Settat (admin in Arabic) signs in with her password and her
authenticator code, edits her committee's Arabic page right-to-left, updates an action of the
roadmap and submits the page for moderation; the moderator signs in, approves and publishes;
the public Arabic page and the national summary on the committees index show the new %.

Roadmap actions are data, not page revisions: an action's % is public as soon as it is saved,
while the page's text waits for the moderator (docs/architecture.md, "Roles and moderation").
The test checks both halves.
"""

import re

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from playwright.sync_api import expect

from django.core import mail
from django.template.defaultfilters import floatformat
from django.utils import translation

from jawda.committees.models import CommitteeIndexPage, CommitteePage, RoadmapAction
from jawda.committees.stats import national_summary
from jawda.management.commands.seed_demo import REGIONAL_EDITOR_PASSWORD
from jawda.models import User

from .accounts import sign_in_with_code

pytestmark = pytest.mark.browser

EDITOR = "comite-casablanca-settat@jawda.ma"
MODERATOR = ("moderatrice@jawda.ma", "demo-moderatrice-2026")
NEW_SENTENCE = "عقدت اللجنة اجتماعها الثاني وصادقت على خارطة الطريق المحينة."
NEW_PERCENT = 95


def with_authenticator(email):
    """Give the demo account an authenticator app, as its owner would; returns the secret."""
    secret = generate_totp_secret()
    TOTP.activate(User.objects.get(email=email), secret)
    return secret


def sign_in(page, email, password, secret):
    """Through the site's sign-in page, as the admin sends her there, then the code step."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/admin/$"))
    sign_in_with_code(page, email, password, secret, r"/admin/$")


def percent_text(value):
    """A percentage as the public templates print it (`floatformat:"0"`, then " %")."""
    with translation.override("ar"):
        return f"{floatformat(value, '0')} %"


def test_regional_editor_updates_her_committee_and_the_moderator_publishes_it(
    demo_site, browser, live_server, screenshot
):
    arabic = CommitteePage.objects.get(region__code="casablanca-settat", locale__language_code="ar")
    index_ar = CommitteeIndexPage.objects.get(locale__language_code="ar")
    action = RoadmapAction.objects.for_page(arabic).get(percent=60)
    other_regions_actions = RoadmapAction.objects.exclude(
        page__translation_key=arabic.translation_key
    ).count()
    summary_before = national_summary()
    editor_secret = with_authenticator(EDITOR)
    moderator_secret = with_authenticator(MODERATOR[0])

    def new_tab():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 800}, locale="fr-FR"
        )
        context.set_default_timeout(15_000)
        return context, context.new_page()

    # 1. The regional editor, admin in Arabic, edits her committee's Arabic page right-to-left.
    editor_context, page = new_tab()
    sign_in(page, EDITOR, REGIONAL_EDITOR_PASSWORD, editor_secret)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.goto(f"/admin/pages/{arabic.id}/edit/")
    title = page.locator('input[name="title"]')
    expect(title).to_have_attribute("dir", "rtl")
    expect(title).to_have_attribute("lang", "ar")
    intro = page.locator('textarea[name="intro"]')
    expect(intro).to_have_attribute("dir", "rtl")
    expect(intro).to_have_attribute("lang", "ar")
    intro.fill(f"{intro.input_value()} {NEW_SENTENCE}")
    screenshot(page, "committee-journey-1-editor-edits-arabic-page")
    mail.outbox.clear()
    page.locator("footer.footer .w-dropdown__toggle").click()
    page.locator('footer.footer button[name="action-submit"]').click()
    expect(page.locator(".messages .success")).to_be_visible()
    arabic.refresh_from_db()
    assert arabic.current_workflow_state.status == "in_progress"
    assert NEW_SENTENCE not in arabic.intro  # not published: awaiting moderation
    assert any(MODERATOR[0] in message.to for message in mail.outbox)

    # 2. She updates an action of her committee's roadmap; she sees no other region's.
    page.goto("/admin/roadmaps/")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(RoadmapAction.objects.for_page(arabic).count())
    page.get_by_role("link", name=action.title_fr).click()
    expect(page).to_have_url(re.compile(rf"/admin/roadmaps/edit/{action.pk}/$"))
    expect(page.locator('input[name="title_ar"]')).to_have_attribute("dir", "rtl")
    expect(page.locator('input[name="title_fr"]')).to_have_attribute("dir", "ltr")
    percent = page.locator('input[name="percent"]')
    percent.fill(str(NEW_PERCENT))
    # Above the sticky footer, so that the screenshot shows the new figure.
    percent.evaluate("field => field.scrollIntoView({block: 'center'})")
    screenshot(page, "committee-journey-2-editor-updates-action")
    page.locator("footer.footer button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/roadmaps/$"))
    expect(page.locator(".messages .success")).to_be_visible()
    action.refresh_from_db()
    assert action.percent == NEW_PERCENT
    assert RoadmapAction.objects.count() - RoadmapAction.objects.for_page(arabic).count() == (
        other_regions_actions
    )
    screenshot(page, "committee-journey-3-roadmap-listing")

    # The action is data: public at once, while the page's new text awaits the moderator.
    overall = percent_text(arabic.roadmap_context()["overall_percent"])
    page.goto(arabic.url)
    expect(page.locator(".roadmap-overall .percent")).to_have_text(overall)
    expect(page.locator("p.lead")).not_to_contain_text(NEW_SENTENCE)
    editor_context.close()

    # 3. The moderator finds the page awaiting her review, approves and publishes it.
    moderator_context, page = new_tab()
    sign_in(page, *MODERATOR, moderator_secret)
    expect(page.get_by_role("link", name=arabic.title).first).to_be_visible()
    screenshot(page, "committee-journey-4-moderator-dashboard")
    page.goto(f"/admin/pages/{arabic.id}/edit/")
    mail.outbox.clear()
    page.locator("footer.footer .w-dropdown__toggle").click()
    page.locator(
        'footer.footer button[data-workflow-action-name="approve"]'
        ":not([data-workflow-action-modal-url])"
    ).click()
    expect(page.locator(".messages .success")).to_be_visible()
    arabic = CommitteePage.objects.get(pk=arabic.pk)
    assert arabic.current_workflow_state is None
    assert NEW_SENTENCE in arabic.intro and not arabic.has_unpublished_changes
    assert any(EDITOR in message.to for message in mail.outbox)
    moderator_context.close()

    # 4. The public Arabic page and the national summary show the new figures.
    visitor_context, page = new_tab()
    page.goto(arabic.url)
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("p.lead")).to_contain_text(NEW_SENTENCE)
    expect(page.locator(".roadmap-overall .percent")).to_have_text(overall)
    row = page.locator("table.roadmap-table tbody tr").filter(has_text=action.title_ar)
    expect(row.locator(".percent")).to_have_text(percent_text(NEW_PERCENT))
    screenshot(page, "committee-journey-5-public-arabic-page")

    summary = national_summary()
    average = percent_text(summary.average_percent)
    assert average != percent_text(summary_before.average_percent)
    page.goto(index_ar.url)
    expect(page.locator(".national-summary .indicators div").nth(2).locator("dd")).to_have_text(
        average
    )
    region_row = page.locator("table.committees-table tbody tr").filter(
        has_text=arabic.region.name_ar
    )
    expect(region_row.locator(".percent")).to_have_text(overall)
    screenshot(page, "committee-journey-6-national-summary")
    visitor_context.close()
