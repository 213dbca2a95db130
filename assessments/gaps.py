"""Turning a failed criterion into the smallest change of the inputs that meets it.

Amounts are in 万元 rounded up to the cent of a 万元 (¥100); people and items are whole numbers.
A strict requirement ("超", ">") needs one unit more than the edge itself.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from functools import partial

from assessments.numbers import (
    CENT,
    HUNDRED,
    ceil_cent,
    ceil_int,
    ceil_whole,
    en_count,
    floor_cent,
    fmt_pct,
    fmt_unit,
    holds,
    num,
)
from assessments.results import Gap, Lazy, Text
from assessments.rules.schema import Op

# A closed-form answer can miss by rounding; a few steps past it are enough, never a search.
NUDGES = 3
NO_GAP = Text(
    "无法计算差距：分母为0或负数，请先核对数据",
    "Cannot compute the gap: the denominator is 0 or negative; check the figures",
)
OUT_OF_REACH = Text(
    "增加同类数量无法达到该占比（要求全部为同类或以上）",
    "Adding more of the kind cannot reach this share (it asks for all of them or more)",
)


def attainable(op: Op, edge_pct: Decimal) -> tuple[Op, Decimal]:
    """A strict share or growth target aims at the next value a report can show (two decimals):
    "> 10%" aims at 10.01%, never at 10.0001%, which reads as the 10% that fails; "≥ 10%" stays 10%."""
    if op == ">":
        return ">=", edge_pct + CENT
    if op == "<":
        return "<=", edge_pct - CENT
    return op, edge_pct


def _step_past(needed: Decimal, op: Op, unit_step: Decimal) -> Decimal:
    return needed + unit_step if op in (">", "<") else needed


def amount_gap(label: Text, value: Decimal, op: Op, edge: Decimal, field: str, unit: str = "wan") -> Gap:
    """Raise (or lower) an amount to reach a threshold: "+38万元 研发费用"."""
    step = Decimal(1) if unit in ("staff", "count", "years") else CENT
    raise_it = op in (">=", ">")
    target = _step_past(edge, op, step if raise_it else -step)
    delta = target - value if raise_it else value - target
    delta = ceil_whole(delta) if step == 1 else ceil_cent(delta)
    return Gap(
        text=Lazy(partial(_amount_text, label, delta, unit, raise_it)), amount=delta, unit=unit, field=field
    )


def _amount_text(label: Text, delta: Decimal, unit: str, raise_it: bool) -> Text:
    zh, en = gap_unit(delta, unit)
    if unit == "pct":  # a share rises by percentage points: "提高3.2个百分点", never "增加3.2%"
        sign_zh, sign_en = ("提高", "+") if raise_it else ("降低", "−")
    else:
        sign_zh, sign_en = ("增加", "+") if raise_it else ("减少", "−")
    return Text(f"{label.zh}需{sign_zh}{zh}", f"{label.en}: {sign_en}{en}")


def gap_unit(amount: Decimal, unit: str) -> tuple[str, str]:
    """A gap's quantity in its unit; a gap in a share is in percentage points (个百分点), not percent."""
    if unit == "pct":
        return f"{num(amount)}个百分点", en_count(num(amount), amount, "percentage point")
    return fmt_unit(amount, unit)


def growth_gap(label: Text, now: Decimal, before: Decimal, op: Op, edge_pct: Decimal, field: str) -> Gap:
    """Raise this year's figure until its growth over the year before meets `edge_pct`."""
    op, edge_pct = attainable(op, edge_pct)
    return amount_gap(label, now, op, before * (1 + edge_pct / HUNDRED), field)


def mean_growth_gap(
    label: Text, now: Decimal, before: Decimal, earlier_pct: Decimal, op: Op, edge_pct: Decimal, field: str
) -> Gap:
    """Raise this year's figure until the mean of the last two growth rates meets `edge_pct`.

    The earlier rate is history, so the later one must reach 2 × edge − the earlier rate.
    """
    return growth_gap(label, now, before, op, 2 * edge_pct - earlier_pct, field)


def compound_growth_gap(
    label: Text, now: Decimal, base: Decimal, op: Op, edge_pct: Decimal, field: str
) -> Gap:
    """Raise this year's figure until (now ÷ base)^½ − 1 meets `edge_pct`: now ≥ base × (1 + edge)²."""
    op, edge_pct = attainable(op, edge_pct)
    return amount_gap(label, now, op, base * (1 + edge_pct / HUNDRED) ** 2, field)


def ratio_gap(
    label: Text,
    numerator: Decimal,
    denominator: Decimal,
    op: Op,
    edge_pct: Decimal,
    field: str,
    *,
    shares_denominator: Text | None = None,
) -> Gap:
    """Raise a numerator (R&D, main revenue…) until numerator/denominator meets `edge_pct`.

    The denominator stays as it is: raising R&D does not change revenue.
    """
    if denominator <= 0:
        return Gap(text=NO_GAP, field=field)
    aim_op, aim = attainable(op, edge_pct)
    needed = ceil_cent(aim * denominator / HUNDRED)
    if not holds(needed * HUNDRED / denominator, aim_op, aim):
        needed += CENT
    delta = needed - numerator
    now = numerator * HUNDRED / denominator
    text: Text = Lazy(partial(_ratio_text, label, now, op, edge_pct, delta, needed, aim))
    if shares_denominator is not None:
        text = text + Text(f"；{shares_denominator.zh}", f"; {shares_denominator.en}")
    return Gap(text=text, amount=delta, unit="wan", field=field)


