"""awards.aggregation against the worked example of docs/judging.md, number for number."""

from decimal import Decimal

from awards import aggregation

POINTS = {"1a": 60, "1b": 40, "2a": 100}
THRESHOLD = 30
EXAMPLE = {
    "A": {
        "Amina": {"1a": 50, "1b": 40, "2a": 70},
        "Bilal": {"1a": 60, "1b": 80, "2a": 65},
        "Chama": {"1a": 40, "1b": 45, "2a": 60},
    },
    "B": {
        "Amina": {"1a": 30, "1b": 35, "2a": 50},
        "Bilal": {"1a": 70, "1b": 70, "2a": 55},
    },
    "C": {
        "Amina": {"1a": 50, "1b": 60, "2a": 80},
        "Chama": {"1a": 55, "1b": 60, "2a": 75},
    },
}


def test_weighted_totals_per_judge_and_mean():
    totals = {
        key: aggregation.application_totals(POINTS, sheets) for key, sheets in EXAMPLE.items()
    }
    assert totals["A"].per_judge == {"Amina": 116, "Bilal": 133, "Chama": 102}
    assert totals["A"].mean == Decimal("117.00")
    assert totals["B"].per_judge == {"Amina": 82, "Bilal": 125}
    assert totals["B"].mean == Decimal("103.50")
    assert totals["C"].per_judge == {"Amina": 134, "Chama": 132}
    assert totals["C"].mean == Decimal("133.00")


def test_weighted_total_is_exact_for_odd_points():
    assert aggregation.weighted_total({"x": 33}, {"x": 55}) == Decimal("18.15")


def test_spreads_and_disagreement_flags():
    spreads = aggregation.spreads(EXAMPLE["A"], THRESHOLD)
    assert {sub: (s.spread, s.disagreement) for sub, s in spreads.items()} == {
        "1a": (20, False),
        "1b": (40, True),
        "2a": (10, False),
    }
    spreads = aggregation.spreads(EXAMPLE["B"], THRESHOLD)
    assert {sub: (s.spread, s.disagreement) for sub, s in spreads.items()} == {
        "1a": (40, True),
        "1b": (35, True),
        "2a": (5, False),
    }


def test_a_spread_equal_to_the_threshold_is_not_flagged():
    sheets = {"x": {"1a": 40}, "y": {"1a": 70}}
    assert aggregation.spreads(sheets, 30)["1a"].disagreement is False


def test_a_sub_criterion_scored_by_one_judge_has_no_spread():
    assert aggregation.spreads({"x": {"1a": 40}, "y": {"1b": 70}}, 30) == {}


def test_severity_is_the_mean_deviation_from_the_other_judges():
    assert aggregation.severity(EXAMPLE.values()) == {
        "Amina": Decimal("-10.56"),
        "Bilal": Decimal("22.08"),
        "Chama": Decimal("-6.25"),
    }


def test_a_judge_never_compared_has_no_severity():
    assert aggregation.severity([{"alone": {"1a": 50}}]) == {}


def test_applications_ordered_by_disagreement():
    assert aggregation.by_disagreement(EXAMPLE, THRESHOLD) == ["B", "A", "C"]
