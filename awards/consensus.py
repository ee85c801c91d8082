"""The consensus review: the team leader turns her team's independent scores into one score
per sub-criterion (docs/judging.md, "Consensus").

- She opens an application's consensus once every current judge of it has submitted her
  score sheet; each consensus percent starts at the judges' mean rounded to the scale.
- Her list of consensus work is ordered by disagreement (`aggregation.disagreement_key`, with
  each edition's threshold): the most disputed applications first.
- Per sub-criterion: a percent (0–100 in steps of 5), a comment, and a written justification
  required where the percent departs from the judges' mean by more than the edition's
  `justification_threshold`.
- No lost update: the form carries the consensus `version` it was read at; saving moves the
  version on with `UPDATE … WHERE version = <read>`, so the second of two saves made from the
  same version is refused (`StaleConsensus`) and its text shown again, never written over
  the first.
- Opening, each save and the agreement are written to the audit log (before and after).
"""

import dataclasses
from decimal import Decimal

from django import forms
from django.db import transaction
from django.db.models import F, Prefetch
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from jawda.i18n import local_number
from jawda.security.audit import record

from . import aggregation, bands
from .applications import criteria_of
from .models import (
    Application,
    ApplicationEvent,
    ApplicationStatus,
    Assignment,
    Consensus,
    ConsensusScore,
    ConsensusStatus,
    Score,
    SheetStatus,
)

CONSENSUS_OPENED = "consensus_opened"
CONSENSUS_SAVED = "consensus_saved"
CONSENSUS_AGREED = "consensus_agreed"

SCORE_CHOICES = [("", "—")] + [(str(p), f"{p} %") for p in range(0, 101, bands.STEP)]


class ConsensusError(Exception):
    """What the consensus' state refuses; the message is for the team leader."""


class StaleConsensus(ConsensusError):
    def __init__(self):
        super().__init__(
            gettext(
                "Someone else saved this consensus after you opened it. Nothing of yours was "
                "saved: your text is kept below, next to what was saved meanwhile. Check it "
                "and save again."
            )
        )


def leader_assignments(user):
    """Her current team-leader assignments, on applications she may judge (conflict rule)."""
    return Assignment.objects.for_judge(user).filter(is_team_leader=True)


def led_application(user, pk):
    """The application `pk` if `user` leads its team now, else None."""
    return (
        Application.objects.for_judge(user)
        .filter(pk=pk, assignments__in=leader_assignments(user))
        .select_related("edition")
        .first()
    )


def team_prefetch():
    """The current assignments of an application with their sheet and scores."""
    return Prefetch(
        "assignments",
        queryset=Assignment.objects.current()
        .select_related("sheet")
        .prefetch_related(Prefetch("sheet__scores", queryset=Score.objects.all())),
        to_attr="team",
    )


def submitted_sheets(application):
    """{assignment id: {sub-criterion id: percent}} of the team's submitted sheets (prefetched
    with `team_prefetch`)."""
    sheets = {}
    for assignment in application.team:
        sheet = getattr(assignment, "sheet", None)
        if sheet is not None and sheet.status == SheetStatus.SUBMITTED:
            sheets[assignment.pk] = {
                score.subcriterion_id: score.percent
                for score in sheet.scores.all()
                if score.percent is not None
            }
    return sheets


def is_ready(application):
    """Every current judge of the application has submitted her sheet."""
    return bool(application.team) and all(
        getattr(a, "sheet", None) is not None and a.sheet.status == SheetStatus.SUBMITTED
        for a in application.team
    )


def judges_means(sheets):
    """{sub-criterion id: the judges' mean percent (Decimal)}."""
    by_sub = {}
    for percents in sheets.values():
        for sub, percent in percents.items():
            by_sub.setdefault(sub, []).append(percent)
    return {sub: aggregation.mean(values) for sub, values in by_sub.items()}


@dataclasses.dataclass
class Work:
    application: Application
    ready: bool
    submitted: int
    judges: int
    flagged: int
    largest_spread: int
    consensus: Consensus | None


