"""专精特新"小巨人" under the 2022 measures (工信部企业〔2022〕63号 附件3).

A valid 专精特新中小企业 title first, then six blocks 专精特新链品, all required. The 新 block is met by all
its general conditions (an R&D test chosen by last year's revenue band, an R&D institution, Class I
IP) or by any one innovation direct condition.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from assessments.gaps import amount_gap, mean_growth_gap, staff_share_gap, text_gap
from assessments.lists import honours_row
from assessments.numbers import fmt_pct, meets, near, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, all_of, any_of, replace
from assessments.rules.schema import CriteriaPack, Criterion, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    answer,
    check,
    declared,
    either,
    found,
    manual,
    measured,
    met,
    on_evidence,
    result,
    threshold_text,
    unknown,
    verdict_summary,
)
from assessments.schemes.shared_criteria import (
    MARKET_SHARE,
    award_row,
    class1_row,
    debt_row,
    little_giant_gates,
    main_share_row,
    niche_row,
    rd_share_rows,
    year_sum_row,
)

Criteria = Callable[[str], Criterion]


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    blocks = {
        "gate": little_giant_gates(ctx, pack),
        "specialised": [
            niche_row(ctx, c("niche_years")),
            main_share_row(ctx, c("main_share")),
            _main_growth(ctx, c("main_growth")),
        ],
        "refined": [_info_system(ctx, c), _certification(ctx, c), debt_row(ctx, c("debt_ratio"))],
        "distinctive": [_national_share(ctx, c("market_share")), _own_brand(ctx, c)],
        "innovative": [
            *_rd_band_rows(ctx, pack),
            _institution(ctx, c),
            class1_row(ctx, c("class1_ip"), pack.ip),
        ],
        "innovative_direct": [_direct_award(ctx, c), _direct_chuangke(ctx, c)],
        "chain": [_chain(ctx, c)],
        "product": [_product_field(ctx, c)],
    }
    rows = [replace(r, group=group) for group, members in blocks.items() for r in members]
    general = all_of([r.status for r in blocks["innovative"]])
    direct = any_of([r.status for r in blocks["innovative_direct"]])
    others = [r for r in rows if r.group not in ("innovative", "innovative_direct")]
    status = all_of([*(r.status for r in others), any_of([general, direct])])
    deciding = others + ([r for r in rows if r.group == "innovative"] if direct is not Status.MET else [])
    return result(pack, status, _summary(status, deciding, direct), rows)


def _summary(status: Status, deciding: list[Row], direct: Status) -> Text:
    if status is Status.MET and direct is Status.MET:
        return Text(
            "全部条件满足（创新能力经直通条件满足）", "All conditions met (innovation by a direct condition)"
        )
    return verdict_summary(VERDICT_OF[status], deciding)


# --- 专 精 特 -------------------------------------------------------------------------------------


def _main_growth(ctx: Context, criterion: Criterion) -> Row:
    """近2年主营业务收入平均增长率: the mean of two annual rates (decision 9)."""

    def gap(rule: Threshold) -> Gap:
        earlier = m.growth(ctx, "main_revenue", 1).value
        now, before = ctx.value("main_revenue"), ctx.value("main_revenue", 1)
        assert earlier is not None and now is not None and before is not None
        label, field = ctx.label("main_revenue"), ctx.field("main_revenue")
        return mean_growth_gap(label, now, before, earlier, rule.op, rule.value, field)

    return measured(ctx, criterion, "main_growth", m.mean_growth(ctx, "main_revenue"), gap=gap)


def _info_system(ctx: Context, c: Criteria) -> Row:
    value = ctx.firm.honours.info_system_core
    return declared(c("info_system"), "info_system", value, "honours.info_system_core")


def _certification(ctx: Context, c: Criteria) -> Row:
    honours = ctx.firm.honours
    value = either(honours.management_certified, honours.intl_product_cert)
    return declared(c("certification"), "certification", value, "honours.management_certified")


def _own_brand(ctx: Context, c: Criteria) -> Row:
    return declared(c("own_brand"), "own_brand", ctx.firm.honours.own_brand, "honours.own_brand")


def _national_share(ctx: Context, criterion: Criterion) -> Row:
    share = ctx.firm.honours.market_share_pct
    if share is None:
        row = unknown(criterion, "market_share", MARKET_SHARE, requirement=threshold_text(criterion, "min"))
        return on_evidence(row)  # market position: the authority's judgement (decision 13)
    rule = criterion.threshold("min")
    row = check(
        ctx,
        criterion,
        "market_share",
        share,
        Text(f"全国细分市场占有率 {fmt_pct(share)}", f"National niche share {fmt_pct(share)}"),
        gap=partial(amount_gap, MARKET_SHARE, share, rule.op, rule.value, "honours.market_share_pct", "pct"),
        note=Text(criterion.help_zh, criterion.help_en),
    )
    return on_evidence(row)


# --- 新: general conditions ------------------------------------------------------------------------


def _rd_band_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """The R&D test depends on last year's revenue; an edge value takes the upper band (§3.3 note)."""
    band = pack.criterion("rd_band")
    revenue = ctx.value("revenue")
    if revenue is None:
        return [unknown(band, "rd_band", ctx.label("revenue"), requirement=Text(band.help_zh, band.help_en))]
    years = int(band.params["years"])
    for name, criterion_id in (("high_from", "rd_ratio_high"), ("mid_from", "rd_ratio_mid")):
        if meets(revenue, band.threshold(name)):
            rows = rd_share_rows(ctx, pack.criterion(criterion_id), criterion_id, years)
            return [_with_band(ctx, r, revenue, band, name) for r in rows]
    rows = _small_band_rows(ctx, pack)
    return [_with_band(ctx, r, revenue, band, "mid_from") for r in rows]


