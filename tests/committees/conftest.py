import datetime

import pytest

from wagtail.models import Page

from jawda.committees.models import (
    CommissionIndexPage,
    CommissionMember,
    CommissionPage,
    CommitteeIndexPage,
    CommitteeMember,
    CommitteePage,
)
from jawda.models import Region

from ..conftest import publish, translate
from ..factories import RoadmapActionFactory


class Committees:
    """The tree of tests/conftest.py with a committees index and a commissions index, both
    translated into Arabic, and helpers to add committees with members and actions."""

    def __init__(self, tree):
        self.tree = tree
        self.index_fr = self.add(
            tree.home_fr, CommitteeIndexPage(title="Comités régionaux", slug="comites")
        )
        self.index_ar = translate(self.index_fr, tree.ar, title="اللجان الجهوية للجودة")
        self.commissions_fr = self.add(
            tree.home_fr, CommissionIndexPage(title="Commissions", slug="commissions")
        )
        self.commissions_ar = translate(self.commissions_fr, tree.ar, title="اللجان الموضوعاتية")

    def add(self, parent, page):
        parent = Page.objects.get(pk=parent.pk)
        parent.add_child(instance=page)
        return publish(page)

    def committee(self, code, created_on=datetime.date(2025, 1, 15), members=0, arabic=True):
        region = Region.objects.get(code=code)
        page = self.add(
            self.index_fr,
            CommitteePage(
                title=f"Comité {region.name_fr}",
                slug=code,
                region=region,
                created_on=created_on,
                president_name="Karim Tazi",
                president_organisation="CCIS",
                contact_email="comite@jawda.ma",
                partners=[("partner", {"name": "CCIS", "kind": "chamber", "url": ""})],
                members=[
                    CommitteeMember(name=f"Membre {n}", organisation="UMAQ", role="Membre")
                    for n in range(members)
                ],
            ),
        )
        if arabic:
            # wagtail-localize has put an alias in the Arabic tree; the translation replaces it.
            alias = page.get_translation_or_none(self.tree.ar)
            if alias is not None:
                alias.delete()
            page.arabic = translate(page, self.tree.ar, title=f"لجنة {region.name_ar}")
        return page

    def commission(self, code, members=0):
        page = self.add(
            self.commissions_fr,
            CommissionPage(
                title=f"Commission {code}",
                slug=code,
                code=code,
                mission="<p>Mission</p>",
                members=[
                    CommissionMember(name=f"Membre {n}", organisation="CGEM", role="Membre")
                    for n in range(members)
                ],
            ),
        )
        alias = page.get_translation_or_none(self.tree.ar)
        if alias is not None:
            alias.delete()
        page.arabic = translate(page, self.tree.ar, title=f"لجنة {code}")
        return page

    def actions(self, page, *percents, **fields):
        return [RoadmapActionFactory(page=page, percent=p, **fields) for p in percents]

    def add_members(self, page, count):
        for n in range(count):
            CommitteeMember.objects.create(page=page, name=f"Extra {n}", organisation="X")


@pytest.fixture
def committees(tree):
    return Committees(tree)
