"""Judging: what judges and the secretariat do, each step audited (docs/judging.md).

Judge-facing code finds applications only through `Application.objects.for_judge(user)`
(the conflict rule). Every change of a conflict, an assignment, a score or a sheet's status is
written to the append-only audit log with what it was before and after.
"""

import dataclasses

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from jawda.security.audit import record
from jawda.tasks import send_email

from . import aggregation
from .models import (
    Application,
    ApplicationStatus,
    Assignment,
    Conflict,
    ConflictDeclaration,
    ConflictSource,
    Judge,
    Score,
    ScoreSheet,
    SheetStatus,
    SubCriterion,
    referentiel_of,
    validate_score,
)

# Every judging event of the audit log starts with it (the secretariat's judging log).
AUDIT_PREFIX = "judging_"
DECLARATION_SIGNED = "judging_declaration_signed"
CONFLICT_RECORDED = "judging_conflict_recorded"
ASSIGNMENT_ADDED = "judging_assignment_added"
ASSIGNMENT_WITHDRAWN = "judging_assignment_withdrawn"
TEAM_LEADER_SET = "judging_team_leader_set"
SCORES_SAVED = "judging_scores_saved"
SHEET_SUBMITTED = "judging_sheet_submitted"
SHEET_REOPENED = "judging_sheet_reopened"

# The applications judges are assigned to: the secretariat found them eligible.
JUDGED_STATUSES = [ApplicationStatus.ELIGIBLE, ApplicationStatus.IN_REVIEW]


class JudgingError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def judge_of(user):
    """Her active judge profile, else None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Judge.objects.filter(user=user, active=True).first()


def declaration_year():
    return timezone.localdate().year


def has_signed(judge, year=None):
    return judge.declarations.filter(year=year or declaration_year()).exists()


def sign_declaration(judge, statement, request):
    year = declaration_year()
    declaration, created = ConflictDeclaration.objects.get_or_create(
        judge=judge, year=year, defaults={"statement": statement}
    )
    if created:
        record(
            DECLARATION_SIGNED,
            target=declaration,
            after={"year": year, "statement": statement},
            request=request,
        )
    return declaration


def _assignment_state(assignment):
    return {
        "application": str(assignment.application),
        "judge": str(assignment.judge),
        "team_leader": assignment.is_team_leader,
        "withdrawn": assignment.withdrawn_at is not None,
    }


def is_conflicted(judge, application):
    return Conflict.objects.filter(judge=judge, applicant_key=application.applicant_key).exists()


@transaction.atomic
def record_conflict(judge, application, kind, request, note="", source=ConflictSource.JUDGE):
    """Record her conflict with the applicant of `application` and withdraw her from every
    current assignment on that applicant's applications."""
    conflict, created = Conflict.objects.get_or_create(
        judge=judge,
        applicant_key=application.applicant_key,
        kind=kind,
        defaults={
            "application": application,
            "organisation_name": application.name,
            "source": source,
            "note": note,
            "recorded_by": request.user,
        },
    )
    if created:
        record(
            CONFLICT_RECORDED,
            target=conflict,
            after={
                "judge": str(judge),
                "applicant": conflict.organisation_name,
                "kind": kind,
                "source": source,
            },
            request=request,
        )
    conflicted = Assignment.objects.current().filter(
        judge=judge, application__applicant_key=application.applicant_key
    )
    for assignment in conflicted.select_related("application", "judge__user"):
        withdraw(assignment, request, reason=str(_("Conflict of interest")))
    return conflict


def withdraw(assignment, request, reason=""):
    before = _assignment_state(assignment)
    assignment.withdrawn_at = timezone.now()
    assignment.withdrawn_reason = reason[:255]
    assignment.is_team_leader = False
    assignment.save()
    record(
        ASSIGNMENT_WITHDRAWN,
        target=assignment,
        before=before,
        after={**_assignment_state(assignment), "reason": reason},
        request=request,
    )


