"""The events demo, built by `seed_demo`: the Semaine Nationale de la Qualité (SNQ 2026, and
2025 and 2024 as archive) and the Journées nationales de la qualité, in French and Arabic, with
registrations and waiting lists. The text is in `demo_content.py`.

Like the rest of the demo it creates only what is missing: series and editions are found by
slug under their parent, events by their programme code, so running it again changes nothing.
"""

import contextlib
import dataclasses
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.search import index
from wagtail.search.signal_handlers import post_save_signal_handler as update_search_index
from wagtail.signal_handlers import update_reference_index_on_save

from jawda.demo import DemoBuilder
from jawda.models import City, Sector, User

from . import demo_content as content
from .models import (
    EditionPage,
    EventPage,
    EventSeriesPage,
    Registration,
    RegistrationStatus,
)
from .registration import register

DEMO_MEMBER_EMAIL = "membre@jawda.ma"


@dataclasses.dataclass
class Summary:
    events: int
    snq_events: int
    snq_cities: int
    editions: int
    registrations: int
    confirmed: int
    waiting: int

    def __str__(self):
        return (
            f"Events: {self.events} events in {self.editions} editions, each in French and "
            f"Arabic; SNQ 2026 has {self.snq_events} events in {self.snq_cities} cities and "
            f"online. Registrations: {self.registrations} ({self.confirmed} confirmed, "
            f"{self.waiting} on waiting lists)."
        )


def seed(home):
    """Build the events demo under the French home page `home` and its Arabic translation."""
    builder = _Builder(home)
    with transaction.atomic():
        builder.build()
    return summary()


def summary():
    french = EventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    snq = french.filter(code__startswith="snq26-")
    registrations = Registration.objects.filter(event__key__in=french.values("translation_key"))
    return Summary(
        events=french.count(),
        snq_events=snq.count(),
        snq_cities=snq.exclude(city=None).values("city").distinct().count(),
        editions=EditionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).count(),
        registrations=registrations.count(),
        confirmed=registrations.filter(status=RegistrationStatus.CONFIRMED).count(),
        waiting=registrations.filter(status=RegistrationStatus.WAITING).count(),
    )


@contextlib.contextmanager
def indexed_once():
    """Search-index and reference-index the event pages created inside once, at the end,
    rather than at each of their saves (creation, copy for translation, revision,
    publication): the demo builds some 120 event pages, and this saves a good part of its
    time. Yields the list to which the created pages are added."""
    created = []
    handlers = [update_search_index, update_reference_index_on_save]
    disconnected = [handler for handler in handlers if post_save.disconnect(handler, EventPage)]
    try:
        yield created
    finally:
        for handler in disconnected:
            post_save.connect(handler, EventPage)
    for page in created:
        index.insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)


def short_slug(title, length=60):
    """The title's slug, cut after a whole word."""
    slug = slugify(title)
    return slug if len(slug) <= length else slug[: length + 1].rsplit("-", 1)[0]


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


def morocco(naive):
    """Demo times are written in Morocco time."""
    return timezone.make_aware(naive, timezone.get_default_timezone())


