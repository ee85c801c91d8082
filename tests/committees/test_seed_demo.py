from django.core.management import call_command

from wagtail.models import Page

from jawda.committees.models import (
    CommissionMember,
    CommissionPage,
    CommitteeMember,
    CommitteePage,
    RoadmapAction,
)
from jawda.committees.stats import national_summary


def counts():
    return (
        Page.objects.count(),
        CommitteePage.objects.count(),
        CommissionPage.objects.count(),
        CommitteeMember.objects.count(),
        CommissionMember.objects.count(),
        RoadmapAction.objects.count(),
    )


def test_seed_demo_creates_the_committees_and_commissions_once(client, db, settings):
    settings.JAWDA_ALLOW_DEMO = True

    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")

    assert counts() == first
    for language in ("fr", "ar"):
        committees = CommitteePage.objects.filter(locale__language_code=language, live=True)
        assert committees.filter(alias_of__isnull=True).count() == 12
        commissions = CommissionPage.objects.filter(locale__language_code=language)
        assert commissions.filter(alias_of__isnull=True).count() == 8
    summary = national_summary()
    assert (summary.regions, summary.committees_created, summary.roadmaps) == (12, 5, 5)
    assert 0 < summary.average_percent < 100
    for url in (
        "/fr/comites/",
        "/ar/comites/",
        "/fr/comites/casablanca-settat/",
        "/ar/comites/casablanca-settat/",
        "/ar/comites/oriental/",
        "/fr/commissions-umaq/",
        "/ar/commissions-umaq/pme-pmi/",
    ):
        assert client.get(url).status_code == 200, url
    arabic = client.get("/ar/comites/casablanca-settat/").content.decode()
    assert "كريم التازي" in arabic and "Karim Tazi" not in arabic
    assert "إعداد خارطة الطريق للجنة" in arabic
