"""Rows for criteria that recur: across schemes, or across the two regimes of one scheme.

Years in the niche, revenue, main-business share, debt ratio, R&D per year, sums over a window,
new equity, S&T awards, R&D institutions, the platform's development score, Class I/II IP tiers and
the 专精特新 title that 小巨人 requires. Each reads its thresholds from the criterion it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial

from assessments.gaps import amount_gap, count_gap, lower_ratio_gap, part_share_gap, ratio_gap, text_gap
from assessments.ip import IpCount, count_ip
from assessments.labels import missing
from assessments.lists import honours_row, ip_row
from assessments.model import Award, Purpose
from assessments.numbers import num
from assessments.results import Gap, Lazy, Row, Status, Text, Verdict, replace
from assessments.rules.schema import CriteriaPack, Criterion, IpRule, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    answer,
    check,
    compliance_gate,
    counted,
    found,
    manual,
    measured,
    size_gate,
    threshold_text,
    unknown,
)
from assessments.schemes.scoring import points_row, with_upper_bound

# Raising R&D raises every R&D share over revenue, so one extra 万元 also helps the other schemes.
RD_SHARES = Text(
    "研发费用增加同时提高创新型（附件1指标2）、科技型、高企等以收入为分母的研发占比",
    "more R&D also raises the R&D shares over revenue of the innovative-SME, tech-SME and HNTE tests",
)
MARKET_SHARE = Text("主导产品细分市场占有率", "Niche-market share")


# --- figures of the last fiscal years ------------------------------------------------------------


def niche_row(ctx: Context, criterion: Criterion) -> Row:
    years = m.niche_years(ctx)

    def gap(rule: Threshold) -> Gap:
        assert years.value is not None
        label = Text("细分市场年限", "Years in the niche")
        return amount_gap(label, years.value, rule.op, rule.value, "profile.niche_since", "years")

    return measured(ctx, criterion, "niche_years", years, gap=gap)


def revenue_row(ctx: Context, criterion: Criterion) -> Row:
    revenue = m.amount(ctx, "revenue")

    def gap(rule: Threshold) -> Gap:
        assert revenue.value is not None
        return amount_gap(ctx.label("revenue"), revenue.value, rule.op, rule.value, ctx.field("revenue"))

    return measured(ctx, criterion, "revenue", revenue, gap=gap)


def revenue_or_equity_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """Revenue, or (only when it falls short) the equity alternative of the same condition."""
    row = revenue_row(ctx, pack.criterion("revenue"))
    if row.status is Status.MET:
        return [row]
    return [row, equity_row(ctx, pack.criterion("revenue_equity"), "revenue_equity")]


def main_share_gap(ctx: Context, edge: Decimal) -> Gap:
    """More main-business revenue, which is revenue too, until its share reaches the edge."""
    main, revenue = ctx.value("main_revenue"), ctx.value("revenue")
    assert main is not None and revenue is not None
    return part_share_gap(
        Text("主营业务收入占比", "Main-business share"), main, revenue, edge, ctx.field("main_revenue")
    )


def main_share_row(ctx: Context, criterion: Criterion, gap: Callable[[Threshold], Gap] | None = None) -> Row:
    share = m.ratio(ctx, "main_revenue", "revenue")
    closing = gap or (lambda rule: main_share_gap(ctx, rule.value))
    return measured(ctx, criterion, "main_share", share, gap=closing)


def debt_gap(ctx: Context, edge: Decimal) -> Gap:
    liabilities, assets = ctx.value("total_liabilities"), ctx.value("total_assets")
    assert liabilities is not None and assets is not None
    return lower_ratio_gap(
        Text("资产负债率", "Debt ratio"), liabilities, assets, "<=", edge, ctx.field("total_liabilities")
    )


def debt_row(ctx: Context, criterion: Criterion) -> Row:
    return measured(
        ctx, criterion, "debt_ratio", m.debt_ratio(ctx), "max", gap=lambda r: debt_gap(ctx, r.value)
    )


def rd_share_row(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    back: int = 0,
    threshold: str = "min",
    shares_denominator: Text | None = None,
) -> Row:
    """R&D ÷ revenue of one fiscal year against a threshold; the gap is the R&D still to add."""
    rd, revenue = ctx.value("rd_expense", back), ctx.value("revenue", back)

    def gap(rule: Threshold) -> Gap:
        assert rd is not None and revenue is not None
        label, field = ctx.label("rd_expense", back), ctx.field("rd_expense", back)
        return ratio_gap(
            label, rd, revenue, rule.op, rule.value, field, shares_denominator=shares_denominator
        )

    measure = m.ratio(ctx, "rd_expense", "revenue", back)
    return measured(ctx, criterion, row_id, measure, threshold, gap=gap)


def rd_share_rows(ctx: Context, criterion: Criterion, row_id: str, years: int) -> list[Row]:
    """R&D ÷ revenue in each of the last `years` fiscal years, oldest first, one row a year."""
    return [
        rd_share_row(ctx, criterion, f"{row_id}_{ctx.last_fy - back}", back)
        for back in reversed(range(years))
    ]


def rd_year_rows(ctx: Context, criterion: Criterion, back: int) -> list[Row]:
    """R&D of one fiscal year: the amount and the share of revenue, each its own row."""
    year = ctx.last_fy - back
    rd = m.amount(ctx, "rd_expense", back)

    def amount_short(rule: Threshold) -> Gap:
        assert rd.value is not None
        label, field = ctx.label("rd_expense", back), ctx.field("rd_expense", back)
        return amount_gap(label, rd.value, rule.op, rule.value, field)

    amount = measured(ctx, criterion, f"rd_amount_{year}", rd, "amount", gap=amount_short)
    share = rd_share_row(ctx, criterion, f"rd_ratio_{year}", back, "ratio", RD_SHARES)
    return [
        replace(amount, label=Text(f"{year}年研发费用总额", f"FY{year} R&D expense")),
        replace(share, label=Text(f"{year}年研发费用占营业收入比重", f"FY{year} R&D share of revenue")),
    ]


def year_sum_row(ctx: Context, criterion: Criterion, row_id: str, name: str, label: Text) -> Row:
    """A figure summed over the criterion's window; the gap is the 万元 still to add."""
    total = m.year_sum(ctx, name, int(criterion.params["years"]))

    def gap(rule: Threshold) -> Gap:
        assert total.value is not None
        return amount_gap(label, total.value, rule.op, rule.value, ctx.field(name))

    return measured(ctx, criterion, row_id, total, gap=gap)


