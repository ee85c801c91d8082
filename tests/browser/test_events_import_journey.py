"""The UMAQ editor imports the sample SNQ 2026 programme in the admin, the moderator
publishes it, and visitors find the events in both calendars (issue 4, "Done when").

The editor signs in with her password and her authenticator code, uploads
docs/samples/snq-2026-programme.xlsx, reads the preview, confirms: the events are drafts in
French and Arabic. The moderator publishes them with Wagtail's bulk "Publish" action.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from events.models import EditionPage, EventPage

from .test_committee_journey import sign_in, with_authenticator

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "snq-2026-programme.xlsx"
EDITOR = ("editeur@jawda.ma", "demo-editeur-2026")
MODERATOR = ("moderatrice@jawda.ma", "demo-moderatrice-2026")


def test_editor_imports_the_programme_and_it_is_published_in_both_languages(
    demo_site, browser, live_server, screenshot
):
    edition = EditionPage.objects.get(
        slug="2026", url_path__contains="/snq/", locale__language_code="fr"
    )
    edition_ar = EditionPage.objects.get(
        translation_key=edition.translation_key, locale__language_code="ar"
    )
    before = EventPage.objects.filter(code__startswith="snq26-1").count()
    assert before == 0

    def tab():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(20_000)
        return context.new_page()

    editor = tab()
    sign_in(editor, *EDITOR, with_authenticator(EDITOR[0]))
    editor.goto("/admin/events/import/")
    editor.select_option("select[name=edition]", str(edition.pk))
    editor.set_input_files("input[name=import_file]", str(SAMPLE))
    editor.locator("form[enctype] button[type=submit]").click()
    expect(editor.locator("button[name=confirm]")).to_be_visible()
    screenshot(editor, "events-import-preview")
    assert EventPage.objects.filter(code__startswith="snq26-1").count() == 0, (
        "a preview writes nothing"
    )
    editor.locator("button[name=confirm]").click()
    expect(editor.locator(".events-import-status [role=status]")).to_contain_text("12")
    screenshot(editor, "events-import-status")
    imported = EventPage.objects.filter(code__startswith="snq26-1")
    assert imported.filter(locale__language_code="fr").count() == 12
    assert imported.filter(locale__language_code="ar").count() == 12
    assert not imported.filter(live=True).exists(), "imported events are drafts"
    editor.context.close()

    moderator = tab()
    sign_in(moderator, *MODERATOR, with_authenticator(MODERATOR[0]))
    for parent in (edition, edition_ar):
        ids = "&".join(f"id={pk}" for pk in imported.child_of(parent).values_list("pk", flat=True))
        moderator.goto(
            f"/admin/bulk/wagtailcore/page/publish/?{ids}&next=/admin/pages/{parent.pk}/"
        )
        moderator.locator("main form button[type=submit]").first.click()
        expect(moderator).to_have_url(re.compile(rf"/admin/pages/{parent.pk}/"))
    screenshot(moderator, "events-import-published")
    assert imported.filter(live=True).count() == 24
    moderator.context.close()

    visitor = tab()
    forum = imported.get(code="snq26-101", locale__language_code="fr")
    forum_ar = imported.get(code="snq26-101", locale__language_code="ar")
    visitor.goto(edition.url)
    expect(visitor.locator(f'.event-card a[href="{forum.url}"]')).to_have_text(forum.title)
    visitor.goto(edition_ar.url)
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
    expect(visitor.locator(f'.event-card a[href="{forum_ar.url}"]')).to_have_text(forum_ar.title)
    screenshot(visitor, "events-import-calendar-ar")
    visitor.context.close()
