"""The action plan: the engine's gaps turned into steps, each re-run through the engine to show what it flips.

An action changes inputs ("raise FY2025 R&D by 10万"). What it achieves is found by applying the change
with `assessments.edit.set_path` and assessing again, never guessed. Each action names the support
measures that co-fund it once it is done, its cost where one is known (an R&D raise, a planned spend),
the subsidy claimable on that cost and the net cost, and a due date from the measures pack's calendar
(application windows, the data-year end, the end of a title's validity).

Order: actions that flip a verdict first, then those that meet a criterion or gain points, each by net
cost per flip or point, then by due date. `merge` keeps the user's owner, due date, done flag and note
of every action with the same id when the plan is rebuilt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assessments.engine import Assessment
from assessments.labels import year_field
from assessments.model import Action, ActionPlan, Change, PlannedSpend
from assessments.numbers import fmt_pct, num, pct, quantize
from assessments.priorities import RankedGap, ranked_gaps
from assessments.results import SchemeResult, Status, Text, Verdict
from assessments.rules.schema import MeasuresPack, Subsidy
from assessments.support.effects import VERDICT_LABELS, Outcome, flip_text, gain, outcome
from assessments.support.matching import (
    TITLE_LABELS,
    MatchStatus,
    MeasureMatch,
    current_level,
    level_name,
    match,
    measures_pack,
    title_expiry,
    title_valid,
)

# Which measures co-fund a change, by the input it changes (the measure's `helps`).
HELPS = {
    "rd_expense": "rd_expense",
    "revenue": "revenue",
    "main_revenue": "revenue",
    "rd_staff": "talent",
    "st_staff": "talent",
    "total_liabilities": "debt",
    "qualified_equity": "equity",
    "ip": "class1_ip",
    "official_digital_level": "digital_level",
    "market_share_pct": "market_share",
}
# A change of these also changes the whole they are part of (new main-business revenue is revenue,
# new R&D staff are staff), as the gap functions assume (assessments.gaps).
COMPANIONS = {"main_revenue": "revenue", "rd_staff": "staff", "st_staff": "staff"}
LOWERED = {"total_liabilities"}  # the debt-ratio gap is a reduction of liabilities
TITLE_SCHEMES = ("innovative_sme", "tech_sme", "srdi_sme", "little_giant", "hnte")
SHARE_PLACES = Decimal(10) ** -4  # display precision of a share, in percent


@dataclass(frozen=True)
class Context:
    assessment: Assessment
    spend: PlannedSpend
    pack: MeasuresPack | None
    matches: tuple[MeasureMatch, ...]


def build_plan(
    assessment: Assessment,
    spend: PlannedSpend | None = None,
    previous: ActionPlan | None = None,
    today: dt.date | None = None,
) -> ActionPlan:
    """The plan for the firm; with `previous`, the user's edits of the same actions are kept."""
    spend = spend or PlannedSpend()
    pack = measures_pack(assessment.on)
    ctx = Context(assessment, spend, pack, tuple(match(assessment, spend, pack)))
    actions = [*gap_actions(ctx), *title_actions(ctx), *claim_actions(ctx), *renewal_actions(ctx)]
    plan = ActionPlan(
        actions=tuple(sorted(actions, key=value_for_effort)), generated_on=today or dt.date.today()
    )
    return merge(plan, previous) if previous is not None else plan


def merge(fresh: ActionPlan, previous: ActionPlan) -> ActionPlan:
    """`fresh` with the owner, due date, done flag and note of `previous` for every action of the same id.

    An earlier action the user has worked on (owner, note or done) that is no longer generated (its gap
    closed) is kept at the end, so no edit is lost.
    """
    old = {a.id: a for a in previous.actions}
    kept = tuple(_with_edits(a, old.get(a.id)) for a in fresh.actions)
    fresh_ids = {a.id for a in fresh.actions}
    orphans = tuple(a for a in previous.actions if a.id not in fresh_ids and (a.owner or a.note or a.done))
    return fresh.model_copy(update={"actions": kept + orphans})


def _with_edits(action: Action, before: Action | None) -> Action:
    if before is None:
        return action
    edits = {"owner": before.owner, "due": before.due, "done": before.done, "note": before.note}
    return action.model_copy(update=edits)


# --- actions from the engine's gaps ---------------------------------------------------------------------


def gap_actions(ctx: Context) -> list[Action]:
    actions, seen = [], set()
    for gap in ranked_gaps(ctx.assessment):
        changes = changes_for(gap, ctx.assessment)
        if changes is None or changes in seen:
            continue
        seen.add(changes)
        result = outcome(ctx.assessment, changes)
        if _improves(gap, result):
            actions.append(_gap_action(gap, result, ctx))
    return actions