def _equity_text(first: int, last: int, values: tuple[Decimal | None, ...], known: Decimal) -> Text:
    terms = " + ".join(num(v) if v is not None else "?" for v in values)
    return Text(
        f"{first}–{last}年 {terms} = {num(known)}万元", f"FY{first}–{last} {terms} = {num(known)} 万元"
    )


def equity_row(ctx: Context, criterion: Criterion, row_id: str) -> Row:
    """New qualified equity over the window; amounts are never negative, so a known part can suffice."""
    years = int(criterion.params["years"])
    backs = range(years - 1, -1, -1)
    values = {b: ctx.value("qualified_equity", b) for b in backs}
    known = sum((v for v in values.values() if v is not None), Decimal(0))
    lacking = [ctx.label("qualified_equity", b) for b, v in values.items() if v is None]
    first, last = ctx.last_fy - years + 1, ctx.last_fy
    calc = Lazy(partial(_equity_text, first, last, tuple(values.values()), known))
    edge = criterion.threshold("min").value
    if lacking and known < edge:
        return replace(
            unknown(criterion, row_id, requirement=threshold_text(criterion, "min")),
            calc=missing(*lacking) + Text(f"（已知合计{num(known)}万元）", f" (known: {num(known)})"),
        )
    label = Text(f"近{years}年新增股权融资", f"new equity over {years} years")
    return check(
        ctx,
        criterion,
        row_id,
        known,
        calc,
        gap=lambda: amount_gap(label, known, ">=", edge, ctx.field("qualified_equity")),
    )


# --- honours -------------------------------------------------------------------------------------


def awards_text(awards: Sequence[Award]) -> Text:
    if not awards:
        return Text("无符合条件的科技奖励", "no qualifying S&T award")
    return Text(
        "、".join(f"{a.year}年{a.name}" + (f"（第{a.rank}名）" if a.rank else "") for a in awards),
        "; ".join(f"{a.year} {a.name}" + (f" (rank {a.rank})" if a.rank else "") for a in awards),
    )


def top_awards(ctx: Context, criterion: Criterion) -> list[Award]:
    """Awards at the criterion's levels and within its rank; an award of unknown rank is left out."""
    params = criterion.params
    route: m.Route = (list(params["levels"]), int(params["max_rank"]))
    return m.ranked_awards(ctx, int(params["years"]), [route])[0]


