"""The action plan and the Xiamen support measures as both reports show them, in words.

Both writers take the plan the user keeps (saved in the `.srdi` file) and the planned spend; without a
plan they build one with `build_plan`, so a report always has one, and say that it was generated, not
edited. The texts here (flips in words, measure numbers, reasons, citations) are shared by the PDF and
the workbook so the two read alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from assessments.engine import Assessment
from assessments.labels import trust
from assessments.model import Action, ActionPlan, Flip, PlannedSpend
from assessments.support.effects import flip_text
from assessments.support.matching import MatchStatus, MeasureMatch, match, measures_pack, period
from assessments.support.plan import build_plan

FLIP_ORDER = {"verdict": 0, "status": 1, "points": 2}  # a changed verdict says the most


@dataclass(frozen=True)
class Support:
    """What the two report sections need: the plan, whether it was generated for the report, the measures."""

    plan: ActionPlan
    generated: bool  # built for this report, not the user's edited plan
    matches: tuple[MeasureMatch, ...]
    spend_entered: bool
    document: str  # the measures' document, "" when none is in force
    start: dt.date | None
    end: dt.date | None

    def by_status(self, status: MatchStatus) -> list[MeasureMatch]:
        return [m for m in self.matches if m.status is status]


# The last support worked out, (assessment, (plan, spend, today), support): an export writes the workbook
# and the PDF of one assessment, and a plan built from the spend re-evaluates the firm for each action.
_LAST: dict[str, tuple[Assessment, tuple[object, ...], Support]] = {}


def support_for(
    assessment: Assessment,
    plan: ActionPlan | None,
    spend: PlannedSpend | None,
    today: dt.date | None = None,
) -> Support:
    """The user's plan, or one built now from the assessment and the spend."""
    today = today or dt.date.today()
    key = (plan, spend, today)
    last = _LAST.get("support")
    if last is not None and last[0] is assessment and last[1] == key:
        return last[2]
    support = _support(assessment, plan, spend, today)
    _LAST["support"] = (assessment, key, support)
    return support


def _support(
    assessment: Assessment, plan: ActionPlan | None, spend: PlannedSpend | None, today: dt.date
) -> Support:
    pack = measures_pack(assessment.on)
    start, end = period(pack) if pack is not None else (None, None)
    return Support(
        plan=plan if plan is not None else build_plan(assessment, spend, today=today),
        generated=plan is None,
        matches=tuple(match(assessment, spend, pack)),
        spend_entered=spend is not None and spend != PlannedSpend(),
        document=pack.source.doc if pack is not None else "",
        start=start,
        end=end,
    )


def open_first(plan: ActionPlan, count: int) -> list[Action]:
    """The first `count` actions not done yet (all done: the first ones), in the plan's order."""
    pending = [a for a in plan.actions if not a.done]
    return (pending or list(plan.actions))[:count]


def ordered_flips(flips: Iterable[Flip]) -> list[Flip]:
    return sorted(flips, key=lambda f: FLIP_ORDER[f.kind])


def flip_words(flip: Flip, assessment: Assessment, lang: str) -> str:
    """ "创新型中小企业 · 研发费用：未达标 → 达标"; a scheme not assessed any more says what is known."""
    if flip.scheme in assessment.results:
        return flip_text(flip, assessment).get(lang)
    where = f"{flip.scheme} · {flip.row}" if flip.row else flip.scheme
    return (
        f"{where}：{flip.before} → {flip.after}" if lang == "zh" else f"{where}: {flip.before} → {flip.after}"
    )


def measure_numbers(numbers: Iterable[int]) -> str:
    """Measure numbers with runs shortened: "4–14, 16, 18, 19" (commas and spaces, so a line breaks
    between numbers, never inside one)."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def reasons_text(found: MeasureMatch, lang: str) -> str:
    return ("；" if lang == "zh" else "; ").join(r.get(lang) for r in found.reasons)


def cite_text(found: MeasureMatch, lang: str) -> str:
    """The citation with how far its source is confirmed, in plain words ("官方原文" … "单一资料，待核验")."""
    return f"{found.cite} · {trust(found.source.confidence).get(lang)}"


def total(found: Iterable[MeasureMatch]) -> tuple[int, Decimal, bool]:
    """(how many, their known amounts summed, whether some amount is a maximum)."""
    chosen = list(found)
    priced = [m for m in chosen if m.amount is not None]
    return len(chosen), sum((m.amount for m in priced if m.amount), Decimal(0)), any(m.up_to for m in priced)