def changes_for(gap: RankedGap, assessment: Assessment) -> tuple[Change, ...] | None:
    """The input changes that close a gap, or None when the gap is not a quantity the firm can move."""
    amount, where = gap.gap.amount, gap.gap.field
    if amount is None or not where:
        return None
    if where.startswith("years."):
        return _year_changes(where, amount, gap.gap.unit, assessment)
    if where == "ip":
        return (Change(path="ip", value=amount, unit="count"),)
    if where == "digital":
        level = current_level(assessment)
        if level is None or gap.gap.unit != "level":  # a gap in points is a questionnaire path, not a level
            return None
        return (
            Change(
                path="honours.official_digital_level",
                value=level + amount,
                before=Decimal(level),
                unit="level",
            ),
        )
    if where == "honours.market_share_pct":
        share = assessment.firm.honours.market_share_pct
        return (
            None if share is None else (Change(path=where, value=share + amount, before=share, unit="pct"),)
        )
    return None


def _year_changes(
    where: str, amount: Decimal, unit: str, assessment: Assessment
) -> tuple[Change, ...] | None:
    _, key, name = where.split(".")
    year = assessment.firm.plan() if key == "plan" else assessment.firm.year(int(key))
    now = getattr(year, name, None) if year is not None else None
    if not isinstance(now, Decimal):
        return None
    delta = -amount if name in LOWERED else amount
    changes = [Change(path=where, value=now + delta, before=now, unit=unit)]
    whole = COMPANIONS.get(name)
    whole_now = getattr(year, whole) if whole else None
    if whole and isinstance(whole_now, Decimal):
        changes.append(
            Change(path=f"years.{key}.{whole}", value=whole_now + delta, before=whole_now, unit=unit)
        )
    return tuple(changes)


def _improves(gap: RankedGap, result: Outcome) -> bool:
    """The change does what the gap says: its own row (or its scheme) gets better."""
    own = [f for f in result.flips if f.scheme == gap.scheme.scheme and f.row in (gap.row.id, "")]
    return any(gain(f) > 0 for f in own)


def _gap_action(gap: RankedGap, result: Outcome, ctx: Context) -> Action:
    helps = HELPS.get(result.changes[0].path.rsplit(".", 1)[-1], "")
    after = match(result.after, ctx.spend, ctx.pack) if ctx.pack is not None else []
    cofund = [m for m in after if helps in m.measure.helps and m.status is not MatchStatus.NOT_ELIGIBLE]
    cost, base = _cost(result.changes, ctx)
    subsidy = _subsidy(cofund, base)
    # The year's remark belongs to the change, before the effect ("… → 10.01%（2025年度已结束：…）。效果：…").
    text = _change_text(result.changes, ctx.assessment) + _closed_year_text(result.changes, ctx.assessment)
    return Action(
        id=f"gap:{gap.gap.field}:{gap.scheme.scheme}.{gap.row.id}",
        text=text + _effect_text(result, ctx.assessment),
        changes=result.changes,
        flips=result.flips,
        measures=tuple(m.number for m in cofund),
        cost=cost,
        subsidy=subsidy,
        net_cost=None if cost is None else cost - (subsidy or 0),
        due=_due(result, ctx),
    )


def _cost(changes: tuple[Change, ...], ctx: Context) -> tuple[Decimal | None, str | None]:
    """What the change costs, where the inputs say: an R&D raise, or the planned digital-retrofit spend."""
    first = changes[0]
    if first.path.endswith(".rd_expense") and first.before is not None:
        return first.value - first.before, None
    if first.path == "honours.official_digital_level":
        return ctx.spend.digital_retrofit, "digital_retrofit"
    return None, None


def _subsidy(cofund: list[MeasureMatch], base: str | None) -> Decimal | None:
    """Claimable amounts of the measures computed on the action's own spend."""
    amounts = [
        m.amount
        for m in cofund
        if m.status is MatchStatus.CLAIMABLE
        and m.amount is not None
        and isinstance(m.measure.benefit, Subsidy)
        and base is not None
        and m.measure.benefit.base == base
    ]
    return sum(amounts, Decimal(0)) if amounts else None


def _change_text(changes: tuple[Change, ...], assessment: Assessment) -> Text:
    first = changes[0]
    if first.path == "ip":
        n = num(first.value)
        return Text(
            f"新增{n}项Ⅰ类知识产权（自主研发、用于主导产品的发明专利等）",
            f"{n} more Class I IP items (own inventions used in the main product)",
        )
    if first.path == "honours.official_digital_level":
        name = level_name(assessment, int(first.value))
        return Text(f"数字化水平提升至{name.zh}", f"raise the digital level to {name.en}")
    if first.path == "honours.market_share_pct":
        return Text(
            f"主导产品细分市场占有率提高至{fmt_pct(first.value)}",
            f"raise the niche market share to {fmt_pct(first.value)}",
        )
    return _year_text(first, assessment) + (
        Text("（营业收入同增）", " (revenue rises with it)")
        if first.path.endswith("main_revenue")
        else Text("", "")
    )