def consensus_work(user):
    """Her list of consensus work, most disputed first, in a fixed number of queries."""
    applications = (
        Application.objects.for_judge(user)
        .filter(assignments__in=leader_assignments(user))
        .select_related("edition", "consensus")
        .prefetch_related(team_prefetch())
        .distinct()
    )
    work = []
    for application in applications:
        sheets = submitted_sheets(application)
        flagged, largest = aggregation.disagreement_key(
            sheets, application.edition.disagreement_threshold
        )
        work.append(
            Work(
                application=application,
                ready=is_ready(application),
                submitted=len(sheets),
                judges=len(application.team),
                flagged=flagged,
                largest_spread=largest,
                consensus=getattr(application, "consensus", None),
            )
        )
    work.sort(key=lambda w: (-w.flagged, -w.largest_spread, w.application.reference or ""))
    return work


def load(application):
    """The application with its team, sheets and consensus scores, for the consensus page."""
    return (
        Application.objects.filter(pk=application.pk)
        .select_related("edition", "consensus")
        .prefetch_related(team_prefetch(), "consensus__scores")
        .get()
    )


def open_consensus(application, request):
    """Open the consensus of `application` (her team's sheets all submitted); return it."""
    with transaction.atomic():
        application = Application.objects.select_for_update().get(pk=application.pk)
        application = load(application)
        existing = getattr(application, "consensus", None)
        if existing is not None:
            return existing
        if not is_ready(application):
            raise ConsensusError(
                gettext("Every judge of the team must submit her score sheet first.")
            )
        means = judges_means(submitted_sheets(application))
        consensus = Consensus.objects.create(application=application, opened_by=request.user)
        subcriteria = [sub for c in criteria_of(application) for sub in c.children]
        ConsensusScore.objects.bulk_create(
            ConsensusScore(
                consensus=consensus,
                subcriterion=sub,
                percent=bands.nearest_step(means[sub.pk]) if sub.pk in means else None,
            )
            for sub in subcriteria
        )
        ApplicationEvent.objects.create(
            application=application, status=ApplicationStatus.CONSENSUS, actor=request.user
        )
        Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.CONSENSUS)
        record(
            CONSENSUS_OPENED,
            target=consensus,
            after={"application": application.reference, "version": consensus.version},
            request=request,
        )
    return consensus


