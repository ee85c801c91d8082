"""Account steps the journeys share: sign up (with the emailed link), sign in, sign out."""

import re
import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from playwright.sync_api import expect

from django.core import mail

MAIN_FORM = "main form[method=post]"


def sign_up(page, language, email, password):
    """Sign up at /<language>/accounts/signup/ and confirm the address from the email."""
    page.goto(f"/{language}/accounts/signup/")
    form = page.locator(MAIN_FORM)
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(password)
    form.locator("input[name=password2]").fill(password)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{language}/accounts/confirm-email/$"))

    (message,) = [m for m in mail.outbox if m.to == [email]]
    (link,) = re.findall(r"https?://[^\s\"'<>]+/confirm-email/[^\s\"'<>]+", message.body)
    page.goto(link)
    page.locator(MAIN_FORM).locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/{language}/accounts/login/$"))


def sign_in(page, language, email, password, next_path=""):
    url = f"/{language}/accounts/login/" + (f"?next={next_path}" if next_path else "")
    page.goto(url)
    form = page.locator(MAIN_FORM)
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()
    expect(page.locator(f'nav.account-nav a[href="/{language}/accounts/logout/"]')).to_be_visible()


def sign_in_with_code(page, email, password, secret, landing):
    """On the sign-in page already open: password, then the authenticator's code (from
    `secret`); she lands on a URL matching `landing`."""
    form = page.locator("form:has(input[name=login])")
    form.locator("input[name=login]").fill(email)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    form = page.locator("form:has(input[name=code])")
    form.locator("input[name=code]").fill(code)
    form.locator("button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(landing))


def sign_out(page, language):
    page.goto(f"/{language}/accounts/logout/")
    page.locator(MAIN_FORM).locator("button[type=submit]").click()
    expect(page.locator('nav.account-nav a[href$="/accounts/login/"]')).to_be_visible()
