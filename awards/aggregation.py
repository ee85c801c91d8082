"""The judges' numbers, as pure functions (docs/judging.md has a worked example).

Inputs are plain mappings, so the same code serves the secretariat's views, the consensus and
the tests:

- `points`: {sub-criterion id: points from the référentiel};
- `sheets`: {judge: {sub-criterion id: percent}} for one application, percent 0–100 in steps
  of 5 (a sub-criterion she left empty is simply absent).

Totals are in points (points × percent / 100), exact as `Decimal`; means and severities are
rounded to two decimals, half up.
"""

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

CENTS = Decimal("0.01")


def rounded(value):
    return Decimal(value).quantize(CENTS, rounding=ROUND_HALF_UP)


def mean(values):
    values = list(values)
    if not values:
        return None
    return rounded(sum(Decimal(v) for v in values) / len(values))


def weighted_total(points, percents):
    """The points a set of percents earns: Σ points × percent / 100 over the scored ones."""
    return sum(
        (Decimal(points[sub]) * percent / 100 for sub, percent in percents.items()),
        Decimal(0),
    )


@dataclasses.dataclass(frozen=True)
class Totals:
    per_judge: dict
    mean: Decimal | None


def application_totals(points, sheets):
    """Each judge's weighted total for one application, and their mean."""
    per_judge = {judge: weighted_total(points, percents) for judge, percents in sheets.items()}
    return Totals(per_judge=per_judge, mean=mean(per_judge.values()))


@dataclasses.dataclass(frozen=True)
class Spread:
    low: int
    high: int
    disagreement: bool

    @property
    def spread(self):
        return self.high - self.low


def spreads(sheets, threshold):
    """{sub-criterion: Spread} over the judges who scored it; flagged when max − min exceeds
    `threshold` (percentage points). A sub-criterion scored by one judge has no spread."""
    by_sub = {}
    for percents in sheets.values():
        for sub, percent in percents.items():
            by_sub.setdefault(sub, []).append(percent)
    return {
        sub: Spread(
            low=min(values), high=max(values), disagreement=max(values) - min(values) > threshold
        )
        for sub, values in by_sub.items()
        if len(values) > 1
    }


def severity(applications):
    """{judge: mean deviation} over `applications` (an iterable of `sheets`).

    For every sub-criterion she scored alongside at least one other judge, her deviation is
    her percent minus the mean of the other judges' percents on it; her severity is the mean
    of those deviations. Negative: stricter than her colleagues; positive: more lenient.
    Judges never compared with anyone are left out.
    """
    deviations = {}
    for sheets in applications:
        for judge, percents in sheets.items():
            for sub, percent in percents.items():
                others = [
                    other[sub] for name, other in sheets.items() if name != judge and sub in other
                ]
                if others:
                    deviation = Decimal(percent) - Decimal(sum(others)) / len(others)
                    deviations.setdefault(judge, []).append(deviation)
    return {judge: mean(values) for judge, values in deviations.items()}


def disagreement_key(sheets, threshold):
    """(flagged sub-criteria, largest spread) of one application: higher is more disputed."""
    found = spreads(sheets, threshold).values()
    return (
        sum(1 for spread in found if spread.disagreement),
        max((spread.spread for spread in found), default=0),
    )


def by_disagreement(applications, threshold):
    """The keys of `applications` ({key: sheets}), most disputed first: most flagged
    sub-criteria, then largest spread, then key (so the order is stable)."""

    def order(key):
        flagged, largest = disagreement_key(applications[key], threshold)
        return (-flagged, -largest, key)

    return sorted(applications, key=order)
