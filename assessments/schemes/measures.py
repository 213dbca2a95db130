"""Measures several schemes share: ratios, growth rates, sums over years, honours in a window.

Each returns the value with the text of its calculation, or None with the inputs that are missing,
so that a row can always say how it was computed or what is still to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assessments.labels import missing
from assessments.model import Award, Level, RdInstitution
from assessments.numbers import HUNDRED, fmt_pct, num, pct
from assessments.results import Text
from assessments.schemes.common import Context


@dataclass(frozen=True)
class Measure:
    value: Decimal | None
    calc: Text

    @property
    def known(self) -> bool:
        return self.value is not None


def ratio(ctx: Context, part: str, whole: str, back: int = 0) -> Measure:
    """part / whole of one fiscal year, as a percentage: "520 ÷ 8,000 = 6.5%"."""
    a, b = ctx.value(part, back), ctx.value(whole, back)
    lacking = [ctx.label(n, back) for n, v in ((part, a), (whole, b)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert a is not None and b is not None
    value = pct(a, b)
    if value is None:
        return Measure(
            None,
            Text(
                f"{ctx.label(whole, back).zh}为0，无法计算比例", f"{ctx.label(whole, back).en} is 0: no ratio"
            ),
        )
    year = ctx.last_fy - back
    return Measure(
        value,
        Text(
            f"{year}年 {num(a)} ÷ {num(b)} = {fmt_pct(value)}",
            f"FY{year} {num(a)} ÷ {num(b)} = {fmt_pct(value)}",
        ),
    )


def growth(ctx: Context, name: str, back: int = 0) -> Measure:
    """Annual growth of a figure: this year ÷ the year before − 1."""
    now, before = ctx.value(name, back), ctx.value(name, back + 1)
    lacking = [ctx.label(name, b) for b, v in ((back, now), (back + 1, before)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert now is not None and before is not None
    if before == 0:
        return Measure(
            None,
            Text(
                f"{ctx.label(name, back + 1).zh}为0，无法计算增长率",
                f"{ctx.label(name, back + 1).en} is 0: no growth rate",
            ),
        )
    value = (now / before - 1) * HUNDRED
    return Measure(
        value,
        Text(
            f"{num(now)} ÷ {num(before)} − 1 = {fmt_pct(value)}",
            f"{num(now)} ÷ {num(before)} − 1 = {fmt_pct(value)}",
        ),
    )


def mean_growth(ctx: Context, name: str) -> Measure:
    """近2年平均增长率 (2022 measures): the mean of the last two annual growth rates (decision 9)."""
    last, prior = growth(ctx, name, 0), growth(ctx, name, 1)
    if last.value is None or prior.value is None:
        return Measure(None, last.calc if last.value is None else prior.calc)
    value = (last.value + prior.value) / 2
    return Measure(
        value,
        Text(
            f"({fmt_pct(last.value)} + {fmt_pct(prior.value)}) ÷ 2 = {fmt_pct(value)}",
            f"({fmt_pct(last.value)} + {fmt_pct(prior.value)}) ÷ 2 = {fmt_pct(value)}",
        ),
    )


def compound_growth(ctx: Context, name: str) -> Measure:
    """近两年复合增长率 (2026 小巨人): (R₀ ÷ R₋₂)^½ − 1 (decision 9)."""
    now, base = ctx.value(name, 0), ctx.value(name, 2)
    lacking = [ctx.label(name, b) for b, v in ((0, now), (2, base)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert now is not None and base is not None
    if base <= 0:
        return Measure(None, Text(f"{ctx.label(name, 2).zh}为0，无法计算", f"{ctx.label(name, 2).en} is 0"))
    value = ((now / base).sqrt() - 1) * HUNDRED
    return Measure(
        value,
        Text(
            f"√({num(now)} ÷ {num(base)}) − 1 = {fmt_pct(value)}",
            f"√({num(now)} ÷ {num(base)}) − 1 = {fmt_pct(value)}",
        ),
    )


def year_sum(ctx: Context, name: str, years: int) -> Measure:
    """A figure summed over the last `years` fiscal years; a missing year leaves it unknown."""
    values = [ctx.value(name, b) for b in range(years)]
    lacking = [ctx.label(name, b) for b, v in enumerate(values) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    total = sum((v for v in values if v is not None), Decimal(0))
    terms = " + ".join(num(v) for v in reversed(values))
    return Measure(total, Text(f"{terms} = {num(total)}", f"{terms} = {num(total)}"))


def debt_ratio(ctx: Context, back: int = 0) -> Measure:
    return ratio(ctx, "total_liabilities", "total_assets", back)


def awards_in_window(ctx: Context, years: int, levels: list[str], max_rank: int | None = None) -> list[Award]:
    """S&T awards of the given levels in the last `years` fiscal years, within the rank asked."""
    first = ctx.last_fy - years + 1
    return [
        a
        for a in ctx.firm.honours.awards
        if a.science_tech
        and a.level.value in levels
        and first <= a.year <= ctx.on.year
        and (max_rank is None or (a.rank is not None and a.rank <= max_rank))
    ]


def best_institution(ctx: Context) -> RdInstitution | None:
    order = [Level.NATIONAL, Level.PROVINCIAL, Level.CITY, Level.BELOW_CITY]
    held = [
        i for i in ctx.firm.honours.rd_institutions if i.recognised_on is None or i.recognised_on <= ctx.on
    ]
    return min(held, key=lambda i: order.index(i.level), default=None)


LEVEL_TEXT = {
    "national": Text("国家级", "national"),
    "provincial": Text("省部级", "provincial/ministerial"),
    "city": Text("市级", "city"),
    "below_city": Text("市级以下", "below city"),
}
