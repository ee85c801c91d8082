"""After the consensus: shortlist and site visit, ranking, jury decision, publication, and
what the public and each applicant then read (docs/judging.md, "Results").

- **Ranked** applications are those whose consensus is agreed. Their final score is the site
  visit's adjusted total when the visit recorded one, else the consensus total (points ×
  percent / 100 over the référentiel, `aggregation.weighted_total`). Ranks are per category,
  highest score first (ties share no rank: the reference breaks them, so the order is stable).
- **Shortlisting** an application opens its site visit, whose issues to verify are written
  from the consensus comments and justifications; the visit's adjusted percents give the
  adjusted total.
- **Jury decision** per ranked application: trophy, certificate of recognition, certificate
  of encouragement or not retained, with the rank it had. Changes refused once published.
- **Publication** is refused while a ranked or shortlisted application has no decision; it
  stamps `results_published_at` on every language version of the edition and moves each
  application to its final status (history event). Nothing of the results shows before.
- Every shortlisting, visit change, decision and the publication go to the audit log.
"""

import dataclasses
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from jawda.security.audit import record

from . import aggregation
from .models import (
    Application,
    ApplicationEvent,
    ApplicationStatus,
    ConsensusStatus,
    JuryDecision,
    JuryOutcome,
    PrizeCategory,
    PrizeEditionPage,
    SiteVisit,
    SiteVisitScore,
    referentiel_of,
)

SHORTLISTED = "application_shortlisted"
SITE_VISIT_SAVED = "site_visit_saved"
JURY_DECISION_RECORDED = "jury_decision_recorded"
RESULTS_PUBLISHED = "results_published"

FINAL_STATUS = {
    JuryOutcome.TROPHY: ApplicationStatus.LAUREATE,
    JuryOutcome.RECOGNITION: ApplicationStatus.RECOGNISED,
    JuryOutcome.ENCOURAGEMENT: ApplicationStatus.RECOGNISED,
    JuryOutcome.NOT_RETAINED: ApplicationStatus.NOT_RETAINED,
}
DISTINCTIONS = [JuryOutcome.TROPHY, JuryOutcome.RECOGNITION, JuryOutcome.ENCOURAGEMENT]


class ResultsError(Exception):
    """What the edition's state refuses; the message is for the secretariat."""


def french_edition(edition):
    """The French version of `edition` (applications point at it)."""
    if edition.locale.language_code == "fr":
        return edition
    return PrizeEditionPage.objects.filter(
        translation_key=edition.translation_key, locale__language_code="fr"
    ).first()


def points_of(edition):
    """{sub-criterion id: points} of the edition's référentiel, and its total."""
    referentiel = referentiel_of(edition)
    if referentiel is None:
        return {}, 0
    criteria = referentiel.tree()
    return {sub.pk: sub.points for c in criteria for sub in c.children}, referentiel.total_points


def consensus_percents(application):
    """{sub-criterion id: percent} of the agreed consensus (prefetched scores)."""
    return {
        score.subcriterion_id: score.percent
        for score in application.consensus.scores.all()
        if score.percent is not None
    }


@dataclasses.dataclass
class Row:
    application: Application
    consensus_total: Decimal
    visit: SiteVisit | None
    decision: JuryDecision | None
    rank: int = 0

    @property
    def final(self):
        if self.visit is not None and self.visit.adjusted_total is not None:
            return self.visit.adjusted_total
        return self.consensus_total


def ranked_applications(edition):
    """The applications of `edition` (French) whose consensus is agreed, with what ranking
    needs, in a fixed number of queries."""
    return (
        Application.objects.filter(edition=edition, consensus__status=ConsensusStatus.AGREED)
        .select_related("consensus", "jury_decision", "site_visit")
        .prefetch_related("consensus__scores")
        .order_by("reference")
    )


def ranking(edition):
    """[(category code, label, [Row, ...] best first)] in the order of `PrizeCategory`."""
    points, _total = points_of(edition)
    rows = {}
    for application in ranked_applications(edition):
        rows.setdefault(application.category, []).append(
            Row(
                application=application,
                consensus_total=aggregation.weighted_total(points, consensus_percents(application)),
                visit=getattr(application, "site_visit", None),
                decision=getattr(application, "jury_decision", None),
            )
        )
    result = []
    for code, label in PrizeCategory.choices:
        if code not in rows:
            continue
        ordered = sorted(rows[code], key=lambda r: (-r.final, r.application.reference))
        for rank, row in enumerate(ordered, start=1):
            row.rank = rank
        result.append((code, label, ordered))
    return result