@transaction.atomic
def assign(application, judge, request, team_leader=False, notify=True):
    """Assign `judge` (again) to `application`; refused when she is inactive or conflicted."""
    if not judge.active:
        raise JudgingError(_("This judge is not active."))
    if is_conflicted(judge, application):
        raise JudgingError(_("This judge has a conflict of interest with this applicant."))
    assignment, created = Assignment.objects.get_or_create(
        application=application,
        judge=judge,
        defaults={"assigned_by": request.user},
    )
    before = None if created else _assignment_state(assignment)
    if not created and assignment.withdrawn_at is None:
        raise JudgingError(_("This judge is already assigned to this application."))
    assignment.withdrawn_at = None
    assignment.withdrawn_reason = ""
    assignment.assigned_by = request.user
    assignment.assigned_at = timezone.now()
    assignment.save()
    record(
        ASSIGNMENT_ADDED,
        target=assignment,
        before=before,
        after=_assignment_state(assignment),
        request=request,
    )
    if team_leader:
        set_team_leader(assignment, request)
    if notify:
        transaction.on_commit(lambda: notify_assignment(assignment))
    return assignment


@transaction.atomic
def set_team_leader(assignment, request):
    if assignment.withdrawn_at is not None:
        raise JudgingError(_("A withdrawn judge cannot lead the team."))
    current = (
        Assignment.objects.current()
        .filter(application=assignment.application, is_team_leader=True)
        .exclude(pk=assignment.pk)
        .select_related("judge__user")
        .first()
    )
    if current is not None:
        current.is_team_leader = False
        current.save(update_fields=["is_team_leader"])
    assignment.is_team_leader = True
    assignment.save(update_fields=["is_team_leader"])
    record(
        TEAM_LEADER_SET,
        target=assignment,
        before={"team_leader": str(current.judge) if current else None},
        after={"team_leader": str(assignment.judge)},
        request=request,
    )


def notify_assignment(assignment):
    """Email the judge, in the first language she speaks, that she has an application."""
    assignment.refresh_from_db()
    judge = assignment.judge
    language = next(
        (code for code in judge.languages if code in dict(settings.LANGUAGES)),
        settings.LANGUAGE_CODE,
    )
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(language):
        context = {
            "assignment": assignment,
            "reference": assignment.application.reference,
            "url": base + reverse("awards_judging_sheet", args=[assignment.pk]),
        }
        subject = render_to_string("awards/email/assigned_subject.txt", context).strip()
        body = render_to_string("awards/email/assigned.txt", context)
    send_email.enqueue(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[judge.user.email],
    )
    Assignment.objects.filter(pk=assignment.pk).update(notified_at=timezone.now())


# ---------------------------------------------------------------------------------------------
# Score sheets


def subcriteria_of(application):
    referentiel = referentiel_of(application.edition)
    if referentiel is None:
        return []
    return list(
        SubCriterion.objects.filter(criterion__referentiel=referentiel)
        .select_related("criterion")
        .order_by("criterion__sort_order", "criterion__pk", "sort_order", "pk")
    )


def sheet_of(assignment):
    sheet, _created = ScoreSheet.objects.get_or_create(assignment=assignment)
    return sheet


def _score_state(score):
    return {
        "percent": score.percent,
        "strengths": score.strengths,
        "improvements": score.improvements,
    }


@dataclasses.dataclass
class Entry:
    """What she typed for one sub-criterion."""

    percent: int | None
    strengths: str
    improvements: str


@transaction.atomic
def save_scores(sheet, entries, request):
    """Save her draft: {sub-criterion id: Entry}. Refused once submitted; each changed score
    is audited with its values before and after."""
    sheet = ScoreSheet.objects.select_for_update().get(pk=sheet.pk)
    if sheet.is_submitted:
        raise JudgingError(
            _("This score sheet is submitted: the secretariat must reopen it first.")
        )
    errors = {}
    for sub_id, entry in entries.items():
        if entry.percent is not None:
            try:
                validate_score(entry.percent)
            except ValidationError as error:
                errors[sub_id] = error.messages[0]
    if errors:
        raise ValidationError(errors)
    existing = {score.subcriterion_id: score for score in sheet.scores.all()}
    changes = {}
    for sub_id, entry in entries.items():
        score = existing.get(sub_id) or Score(sheet=sheet, subcriterion_id=sub_id)
        before = _score_state(score) if score.pk else None
        score.percent = entry.percent
        score.strengths = entry.strengths
        score.improvements = entry.improvements
        if before == _score_state(score):
            continue
        if before is None and entry == Entry(None, "", ""):
            continue
        score.save()
        changes[sub_id] = (before, _score_state(score))
    if changes:
        codes = dict(SubCriterion.objects.filter(pk__in=changes).values_list("pk", "code"))
        record(
            SCORES_SAVED,
            target=sheet,
            before={codes[sub]: before for sub, (before, _after) in changes.items()},
            after={codes[sub]: after for sub, (_before, after) in changes.items()},
            request=request,
        )
    ScoreSheet.objects.filter(pk=sheet.pk).update(updated_at=timezone.now())
    return changes


