"""Measures several schemes share: amounts, ratios, growth rates, sums over years, niche years, the
digital level, and the honours (titles, awards, institutions) held on a date or within a window.

Each returns the value with the text of its calculation, or None with the inputs that are missing,
so that a row can always say how it was computed or what is still to confirm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Protocol

from assessments.dates import add_years, full_years, year_end
from assessments.labels import PROFILE_FIELDS, missing
from assessments.model import Award, Level, RdInstitution, Title
from assessments.numbers import HUNDRED, fmt_pct, not_computable, num, pct
from assessments.results import Lazy, Text
from assessments.schemes.common import Context


@dataclass(frozen=True)
class Measure:
    value: Decimal | None
    calc: Text

    @property
    def known(self) -> bool:
        return self.value is not None


def amount(ctx: Context, name: str, back: int = 0) -> Measure:
    """One fiscal year's figure in 万元: "2025年 1,650万元"."""
    value = ctx.value(name, back)
    if value is None:
        return Measure(None, missing(ctx.label(name, back)))
    return Measure(value, Lazy(partial(_amount_text, ctx.last_fy - back, value)))


def _amount_text(year: int, value: Decimal) -> Text:
    return Text(f"{year}年 {num(value)}万元", f"FY{year} {num(value)} 万元")


def ratio(ctx: Context, part: str, whole: str, back: int = 0) -> Measure:
    """part / whole of one fiscal year, as a percentage: "520 ÷ 8,000 = 6.5%"."""
    a, b = ctx.value(part, back), ctx.value(whole, back)
    lacking = [ctx.label(n, back) for n, v in ((part, a), (whole, b)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert a is not None and b is not None
    value = pct(a, b) if b > 0 else None
    if value is None:
        return Measure(None, not_computable(ctx.label(whole, back), b))
    return Measure(value, Lazy(partial(_ratio_text, ctx.last_fy - back, a, b, value)))


def _ratio_text(year: int, a: Decimal, b: Decimal, value: Decimal) -> Text:
    return Text(
        f"{year}年 {num(a)} ÷ {num(b)} = {fmt_pct(value)}",
        f"FY{year} {num(a)} ÷ {num(b)} = {fmt_pct(value)}",
    )


def growth(ctx: Context, name: str, back: int = 0) -> Measure:
    """Annual growth of a figure: this year ÷ the year before − 1."""
    now, before = ctx.value(name, back), ctx.value(name, back + 1)
    lacking = [ctx.label(name, b) for b, v in ((back, now), (back + 1, before)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert now is not None and before is not None
    if before <= 0:  # growth from nothing, or from a loss, is no rate
        return Measure(None, not_computable(ctx.label(name, back + 1), before))
    value = (now / before - 1) * HUNDRED
    return Measure(value, Lazy(partial(_growth_text, now, before, value)))


def _growth_text(now: Decimal, before: Decimal, value: Decimal) -> Text:
    zh = en = f"{num(now)} ÷ {num(before)} − 1 = {fmt_pct(value)}"
    return Text(zh, en)


def mean_growth(ctx: Context, name: str) -> Measure:
    """近2年平均增长率 (2022 measures): the mean of the last two annual growth rates (decision 9)."""
    last, prior = growth(ctx, name, 0), growth(ctx, name, 1)
    if last.value is None or prior.value is None:
        return Measure(None, last.calc if last.value is None else prior.calc)
    value = (last.value + prior.value) / 2
    return Measure(value, Lazy(partial(_mean_growth_text, last.value, prior.value, value)))


def _mean_growth_text(last: Decimal, prior: Decimal, value: Decimal) -> Text:
    zh = en = f"({fmt_pct(last)} + {fmt_pct(prior)}) ÷ 2 = {fmt_pct(value)}"
    return Text(zh, en)


def compound_growth(ctx: Context, name: str) -> Measure:
    """近两年复合增长率 (2026 小巨人): (R₀ ÷ R₋₂)^½ − 1 (decision 9)."""
    now, base = ctx.value(name, 0), ctx.value(name, 2)
    lacking = [ctx.label(name, b) for b, v in ((0, now), (2, base)) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    assert now is not None and base is not None
    if base <= 0:
        return Measure(None, not_computable(ctx.label(name, 2), base))
    if now < 0:  # no square root of a negative ratio
        return Measure(None, not_computable(ctx.label(name, 0), now))
    value = ((now / base).sqrt() - 1) * HUNDRED
    return Measure(value, Lazy(partial(_compound_text, now, base, value)))


def _compound_text(now: Decimal, base: Decimal, value: Decimal) -> Text:
    zh = en = f"√({num(now)} ÷ {num(base)}) − 1 = {fmt_pct(value)}"
    return Text(zh, en)


def year_sum(ctx: Context, name: str, years: int) -> Measure:
    """A figure summed over the last `years` fiscal years; a missing year leaves it unknown."""
    values = [ctx.value(name, b) for b in range(years)]
    lacking = [ctx.label(name, b) for b, v in enumerate(values) if v is None]
    if lacking:
        return Measure(None, missing(*lacking))
    total = sum((v for v in values if v is not None), Decimal(0))
    return Measure(total, Lazy(partial(_sum_text, tuple(values), total)))


def _sum_text(values: tuple[Decimal, ...], total: Decimal) -> Text:
    terms = " + ".join(num(v) for v in reversed(values))
    return Text(f"{terms} = {num(total)}", f"{terms} = {num(total)}")


def year_mean(ctx: Context, name: str, years: int) -> Measure:
    """The mean of a figure over the last `years` fiscal years: "800 + 1,300 = 2,100，÷ 2 = 1,050万元"."""
    summed = year_sum(ctx, name, years)
    if summed.value is None:
        return summed
    mean = summed.value / years
    return Measure(mean, summed.calc + Lazy(partial(_mean_text, years, mean)))


def _mean_text(years: int, mean: Decimal) -> Text:
    return Text(f"，÷ {years} = {num(mean)}万元", f"; ÷ {years} = {num(mean)} 万元")


def debt_ratio(ctx: Context, back: int = 0) -> Measure:
    return ratio(ctx, "total_liabilities", "total_assets", back)


def niche_years(ctx: Context) -> Measure:
    """Full years in the niche to 31 December of 上年度, that day included (domain §6, example E)."""
    since = ctx.firm.profile.niche_since
    if since is None:
        return Measure(None, missing(PROFILE_FIELDS["niche_since"]))
    end = year_end(ctx.last_fy)
    years = full_years(since, end)
    assert years is not None
    return Measure(
        Decimal(years),
        Text(
            f"{since.isoformat()} 至 {end.isoformat()}：满{years}年",
            f"{since.isoformat()} to {end.isoformat()}: {years} full years",
        ),
    )


def digital_level(ctx: Context) -> Measure:
    """The level that counts: the digital-level scheme's (official first), else the platform level entered."""
    prior = ctx.prior.get("digital_level")
    level = prior.facts.get("level") if prior is not None else None
    official = ctx.firm.honours.official_digital_level
    if level is None:
        level = official
    if level is None:
        return Measure(
            None,
            missing(
                Text("数字化水平等级（评测问卷或官方平台结果）", "digital level (questionnaire or platform)")
            ),
        )
    source = (
        Text("官方平台等级", "official platform level")
        if official is not None
        else Text("自评问卷", "questionnaire")
    )
    return Measure(Decimal(int(str(level))), Text(f"{source.zh}：{level}级", f"{source.en}: level {level}"))


# --- honours -----------------------------------------------------------------------------------


def title_end(
    granted_on: dt.date, expires_on: dt.date | None, years: int, calendar_years: int | None = None
) -> dt.date:
    """The last day of a title: its end date, else `years` after grant. A title evaluated every year
    (科技型, updates-2026-12.md finding 2) has `calendar_years`: it ends on 31 December of the grant
    year plus that many years (0: the grant year only), or on its own end date if that comes first."""
    if calendar_years is not None:
        end = year_end(granted_on.year + calendar_years)
        return min(expires_on, end) if expires_on is not None else end
    return expires_on or add_years(granted_on, years)


def title_valid(
    granted_on: dt.date | None,
    expires_on: dt.date | None,
    years: int,
    on: dt.date,
    calendar_years: int | None = None,
) -> bool:
    """A title is valid from its grant date to its last day (`title_end`)."""
    if granted_on is None:
        return False
    return granted_on <= on <= title_end(granted_on, expires_on, years, calendar_years)


def valid_titles(
    ctx: Context, titles: dict[str, Title | None], years: int, calendar_years: Mapping[str, int] | None = None
) -> list[str]:
    """The keys of the titles held and valid on the assessment date (`calendar_years`: per title)."""
    per_title = calendar_years or {}
    return [
        key
        for key, title in titles.items()
        if title is not None
        and title_valid(title.granted_on, title.expires_on, years, ctx.on, per_title.get(key))
    ]


def first_year(ctx: Context, years: int) -> int:
    """The first fiscal year of 近N年 (the last `years` fiscal years)."""
    return ctx.last_fy - years + 1


def window_text(ctx: Context, years: int) -> Text:
    """The fiscal years of a window: "2025年" or "2023–2025年"."""
    first = first_year(ctx, years)
    zh = f"{ctx.last_fy}年" if years == 1 else f"{first}–{ctx.last_fy}年"
    en = f"FY{ctx.last_fy}" if years == 1 else f"FY{first}–{ctx.last_fy}"
    return Text(zh, en)


def in_window(ctx: Context, year: int, years: int) -> bool:
    """近N年: from the first of the last `years` fiscal years up to the assessment year."""
    return first_year(ctx, years) <= year <= ctx.on.year


def awards_in_window(ctx: Context, years: int, levels: list[str], max_rank: int | None = None) -> list[Award]:
    """S&T awards of the given levels in the last `years` fiscal years, within the rank asked."""
    return [
        a
        for a in ctx.firm.honours.awards
        if a.science_tech
        and a.level.value in levels
        and in_window(ctx, a.year, years)
        and (max_rank is None or (a.rank is not None and a.rank <= max_rank))
    ]


Route = tuple[list[str], int | None]  # award levels and the best rank they need (None: any rank)


def ranked_awards(ctx: Context, years: int, routes: list[Route]) -> tuple[list[Award], list[Award]]:
    """(awards that count, awards whose rank is still to confirm) over every route."""
    hits: list[Award] = []
    unranked: list[Award] = []
    for levels, max_rank in routes:
        for award in awards_in_window(ctx, years, levels):
            if max_rank is not None and award.rank is None:
                unranked.append(award)
            elif max_rank is None or (award.rank is not None and award.rank <= max_rank):
                hits.append(award)
    return hits, unranked


class Dated(Protocol):
    @property
    def year(self) -> int: ...

    @property
    def name(self) -> str: ...


def listed(items: Sequence[Dated]) -> Text:
    """Awards or standards by year and name: "2024年福建省科学技术奖、…"."""
    return Text(
        "、".join(f"{i.year}年{i.name}" for i in items), "; ".join(f"{i.year} {i.name}" for i in items)
    )


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


def institution_text(best: RdInstitution) -> Text:
    level = LEVEL_TEXT[best.level.value]
    return Text(f"{level.zh}研发机构 {best.name}".strip(), f"{level.en} R&D institution {best.name}".strip())
