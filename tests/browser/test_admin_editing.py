"""The Wagtail admin in the browser: right-to-left editing of Arabic pages, under the CSP."""

import pytest
from playwright.sync_api import expect

from django.conf import settings as django_settings
from django.test import Client

from wagtail.models import Page

from jawda.models import StandardPage, User

from ..factories import with_totp

pytestmark = pytest.mark.browser


@pytest.fixture
def arabic_editor(demo_site, context, live_server):
    """The demo editor (admin in Arabic, two-factor set up), signed in in the browser."""
    editor = with_totp(User.objects.get(email="editeur@jawda.ma"))
    client = Client()
    client.force_login(editor)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return editor


def page_in(language):
    return StandardPage.objects.get(
        slug="semaine-nationale-qualite", locale__language_code=language
    )


def test_arabic_page_is_edited_right_to_left_in_an_arabic_admin(arabic_editor, page, screenshot):
    console_errors = []
    page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )

    page.goto(f"/admin/pages/{page_in('ar').id}/edit/")

    expect(page.locator("html")).to_have_attribute("dir", "rtl")  # the admin is in Arabic
    title = page.locator('input[name="title"]')
    expect(title).to_have_attribute("dir", "rtl")
    expect(title).to_have_attribute("lang", "ar")
    expect(page.locator('textarea[name="intro"]')).to_have_attribute("dir", "rtl")
    rich_text = page.locator('[contenteditable="true"]').first
    expect(rich_text).to_have_attribute("dir", "rtl")
    screenshot(page, "admin-edit-ar-page")
    # The admin's own scripts run under its Content-Security-Policy.
    assert not [error for error in console_errors if "Content Security Policy" in error]


def test_french_page_stays_left_to_right_in_an_arabic_admin(arabic_editor, page, screenshot):
    page.goto(f"/admin/pages/{page_in('fr').id}/edit/")

    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    title = page.locator('input[name="title"]')
    expect(title).to_have_attribute("dir", "ltr")
    expect(title).to_have_attribute("lang", "fr")
    expect(page.locator('[contenteditable="true"]').first).to_have_attribute("dir", "ltr")
    screenshot(page, "admin-edit-fr-page")


def test_new_arabic_page_form_is_right_to_left(arabic_editor, page):
    home_ar = Page.objects.get(depth=2, locale__language_code="ar")

    page.goto(f"/admin/pages/add/jawda/standardpage/{home_ar.id}/")

    expect(page.locator('input[name="title"]')).to_have_attribute("dir", "rtl")
