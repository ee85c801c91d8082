import datetime
import zoneinfo

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import EventPage, EventRecord, EventStatus
from jawda.models import City

from ..conftest import publish
from .conftest import morocco

pytestmark = pytest.mark.django_db


def test_morocco_time_comes_from_the_tzdata_package_after_the_2026_change():
    # Morocco left UTC+1 for UTC+0 on 20 September 2026 (tzdata 2026f); the operating system's
    # zone files of Debian 12 still say UTC+1 for November 2026.
    assert timezone.get_default_timezone_name() == "Africa/Casablanca"
    moment = morocco(2026, 11, 24, 9, 0)
    assert moment.utcoffset() == datetime.timedelta(0)
    assert moment.astimezone(datetime.UTC).hour == 9
    # Before the change, summer time was UTC+1.
    assert morocco(2026, 6, 15, 9, 0).utcoffset() == datetime.timedelta(hours=1)
    assert zoneinfo.ZoneInfo("Africa/Casablanca").utcoffset(
        datetime.datetime(2026, 12, 1, 12)
    ) == datetime.timedelta(0)


def test_an_event_cannot_end_before_it_starts(events):
    page = events.event()
    page.end = page.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "end" in error.value.message_dict


def test_an_event_needs_a_city_or_an_online_link(events):
    page = events.event()
    page.city = None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "city" in error.value.message_dict
    page.online_link = "https://webinaire.example.org/snq"
    page.full_clean()


def test_the_programme_code_is_unique_per_language(events):
    events.event(code="snq26-900")
    with pytest.raises(ValidationError) as error:
        events.event(code="snq26-900")
    assert "code" in error.value.message_dict
    # Behind the form, the database refuses it too.
    other = events.event(code="snq26-901")
    with pytest.raises(IntegrityError), transaction.atomic():
        EventPage.objects.filter(pk=other.pk).update(code="snq26-900")
    assert EventPage.objects.filter(code="snq26-900").count() == 1


def test_an_all_day_event_covers_whole_morocco_days(events):
    page = events.event(start=morocco(2026, 11, 25, 10, 0), all_day=True)
    page.refresh_from_db()
    assert timezone.localtime(page.start).time() == datetime.time(0, 0)
    assert timezone.localtime(page.end).date() == datetime.date(2026, 11, 25)


def test_publishing_the_french_version_moves_the_arabic_one_too(events):
    page = events.event(arabic=True)
    arabic_pk = page.arabic.pk
    draft = page.get_latest_revision_as_object()
    draft.start = morocco(2026, 11, 26, 14, 0)
    draft.end = morocco(2026, 11, 26, 17, 0)
    draft.city = City.objects.get(code="rabat")
    publish(draft)
    arabic = EventPage.objects.get(pk=arabic_pk)
    assert arabic.start == morocco(2026, 11, 26, 14, 0)
    assert arabic.city.code == "rabat"
    assert arabic.title.startswith("ندوة")
    assert not arabic.has_unpublished_changes


def test_an_arabic_version_cannot_move_the_event_back(events):
    page = events.event(arabic=True)
    arabic = EventPage.objects.get(pk=page.arabic.pk)
    arabic.start = morocco(2026, 11, 20, 9, 0)
    arabic.end = morocco(2026, 11, 20, 12, 0)
    publish(arabic)
    arabic.refresh_from_db()
    assert arabic.start == page.start


def test_sequence_goes_up_only_when_date_place_or_status_change(events):
    page = events.event(arabic=True)
    record = EventRecord.objects.get(key=page.translation_key)
    assert record.sequence == 0
    draft = page.get_latest_revision_as_object()
    draft.summary = "Nouveau résumé"
    publish(draft)
    record.refresh_from_db()
    assert record.sequence == 0
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.status = EventStatus.CANCELLED
    publish(draft)
    record.refresh_from_db()
    assert record.sequence == 1
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.start += datetime.timedelta(days=1)
    draft.end += datetime.timedelta(days=1)
    publish(draft)
    record.refresh_from_db()
    assert record.sequence == 2
