"""Which gaps matter most: the ones that move the firm up the ladder and towards the city's targets.

A gap counts for more when it is the only thing standing between the firm and a title (closing it
changes a verdict), and when it belongs to the next step of the ladder the firm has not yet reached.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessments.engine import Assessment
from assessments.results import Gap, Row, SchemeResult, Status, Verdict

# The ladder a firm climbs, then the schemes beside it; the Xiamen targets come first as the city's aim.
ORDER = (
    "xiamen_2026_targets",
    "innovative_sme",
    "srdi_sme",
    "little_giant",
    "tech_sme",
    "hnte",
    "digital_level",
)


@dataclass(frozen=True)
class RankedGap:
    scheme: SchemeResult
    row: Row
    gap: Gap
    blocking: bool  # the scheme fails on this row alone (closing it changes the verdict)


def ranked_gaps(assessment: Assessment) -> list[RankedGap]:
    found: list[RankedGap] = []
    for name in ORDER:
        result = assessment.results.get(name)
        if result is None or result.verdict in (Verdict.QUALIFIES, Verdict.NOT_IN_FORCE):
            continue
        failing = _failing(result)
        for row in failing:
            found.append(RankedGap(result, row, row.gap, blocking=len(failing) == 1))
    return sorted(found, key=lambda g: (not g.blocking, ORDER.index(g.scheme.scheme), g.gap.amount is None))


def _failing(result: SchemeResult) -> list[Row]:
    """The failed conditions with a gap; a scored indicator below its maximum only when a score
    condition (a subtotal, the total) fails: then its points are the way to close that one."""
    failing = [r for r in result.rows if r.status is Status.NOT_MET and r.gap is not None]
    conditions = [r for r in failing if not scored_indicator(r)]
    score_short = any(r.gap is not None and r.gap.unit == "points" for r in conditions)
    return failing if score_short else conditions


def scored_indicator(row: Row) -> bool:
    """A row that gives points (5 / 6 分, 3–4 / 10 分): below its maximum it is no failed condition;
    its points count in the total, whose own row carries the gap when the total falls short (issue 12)."""
    return row.points is not None and row.max_points is not None


def top_gaps(assessment: Assessment, count: int = 3) -> list[RankedGap]:
    """The most valuable gaps, one per criterion label (the same R&D gap is not listed twice)."""
    seen: set[str] = set()
    chosen = []
    for item in ranked_gaps(assessment):
        if scored_indicator(item.row):  # 5 / 6 分 is a score: its total's own gap speaks for it
            continue
        key = item.gap.field or item.row.label.zh
        if key in seen:
            continue
        seen.add(key)
        chosen.append(item)
        if len(chosen) == count:
            break
    return chosen
