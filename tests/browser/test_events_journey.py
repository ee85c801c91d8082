"""A visitor finds an event of the Semaine Nationale de la Qualité, registers, gets her ticket,
cancels, and the first person on the waiting list gets the seat — in French and in Arabic.

Runs on the demo (seed_demo), with one extra seminar of one seat added by the test so that the
waiting list is certain. Elements are found by structure (ids, names, hrefs), not by text.
"""

import datetime
import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from django.core import mail
from django.utils import timezone

from wagtail.models import Locale, Page

from events.models import EditionPage, EventPage, Registration, RegistrationStatus
from events.registration import confirm_guest, register
from jawda.models import City

from ..conftest import publish

pytestmark = pytest.mark.browser


def one_seat_seminar():
    """A seminar in Casablanca with one seat, in both languages, in the current SNQ edition."""
    fr = Locale.objects.get(language_code="fr")
    ar = Locale.objects.get(language_code="ar")
    edition = (
        EditionPage.objects.live()
        .filter(locale=fr, end_date__gte=timezone.localdate())
        .order_by("start_date")
        .first()
    )
    assert edition is not None, "seed_demo creates the current SNQ edition"
    start = timezone.make_aware(datetime.datetime.combine(edition.end_date, datetime.time(15, 0)))
    page = EventPage(
        title="Séminaire : la revue de direction ISO 9001",
        slug="seminaire-revue-de-direction",
        code="test-revue-direction",
        event_type="seminar",
        start=start,
        end=start + datetime.timedelta(hours=2),
        city=City.objects.get(code="casablanca"),
        venue_name="Technopark de Casablanca",
        venue_address="Route de Nouaceur",
        organiser="UMAQ",
        summary="Préparer et conduire la revue de direction.",
        languages=["fr", "ar"],
        capacity=1,
    )
    Page.objects.get(pk=edition.pk).add_child(instance=page)
    publish(page)
    alias = page.get_translation_or_none(ar)
    if alias is not None:
        alias.delete()
    arabic = page.copy_for_translation(ar)
    arabic.title = "ندوة: مراجعة الإدارة وفق إيزو 9001"
    arabic.summary = "إعداد مراجعة الإدارة وتسييرها."
    publish(arabic)
    return page, EventPage.objects.get(pk=arabic.pk)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_filter_register_get_the_ticket_cancel_and_the_waiting_list_moves_up(
    demo_site, page, screenshot, language
):
    seminar_fr, seminar_ar = one_seat_seminar()
    seminar = seminar_fr if language == "fr" else seminar_ar
    edition = seminar.get_parent().specific
    mail.outbox.clear()

    # The calendar, filtered by city and type: the choice stays in the URL.
    page.goto(edition.url)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    page.select_option("#id_city", "casablanca")
    page.select_option("#id_type", "seminar")
    page.locator("form.filters button[type=submit]").click()
    expect(page).to_have_url(
        re.compile(r"city=casablanca.*type=seminar|type=seminar.*city=casablanca")
    )
    feed = page.locator('link[rel=alternate][type="text/calendar"]').get_attribute("href")
    assert "city=casablanca" in feed and "type=seminar" in feed
    cards = page.locator(".event-card")
    assert cards.count() >= 1
    for text in cards.locator(".tag").all_inner_texts():
        assert text == cards.locator(".tag").first.inner_text()
    screenshot(page, f"events-calendar-filtered-{language}")

    # The event page, then registering as a guest.
    page.locator(f'.event-card a[href="{seminar.url}"]').click()
    expect(page.locator("main h1")).to_have_text(seminar.title)
    assert page.locator('script[type="application/ld+json"]').count() == 1
    screenshot(page, f"events-event-{language}")
    page.fill("#id_name", "Nadia Benali")
    page.fill("#id_email", f"nadia.{language}@example.ma")
    page.locator("section.registration button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()

    # The email asks her to confirm her address; the link opens a page with one button.
    (confirm_email,) = mail.outbox
    link = re.search(r"https?://\S+/confirm/", confirm_email.body).group(0)
    page.goto(link.replace("http://testserver", ""))
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".ticket-code .qr svg")).to_be_visible()
    registration = Registration.objects.get(email=f"nadia.{language}@example.ma")
    assert registration.status == RegistrationStatus.CONFIRMED
    expect(page.locator(".ticket-code .code")).to_have_text(registration.ticket_code)
    screenshot(page, f"events-ticket-{language}")

    # Her ticket arrives by email, in her language, with the .ics and the QR code.
    ticket_email = mail.outbox[-1]
    assert seminar.title in ticket_email.subject
    names = [name for name, _content, _type in ticket_email.attachments]
    assert names == ["evenement.ics", "billet.png"]
    vevent = Calendar.from_ical(ticket_email.attachments[0][1]).walk("VEVENT")[0]
    assert vevent.decoded("DTSTART") == seminar.start

    # Someone else registers: the event is full, she waits.
    waiting = register(
        seminar, name="Youssef Amrani", email="youssef@example.ma", language=language
    )
    waiting = confirm_guest(waiting, seminar)
    assert waiting.status == RegistrationStatus.WAITING
    mail.outbox.clear()

    # Nadia cancels from her ticket page; Youssef gets the seat and an email at once.
    page.reload()
    page.locator("button[name=cancel]").click()
    expect(page.locator(".ticket-code")).to_have_count(0)
    screenshot(page, f"events-cancelled-{language}")
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    (promoted,) = mail.outbox
    assert promoted.to == ["youssef@example.ma"]
    assert page.failed_responses == []
