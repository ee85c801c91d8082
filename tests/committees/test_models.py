import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase

from jawda.committees.models import (
    LATE,
    CommissionIndexPage,
    CommissionPage,
    CommitteeIndexPage,
    CommitteePage,
    RoadmapAction,
    is_late,
    overall_percent,
)
from jawda.committees.stats import national_summary, region_stats
from jawda.models import HomePage, Region

from ..factories import RoadmapActionFactory

TODAY = datetime.date(2026, 11, 22)
YESTERDAY = TODAY - datetime.timedelta(days=1)
TOMORROW = TODAY + datetime.timedelta(days=1)


class TestPageTree(WagtailPageTestCase):
    def test_committees_live_under_their_index_only(self):
        self.assertAllowedSubpageTypes(CommitteeIndexPage, {CommitteePage})
        self.assertAllowedParentPageTypes(CommitteePage, {CommitteeIndexPage})
        self.assertAllowedSubpageTypes(CommitteePage, set())
        self.assertAllowedParentPageTypes(CommitteeIndexPage, {HomePage})

    def test_commissions_live_under_their_index_only(self):
        self.assertAllowedSubpageTypes(CommissionIndexPage, {CommissionPage})
        self.assertAllowedParentPageTypes(CommissionPage, {CommissionIndexPage})
        self.assertAllowedSubpageTypes(CommissionPage, set())
        self.assertAllowedParentPageTypes(CommissionIndexPage, {HomePage})


@pytest.mark.parametrize(
    ("status", "percent", "due_date", "late"),
    [
        ("in_progress", 40, YESTERDAY, True),
        ("planned", 0, YESTERDAY, True),
        ("in_progress", 40, TODAY, False),  # due today is not late yet
        ("in_progress", 40, TOMORROW, False),
        ("done", 40, YESTERDAY, False),
        ("in_progress", 100, YESTERDAY, False),
    ],
)
def test_late_is_derived_from_the_due_date_in_python_and_sql(
    committees, status, percent, due_date, late
):
    page = committees.committee("casablanca-settat")
    action = RoadmapActionFactory(page=page, status=status, percent=percent, due_date=due_date)

    assert is_late(status, percent, due_date, today=TODAY) is late
    annotated = RoadmapAction.objects.with_effective_status(today=TODAY).get(pk=action.pk)
    assert (annotated.derived_status == LATE) is late
    assert annotated.status == status  # "late" is never stored


def test_effective_status_uses_todays_date(committees):
    page = committees.committee("casablanca-settat")
    action = RoadmapActionFactory(
        page=page, status="in_progress", due_date=timezone.localdate() - datetime.timedelta(1)
    )

    assert action.effective_status == LATE
    assert action.is_late


def test_overall_percent_is_the_plain_mean_of_the_actions():
    class A:
        def __init__(self, percent):
            self.percent = percent

    assert overall_percent([]) is None
    assert overall_percent([A(100), A(50), A(0)]) == 50.0
    assert overall_percent([A(100), A(0), A(0)]) == 33.3


def test_the_roadmap_is_the_same_in_both_languages(committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 100, 20)

    fr = page.roadmap_context()
    ar = page.arabic.roadmap_context()
    assert fr["overall_percent"] == ar["overall_percent"] == 60.0
    assert [a.pk for a in fr["actions"]] == [a.pk for a in ar["actions"]]


def test_national_summary_counts_regions_not_language_versions(committees):
    casablanca = committees.committee("casablanca-settat")
    committees.actions(casablanca, 100, 50)  # 75 %
    rabat = committees.committee("rabat-sale-kenitra")
    # Actions stored against the Arabic version count for the same committee.
    committees.actions(rabat.arabic, 25)
    committees.committee("fes-meknes")  # created, no roadmap yet
    committees.committee("oriental", created_on=None)  # not yet created

    summary = national_summary()

    assert summary.regions == Region.objects.count() == 12
    assert summary.committees_created == 3
    assert summary.roadmaps == 2
    assert summary.average_percent == 50.0  # (75 + 25) / 2: each committee weighs the same
    stats = region_stats()
    assert stats[casablanca.region_id].percent == 75.0
    assert stats[rabat.region_id].actions == 1


def test_unpublished_committees_are_not_counted(committees):
    page = committees.committee("casablanca-settat")
    committees.actions(page, 80)
    for version in CommitteePage.objects.filter(translation_key=page.translation_key):
        version.unpublish()

    assert national_summary().committees_created == 0
    assert national_summary().roadmaps == 0


def test_one_committee_page_per_region_and_language(committees):
    page = committees.committee("casablanca-settat")
    duplicate = CommitteePage(title="Autre", slug="autre", region=page.region, locale=page.locale)
    with pytest.raises(ValidationError) as error:
        duplicate.clean()
    assert "region" in error.value.message_dict

    # Saving runs the same check; the database refuses it too.
    other = committees.committee("oriental", arabic=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        CommitteePage.objects.filter(pk=other.pk).update(region=page.region)
    # The other language may have its own page for the region.
    assert page.arabic.region_id == page.region_id


def test_percent_must_be_between_0_and_100(committees):
    page = committees.committee("casablanca-settat")
    action = RoadmapAction(
        page=page, title_fr="x", owner="UMAQ", due_date=TODAY, status="planned", percent=150
    )
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "percent" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        action.save()


def test_a_roadmap_belongs_to_a_committee_or_a_commission(committees):
    action = RoadmapAction(
        page=committees.tree.page_fr, title_fr="x", owner="UMAQ", due_date=TODAY, percent=0
    )
    with pytest.raises(ValidationError) as error:
        action.full_clean()
    assert "page" in error.value.message_dict


def test_commission_reuses_the_roadmap(committees):
    commission = committees.commission("iso-9001", members=2)
    committees.actions(commission, 10, 30)

    assert commission.arabic.roadmap_context()["overall_percent"] == 20.0
    # Commissions do not count as regional committees.
    assert national_summary().roadmaps == 0
