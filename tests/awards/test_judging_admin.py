"""The secretariat's judging admin: automatic and manual assignment, conflicts recorded in
the admin, reopening a sheet, the judges' figures; and who may open them."""

import itertools

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from awards import judging
from awards.judging import Candidate, Slot, plan
from awards.models import Assignment, Conflict, Score, ScoreSheet, SheetStatus, SubCriterion
from jawda.models import Sector
from jawda.security.models import AuditEvent

from .conftest import make_judge, request_by, submitted_application

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_french():
    with translation.override("fr"):
        yield


# ---------------------------------------------------------------------------------------------
# The plan, as a pure function


def slots(count, **fields):
    return [
        Slot(id=n, sector=None, language="fr", applicant_key=f"ice:{n}", **fields)
        for n in range(count)
    ]


def candidates(count, **fields):
    return [Candidate(id=n, sectors=frozenset(), languages=frozenset({"fr"})) for n in range(count)]


def test_plan_balances_the_load_and_sets_one_leader_per_application():
    applications, judges = slots(7), candidates(5)
    added, leaders, short = plan(applications, judges, set(), 3)
    assert not short
    assert all(len(slot.judges) == 3 for slot in applications)
    loads = [judge.load for judge in judges]
    assert sum(loads) == 21
    assert max(loads) - min(loads) <= 1
    assert len(leaders) == 7
    assert all(slot.leader in slot.judges for slot in applications)
    leads = [judge.leads for judge in judges]
    assert max(leads) - min(leads) <= 1


def test_plan_never_assigns_a_conflicted_judge_and_reports_shortfalls():
    applications, judges = slots(4), candidates(3)
    conflicts = {(0, "ice:1"), (1, "ice:1"), (2, "ice:2")}
    added, _leaders, short = plan(applications, judges, conflicts, 2)
    assert not any((judge, f"ice:{slot}") in conflicts for slot, judge in added)
    assert short == [1]
    assert applications[1].judges == [2]


def test_plan_prefers_sector_then_language_and_is_deterministic():
    application = Slot(id="a", sector=7, language="ar", applicant_key="ice:a")
    judges = [
        Candidate(id=1, sectors=frozenset(), languages=frozenset({"fr"})),
        Candidate(id=2, sectors=frozenset(), languages=frozenset({"ar"})),
        Candidate(id=3, sectors=frozenset({7}), languages=frozenset({"fr"})),
    ]
    added, leaders, _short = plan([application], judges, set(), 2)
    assert added == [("a", 3), ("a", 2)]
    assert leaders == [("a", 3)]


def test_plan_keeps_existing_teams():
    application = Slot(id="a", sector=None, language="fr", applicant_key="k", judges=[1], leader=1)
    judges = candidates(3)
    judges[1].load = 1
    added, leaders, _short = plan([application], judges, set(), 2)
    assert added == [("a", 0)]
    assert leaders == []


# ---------------------------------------------------------------------------------------------
# The admin pages


@pytest.fixture
def applications(edition):
    return [
        submitted_application(
            edition, f"Org {n}", f"{n + 1:015d}", language="ar" if n % 2 else "fr"
        )
        for n in range(5)
    ]


