"""What a visitor sees and does in a real browser, in French and in Arabic.

Elements are found by structure and attributes (ids, names, data-language, hrefs), never by
interface text, which translators change. Page content (titles) comes from the seeded pages.
Each key step is saved as a full-page screenshot under test-artifacts/screenshots/.
"""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.core import mail

from wagtail.models import Locale

pytestmark = pytest.mark.browser

ARABIC_FONT = "Noto Sans Arabic"

# Everything the test needs to know about the fonts, once they have settled.
FONTS_JS = """
async () => {
  await document.fonts.ready;
  const family = (element) => getComputedStyle(element).fontFamily;
  const faces = [...document.fonts].filter(
    (face) => face.family.replace(/["']/g, "") === "Noto Sans Arabic"
  );
  return {
    body: family(document.body),
    h1: family(document.querySelector("main h1")),
    regular: document.fonts.check('16px "Noto Sans Arabic"', "جودة"),
    bold: document.fonts.check('bold 16px "Noto Sans Arabic"', "جودة"),
    loaded: faces.filter((face) => face.status === "loaded").map((face) => face.weight),
  };
}
"""


def first_family(css_font_family):
    """`"Noto Sans Arabic", system-ui, ...` -> `Noto Sans Arabic`."""
    return css_font_family.split(",")[0].strip().strip("\"'")


def assert_language(page, language, direction):
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", direction)
    # The attribute is not enough: the text must really run in that direction.
    assert page.evaluate("getComputedStyle(document.body).direction") == direction


def path_of(url):
    return urlsplit(url).path


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def assert_header_mirrored(page, direction):
    """The brand sits at the start of the header and the language switcher after it."""
    brand = box(page, "header .brand")
    switcher = box(page, "nav.language-switcher")
    width = page.viewport_size["width"]
    if direction == "ltr":
        assert brand["x"] < width / 2, "the brand should be on the left in French"
        assert brand["x"] < switcher["x"]
    else:
        assert brand["x"] + brand["width"] > width / 2, "the brand should be on the right in Arabic"
        assert brand["x"] > switcher["x"]


def assert_hero_bar_on_start_side(page, direction):
    """The hero's coloured bar is on the reading-start side: left in French, right in Arabic."""
    left, right = page.evaluate(
        """() => {
          const style = getComputedStyle(document.querySelector(".hero"));
          return [parseFloat(style.borderLeftWidth), parseFloat(style.borderRightWidth)];
        }"""
    )
    start, end = (left, right) if direction == "ltr" else (right, left)
    assert start > 0
    assert end == 0


def settle(page):
    """Wait for web fonts, so that screenshots show the final text."""
    page.evaluate("document.fonts.ready.then(() => true)")


def test_home_page_in_french(demo_site, page, screenshot):
    home = demo_site.root_page.specific

    response = page.goto("/fr/")

    assert response.status == 200
    assert_language(page, "fr", "ltr")
    expect(page.locator("main h1")).to_have_text(home.hero_title)
    # The only other language on offer is Arabic, written in Arabic and marked as such.
    switcher = page.locator("nav.language-switcher a")
    expect(switcher).to_have_count(1)
    expect(switcher).to_have_attribute("data-language", "ar")
    expect(switcher).to_have_attribute("lang", "ar")
    fonts = page.evaluate(FONTS_JS)
    assert first_family(fonts["body"]) != ARABIC_FONT
    assert_header_mirrored(page, "ltr")
    assert_hero_bar_on_start_side(page, "ltr")
    assert page.failed_responses == []
    screenshot(page, "home-fr")


def test_home_page_in_arabic_uses_the_arabic_font(demo_site, page, screenshot):
    home_ar = demo_site.root_page.get_translation(Locale.objects.get(language_code="ar"))
    font_responses = []
    page.on(
        "response",
        lambda response: (
            font_responses.append((response.status, path_of(response.url)))
            if response.url.endswith(".woff2")
            else None
        ),
    )

    response = page.goto("/ar/")

    assert response.status == 200
    assert_language(page, "ar", "rtl")
    expect(page.locator("main h1")).to_have_text(home_ar.specific.hero_title)
    fonts = page.evaluate(FONTS_JS)
    assert first_family(fonts["body"]) == ARABIC_FONT, fonts["body"]
    assert first_family(fonts["h1"]) == ARABIC_FONT, fonts["h1"]
    # document.fonts.check() also answers true for a family the page never declared, so look
    # at the @font-face rules themselves: the regular and bold files were downloaded and used.
    assert fonts["regular"] is True
    assert fonts["bold"] is True
    assert sorted(fonts["loaded"]) == ["400", "700"], fonts["loaded"]
    assert any(
        status == 200 and path.endswith("/NotoSansArabic-Regular.woff2")
        for status, path in font_responses
    ), font_responses
    assert_header_mirrored(page, "rtl")
    assert_hero_bar_on_start_side(page, "rtl")
    assert page.failed_responses == []
    screenshot(page, "home-ar")


