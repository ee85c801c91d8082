"""Judged applications for the consensus and results tests: judges, their submitted sheets,
an agreed consensus, written through the models as the judging views would."""

import itertools

from django.utils import timezone

from awards.applications import criteria_of
from awards.models import (
    Application,
    ApplicationStatus,
    Assignment,
    Consensus,
    ConsensusScore,
    ConsensusStatus,
    Judge,
    Score,
    ScoreSheet,
    SheetStatus,
)

from ..factories import UserFactory, with_totp

_references = itertools.count(1)


def make_judge(first_name="Amina", last_name="Judge"):
    """A judge with her second factor (the judges' group requires one)."""
    user = with_totp(UserFactory(first_name=first_name, last_name=last_name))
    return Judge.objects.create(user=user, languages=["fr", "ar"])


def make_application(edition, category="large", name="Atlas Composants", language="fr"):
    number = next(_references)
    applicant = UserFactory()
    return Application.objects.create(
        edition=edition,
        applicant=applicant,
        applicant_key=f"ice:{number:015d}",
        ice=f"{number:015d}",
        reference=f"PNQ-{edition.year}-{number:04d}",
        status=ApplicationStatus.IN_REVIEW,
        applicant_type="organisation",
        organisation_name=name,
        category=category,
        language=language,
        submitted_at=timezone.now(),
    )


def subcriteria(application):
    return [sub for criterion in criteria_of(application) for sub in criterion.children]


def score(application, judge, percents, leader=False, submitted=True, strengths="", afi=""):
    """Assign `judge` and give her sheet `percents` (one per sub-criterion, in order)."""
    assignment = Assignment.objects.create(
        application=application, judge=judge, is_team_leader=leader
    )
    sheet = ScoreSheet.objects.create(
        assignment=assignment,
        status=SheetStatus.SUBMITTED if submitted else SheetStatus.DRAFT,
        submitted_at=timezone.now() if submitted else None,
    )
    for sub, percent in zip(subcriteria(application), percents, strict=True):
        Score.objects.create(
            sheet=sheet, subcriterion=sub, percent=percent, strengths=strengths, improvements=afi
        )
    return assignment


def agree(application, percents, comment="Démarche structurée"):
    """An agreed consensus of `application` with `percents` (one per sub-criterion)."""
    consensus = Consensus.objects.create(
        application=application, status=ConsensusStatus.AGREED, agreed_at=timezone.now()
    )
    for sub, percent in zip(subcriteria(application), percents, strict=True):
        ConsensusScore.objects.create(
            consensus=consensus, subcriterion=sub, percent=percent, comment=comment
        )
    return consensus