def test_automatic_assignment_in_the_admin(
    client, secretariat, edition, applications, django_capture_on_commit_callbacks
):
    sector = Sector.objects.first()
    judges = [make_judge(languages=("ar",) if n == 0 else ("fr",)) for n in range(4)]
    judges[1].sectors.set([sector])
    Conflict.objects.create(
        judge=judges[2], application=applications[0], kind="competitor", source="secretariat"
    )
    client.force_login(secretariat)
    url = reverse("awards_judging_admin:assignments", args=[edition.pk])
    assert url in client.get(reverse("awards_judging_admin:index")).content.decode()
    assert client.get(url).status_code == 200
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "auto"})
    assert response.status_code == 302
    current = Assignment.objects.current()
    assert current.count() == 5 * edition.judges_per_application
    assert not current.filter(judge=judges[2], application=applications[0]).exists()
    loads = [current.filter(judge=judge).count() for judge in judges]
    assert max(loads) - min(loads) <= 1
    for application in applications:
        assert current.filter(application=application, is_team_leader=True).count() == 1
    assert len(mail.outbox) == 15
    arabic = [m for m in mail.outbox if m.to == [judges[0].user.email]]
    assert arabic and "للتقييم" in arabic[0].subject
    assert Assignment.objects.filter(notified_at__isnull=False).count() == 15
    assert AuditEvent.objects.filter(action=judging.ASSIGNMENT_ADDED).count() == 15
    # Again: nothing to add.
    client.post(url, {"action": "auto"})
    assert Assignment.objects.current().count() == 15


def test_manual_assignment_refuses_a_conflicted_judge(client, secretariat, edition, applications):
    judge = make_judge()
    Conflict.objects.create(
        judge=judge, application=applications[0], kind="family", source="secretariat"
    )
    client.force_login(secretariat)
    url = reverse("awards_judging_admin:assignments", args=[edition.pk])
    response = client.post(
        url,
        {"action": "assign", "application": applications[0].pk, "judge": judge.pk},
        follow=True,
    )
    assert "Cet évaluateur a un conflit" in response.content.decode()
    assert not Assignment.objects.exists()

    response = client.post(url, {"action": "assign", "application": "nope", "judge": judge.pk})
    assert response.status_code == 400
    assert not Assignment.objects.exists()

    client.post(
        url,
        {
            "action": "assign",
            "application": applications[1].pk,
            "judge": judge.pk,
            "team_leader": "on",
        },
    )
    assignment = Assignment.objects.get()
    assert assignment.is_team_leader

    other = make_judge()
    client.post(url, {"action": "assign", "application": applications[1].pk, "judge": other.pk})
    second = Assignment.objects.get(judge=other)
    client.post(url, {"action": "leader", "assignment": second.pk})
    assignment.refresh_from_db()
    second.refresh_from_db()
    assert (assignment.is_team_leader, second.is_team_leader) == (False, True)

    client.post(url, {"action": "withdraw", "assignment": second.pk})
    second.refresh_from_db()
    assert second.withdrawn_at is not None and not second.is_team_leader
    assert AuditEvent.objects.filter(action=judging.ASSIGNMENT_WITHDRAWN).count() == 1
    assert AuditEvent.objects.filter(action=judging.TEAM_LEADER_SET).count() == 2


def test_the_secretariat_reopens_a_submitted_sheet(client, secretariat, edition, applications):
    judge = make_judge()
    assignment = Assignment.objects.create(application=applications[0], judge=judge)
    sheet = ScoreSheet.objects.create(assignment=assignment, status=SheetStatus.SUBMITTED)
    client.force_login(secretariat)
    url = reverse("awards_judging_admin:assignments", args=[edition.pk])
    assert "Rouvrir la grille de notation" in client.get(url).content.decode()
    client.post(url, {"action": "reopen", "assignment": assignment.pk})
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.DRAFT
    assert sheet.reopened_by == secretariat


def test_a_conflict_recorded_in_the_admin_withdraws_the_judge(
    client, secretariat, edition, applications
):
    judge = make_judge()
    assignment = Assignment.objects.create(application=applications[0], judge=judge)
    client.force_login(secretariat)
    response = client.post(
        reverse("awards_conflict:add"),
        {"judge": judge.pk, "application": applications[0].pk, "kind": "employee", "note": ""},
    )
    assert response.status_code == 302
    conflict = Conflict.objects.get()
    assert (conflict.source, conflict.recorded_by) == ("secretariat", secretariat)
    assignment.refresh_from_db()
    assert assignment.withdrawn_at is not None
    # Never deleted.
    assert client.get(f"/admin/awards/conflicts/delete/{conflict.pk}/").status_code == 404