def award_row(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    routes: list[m.Route] | None = None,
    *,
    gap: Gap | None = None,
    group: str = "",
) -> Row:
    """S&T awards in the window at a level and within a rank; an award of unknown rank stays open.

    Without `routes`, the criterion's own levels and rank (if any) are the one route.
    """
    params = criterion.params
    if routes is None:
        rank = int(params["max_rank"]) if "max_rank" in params else None
        routes = [(list(params["levels"]), rank)]
    hits, unranked = m.ranked_awards(ctx, int(params["years"]), routes)
    if hits:
        return found(criterion, row_id, Status.MET, awards_text(hits), group=group)
    if unranked:
        named = awards_text(unranked)
        calc = Text(f"待确认：{named.zh}的获奖单位排名", f"To confirm: rank in {named.en}")
        return found(criterion, row_id, Status.UNKNOWN, calc, group=group)
    return honours_row(ctx.firm, found(criterion, row_id, Status.NOT_MET, awards_text([]), gap, group))


def institution_row(
    ctx: Context, criterion: Criterion, row_id: str, *, gap: Gap | None = None, group: str = ""
) -> Row:
    """A recognised R&D institution at one of the criterion's levels."""
    best = m.best_institution(ctx)
    hit = best is not None and best.level.value in criterion.params["levels"]
    calc = (
        m.institution_text(best)
        if best is not None
        else Text("无经认定的研发机构", "no recognised R&D institution")
    )
    return honours_row(
        ctx.firm, found(criterion, row_id, Status.MET if hit else Status.NOT_MET, calc, gap, group)
    )


def dev_score_row(ctx: Context, criterion: Criterion) -> Row:
    """专精特新发展评价得分 from the platform. 新申报: this year's; 复核: either of the last years'."""
    count = int(criterion.params["review_years"]) if ctx.purpose is Purpose.REVIEW else 1
    years = [ctx.on.year - back for back in range(count)]
    scores = {y: ctx.firm.honours.srdi_dev_scores.get(y) for y in years}
    listed = Text(
        "、".join(f"{y}年 {num(s) if s is not None else '待出'}" for y, s in scores.items()),
        "; ".join(f"{y}: {num(s) if s is not None else 'pending'}" for y, s in scores.items()),
    )
    known = {y: s for y, s in scores.items() if s is not None}
    requirement = threshold_text(criterion, "min")
    if not known:
        return manual(
            criterion, "dev_score", Text("平台得分待出：", "platform score pending: ") + listed, requirement
        )
    best = max(known.values())
    edge = criterion.threshold("min").value
    label = Text("专精特新发展评价得分", "SRDI development score")
    row = check(
        ctx,
        criterion,
        "dev_score",
        best,
        listed,
        gap=lambda: amount_gap(label, best, ">=", edge, "honours.srdi_dev_scores", "points"),
    )
    # A year still pending could yet reach the line.
    if row.status is Status.NOT_MET and len(known) < len(scores):
        return replace(row, status=Status.MANUAL, gap=None)
    return row


# --- intellectual property -----------------------------------------------------------------------

IP_LEVELS = (
    ("class1_high_value", Text("Ⅰ类高价值知识产权", "high-value Class I"), IpCount.class1_high_value),
    ("class1_own_rd", Text("自主研发的Ⅰ类知识产权", "self-developed Class I"), IpCount.class1_own_rd),
    ("class1", Text("Ⅰ类知识产权", "Class I"), IpCount.class1),
    ("class2", Text("Ⅱ类知识产权", "Class II"), IpCount.class2),
)


def ip_points(criterion: Criterion, counts: IpCount, sure: bool) -> tuple[Decimal, Text]:
    for key, text, counter in IP_LEVELS:
        if key in criterion.points and counter(counts, sure) >= 1:
            return criterion.points[key], text
    return criterion.points["none"], Text("无", "none")