def test_language_switcher_goes_to_the_translation_of_the_same_page(demo_site, page, screenshot):
    home = demo_site.root_page.specific
    page_fr = home.get_children().live().filter(slug="politique-nationale-qualite").get().specific
    page_ar = page_fr.get_translation(Locale.objects.get(language_code="ar")).specific
    url_fr, url_ar = page_fr.get_url(), page_ar.get_url()
    assert url_fr.startswith("/fr/") and url_ar.startswith("/ar/")

    page.goto(url_fr)
    assert_language(page, "fr", "ltr")
    expect(page.locator("main h1")).to_have_text(page_fr.title)
    screenshot(page, "page-fr")

    page.locator("nav.language-switcher a[data-language=ar]").click()

    expect(page).to_have_url(re.compile(re.escape(url_ar) + "$"))
    assert_language(page, "ar", "rtl")
    expect(page.locator("main h1")).to_have_text(page_ar.title)
    settle(page)
    screenshot(page, "page-ar")

    page.locator("nav.language-switcher a[data-language=fr]").click()

    expect(page).to_have_url(re.compile(re.escape(url_fr) + "$"))
    assert_language(page, "fr", "ltr")
    expect(page.locator("main h1")).to_have_text(page_fr.title)
    assert page.failed_responses == []


def test_sign_up_confirm_email_sign_in_and_out_in_arabic(demo_site, live_server, page, screenshot):
    from allauth.account.models import EmailAddress

    email = "nouvelle.inscrite@example.ma"
    password = "Qualite-Maroc-2035!"
    main_form = "main form[method=post]"

    # Sign up.
    page.goto("/ar/accounts/signup/")
    assert_language(page, "ar", "rtl")
    settle(page)
    screenshot(page, "signup-ar")
    form = page.locator(main_form)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(password)
    form.locator("input[name=password2]").fill(password)
    form.locator("button[type=submit]").click()

    # "Check your inbox": the account exists but cannot be used yet.
    expect(page).to_have_url(re.compile(r"/ar/accounts/confirm-email/$"))
    assert_language(page, "ar", "rtl")
    settle(page)
    screenshot(page, "signup-sent-ar")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [email]
    links = re.findall(r"https?://[^\s\"'<>]+/confirm-email/[^\s\"'<>]+", message.body)
    assert links, message.body
    link = links[0]
    # The link leads back to this site, in the language the visitor signed up in.
    assert link.startswith(f"{live_server.url}/ar/accounts/confirm-email/"), link
    assert not EmailAddress.objects.get(email=email).verified

    # Open the link: a page asks to confirm (no change on a plain GET), then confirm.
    page.goto(link)
    assert_language(page, "ar", "rtl")
    settle(page)
    screenshot(page, "confirm-email-ar")
    assert not EmailAddress.objects.get(email=email).verified
    page.locator(main_form).locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/ar/accounts/login/$"))
    assert_language(page, "ar", "rtl")
    assert EmailAddress.objects.get(email=email).verified

    # Sign in with the email address (allauth names the field "login").
    screenshot(page, "login-ar")
    form = page.locator(main_form)
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/ar/accounts/profile/$"))
    assert_language(page, "ar", "rtl")
    expect(page.locator("main")).to_contain_text(email)
    account_nav = page.locator("nav.account-nav")
    expect(account_nav.locator('a[href="/ar/accounts/profile/"]')).to_be_visible()
    expect(account_nav.locator('a[href="/ar/accounts/login/"]')).to_have_count(0)
    settle(page)
    screenshot(page, "profile-ar")

    # Sign out: the header link opens a confirmation page, its button signs out.
    account_nav.locator('a[href="/ar/accounts/logout/"]').click()
    expect(page).to_have_url(re.compile(r"/ar/accounts/logout/$"))
    assert_language(page, "ar", "rtl")
    settle(page)
    screenshot(page, "logout-ar")
    page.locator(main_form).locator("button[type=submit]").click()

    # Signed out: the header offers to sign in again and the account page is closed.
    expect(page.locator('nav.account-nav a[href$="/accounts/login/"]')).to_be_visible()
    expect(page.locator('nav.account-nav a[href$="/accounts/profile/"]')).to_have_count(0)
    screenshot(page, "after-logout-ar")
    page.goto("/ar/accounts/profile/")
    expect(page).to_have_url(re.compile(r"/ar/accounts/login/\?next="))
    assert_language(page, "ar", "rtl")
    assert page.failed_responses == []


def test_signing_out_in_arabic_stays_in_arabic(demo_site, page):
    from jawda.management.commands.seed_demo import DEMO_USERS

    member = next(user for user in DEMO_USERS if user["role"] == "member")
    page.goto("/ar/accounts/login/")
    form = page.locator("main form[method=post]")
    form.locator("input[name=login]").fill(member["email"])
    form.locator("input[name=password]").fill(member["password"])
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ar/accounts/profile/$"))

    page.locator('nav.account-nav a[href="/ar/accounts/logout/"]').click()
    page.locator("main form[method=post]").locator("button[type=submit]").click()

    expect(page.locator('nav.account-nav a[href$="/accounts/login/"]')).to_be_visible()
    assert path_of(page.url).startswith("/ar/"), page.url
    assert_language(page, "ar", "rtl")