def missing_entries(sheet, subcriteria):
    """{sub-criterion id: message} of what keeps the sheet from being submitted: a band for
    every sub-criterion, and strengths or areas for improvement written."""
    scores = {score.subcriterion_id: score for score in sheet.scores.all()}
    missing = {}
    for sub in subcriteria:
        score = scores.get(sub.pk)
        if score is None or score.percent is None:
            missing[sub.pk] = _("Choose a band.")
        elif not (score.strengths.strip() or score.improvements.strip()):
            missing[sub.pk] = _("Write the strengths or the areas for improvement.")
    return missing


def _change_status(sheet, status, action, request, **fields):
    """Move the sheet (already locked) to `status`, with `fields`, and audit it."""
    before = sheet.status
    sheet.status = status
    for name, value in fields.items():
        setattr(sheet, name, value)
    sheet.save()
    record(
        action, target=sheet, before={"status": before}, after={"status": status}, request=request
    )
    return sheet


@transaction.atomic
def submit_sheet(sheet, subcriteria, request):
    sheet = ScoreSheet.objects.select_for_update().get(pk=sheet.pk)
    if sheet.is_submitted:
        raise JudgingError(_("This score sheet is already submitted."))
    missing = missing_entries(sheet, subcriteria)
    if missing:
        raise ValidationError(missing)
    return _change_status(
        sheet, SheetStatus.SUBMITTED, SHEET_SUBMITTED, request, submitted_at=timezone.now()
    )


@transaction.atomic
def reopen_sheet(sheet, request):
    sheet = ScoreSheet.objects.select_for_update().get(pk=sheet.pk)
    if not sheet.is_submitted:
        raise JudgingError(_("This score sheet is not submitted."))
    return _change_status(
        sheet,
        SheetStatus.DRAFT,
        SHEET_REOPENED,
        request,
        reopened_by=request.user,
        reopened_at=timezone.now(),
    )


def others_visible(sheet):
    """The blind rule: she reads the other judges' scores only once she submitted hers."""
    return sheet.is_submitted


# ---------------------------------------------------------------------------------------------
# Automatic assignment


@dataclasses.dataclass
class Candidate:
    id: int
    sectors: frozenset
    languages: frozenset
    load: int = 0
    leads: int = 0


@dataclasses.dataclass
class Slot:
    """An application to staff: what the plan needs to know of it."""

    id: object
    sector: int | None
    language: str
    applicant_key: str
    judges: list = dataclasses.field(default_factory=list)
    leader: int | None = None


def fit(candidate, slot):
    """2 for her sector, 1 for the application's language."""
    return 2 * (slot.sector in candidate.sectors) + (slot.language in candidate.languages)


def plan(slots, candidates, conflicts, per_application):
    """Assignments to add and leaders to set, deterministically:

    For each application in the given order, while it has fewer than `per_application`
    judges, take the judge with the least load (assignments in the edition), then the best
    `fit`, then the lowest id, among the active ones not yet on it and without a conflict
    with its applicant (`conflicts`: a set of (judge id, applicant key)). Then, when it has no
    team leader, its judge with the fewest teams led, then the best fit, then the lowest id.

    Returns ([(slot id, judge id)], [(slot id, leader id)], [slot ids left short]).
    """
    added, leaders, short = [], [], []
    by_id = {candidate.id: candidate for candidate in candidates}
    for slot in slots:
        while len(slot.judges) < per_application:
            eligible = [
                c
                for c in candidates
                if c.id not in slot.judges and (c.id, slot.applicant_key) not in conflicts
            ]
            if not eligible:
                short.append(slot.id)
                break
            chosen = min(eligible, key=lambda c: (c.load, -fit(c, slot), c.id))
            chosen.load += 1
            slot.judges.append(chosen.id)
            added.append((slot.id, chosen.id))
        team = [by_id[judge] for judge in slot.judges if judge in by_id]
        if slot.leader is None and team:
            leader = min(team, key=lambda c: (c.leads, -fit(c, slot), c.id))
            leader.leads += 1
            slot.leader = leader.id
            leaders.append((slot.id, leader.id))
    return added, leaders, short