def rows_by_application(edition):
    return {row.application.pk: row for _c, _l, rows in ranking(edition) for row in rows}


def check_open(edition):
    if edition.results_published_at is not None:
        raise ResultsError(gettext("The results are published: they can no longer change."))


# ---------------------------------------------------------------------------------------------
# Shortlist and site visit


def issues_from_consensus(application, criteria):
    """The issues a site visit verifies: every consensus comment and justification, by
    sub-criterion, in the référentiel's order."""
    scores = {s.subcriterion_id: s for s in application.consensus.scores.all()}
    lines = []
    for criterion in criteria:
        for sub in criterion.children:
            score = scores.get(sub.pk)
            if score is None:
                continue
            for text in (score.comment, score.justification):
                if text.strip():
                    lines.append(f"{sub.code}. {sub.title_fr}: {text.strip()}")
    return "\n".join(lines)


def shortlist(application, request):
    """Shortlist a ranked application for a site visit; return the visit."""
    check_open(application.edition)
    with transaction.atomic():
        existing = SiteVisit.objects.filter(application=application).first()
        if existing is not None:
            return existing
        referentiel = referentiel_of(application.edition)
        criteria = referentiel.tree() if referentiel else []
        visit = SiteVisit.objects.create(
            application=application,
            issues_to_verify=issues_from_consensus(application, criteria),
        )
        consensus = consensus_percents(application)
        SiteVisitScore.objects.bulk_create(
            SiteVisitScore(visit=visit, subcriterion=sub, percent=consensus.get(sub.pk))
            for criterion in criteria
            for sub in criterion.children
        )
        before = application.status
        Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.SHORTLISTED)
        ApplicationEvent.objects.create(
            application=application, status=ApplicationStatus.SHORTLISTED, actor=request.user
        )
        record(
            SHORTLISTED,
            target=application,
            before={"status": before},
            after={"status": ApplicationStatus.SHORTLISTED, "site_visit": visit.pk},
            request=request,
        )
    return visit


def visit_values(visit):
    return {
        "date": visit.date.isoformat() if visit.date else None,
        "team": sorted(judge.pk for judge in visit.team.all()),
        "issues_to_verify": visit.issues_to_verify,
        "findings": visit.findings,
        "adjusted_total": str(visit.adjusted_total) if visit.adjusted_total is not None else None,
        "scores": {str(s.subcriterion_id): s.percent for s in visit.scores.all()},
    }


def save_visit(visit, data, request):
    """Store the visit's date, team, issues, findings and adjusted percents (`data`: cleaned
    form values; `percents` {sub-criterion id: percent}); the adjusted total follows."""
    check_open(visit.application.edition)
    with transaction.atomic():
        visit = SiteVisit.objects.select_for_update().get(pk=visit.pk)
        before = visit_values(visit)
        visit.date = data["date"]
        visit.issues_to_verify = data["issues_to_verify"]
        visit.findings = data["findings"]
        scores = {s.subcriterion_id: s for s in visit.scores.all()}
        for sub_id, percent in data["percents"].items():
            score = scores.get(sub_id) or SiteVisitScore(visit=visit, subcriterion_id=sub_id)
            if score.pk is None or score.percent != percent:
                score.percent = percent
                score.save()
        points, _total = points_of(visit.application.edition)
        adjusted = {
            sub: percent
            for sub, percent in data["percents"].items()
            if percent is not None and sub in points
        }
        visit.adjusted_total = aggregation.weighted_total(points, adjusted) if adjusted else None
        visit.save()
        visit.team.set(data["team"])
        record(
            SITE_VISIT_SAVED,
            target=visit,
            before=before,
            after=visit_values(visit),
            request=request,
        )
    return visit


# ---------------------------------------------------------------------------------------------
# Jury decision and publication


