"""Roadmap figures per region and for the whole country, in a fixed number of queries.

The policy (Projet 2.6) names three indicators: the number of regional committees created,
the number of roadmaps established, and the % executed of each roadmap. They are counted per
region, never per language version of a committee page:

- a committee is *created* when a live committee page of its region (in any language) has a
  creation date;
- a region has a *roadmap* when its committee has at least one action;
- a roadmap's *% executed* is the plain mean of its actions' % (each action weighs the same);
  the national average is the mean of the roadmaps' %, each committee weighing the same.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Sum
from django.utils import timezone

from events.filters import public_events
from events.models import EventPage, EventStatus

from ..i18n import active_locale_id
from ..models import NewsPage, Region
from .models import CommissionPage, CommitteePage, RoadmapAction


@dataclass
class RegionStat:
    created: bool = False
    actions: int = 0
    percent_total: int = 0

    @property
    def percent(self):
        """The roadmap's % executed (mean of its actions), None without a roadmap."""
        if not self.actions:
            return None
        return round(self.percent_total / self.actions, 1)


@dataclass
class NationalSummary:
    regions: int
    committees_created: int
    roadmaps: int
    average_percent: float | None


def percent_by_key(keys):
    """{translation_key: (number of actions, sum of their %)} for pages with those keys."""
    rows = (
        RoadmapAction.objects.filter(page__translation_key__in=list(keys))
        .values("page__translation_key")
        .annotate(n=Count("id"), total=Sum("percent"))
        .order_by()
    )
    return {row["page__translation_key"]: (row["n"], row["total"] or 0) for row in rows}


def region_stats():
    """{region_id: RegionStat} for every region that has a live committee page: 2 queries."""
    region_of_key = {}
    stats = defaultdict(RegionStat)
    for region_id, key, created_on in (
        CommitteePage.objects.live()
        .filter(alias_of__isnull=True)
        .values_list("region_id", "translation_key", "created_on")
    ):
        region_of_key[key] = region_id
        stat = stats[region_id]
        stat.created = stat.created or created_on is not None
    for key, (count, total) in percent_by_key(region_of_key).items():
        stat = stats[region_of_key[key]]
        stat.actions += count
        stat.percent_total += total
    return dict(stats)


def national_summary(stats=None, regions=None):
    stats = region_stats() if stats is None else stats
    regions = Region.objects.count() if regions is None else regions
    percents = [stat.percent for stat in stats.values() if stat.actions]
    return NationalSummary(
        regions=regions,
        committees_created=sum(1 for stat in stats.values() if stat.created),
        roadmaps=len(percents),
        average_percent=round(sum(percents) / len(percents), 1) if percents else None,
    )


def committee_rows(index_page, stats):
    """One row per region (all 12), with its committee page in the index's language if any."""
    pages = {}
    for page in (
        CommitteePage.objects.child_of(index_page).live().public().order_by("alias_of_id", "pk")
    ):
        # A translated page wins over an alias standing in for an untranslated one.
        pages.setdefault(page.region_id, page)
    rows = []
    for region in Region.objects.all():
        stat = stats.get(region.pk, RegionStat())
        rows.append(
            {
                "region": region,
                "page": pages.get(region.pk),
                "created": stat.created,
                "actions": stat.actions,
                "percent": stat.percent,
            }
        )
    return rows


def commission_rows(index_page):
    pages = list(CommissionPage.objects.child_of(index_page).live().public().order_by("path"))
    figures = percent_by_key(page.translation_key for page in pages)
    rows = []
    for page in pages:
        count, total = figures.get(page.translation_key, (0, 0))
        rows.append(
            {
                "page": page,
                "actions": count,
                "percent": round(total / count, 1) if count else None,
            }
        )
    return rows


def committee_news(page):
    """The committee's news articles, in the page's language, newest first: 2 queries."""
    news_ids = [link.news_id for link in page.news_links.all()]
    if not news_ids:
        return []
    keys = NewsPage.objects.filter(pk__in=news_ids).values("translation_key")
    return list(
        NewsPage.objects.filter(translation_key__in=keys, locale_id=page.locale_id)
        .filter(alias_of__isnull=True)
        .live()
        .public()
        .order_by("-date", "-pk")
    )


def upcoming_events(region, limit=6):
    """The next public events in the region's cities, in the reader's language, in one query."""
    return list(
        public_events(EventPage.objects.filter(locale_id=active_locale_id()))
        .filter(city__region=region, end__gte=timezone.now())
        .exclude(status=EventStatus.CANCELLED)[:limit]
    )
