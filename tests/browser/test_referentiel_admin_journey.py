"""The prize secretariat edits a draft référentiel in the admin, in French and in Arabic (RTL).

She signs in with her password and her authenticator code, opens the draft référentiel of the
next PNQ edition, changes a sub-criterion's points and is told the sub-criteria no longer add
up, fixes it, then imports the sample file (docs/samples/) with its preview and confirms.
"""

import datetime
import re
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from playwright.sync_api import expect

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.models import Page
from wagtail.users.models import UserProfile

from awards.admin_views import SAMPLE
from awards.demo import SECRETARIAT_USER
from awards.models import PrizeEditionPage, PrizePage, Referentiel, SubCriterion
from awards.referentiels import copy_referentiel
from jawda.models import User

pytestmark = pytest.mark.browser


def draft_referentiel():
    """PNQ 2027, whose call opens next year, with a copy of PNQ 2026's référentiel."""
    pnq = PrizePage.objects.get(code="pnq", locale__language_code="fr")
    source = Referentiel.objects.get(edition__year=2026)
    now = timezone.now()
    edition = PrizeEditionPage(
        title="Prix National de la Qualité 2027",
        slug="pnq-2027",
        year=2027,
        opens_at=now + datetime.timedelta(days=300),
        closes_at=now + datetime.timedelta(days=400),
        categories=["large", "sme", "public"],
    )
    Page.objects.get(pk=pnq.pk).add_child(instance=edition)
    edition.save_revision().publish()
    return copy_referentiel(source, edition)


def sign_in(page, email, password, secret):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/admin/$"))
    form = page.locator("form:has(input[name=login])")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    form = page.locator("form:has(input[name=code])")
    form.locator("input[name=code]").fill(code)
    form.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def save(page):
    page.locator("footer button[type=submit]").first.click()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_secretariat_edits_a_draft_referentiel_and_imports_the_sample(
    demo_site, page, screenshot, language
):
    referentiel = draft_referentiel()
    secretariat = User.objects.get(email=SECRETARIAT_USER["email"])
    profile = UserProfile.get_for_user(secretariat)
    profile.preferred_language = language
    profile.save()
    secret = generate_totp_secret()
    TOTP.activate(secretariat, secret)
    shot = f"referentiel-admin-{language}"

    sign_in(page, secretariat.email, SECRETARIAT_USER["password"], secret)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")

    # The draft référentiel, from the list.
    page.goto("/admin/awards/referentiels/")
    with translation.override(language):
        referentiel_name, criterion_name = str(referentiel), str(referentiel.criteria.get(code="1"))
    page.get_by_role("link", name=referentiel_name).click()
    expect(page).to_have_url(re.compile(rf"/admin/awards/referentiels/edit/{referentiel.pk}/$"))
    expect(page.locator("input[name=total_points]")).to_have_value("1000")
    screenshot(page, f"{shot}-1-draft")

    # A sub-criterion's points: the criterion no longer adds up, and she is told so.
    criterion = referentiel.criteria.get(code="1")
    first, second, *_others = SubCriterion.objects.filter(criterion=criterion).order_by(
        "sort_order"
    )
    sample_points = (first.points, second.points)
    page.goto(f"/admin/awards/criteria/?referentiel={referentiel.pk}")
    page.get_by_role("link", name=criterion_name).first.click()
    page.locator("input[name='subcriteria-0-points']").fill(str(first.points + 10))
    save(page)
    with translation.override(language):
        problem = gettext(
            "The sub-criteria add up to %(sum)s points, not the criterion's %(points)s."
        ) % {"sum": criterion.points + 10, "points": criterion.points}
    expect(page.get_by_text(problem)).to_be_visible()
    screenshot(page, f"{shot}-2-points-do-not-add-up")
    first.refresh_from_db()
    assert first.points == sample_points[0]  # nothing was saved

    # She takes the 10 points from the next sub-criterion: saved.
    page.locator("input[name='subcriteria-1-points']").fill(str(second.points - 10))
    save(page)
    expect(page.locator(".messages .success")).to_be_visible()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.points, second.points) == (sample_points[0] + 10, sample_points[1] - 10)
    assert referentiel.problems() == []

    # The sample file, previewed, then imported: the grid is the sample's again.
    page.goto(f"/admin/awards/referentiels/edit/{referentiel.pk}/")
    import_link = f'a[href="/admin/awards/referentiels/{referentiel.pk}/import/"]'
    # The header's "Actions" menu holds the import.
    with translation.override(language):
        actions = gettext("Actions")
    page.get_by_role("button", name=actions, exact=True).first.click()
    page.locator(import_link).first.click()
    expect(page.locator('a[href="/admin/awards/referentiels/sample.xlsx"]')).to_be_visible()
    page.locator("input[name=import_file]").set_input_files(f"{SAMPLE}.xlsx")
    page.locator("main form button[type=submit]").click()
    preview = page.locator("table.listing tbody tr")
    expect(preview).to_have_count(21)
    expect(page.locator("table.listing")).to_contain_text("النتائج المالية")
    screenshot(page, f"{shot}-3-preview")
    page.locator("button[name=confirm]").click()
    expect(page).to_have_url(re.compile(rf"/admin/awards/referentiels/edit/{referentiel.pk}/$"))
    expect(page.locator(".messages .success")).to_be_visible()
    screenshot(page, f"{shot}-4-imported")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.points, second.points) == sample_points
    assert referentiel.problems() == []