def applications_to_judge(edition):
    return Application.objects.filter(edition=edition, status__in=JUDGED_STATUSES).order_by(
        "reference", "pk"
    )


@transaction.atomic
def auto_assign(edition, request):
    """Complete the teams of `edition`'s applications (`plan`), notify the judges; returns
    (assignments added, applications left short)."""
    applications = {a.pk: a for a in applications_to_judge(edition)}
    judges = {
        j.pk: j for j in Judge.objects.filter(active=True).prefetch_related("sectors", "user")
    }
    current = Assignment.objects.current().filter(application__edition=edition)
    candidates = {
        j.pk: Candidate(
            id=j.pk,
            sectors=frozenset(s.pk for s in j.sectors.all()),
            languages=frozenset(j.languages),
        )
        for j in judges.values()
    }
    slots = {
        a.pk: Slot(id=a.pk, sector=a.sector_id, language=a.language, applicant_key=a.applicant_key)
        for a in applications.values()
    }
    for assignment in current:
        if assignment.judge_id in candidates:
            candidates[assignment.judge_id].load += 1
            candidates[assignment.judge_id].leads += assignment.is_team_leader
        if assignment.application_id in slots:
            slot = slots[assignment.application_id]
            slot.judges.append(assignment.judge_id)
            if assignment.is_team_leader:
                slot.leader = assignment.judge_id
    conflicts = set(
        Conflict.objects.filter(judge__in=judges).values_list("judge_id", "applicant_key")
    )
    added, leaders, short = plan(
        list(slots.values()),
        [candidates[pk] for pk in sorted(candidates)],
        conflicts,
        edition.judges_per_application,
    )
    created = []
    for application_id, judge_id in added:
        created.append(assign(applications[application_id], judges[judge_id], request))
    for application_id, judge_id in leaders:
        set_team_leader(
            Assignment.objects.get(application_id=application_id, judge_id=judge_id), request
        )
    return created, [applications[pk] for pk in short]


# ---------------------------------------------------------------------------------------------
# Aggregation for the secretariat


def edition_figures(edition):
    """Per application of `edition` with submitted sheets: totals per judge and mean, spreads
    with disagreement flags; and the judges' severity. A fixed number of queries."""
    referentiel = referentiel_of(edition)
    subcriteria = (
        list(
            SubCriterion.objects.filter(criterion__referentiel=referentiel)
            .select_related("criterion")
            .order_by("criterion__sort_order", "criterion__pk", "sort_order", "pk")
        )
        if referentiel
        else []
    )
    points = {sub.pk: sub.points for sub in subcriteria}
    scores = Score.objects.filter(
        sheet__assignment__application__edition=edition,
        sheet__status=SheetStatus.SUBMITTED,
        sheet__assignment__withdrawn_at__isnull=True,
        percent__isnull=False,
    ).values_list(
        "sheet__assignment__application_id",
        "sheet__assignment__judge_id",
        "subcriterion_id",
        "percent",
    )
    sheets = {}
    for application_id, judge_id, sub_id, percent in scores:
        sheets.setdefault(application_id, {}).setdefault(judge_id, {})[sub_id] = percent
    applications = {
        a.pk: a for a in Application.objects.filter(pk__in=sheets).order_by("reference")
    }
    judges = {
        j.pk: j
        for j in Judge.objects.filter(
            pk__in={judge for by_judge in sheets.values() for judge in by_judge}
        ).select_related("user")
    }
    threshold = edition.disagreement_threshold
    rows = []
    for application_id in aggregation.by_disagreement(
        {key: sheets[key] for key in sheets}, threshold
    ):
        by_judge = sheets[application_id]
        totals = aggregation.application_totals(points, by_judge)
        spreads = aggregation.spreads(by_judge, threshold)
        rows.append(
            {
                "application": applications[application_id],
                "totals": [(judges[j], total) for j, total in sorted(totals.per_judge.items())],
                "mean": totals.mean,
                "spreads": [(sub, spreads[sub.pk]) for sub in subcriteria if sub.pk in spreads],
                "flagged": sum(1 for s in spreads.values() if s.disagreement),
            }
        )
    severity = aggregation.severity(sheets.values())
    return {
        "rows": rows,
        "severity": [(judges[j], value) for j, value in sorted(severity.items())],
        "subcriteria": subcriteria,
    }