def ip_indicator(ctx: Context, criterion: Criterion, counts: IpCount, row_id: str, group: str) -> Row:
    """Class I/II IP tiers (附件1 指标1, 附件2 指标10): the best tier the register reaches."""
    low, level = ip_points(criterion, counts, sure=True)
    high, _ = ip_points(criterion, counts, sure=False)
    calc = Text(
        f"Ⅰ类{counts.class1()}项（自主研发{counts.class1_own_rd()}，高价值{counts.class1_high_value()}），"
        f"Ⅱ类{counts.class2()}项 → {level.zh} {num(low)}分",
        f"Class I {counts.class1()} (self-developed {counts.class1_own_rd()}, high-value "
        f"{counts.class1_high_value()}), Class II {counts.class2()} → {level.en}: {num(low)} points",
    )
    row = points_row(
        criterion,
        row_id,
        low,
        calc,
        requirement=Lazy(partial(_ip_tiers_text, criterion)),
        value=Decimal(counts.class1()),
        unit="count",
        gap=_next_ip_tier_gap(criterion, low),
        group=group,
    )
    note = Text(
        f"有待确认的知识产权，最高可得{num(high)}分", f"Items to confirm could give up to {num(high)} points"
    )
    return ip_row(ctx.firm, with_upper_bound(row, high, note))


def _ip_tiers_text(criterion: Criterion) -> Text:
    tiers = [(k, t) for k, t, _ in IP_LEVELS if k in criterion.points]
    return Text(
        " · ".join(f"{t.zh} → {num(criterion.points[k])}" for k, t in tiers),
        " · ".join(f"{t.en} → {num(criterion.points[k])}" for k, t in tiers),
    )


def _next_ip_tier_gap(criterion: Criterion, points: Decimal) -> Gap | None:
    """One item of the lowest tier that scores more than the register does now."""
    tiers = [(k, t) for k, t, _ in reversed(IP_LEVELS) if k in criterion.points]
    tier = next((t for k, t in tiers if criterion.points[k] > points), None)
    if tier is None:
        return None
    return count_gap(Text(f"获得{tier.zh}", f"obtain {tier.en}"), 0, ">=", Decimal(1))


def class1_row(ctx: Context, criterion: Criterion, rule: IpRule | None) -> Row:
    """Class I items the pack's IP rule accepts; items still to confirm keep the row open."""
    assert rule is not None, "little_giant packs define their IP rule"
    counts = count_ip(ctx.firm.ip, rule, ctx.on)
    sure, possible = counts.class1(sure=True), counts.class1(sure=False)
    threshold = criterion.threshold("min")
    calc = Text(f"计入Ⅰ类知识产权{sure}项", f"{sure} Class I items count")
    if possible > sure:
        calc = calc + Text(f"（另{possible - sure}项待确认）", f" ({possible - sure} more to confirm)")
    label = Text("Ⅰ类知识产权", "Class I IP")
    gap = partial(count_gap, label, sure, threshold.op, threshold.value)
    row = check(ctx, criterion, "class1_ip", Decimal(sure), calc, gap=gap)
    row = counted(
        row, possible, threshold, Text("确认待定项后可能满足", "May be met once items are confirmed")
    )
    return ip_row(ctx.firm, row)


# --- the 专精特新 title that 小巨人 requires --------------------------------------------------------


def little_giant_gates(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        srdi_title_row(ctx, pack.criterion("prerequisite")),
        size_gate(ctx),
        compliance_gate(ctx, pack.criterion("common_gate")),
    ]


def srdi_title_row(ctx: Context, criterion: Criterion) -> Row:
    """A valid 专精特新中小企业 title; without one, say whether the self-check finds the firm eligible."""
    title = ctx.firm.honours.srdi_sme
    years = int(criterion.params["validity_years"])
    held = title is not None and m.title_valid(title.granted_on, title.expires_on, years, ctx.on)
    if title is None:
        calc = Text("未持有专精特新中小企业称号", "No SRDI SME title held")
    else:
        state = ("有效", "valid") if held else ("不在有效期内", "not valid on the assessment date")
        calc = Text(f"{title.granted_on}认定，{state[0]}", f"Granted {title.granted_on}, {state[1]}")
    return honours_row(ctx.firm, answer(criterion, "prerequisite", held, calc, gap=_srdi_title_gap(ctx)))


def _srdi_title_gap(ctx: Context) -> Gap:
    srdi = ctx.prior.get("srdi_sme")
    gap = text_gap("须先取得专精特新中小企业称号", "Obtain the SRDI SME title first", "honours.srdi_sme")
    if srdi is not None and srdi.verdict is Verdict.QUALIFIES:
        return replace(
            gap, text=gap.text + Text("（自评显示已满足条件）", " (the self-check shows you qualify)")
        )
    return gap