def _with_band(ctx: Context, row: Row, revenue: Decimal, band: Criterion, edge_name: str) -> Row:
    edge = band.threshold(edge_name)
    note = Text(
        f"按{ctx.last_fy}年营业收入{num(revenue)}万元分档（档界{num(edge.value)}万元）",
        f"Band chosen by FY{ctx.last_fy} revenue {num(revenue)} 万元 (band edge {num(edge.value)} 万元)",
    )
    edges = [band.threshold(n).value for n in ("high_from", "mid_from")]
    on_edge = row.on_edge or any(near(revenue, e, ctx.tolerance) for e in edges)
    return replace(row, note=note, on_edge=on_edge)


def _small_band_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """Below the middle band: new equity, total R&D and the R&D staff share, all three."""
    equity, total_rd = pack.criterion("rd_small_equity"), pack.criterion("rd_small_total")
    equity_label = Text(f"近{int(equity.params['years'])}年新增股权融资", "New equity")
    rd_label = Text(f"近{int(total_rd.params['years'])}年研发费用总额", "Total R&D")
    return [
        year_sum_row(ctx, equity, "rd_small_equity", "qualified_equity", equity_label),
        year_sum_row(ctx, total_rd, "rd_small_total", "rd_expense", rd_label),
        _rd_staff_share(ctx, pack.criterion("rd_small_staff")),
    ]


def _rd_staff_share(ctx: Context, criterion: Criterion) -> Row:
    def gap(rule: Threshold) -> Gap:
        part, whole = ctx.value("rd_staff"), ctx.value("staff")
        assert part is not None and whole is not None
        label = Text("研发人员占比", "R&D staff share")
        return staff_share_gap(label, part, whole, rule.op, rule.value, ctx.field("rd_staff"))

    return measured(ctx, criterion, "rd_small_staff", m.ratio(ctx, "rd_staff", "staff"), gap=gap)


def _institution(ctx: Context, c: Criteria) -> Row:
    """Any recognised or joint R&D institution counts here, whatever its level."""
    best = m.best_institution(ctx)
    calc = m.institution_text(best) if best else Text("未登记研发机构", "no R&D institution entered")
    gap = text_gap(
        "建立研发机构（自建或与高校、科研机构联建）", "Set up an R&D institution", "honours.rd_institutions"
    )
    return honours_row(
        ctx.firm, answer(c("rd_institution"), "rd_institution", best is not None, calc, gap=gap)
    )


# --- 新: direct conditions -------------------------------------------------------------------------


def _direct_award(ctx: Context, c: Criteria) -> Row:
    return award_row(ctx, c("direct_award"), "direct_award")  # an award of unknown rank stays open


def _direct_chuangke(ctx: Context, c: Criteria) -> Row:
    criterion = c("direct_chuangke")
    year = ctx.firm.honours.chuangke_top50_year
    hit = year is not None and m.in_window(ctx, year, int(criterion.params["years"]))
    calc = (
        Text(f"{year}年进入全国50强", f"National top 50 in {year}")
        if year is not None
        else Text("未进入全国50强", "not in the national top 50")
    )
    return found(criterion, "direct_chuangke", met(hit), calc)


# --- 链 品 ------------------------------------------------------------------------------------------


def _chain(ctx: Context, c: Criteria) -> Row:
    value = ctx.firm.profile.fields.key_chain_position
    return declared(c("chain"), "chain", value, "profile.fields.key_chain_position")


def _product_field(ctx: Context, c: Criteria) -> Row:
    """品 says "原则上": outside the six foundations the firm may still be in a key field the tool
    does not record (制造强国十大重点领域, 网络强国), so a "no" goes to manual review, not to a fail."""
    criterion = c("product_field")
    value = ctx.firm.profile.fields.six_foundations
    if value is False:
        calc = Text(
            "不属于工业“六基”：是否属于制造强国或网络强国重点领域需人工确认",
            "Not in the six foundations: a key manufacturing or network field needs a manual check",
        )
        return manual(criterion, "product_field", calc)
    return declared(criterion, "product_field", value, "profile.fields.six_foundations")