class ConsensusForm(forms.Form):
    """One percent, comment and justification per sub-criterion, and the version read."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, application, criteria, sheets, agree=False, **kwargs):
        self.application = application
        self.criteria = criteria
        self.sheets = sheets
        self.means = judges_means(sheets)
        self.agree = agree
        self.saved = {}
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            for sub in criterion.children:
                self.fields[f"percent_{sub.pk}"] = forms.TypedChoiceField(
                    label=_("Consensus score"),
                    choices=SCORE_CHOICES,
                    coerce=int,
                    empty_value=None,
                    required=False,
                )
                self.fields[f"comment_{sub.pk}"] = forms.CharField(
                    label=_("Comment"),
                    required=False,
                    max_length=4000,
                    widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                )
                self.fields[f"justification_{sub.pk}"] = forms.CharField(
                    label=_("Justification"),
                    required=False,
                    max_length=4000,
                    widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
                )

    def clean(self):
        cleaned = super().clean()
        threshold = self.application.edition.justification_threshold
        for criterion in self.criteria:
            for sub in criterion.children:
                percent = cleaned.get(f"percent_{sub.pk}")
                if percent is None:
                    if self.agree and f"percent_{sub.pk}" not in self.errors:
                        self.add_error(
                            f"percent_{sub.pk}",
                            _("Give the consensus score before marking the consensus agreed."),
                        )
                    continue
                mean = self.means.get(sub.pk)
                justification = (cleaned.get(f"justification_{sub.pk}") or "").strip()
                departs = mean is not None and abs(Decimal(percent) - mean) > threshold
                if departs and not justification:
                    self.add_error(
                        f"justification_{sub.pk}",
                        _(
                            "The consensus departs from the judges' mean (%(mean)s %%) by "
                            "more than %(threshold)s points: write why."
                        )
                        % {"mean": local_number(mean), "threshold": threshold},
                    )
        return cleaned

    def rows(self):
        """[(criterion, [row, ...])], a row per sub-criterion: its judges' scores, their mean,
        whether they disagree, the three fields, and what was saved meanwhile (`saved`, after
        a refused save) where it differs from what she typed."""
        spreads = aggregation.spreads(self.sheets, self.application.edition.disagreement_threshold)
        result = []
        for criterion in self.criteria:
            rows = []
            for sub in criterion.children:
                fields = {name: self[f"{name}_{sub.pk}"] for name in FIELDS}
                meanwhile = {
                    name: self.saved[f"{name}_{sub.pk}"]
                    for name in FIELDS
                    if f"{name}_{sub.pk}" in self.saved
                    and str(self.saved[f"{name}_{sub.pk}"] or "") != str(fields[name].value() or "")
                }
                spread = spreads.get(sub.pk)
                rows.append(
                    {
                        "sub": sub,
                        "scores": sorted(p[sub.pk] for p in self.sheets.values() if sub.pk in p),
                        "mean": self.means.get(sub.pk),
                        "disagreement": spread is not None and spread.disagreement,
                        "meanwhile": meanwhile,
                        **fields,
                    }
                )
            result.append((criterion, rows))
        return result


FIELDS = ("percent", "comment", "justification")


def initial_of(consensus):
    initial = {"version": consensus.version}
    for score in consensus.scores.all():
        initial[f"percent_{score.subcriterion_id}"] = score.percent
        initial[f"comment_{score.subcriterion_id}"] = score.comment
        initial[f"justification_{score.subcriterion_id}"] = score.justification
    return initial


def _values(score):
    return {
        "percent": score.percent,
        "comment": score.comment,
        "justification": score.justification,
    }


def save_consensus(consensus, form, request, agree=False):
    """Write the valid `form` if the consensus is still at the version it was read at.

    Raises StaleConsensus when someone saved in between, ConsensusError once agreed."""
    cleaned = form.cleaned_data
    with transaction.atomic():
        if consensus.status == ConsensusStatus.AGREED:
            raise ConsensusError(gettext("This consensus is agreed: it can no longer change."))
        moved = Consensus.objects.filter(
            pk=consensus.pk, version=cleaned["version"], status=ConsensusStatus.OPEN
        ).update(version=F("version") + 1, updated_at=timezone.now())
        if not moved:
            raise StaleConsensus()
        existing = {s.subcriterion_id: s for s in consensus.scores.all()}
        before, after = {}, {}
        for criterion in form.criteria:
            for sub in criterion.children:
                score = existing.get(sub.pk) or ConsensusScore(
                    consensus=consensus, subcriterion=sub
                )
                old = _values(score)
                score.percent = cleaned.get(f"percent_{sub.pk}")
                score.comment = cleaned.get(f"comment_{sub.pk}", "")
                score.justification = cleaned.get(f"justification_{sub.pk}", "")
                new = _values(score)
                if new != old or score.pk is None:
                    score.save()
                    before[sub.code], after[sub.code] = old, new
        consensus.refresh_from_db(fields=["version", "status", "updated_at"])
        record(
            CONSENSUS_SAVED,
            target=consensus,
            before={"version": cleaned["version"], "scores": before},
            after={"version": consensus.version, "scores": after},
            request=request,
        )
        if agree:
            consensus.status = ConsensusStatus.AGREED
            consensus.agreed_at = timezone.now()
            consensus.save(update_fields=["status", "agreed_at", "updated_at"])
            record(
                CONSENSUS_AGREED,
                target=consensus,
                before={"status": ConsensusStatus.OPEN},
                after={"status": ConsensusStatus.AGREED, "version": consensus.version},
                request=request,
            )
    return consensus