def test_judges_and_editors_get_no_judging_admin(client, editor, edition):
    judge = make_judge()
    urls = [
        reverse("awards_judging_admin:index"),
        reverse("awards_judging_admin:assignments", args=[edition.pk]),
        reverse("awards_judging_admin:figures", args=[edition.pk]),
    ]
    client.force_login(judge.user)
    for url in urls:
        assert client.get(url).status_code in (302, 403), url
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code in (302, 403), url


def score_everything(applications, judges, percents):
    subs = list(SubCriterion.objects.order_by("pk"))
    values = itertools.cycle(percents)
    for application in applications:
        for judge in judges:
            assignment = Assignment.objects.create(application=application, judge=judge)
            sheet = ScoreSheet.objects.create(assignment=assignment, status=SheetStatus.SUBMITTED)
            for sub in subs:
                Score.objects.create(sheet=sheet, subcriterion=sub, percent=next(values))


def test_figures_show_totals_spreads_and_severity_in_fixed_queries(
    client, secretariat, edition, django_assert_max_num_queries
):
    client.force_login(secretariat)
    url = reverse("awards_judging_admin:figures", args=[edition.pk])
    first = [submitted_application(edition, f"A{n}", f"{n + 1:015d}") for n in range(2)]
    score_everything(first, [make_judge() for _ in range(2)], [40, 80, 55])
    with django_assert_max_num_queries(40) as small:
        response = client.get(url)
    page = response.content.decode()
    assert "désaccord" in page
    more = [submitted_application(edition, f"B{n}", f"{n + 100:015d}") for n in range(8)]
    score_everything(more, [make_judge() for _ in range(4)], [50, 55, 60, 95])
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert response.content.decode().count("PNQ-") >= 10


def test_reopening_is_refused_for_a_draft(edition, applications):
    assignment = Assignment.objects.create(application=applications[0], judge=make_judge())
    sheet = ScoreSheet.objects.create(assignment=assignment)
    with pytest.raises(judging.JudgingError):
        judging.reopen_sheet(sheet, request_by(assignment.judge.user))


def test_the_secretariat_reads_and_exports_the_judging_log_only(
    client, secretariat, edition, applications
):
    judge = make_judge()
    judging.assign(applications[0], judge, request_by(secretariat), notify=False)
    client.force_login(secretariat)
    url = reverse("awards_judging_log:index")
    page = client.get(url).content.decode()
    assert judging.ASSIGNMENT_ADDED in page
    response = client.get(url + "?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert judging.ASSIGNMENT_ADDED in content
    other = AuditEvent.objects.create(action="login", actor_repr="someone")
    assert client.get(reverse("awards_judging_log:inspect", args=[other.pk])).status_code == 404
    event = AuditEvent.objects.get(action=judging.ASSIGNMENT_ADDED)
    assert client.get(reverse("awards_judging_log:inspect", args=[event.pk])).status_code == 200
    client.force_login(judge.user)
    assert client.get(url).status_code in (302, 403)


def test_the_secretariat_adds_a_judge_who_joins_the_judges_group(client, secretariat):
    from django.contrib.auth.models import Group

    from awards.groups import JUDGES
    from awards.models import Judge

    from ..factories import UserFactory

    user = UserFactory()
    client.force_login(secretariat)
    response = client.post(
        reverse("awards_judge:add"), {"user": user.pk, "languages": ["ar"], "active": "on"}
    )
    assert response.status_code == 302
    judge = Judge.objects.get(user=user)
    assert judge.languages == ["ar"]
    assert user.groups.filter(name=JUDGES).exists()
    assert not Group.objects.get(name=JUDGES).permissions.exists()
    response = client.post(reverse("awards_judge:add"), {"user": "", "languages": ["xx"]})
    assert response.status_code == 200
    assert Judge.objects.count() == 1
    assert client.get(f"/admin/awards/judges/delete/{judge.pk}/").status_code == 404