def _year_text(change: Change, assessment: Assessment) -> Text:
    _, key, name = change.path.split(".")
    year = assessment.firm.plan() if key == "plan" else assessment.firm.year(int(key))
    assert year is not None
    label = year_field(year.year, name)
    old = change.before or Decimal(0)
    delta = change.value - old
    unit_zh, unit_en = ("人", " staff") if change.unit == "staff" else ("万元", " 万元")
    verb = Text("增加", "+") if delta > 0 else Text("减少", "−")
    text = Text(
        f"{label.zh}{verb.zh}{num(abs(delta))}{unit_zh}（{num(old)} → {num(change.value)}{unit_zh}）",
        f"{label.en} {verb.en}{num(abs(delta))}{unit_en} ({num(old)} → {num(change.value)}{unit_en})",
    )
    if name == "rd_expense" and year.revenue:
        before, now = _share(old, year.revenue), _share(change.value, year.revenue)
        text = text + Text(f"，研发占比{before} → {now}", f", R&D share {before} → {now}")
    return text


def _share(part: Decimal, whole: Decimal) -> str:
    """A share to four decimals, so that 10.0001% is not shown as an edge-missing 10%."""
    value = pct(part, whole)
    assert value is not None
    shown = quantize(value, SHARE_PLACES, ROUND_HALF_UP).normalize()
    return f"{shown:f}%"


EFFECT = Text("。效果：", ". Effect: ")  # the app's plan table shows the effect in a column of its own


def _effect_text(result: Outcome, assessment: Assessment) -> Text:
    """The verdicts it changes, else the criteria it meets, else the points it gains (three at most)."""
    verdicts = [f for f in result.flips if f.kind == "verdict"]
    met = [f for f in result.flips if f.kind == "status" and f.after == Status.MET.value]
    points = [f for f in result.flips if f.kind == "points" and gain(f) > 0]
    chosen = (verdicts or met or points)[:3]
    if not chosen:
        return Text("", "")
    parts = [flip_text(f, assessment) for f in chosen]
    return EFFECT + Text("；".join(p.zh for p in parts), "; ".join(p.en for p in parts))


def _closed_year_text(changes: tuple[Change, ...], assessment: Assessment) -> Text:
    year, now = _year_of(changes[0]), assessment.on.year
    if year is None or year >= now:
        return Text("", "")
    if changes[0].path.endswith(".rd_expense"):
        return Text(
            f"（{year}年度已结束：仅可在财务报表定稿前规范研发费用归集；否则作为{now}年度目标）",
            f" (FY{year} is over: only by booking R&D correctly before the accounts are final; otherwise a target for FY{now})",
        )
    return Text(f"（{year}年度已结束：作为{now}年度目标）", f" (FY{year} is over: a target for FY{now})")


def _year_of(change: Change) -> int | None:
    parts = change.path.split(".")
    if parts[0] != "years" or not parts[1].isdigit():
        return None
    return int(parts[1])


def _due(result: Outcome, ctx: Context) -> dt.date | None:
    """A figure of the current year: its year end; an earlier year's: the next window of a title it flips."""
    on = ctx.assessment.on
    first = result.changes[0]
    year = on.year if first.path.startswith("years.plan.") else _year_of(first)
    window = _flipped_window(result, ctx)
    if year is not None and year >= on.year:
        return _data_year_end(year, ctx)
    if year is not None:
        return window
    return window or _data_year_end(on.year, ctx)


def _flipped_window(result: Outcome, ctx: Context) -> dt.date | None:
    if ctx.pack is None:
        return None
    schemes = {f.scheme for f in result.flips if f.kind == "verdict" and gain(f) > 0}
    ends = [w.end for s in schemes if (w := ctx.pack.next_window(s, ctx.assessment.on)) is not None]
    return min(ends) if ends else None


def _data_year_end(year: int, ctx: Context) -> dt.date | None:
    if ctx.pack is None:
        return None
    end = ctx.pack.calendar.data_year_end
    return dt.date(year, end.month, end.day)


# --- applying for a title the self-check says the firm meets ---------------------------------------------


def title_actions(ctx: Context) -> list[Action]:
    return [action for scheme in TITLE_SCHEMES if (action := _title_action(scheme, ctx)) is not None]


