"""Full-text search over the public pages of one language."""

import unicodedata

from django.utils.translation import gettext as _

from wagtail.models import Page

MAX_QUERY_LENGTH = 200
MAX_RESULTS = 50


def search_terms(query):
    """The visitor's words without what only the search engine's own syntax gives a meaning:
    double quotes and control characters (an unmatched quote or a NUL breaks SQLite's FTS5
    query instead of finding nothing)."""
    kept = (
        " " if char == '"' or unicodedata.category(char) in ("Cc", "Cs") else char for char in query
    )
    return " ".join("".join(kept).split())


def search_pages(query, locale):
    """Return (results, error) for a visitor's query; never private, draft or borrowed pages.

    Pages of the other language that stand in an untranslated slot (aliases) are left out:
    their text is not in the language the visitor searched in.
    """
    query = search_terms(query)
    if not query:
        return [], ""
    if len(query) > MAX_QUERY_LENGTH:
        return [], _("Your search is too long: use at most %(max)d characters.") % {
            "max": MAX_QUERY_LENGTH
        }
    pages = Page.objects.live().public().filter(locale=locale).specific()
    results = [page for page in pages.search(query)[:MAX_RESULTS] if page.alias_of_id is None]
    return results, ""
