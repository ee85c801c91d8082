"""Judging models: the conflict rule in the queries, scores as bands, nothing deleted."""

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from awards.models import (
    Application,
    Assignment,
    Conflict,
    ConflictKind,
    ConflictSource,
    Score,
    ScoreSheet,
    SubCriterion,
)
from jawda.security.models import AppendOnlyError

from .conftest import make_judge

pytestmark = pytest.mark.django_db


def test_a_judge_sees_only_the_applications_she_is_assigned_to(atlas, souss):
    judge = make_judge()
    Assignment.objects.create(application=atlas, judge=judge)
    assert list(Application.objects.for_judge(judge.user)) == [atlas]
    assert list(Assignment.objects.for_judge(judge.user)) == [atlas.assignments.get()]


def test_a_conflict_with_the_applicant_hides_the_application_even_when_assigned(edition, atlas):
    judge = make_judge()
    Assignment.objects.create(application=atlas, judge=judge)
    Conflict.objects.create(
        judge=judge, application=atlas, kind=ConflictKind.SUPPLIER, source=ConflictSource.JUDGE
    )
    assert not Application.objects.for_judge(judge.user).exists()
    assert not Assignment.objects.for_judge(judge.user).exists()
    # The conflict holds against the organisation, for its other applications too.
    conflict = Conflict.objects.get()
    assert conflict.applicant_key == "ice:001234567000089"
    assert conflict.organisation_name == "Atlas Composants"


def test_a_withdrawn_assignment_or_an_inactive_judge_sees_nothing(atlas, souss):
    judge = make_judge()
    Assignment.objects.create(application=atlas, judge=judge, withdrawn_at=timezone.now())
    Assignment.objects.create(application=souss, judge=judge)
    assert list(Application.objects.for_judge(judge.user)) == [souss]
    judge.active = False
    judge.save()
    assert not Application.objects.for_judge(judge.user).exists()


def test_anonymous_and_other_members_see_no_application(atlas, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    Assignment.objects.create(application=atlas, judge=make_judge())
    assert not Application.objects.for_judge(AnonymousUser()).exists()
    assert not Application.objects.for_judge(make_judge().user).exists()


def test_one_team_leader_per_application(atlas):
    Assignment.objects.create(application=atlas, judge=make_judge(), is_team_leader=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(application=atlas, judge=make_judge(), is_team_leader=True)


@pytest.mark.parametrize("percent", [-5, 7, 105])
def test_a_score_outside_the_bands_is_refused_by_the_model_and_the_database(atlas, percent):
    sheet = ScoreSheet.objects.create(
        assignment=Assignment.objects.create(application=atlas, judge=make_judge())
    )
    sub = SubCriterion.objects.first()
    score = Score(sheet=sheet, subcriterion=sub, percent=percent)
    with pytest.raises(ValidationError):
        score.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        # A negative number cannot even be stored in an unsigned column on some databases:
        # either way the database refuses it.
        score.save()


def test_scores_and_sheets_are_never_deleted(atlas):
    assignment = Assignment.objects.create(application=atlas, judge=make_judge())
    sheet = ScoreSheet.objects.create(assignment=assignment)
    score = Score.objects.create(sheet=sheet, subcriterion=SubCriterion.objects.first(), percent=55)
    for obj in (score, sheet, assignment):
        with pytest.raises(AppendOnlyError):
            obj.delete()
        with pytest.raises(AppendOnlyError):
            type(obj).objects.filter(pk=obj.pk).delete()
    assert Score.objects.get().percent == 55
