"""A judge of the Prix National de la Qualité, in Arabic (issue 7, "Done when"): she signs in
with her password and her authenticator code, signs her declaration of interests for the
year, declares a conflict with one of the two applicants assigned to her (and is withdrawn
from it), opens the other application's score sheet right-to-left, scores every
sub-criterion with the band guidance in front of her, and submits.

Runs on the tests' small edition (tests/awards/conftest.py), committed for the live server.
"""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from playwright.sync_api import expect

from awards.models import Assignment, Conflict, ScoreSheet, SheetStatus, SubCriterion

from ..awards.conftest import Prizes, make_judge, submitted_application

pytestmark = pytest.mark.browser

PASSWORD = "Qualite-Maroc-2035!"
EMAIL = "amina.judge@jury.example.ma"


@pytest.fixture
def assigned(transactional_db, django_db_serialized_rollback, tree):
    prizes = Prizes(tree)
    edition = prizes.edition(opens_in=-70)
    prizes.referentiel(edition, criteria=((1000, (600, 400)),))
    atlas = submitted_application(edition, "Atlas Composants", "001234567000089")
    souss = submitted_application(edition, "تعاونية سوس", "002345678000012", language="ar")
    judge = make_judge(EMAIL, languages=("ar", "fr"))
    judge.user.set_password(PASSWORD)
    judge.user.save()
    EmailAddress.objects.filter(user=judge.user).update(verified=True)
    assert EmailAddress.objects.filter(user=judge.user, email=EMAIL, verified=True).exists()
    # A known authenticator secret, so that the test can type the code.
    judge.user.authenticator_set.all().delete()
    secret = generate_totp_secret()
    TOTP.activate(judge.user, secret)
    for application in (atlas, souss):
        Assignment.objects.create(application=application, judge=judge)
    return judge, secret, atlas, souss


def test_a_judge_declares_a_conflict_then_scores_in_arabic_and_submits(assigned, page, screenshot):
    judge, secret, atlas, souss = assigned

    page.goto("/ar/accounts/login/?next=/ar/prizes/judging/")
    form = page.locator("main form[method=post]")
    form.locator("input[name=login]").fill(EMAIL)
    form.locator("input[name=password]").fill(PASSWORD)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    form = page.locator("form:has(input[name=code])")
    form.locator("input[name=code]").fill(code)
    form.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/ar/prizes/judging/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    # Her declaration of interests for the year: refused without the confirmation, then signed.
    page.locator("textarea[name=statement]").fill("لا توجد لدي أي مصلحة في الهيئات المترشحة.")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".errorlist")).to_be_visible()
    page.locator("input[name=confirm]").check()
    screenshot(page, "judging-declaration-ar")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    expect(page.locator("textarea[name=statement]")).to_have_count(0)

    # A conflict with Atlas Composants: declared, and Atlas leaves her list.
    atlas_assignment = Assignment.objects.get(judge=judge, application=atlas)
    page.locator(f'a[href$="/assignments/{atlas_assignment.pk}/conflict/"]').click()
    page.locator("select[name=kind]").select_option("supplier")
    page.locator("textarea[name=note]").fill("مورّد لهذه المقاولة سنة 2024")
    screenshot(page, "judging-conflict-ar")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ar/prizes/judging/$"))
    expect(page.locator(f'a[href$="/assignments/{atlas_assignment.pk}/"]')).to_have_count(0)
    assert Conflict.objects.get(judge=judge).applicant_key == atlas.applicant_key
    # Opening Atlas by its address answers 404.
    response = page.goto(f"/ar/prizes/judging/assignments/{atlas_assignment.pk}/")
    assert response.status == 404

    # The other application, scored right-to-left and submitted.
    page.goto("/ar/prizes/judging/")
    souss_assignment = Assignment.objects.get(judge=judge, application=souss)
    page.locator(f'a[href$="/assignments/{souss_assignment.pk}/"]').click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_contain_text(souss.reference)
    expect(page.locator("dl.bands").first).to_contain_text("أدلة واضحة")
    first, second = SubCriterion.objects.order_by("pk")
    page.locator(f"select[name=percent_{first.pk}]").select_option("60")
    page.locator(f"textarea[name=strengths_{first.pk}]").fill("قيادة ملتزمة ومنهجية واضحة")
    # Submitting with the second sub-criterion empty: saved, not submitted, the gap is named.
    page.locator("button[name=submit]").click()
    expect(page.locator(".errorlist")).to_contain_text("اختر شريحة")
    assert ScoreSheet.objects.get(assignment=souss_assignment).status == SheetStatus.DRAFT
    page.locator(f"select[name=percent_{second.pk}]").select_option("45")
    page.locator(f"textarea[name=improvements_{second.pk}]").fill("قياس نتائج الزبناء بانتظام")
    screenshot(page, "judging-sheet-ar")
    page.locator("button[name=submit]").click()
    expect(page.locator("ul.messages li.success")).to_be_visible()
    expect(page.locator("button[name=submit]")).to_have_count(0)
    screenshot(page, "judging-sheet-submitted-ar")

    sheet = ScoreSheet.objects.get(assignment=souss_assignment)
    assert sheet.status == SheetStatus.SUBMITTED
    assert sorted(sheet.scores.values_list("percent", flat=True)) == [45, 60]