def record_decision(application, outcome, notes, request):
    """The jury's decision on a ranked application, with its rank now; audited."""
    edition = application.edition
    check_open(edition)
    row = rows_by_application(edition).get(application.pk)
    if row is None:
        raise ResultsError(gettext("Only a ranked application (consensus agreed) is decided."))
    with transaction.atomic():
        decision = JuryDecision.objects.select_for_update().filter(application=application).first()
        before = (
            {"outcome": decision.outcome, "rank": decision.rank, "notes": decision.notes}
            if decision
            else None
        )
        if decision is None:
            decision = JuryDecision(application=application)
        decision.outcome = outcome
        decision.rank = row.rank
        decision.notes = notes
        decision.decided_by = request.user
        decision.decided_at = timezone.now()
        decision.save()
        record(
            JURY_DECISION_RECORDED,
            target=application,
            before=before,
            after={"outcome": outcome, "rank": row.rank, "notes": notes},
            request=request,
        )
    return decision


def undecided(edition):
    """References of the ranked or shortlisted applications without a jury decision."""
    return list(
        Application.objects.filter(edition=edition, jury_decision__isnull=True)
        .filter(Q(consensus__status=ConsensusStatus.AGREED) | Q(site_visit__isnull=False))
        .order_by("reference")
        .values_list("reference", flat=True)
    )


def publish(edition, request):
    """Publish the results of `edition` (French); ResultsError when they cannot be."""
    with transaction.atomic():
        edition = PrizeEditionPage.objects.select_for_update().get(pk=edition.pk)
        check_open(edition)
        missing = undecided(edition)
        if missing:
            raise ResultsError(
                gettext(
                    "The results cannot be published: the jury has not decided on %(references)s."
                )
                % {"references": ", ".join(missing)}
            )
        decisions = list(
            JuryDecision.objects.filter(application__edition=edition).select_related("application")
        )
        if not decisions:
            raise ResultsError(gettext("The results cannot be published: no jury decision yet."))
        now = timezone.now()
        versions = PrizeEditionPage.objects.filter(translation_key=edition.translation_key)
        versions.update(results_published_at=now)
        _stamp_latest_revisions(versions, now)
        for decision in decisions:
            status = FINAL_STATUS[decision.outcome]
            Application.objects.filter(pk=decision.application_id).update(status=status)
            ApplicationEvent.objects.create(
                application=decision.application, status=status, actor=request.user, at=now
            )
        record(
            RESULTS_PUBLISHED,
            target=edition,
            after={
                "published_at": now,
                "decisions": {d.application.reference: d.outcome for d in decisions},
            },
            request=request,
        )
    return now


def _stamp_latest_revisions(versions, now):
    """Editors publish a page from its latest revision, which holds every field: without the
    date in it, the next publication of the edition would take the results offline."""
    for page in versions.select_related("latest_revision"):
        revision = page.latest_revision
        if revision is not None:
            revision.content["results_published_at"] = now.isoformat()
            revision.save(update_fields=["content"])


# ---------------------------------------------------------------------------------------------
# What the public reads


def published_results(edition):
    """[(category code, label, [(rank, organisation name, outcome)])] of a published edition
    (any language version): only the distinctions, never a score nor who was not retained."""
    if edition.results_published_at is None:
        return []
    decisions = (
        JuryDecision.objects.filter(
            application__edition__translation_key=edition.translation_key,
            outcome__in=DISTINCTIONS,
        )
        .select_related("application__applicant")
        .order_by("rank", "application__reference")
    )
    by_category = {}
    for decision in decisions:
        by_category.setdefault(decision.application.category, []).append(decision)
    return [
        (code, label, by_category[code])
        for code, label in PrizeCategory.choices
        if code in by_category
    ]


def laureates_club(language):
    """Every distinction of every published edition, newest edition first: [(edition page in
    `language` or French, [decision, ...])]. The club des lauréats."""
    decisions = (
        JuryDecision.objects.filter(
            application__edition__results_published_at__isnull=False,
            outcome__in=DISTINCTIONS,
        )
        .select_related("application__edition", "application__applicant")
        .order_by("-application__edition__year", "application__category", "rank")
    )
    groups = {}
    for decision in decisions:
        groups.setdefault(decision.application.edition.translation_key, []).append(decision)
    pages = {
        page.translation_key: page
        for page in PrizeEditionPage.objects.live()
        .public()
        .filter(translation_key__in=groups, locale__language_code=language)
    }
    result = []
    for key, items in groups.items():
        edition = pages.get(key)
        if edition is not None:
            result.append((edition, items))
    return result
