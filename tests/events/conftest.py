import datetime
import itertools

import pytest

from django.utils import timezone

from wagtail.models import Page

from events.models import EditionPage, EventPage, EventSeriesPage, EventType
from jawda.models import City, Sector

from ..conftest import publish, translate

_numbers = itertools.count(1)


def morocco(*args):
    """An aware datetime in Morocco time: morocco(2026, 11, 24, 9, 30)."""
    return timezone.make_aware(datetime.datetime(*args))


class Events:
    """The tree of tests/conftest.py with the SNQ series and its 2026 edition in French and
    Arabic, and `event()` to add events (French, with an Arabic translation when asked)."""

    def __init__(self, tree):
        self.tree = tree
        self.series_fr = self.add(
            tree.home_fr,
            EventSeriesPage(title="Semaine Nationale de la Qualité", slug="snq", since_year=1998),
        )
        self.series_ar = translate(self.series_fr, tree.ar, title="الأسبوع الوطني للجودة")
        self.edition_fr = self.add(
            self.series_fr,
            EditionPage(
                title="SNQ 2026",
                slug="snq-2026",
                theme="La qualité, levier de compétitivité",
                start_date=datetime.date(2026, 11, 23),
                end_date=datetime.date(2026, 11, 27),
            ),
        )
        self.edition_ar = self.arabic(self.edition_fr, title="الأسبوع الوطني للجودة 2026")

    def add(self, parent, page):
        parent = Page.objects.get(pk=parent.pk)
        parent.add_child(instance=page)
        return publish(page)

    def arabic(self, page, **fields):
        """The Arabic translation of `page`, replacing the alias wagtail-localize made."""
        alias = page.get_translation_or_none(self.tree.ar)
        if alias is not None:
            alias.delete()
        return translate(page, self.tree.ar, **fields)

    def event(self, arabic=False, edition=None, **fields):
        number = next(_numbers)
        start = fields.pop("start", morocco(2026, 11, 24, 9, 0))
        values = {
            "title": f"Séminaire {number}",
            "slug": f"evenement-{number}",
            "code": f"snq26-{number:03d}",
            "event_type": EventType.SEMINAR,
            "start": start,
            "end": start + datetime.timedelta(hours=3),
            "city": City.objects.get(code="casablanca"),
            "venue_name": "Technopark",
            "venue_address": "Route de Nouaceur",
            "sector": Sector.objects.get(code="automobile"),
            "organiser": "UMAQ",
            "summary": "Le management de la qualité dans les PME",
            "languages": ["fr", "ar"],
            **fields,
        }
        page = self.add(edition or self.edition_fr, EventPage(**values))
        if arabic:
            page.arabic = self.arabic(page, title=f"ندوة {number}", summary="تدبير الجودة")
        return page


@pytest.fixture
def events(tree):
    return Events(tree)
