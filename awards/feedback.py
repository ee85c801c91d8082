"""The feedback report of an applicant once her edition's results are published: a PDF in
her language with her scores by criterion and their bands, the consensus notes, the judges'
strengths and areas for improvement merged without their names, and her position against her
category's average. Rendered at each download from the stored scores; never with a judge's
name.
"""

from django.utils import translation

from jawda.i18n import local_date, local_number

from . import aggregation, bands
from .applications import edition_for, write_pdf
from .models import Score, SheetStatus, in_language, referentiel_of
from .results import consensus_percents, rows_by_application

TEMPLATE = "awards/results/feedback_pdf.html"


def _merged(texts):
    """Non-empty texts once each, in their order: the same remark from two judges is one."""
    seen, merged = set(), []
    for text in texts:
        text = text.strip()
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            merged.append(text)
    return merged


def feedback_context(application):
    """Everything the report shows, as plain values; None when there is no report yet."""
    edition = application.edition
    if edition.results_published_at is None:
        return None
    rows = rows_by_application(edition)
    row = rows.get(application.pk)
    if row is None:
        return None
    language = application.language
    referentiel = referentiel_of(edition)
    criteria = referentiel.tree()
    percents = consensus_percents(row.application)
    if row.visit is not None and row.visit.adjusted_total is not None:
        percents.update(
            {s.subcriterion_id: s.percent for s in row.visit.scores.all() if s.percent is not None}
        )
    comments = {s.subcriterion_id: s.comment for s in row.application.consensus.scores.all()}
    remarks = {}
    for score in Score.objects.filter(
        sheet__assignment__application=application,
        sheet__assignment__withdrawn_at__isnull=True,
        sheet__status=SheetStatus.SUBMITTED,
    ).order_by("sheet__assignment__assigned_at", "pk"):
        strengths, improvements = remarks.setdefault(score.subcriterion_id, ([], []))
        strengths.append(score.strengths)
        improvements.append(score.improvements)
    points = {sub.pk: sub.points for c in criteria for sub in c.children}
    report_criteria = []
    for criterion in criteria:
        own = {sub.pk: percents[sub.pk] for sub in criterion.children if sub.pk in percents}
        score = aggregation.weighted_total(points, own)
        percent = bands.nearest_step(score * 100 / criterion.points)
        subcriteria = []
        for sub in criterion.children:
            strengths, improvements = remarks.get(sub.pk, ([], []))
            subcriteria.append(
                {
                    "code": sub.code,
                    "title": in_language(sub, "title", language),
                    "percent": percents.get(sub.pk),
                    "band": bands.band_for(sub.bands(referentiel, language), percents.get(sub.pk)),
                    "comment": comments.get(sub.pk, ""),
                    "strengths": _merged(strengths),
                    "improvements": _merged(improvements),
                }
            )
        report_criteria.append(
            {
                "code": criterion.code,
                "title": in_language(criterion, "title", language),
                "points": criterion.points,
                "score": local_number(score, language),
                "percent": percent,
                "band": bands.band_for(referentiel.bands(language), percent),
                "subcriteria": subcriteria,
            }
        )
    peers = [r.final for r in rows.values() if r.application.category == application.category]
    average = aggregation.mean(peers)
    difference = aggregation.rounded(row.final - average)
    with translation.override(language):
        category = str(application.get_category_display())
        decision = row.decision.get_outcome_display() if row.decision else ""
        decision = str(decision)
    return {
        "reference": application.reference,
        "organisation": application.name,
        "edition_title": edition_for(application, language).title,
        "category": category,
        "published": local_date(edition.results_published_at, language=language),
        "total": local_number(row.final, language),
        "max_total": local_number(referentiel.total_points, language),
        "category_average": local_number(average, language),
        "category_count": len(peers),
        "position": "above" if difference > 0 else "below" if difference < 0 else "at",
        "difference": local_number(abs(difference), language),
        "decision": decision,
        "criteria": report_criteria,
    }


def render_feedback(context, language):
    """The report's PDF bytes for `context` (see `feedback_context`), in `language`."""
    return write_pdf(TEMPLATE, context, language)