def _ratio_text(
    label: Text, now: Decimal, op: Op, edge_pct: Decimal, delta: Decimal, needed: Decimal, aim: Decimal
) -> Text:
    zh, en = fmt_unit(delta, "wan")
    reach = Text("", "") if aim == edge_pct else Text(f"，占比{fmt_pct(aim)}", f", a share of {fmt_pct(aim)}")
    return Text(
        f"{label.zh} {fmt_pct(now)}，要求{_sign(op)}{fmt_pct(edge_pct)}：需增加{zh}（至{num(needed)}万元{reach.zh}）",
        f"{label.en} {fmt_pct(now)} vs {_sign(op)}{fmt_pct(edge_pct)}: +{en} (to {num(needed)} 万元{reach.en})",
    )


def lower_ratio_gap(
    label: Text, numerator: Decimal, denominator: Decimal, op: Op, edge_pct: Decimal, field: str
) -> Gap:
    """Lower a numerator (liabilities) until numerator/denominator is within `edge_pct`."""
    if denominator <= 0:
        return Gap(text=NO_GAP, field=field)
    aim_op, aim = attainable(op, edge_pct)
    allowed = floor_cent(aim * denominator / HUNDRED)
    if not holds(allowed * HUNDRED / denominator, aim_op, aim):
        allowed -= CENT
    delta = numerator - allowed
    zh, en = fmt_unit(delta, "wan")
    now = fmt_pct(numerator * HUNDRED / denominator)
    return Gap(
        text=Text(
            f"{label.zh} {now}，要求{_sign(op)}{fmt_pct(edge_pct)}：需减少负债{zh}（或等额增加净资产）",
            f"{label.en} {now} vs {_sign(op)}{fmt_pct(edge_pct)}: −{en} of liabilities (or as much new equity)",
        ),
        amount=delta,
        unit="wan",
        field=field,
    )


def _grow_together(part: Decimal, whole: Decimal, op: Op, edge_pct: Decimal, step: Decimal) -> Decimal | None:
    """The smallest x (a multiple of `step`) with (part + x) ÷ (whole + x) meeting the edge, or None.

    Adding to the part adds to the whole too: new R&D staff are staff, new main-business revenue is revenue.
    Closed form: part + x ≥ share × (whole + x) ⇔ x ≥ (share × whole − part) ÷ (1 − share); a share of
    100% or more is out of reach unless met already (None), and a non-positive whole has no share (None).
    """
    if whole <= 0:
        return None
    share = edge_pct / HUNDRED
    if share >= 1:
        return Decimal(0) if holds(part * HUNDRED / whole, op, edge_pct) else None
    x = max((share * whole - part) / (1 - share), Decimal(0))
    x = (x / step).to_integral_value(rounding=ROUND_CEILING) * step
    for _ in range(NUDGES):  # past the edge's rounding; beyond the precision, x is already exact enough
        if holds((part + x) * HUNDRED / (whole + x), op, edge_pct):
            break
        x += step
    return x


def _no_share_gap(whole: Decimal, field: str) -> Gap:
    return Gap(text=NO_GAP if whole <= 0 else OUT_OF_REACH, field=field)


def staff_share_gap(label: Text, part: Decimal, whole: Decimal, op: Op, edge_pct: Decimal, field: str) -> Gap:
    """New hires of the kind counted (R&D or S&T staff): (part + n) / (whole + n) meets the edge."""
    hires = _grow_together(part, whole, op, edge_pct, Decimal(1))
    if hires is None:
        return _no_share_gap(whole, field)
    share = part * HUNDRED / whole
    return Gap(
        text=Lazy(partial(_hires_text, label, share, op, edge_pct, hires)),
        amount=hires,
        unit="staff",
        field=field,
    )


def _hires_text(label: Text, share: Decimal, op: Op, edge_pct: Decimal, hires: Decimal) -> Text:
    now = fmt_pct(share)
    return Text(
        f"{label.zh} {now}，要求{_sign(op)}{fmt_pct(edge_pct)}：需新增{num(hires)}人（或从现有职工中调整）",
        f"{label.en} {now} vs {_sign(op)}{fmt_pct(edge_pct)}: {num(hires)} more (new hires; fewer if reassigned)",
    )


def part_share_gap(label: Text, part: Decimal, whole: Decimal, edge_pct: Decimal, field: str) -> Gap:
    """More main-business revenue (which is revenue too) until its share reaches the edge."""
    extra = _grow_together(part, whole, ">=", edge_pct, CENT)
    if extra is None:
        return _no_share_gap(whole, field)
    now = fmt_pct(part * HUNDRED / whole)
    return Gap(
        text=Text(
            f"{label.zh} {now}，要求≥{fmt_pct(edge_pct)}：主营业务收入需增加{num(extra)}万元（其他业务收入不变）",
            f"{label.en} {now} vs ≥{fmt_pct(edge_pct)}: +{num(extra)} 万元 of main-business revenue (other revenue unchanged)",
        ),
        amount=extra,
        unit="wan",
        field=field,
    )


def count_gap(label: Text, have: int, op: Op, edge: Decimal, field: str = "ip") -> Gap:
    need = ceil_int(edge) + (1 if op == ">" and edge == int(edge) else 0)
    more = max(need - have, 0)
    return Gap(
        text=Text(f"{label.zh}：现有{have}项，还需{more}项", f"{label.en}: {have} now, {more} more needed"),
        amount=Decimal(more),
        unit="count",
        field=field,
    )


def text_gap(zh: str, en: str, field: str = "") -> Gap:
    return Gap(text=Text(zh, en), field=field)


def _sign(op: Op) -> str:
    return {">=": "≥", ">": ">", "<=": "≤", "<": "<"}[op]