def _title_action(scheme: str, ctx: Context) -> Action | None:
    result = ctx.assessment.results.get(scheme)
    if result is None or result.verdict not in (Verdict.QUALIFIES, Verdict.LIKELY) or _holds(scheme, ctx):
        return None
    change = Change(path=f"honours.{scheme}", value=Decimal(1), before=Decimal(0), unit="title")
    result_after = outcome(ctx.assessment, (change,))
    unlocked = _unlocked(ctx, match(result_after.after, ctx.spend, ctx.pack) if ctx.pack is not None else [])
    subsidy = sum((m.amount for m in unlocked if m.status is MatchStatus.CLAIMABLE and m.amount), Decimal(0))
    window = ctx.pack.next_window(scheme, ctx.assessment.on) if ctx.pack is not None else None
    return Action(
        id=f"title:{scheme}",
        text=_title_text(result, window),
        changes=(change,),
        flips=result_after.flips,
        measures=tuple(m.number for m in unlocked),
        subsidy=subsidy or None,
        due=window.end if window is not None else None,
    )


def _holds(scheme: str, ctx: Context) -> bool:
    title = getattr(ctx.assessment.firm.honours, scheme)
    if ctx.pack is None:
        return title is not None
    return title_valid(scheme, title, ctx.assessment.on, ctx.pack)


def _unlocked(ctx: Context, after: list[MeasureMatch]) -> list[MeasureMatch]:
    """Measures the title opens: the firm then holds a title they name and no gap is left."""
    before = {m.number for m in ctx.matches if m.title_held}
    opened = (MatchStatus.CLAIMABLE, MatchStatus.CHECK)
    return [m for m in after if m.title_held and m.number not in before and m.status in opened]


def _title_text(result: SchemeResult, window) -> Text:
    how = VERDICT_LABELS[result.verdict]
    text = Text(
        f"申报{result.title.zh}（自评：{how.zh}）", f"Apply for {result.title.en} (self-check: {how.en})"
    )
    if window is None:
        return text
    dates = f"{window.start.isoformat()}—{window.end.isoformat()}"
    return text + Text(f"：{window.label_zh} {dates}", f": {window.label_en} {dates}")


# --- claiming measures open now, renewing titles ------------------------------------------------------------


def claim_actions(ctx: Context) -> list[Action]:
    return [_claim(m, ctx) for m in ctx.matches if m.status is MatchStatus.CLAIMABLE and m.amount is not None]


def _claim(found: MeasureMatch, ctx: Context) -> Action:
    benefit = found.measure.benefit
    cost = getattr(ctx.spend, benefit.base) if isinstance(benefit, Subsidy) and benefit.base else None
    head = Text(
        f"申请措施（{found.number}）{found.title.zh}：", f"Claim measure ({found.number}) {found.title.en}: "
    )
    return Action(
        id=f"claim:m{found.number:02d}",
        text=head + found.formula + Text(f"。主管部门：{found.agency.zh}", f". Agency: {found.agency.en}"),
        measures=(found.number,),
        cost=cost,
        subsidy=found.amount,
        net_cost=None if cost is None else cost - (found.amount or 0),
        due=found.until,
    )


def renewal_actions(ctx: Context) -> list[Action]:
    if ctx.pack is None:
        return []
    titles = [v.title for v in ctx.pack.calendar.validity]
    return [action for t in titles if _holds(t, ctx) and (action := _renewal(t, ctx)) is not None]


def _renewal(title_id: str, ctx: Context) -> Action | None:
    assert ctx.pack is not None
    expiry = title_expiry(title_id, getattr(ctx.assessment.firm.honours, title_id), ctx.pack)
    if expiry is None:
        return None
    label = TITLE_LABELS[title_id]
    return Action(
        id=f"renew:{title_id}",
        text=Text(
            f"{label.zh}资格有效期至{expiry.isoformat()}：到期前准备复核或重新申报",
            f"The {label.en} title is valid to {expiry.isoformat()}: prepare the re-review or a new application",
        ),
        due=expiry,
    )


# --- order -------------------------------------------------------------------------------------------------


def value_for_effort(action: Action) -> tuple:
    """Verdict flips first, then criteria met or points gained; cheaper per flip first; then deadline."""
    verdicts = sum((gain(f) for f in action.flips if f.kind == "verdict"), Decimal(0))
    verdicts += sum((1 for c in action.changes if c.unit == "title"), Decimal(0))  # a title obtained
    rows = sum((gain(f) for f in action.flips if f.kind != "verdict"), Decimal(0))
    tier, units = (0, verdicts) if verdicts > 0 else (1, rows) if rows > 0 else (2, Decimal(0))
    per_unit = action.net_cost / units if action.net_cost is not None and units > 0 else None
    subsidy = action.subsidy or Decimal(0)
    return (
        tier,
        per_unit is None,
        per_unit or 0,
        action.due or dt.date.max,
        -subsidy,
        _size(action),
        action.id,
    )


def _size(action: Action) -> Decimal:
    """How big the first change is: of two ways to the same flips, the smaller comes first."""
    if not action.changes:
        return Decimal(0)
    first = action.changes[0]
    return first.value if first.before is None else abs(first.value - first.before)
