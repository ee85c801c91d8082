"""Scoring bands written as text, one per line: "0-25: No evidence", "30-50: Some evidence"…

RADAR-style scoring goes from 0 to 100 % in steps of 5; a band is a range of those scores
with the guidance a judge reads for it. The bands of a référentiel (or of one sub-criterion)
must follow each other without gap or overlap from 0 to 100. Text rather than rows keeps one
form, one spreadsheet cell and one representation for the secretariat to edit.
"""

import dataclasses
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

STEP = 5
LINE = re.compile(r"^\s*(\d{1,3})\s*%?\s*[-–—]\s*(\d{1,3})\s*%?\s*:\s*(.+?)\s*$")


@dataclasses.dataclass(frozen=True)
class Band:
    low: int
    high: int
    guidance: str


def parse(text):
    """[Band, ...] from `text` (empty text: no bands); ValidationError naming every bad line."""
    result, errors = [], []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        match = LINE.match(line)
        if match is None:
            errors.append(
                _("Line %(line)s: write a band as “30-50: guidance”, not “%(text)s”.")
                % {"line": number, "text": line.strip()[:60]}
            )
            continue
        low, high, guidance = int(match[1]), int(match[2]), match[3]
        if low % STEP or high % STEP or not 0 <= low <= high <= 100:
            errors.append(
                _(
                    "Line %(line)s: the band %(low)s-%(high)s must go from 0 to 100 in steps "
                    "of %(step)s, its start not after its end."
                )
                % {"line": number, "low": low, "high": high, "step": STEP}
            )
            continue
        result.append(Band(low, high, guidance))
    if not errors and result:
        expected = 0
        for band in result:
            if band.low != expected:
                errors.append(
                    _("The band %(low)s-%(high)s should start at %(expected)s.")
                    % {"low": band.low, "high": band.high, "expected": expected}
                )
                break
            expected = band.high + STEP
        else:
            if result[-1].high != 100:
                errors.append(_("The last band must end at 100."))
    if errors:
        raise ValidationError(errors)
    return result


def ranges(parsed):
    return [(band.low, band.high) for band in parsed]


def band_for(parsed, percent):
    """The band of `parsed` holding `percent` (None without bands or percent)."""
    if percent is None:
        return None
    for band in parsed:
        if band.low <= percent <= band.high:
            return band
    return None


def nearest_step(value):
    """`value` (a number) rounded to the nearest score of the scale, halves up."""
    return min(100, max(0, int((value * 2 + STEP) // (2 * STEP)) * STEP))