class _Builder(DemoBuilder):
    def __init__(self, home):
        super().__init__(home)
        self.cities = {city.code: city for city in City.objects.all()}
        self.sectors = {sector.code: sector for sector in Sector.objects.all()}

    def build(self):
        for spec in content.SERIES:
            series = self.series(spec)
            for series_slug, slug, first, last, texts in content.EDITIONS:
                if series_slug != spec["slug"]:
                    continue
                edition = self.edition(series, slug, first, last, texts)
                with indexed_once() as created:
                    for event in content.EVENTS[(series_slug, slug)]:
                        created.extend(self.event(edition, event))
        self.registrations()

    def series(self, spec):
        series = EventSeriesPage.objects.child_of(self.home).filter(slug=spec["slug"]).first()
        created = series is None
        if created:
            series = self.add(
                self.home,
                EventSeriesPage(
                    slug=spec["slug"],
                    title=spec["fr"]["title"],
                    intro=spec["fr"]["intro"],
                    body=paragraphs(spec["fr"]["body"]),
                    since_year=spec["since_year"],
                    show_in_menus=True,
                ),
            )
        series_ar = self.translate(
            series,
            {
                "title": spec["ar"]["title"],
                "intro": spec["ar"]["intro"],
                "body": paragraphs(spec["ar"]["body"]),
            },
        )
        if created:
            for page in (series, series_ar):
                # Without a standard page to replace, next to the other series.
                others = EventSeriesPage.objects.filter(locale_id=page.locale_id)
                self.add_to_menu(
                    page, spec["replaces_in_menu"], after=set(others.values_list("pk", flat=True))
                )
        return series

    def edition(self, series, slug, first, last, texts):
        edition = EditionPage.objects.child_of(series).filter(slug=slug).first()
        cities = {
            content.VENUES[event["venue"]][0]
            for event in content.EVENTS[(series.slug, slug)]
            if event["venue"]
        }
        if edition is None:
            edition = EditionPage(
                slug=slug,
                start_date=first,
                end_date=last,
                title=texts["fr"]["title"],
                theme=texts["fr"]["theme"],
                intro=texts["fr"]["intro"],
            )
            edition.cities = sorted(
                (self.cities[code] for code in cities), key=lambda city: city.sort_order
            )
            edition = self.add(series, edition)
        self.translate(edition, texts["ar"])
        return edition

    def event(self, edition, spec):
        """The event in French and Arabic; returns the pages it created."""
        created = []
        page = EventPage.objects.filter(code=spec["code"], locale=self.fr).first()
        if page is None:
            page = self.add(edition, EventPage(**self.event_fields(spec, "fr")))
            created.append(page)
        if not EventPage.objects.filter(
            translation_key=page.translation_key, locale=self.ar, alias_of=None
        ).exists():
            created.append(self.translate(page, self.event_fields(spec, "ar", translation=True)))
        return created

    def event_fields(self, spec, language, translation=False):
        """The page's fields in `language`; a translation gets only what is said in words,
        the logistics come with copy_for_translation."""
        column = 0 if language == "fr" else 1
        title, summary_text = spec[language]
        venue = content.VENUES.get(spec["venue"])
        fields = {
            "title": title,
            "summary": summary_text,
            "venue_name": venue[1 + column] if venue else "",
            "organiser": content.ORGANISATIONS[spec["organiser"]][column],
            "partners": (", " if language == "fr" else "، ").join(
                content.ORGANISATIONS[key][column] for key in spec["partners"]
            ),
            "speakers": [
                (
                    "speaker",
                    dict(
                        zip(
                            ("name", "organisation", "role"),
                            content.SPEAKERS[key][column],
                            strict=True,
                        )
                    ),
                )
                for key in spec["speakers"]
            ],
        }
        if translation:
            return fields
        # An all-day event's end becomes its last day's 23:59:59 when the page is saved.
        start, end = morocco(spec["start"]), morocco(spec["end"])
        fields.update(
            {
                "slug": short_slug(title),
                "code": spec["code"],
                "event_type": spec["event_type"],
                "start": start,
                "end": end,
                "all_day": spec["all_day"],
                "status": spec["status"],
                "city": self.cities[venue[0]] if venue else None,
                "venue_address": venue[3] if venue else "",
                # Decimals, as read back: the translation's copy compares equal (sync.py).
                "latitude": Decimal(venue[4]) if venue else None,
                "longitude": Decimal(venue[5]) if venue else None,
                "online_link": "" if venue else content.ONLINE_LINK % spec["code"],
                "sector": self.sectors[spec["sector"]] if spec["sector"] else None,
                "languages": spec["languages"],
                "capacity": spec["capacity"],
            }
        )
        return fields

    # -- registrations

    def registrations(self):
        """Made-up members register through the registration service itself, so seats and
        waiting lists follow its rules; events already over (the demo built after the week)
        take none. Their confirmation emails are not sent: the addresses are made up."""
        members = [
            (self.member(first_name, last_name), organisation)
            for first_name, last_name, organisation in content.MEMBERS
        ]
        demo_member = User.objects.filter(email=DEMO_MEMBER_EMAIL).first()
        wanted = {code: members[:count] for code, count in content.REGISTRATIONS.items()}
        if demo_member is not None:
            for code in content.DEMO_MEMBER_REGISTRATIONS:
                wanted[code] = [*wanted.get(code, []), (demo_member, "")]
        pages = EventPage.objects.filter(code__in=wanted, locale=self.fr)
        for page in pages:
            if page.is_past or page.is_cancelled:
                continue
            if Registration.objects.filter(event__key=page.translation_key).exists():
                continue
            self.register_quietly(page, wanted[page.code])

    def member(self, first_name, last_name):
        email = f"{slugify(first_name)}.{slugify(last_name)}@example.ma".replace("-", "")
        user = User.objects.filter(email=email).first()
        if user is None:
            # No password: these accounts exist for their registrations and cannot sign in.
            user = User.objects.create_user(
                email=email, password=None, first_name=first_name, last_name=last_name
            )
        return user

    def register_quietly(self, page, registrants):
        connection = transaction.get_connection()
        with transaction.atomic():
            queued = len(connection.run_on_commit)
            for number, (user, organisation) in enumerate(registrants):
                register(
                    page,
                    name=user.get_full_name(),
                    email=user.email,
                    language="ar" if number % 3 == 2 else "fr",
                    user=user,
                    organisation=organisation,
                )
            # register() queues each registrant's email for after the commit: drop them.
            del connection.run_on_commit[queued:]
