"""专精特新"小巨人" under 工信部企业〔2022〕63号 附件3 and 工信部企业〔2026〕2号 附件2.

The pack's major version picks the regime (domain decision 1): 2022 = the six blocks 专精特新链品 with a
revenue-band R&D test and innovation direct conditions; 2026 = a flat list of hard conditions plus the
platform's development score. Both require a valid 专精特新中小企业 title first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial

from assessments.gaps import amount_gap, count_gap, lower_ratio_gap, ratio_gap, staff_share_gap, text_gap
from assessments.ip import count_ip
from assessments.labels import PROFILE_FIELDS
from assessments.model import Award, Purpose
from assessments.numbers import HUNDRED, fmt_pct, meets, near, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, Verdict, all_of, any_of
from assessments.rules.schema import CriteriaPack, Criterion, IpRule
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    answer,
    check,
    compliance_gate,
    full_years,
    label_of,
    manual,
    result,
    size_gate,
    threshold_text,
    title_valid,
    unknown,
    verdict_summary,
    year_end,
)


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    regime = pack.version.split(".")[0]
    return REGIMES[regime](ctx, pack)


# --- 2022: 63号文 附件3 -----------------------------------------------------------------------------


def evaluate_2022(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    blocks = {
        "gate": gate_rows(ctx, pack),
        "specialised": [niche(ctx, c("niche_years")), main_share(ctx, c("main_share")), _main_growth(ctx, c)],
        "refined": [_info_system(ctx, c), _certification(ctx, c), debt(ctx, c("debt_ratio"))],
        "distinctive": [_national_share(ctx, c("market_share")), _own_brand(ctx, c)],
        "innovative": [*_rd_band_rows(ctx, pack), _institution(ctx, c), class1(ctx, c("class1_ip"), pack.ip)],
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


def _main_growth(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    """近2年主营业务收入平均增长率: the mean of two annual rates (decision 9)."""
    criterion = c("main_growth")
    rule = criterion.threshold("min")
    measure = m.mean_growth(ctx, "main_revenue")

    def gap() -> Gap:
        # Only last year's main revenue can still move: it needs a growth of 2 × edge − the earlier rate.
        earlier = m.growth(ctx, "main_revenue", 1).value
        needed = ctx.value("main_revenue", 1) * (1 + (2 * rule.value - earlier) / HUNDRED)
        return amount_gap(
            ctx.label("main_revenue"), ctx.value("main_revenue"), rule.op, needed, ctx.field("main_revenue")
        )

    return measured(ctx, criterion, "main_growth", measure, gap=gap)


def _info_system(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    value = ctx.firm.honours.info_system_core
    return _answered(c("info_system"), "info_system", value, "honours.info_system_core")


def _certification(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    honours = ctx.firm.honours
    value = either(honours.management_certified, honours.intl_product_cert)
    return _answered(c("certification"), "certification", value, "honours.management_certified")


def _own_brand(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    return _answered(c("own_brand"), "own_brand", ctx.firm.honours.own_brand, "honours.own_brand")


def _answered(criterion: Criterion, row_id: str, value: bool | None, field: str) -> Row:
    gap = text_gap(f"需满足：{criterion.label_zh}", f"Needed: {criterion.label_en}", field)
    return answer(criterion, row_id, value, said(value), gap=gap)


def _national_share(ctx: Context, criterion: Criterion) -> Row:
    share = ctx.firm.honours.market_share_pct
    if share is None:
        return unknown(criterion, "market_share", SHARE_LABEL, requirement=threshold_text(criterion, "min"))
    rule = criterion.threshold("min")
    return check(
        ctx,
        criterion,
        "market_share",
        share,
        Text(f"全国细分市场占有率 {fmt_pct(share)}", f"National niche share {fmt_pct(share)}"),
        gap=partial(amount_gap, SHARE_LABEL, share, rule.op, rule.value, "honours.market_share_pct", "pct"),
        note=Text(criterion.help_zh, criterion.help_en),
    )


def _rd_band_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """The R&D test depends on last year's revenue; an edge value takes the upper band (§3.3 note)."""
    band = pack.criterion("rd_band")
    revenue = ctx.value("revenue")
    if revenue is None:
        return [unknown(band, "rd_band", ctx.label("revenue"), requirement=Text(band.help_zh, band.help_en))]
    years = int(band.params["years"])
    for name, criterion_id in (("high_from", "rd_ratio_high"), ("mid_from", "rd_ratio_mid")):
        if meets(revenue, band.threshold(name)):
            rows = rd_ratio_rows(ctx, pack.criterion(criterion_id), criterion_id, years)
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
    equity, total_rd = pack.criterion("rd_small_equity"), pack.criterion("rd_small_total")
    return [
        summed(ctx, equity, "rd_small_equity", "qualified_equity", Text("近2年新增股权融资", "New equity")),
        summed(ctx, total_rd, "rd_small_total", "rd_expense", Text("近2年研发费用总额", "Total R&D")),
        _rd_staff_share(ctx, pack.criterion("rd_small_staff")),
    ]


def _rd_staff_share(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "rd_staff", "staff")
    rule = criterion.threshold("min")

    def gap() -> Gap:
        label = Text("研发人员占比", "R&D staff share")
        part, whole = ctx.value("rd_staff"), ctx.value("staff")
        return staff_share_gap(label, part, whole, rule.op, rule.value, ctx.field("rd_staff"))

    return measured(ctx, criterion, "rd_small_staff", measure, gap=gap)


def _institution(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    """Any recognised or joint R&D institution counts here, whatever its level."""
    criterion = c("rd_institution")
    best = m.best_institution(ctx)
    calc = (
        Text(
            f"{m.LEVEL_TEXT[best.level.value].zh}研发机构 {best.name}".strip(),
            f"{m.LEVEL_TEXT[best.level.value].en} R&D institution {best.name}".strip(),
        )
        if best
        else Text("未登记研发机构", "no R&D institution entered")
    )
    gap = text_gap(
        "建立研发机构（自建或与高校、科研机构联建）", "Set up an R&D institution", "honours.rd_institutions"
    )
    return answer(criterion, "rd_institution", best is not None, calc, gap=gap)


def _direct_award(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    criterion = c("direct_award")
    awards = top_awards(ctx, criterion)
    return found(criterion, "direct_award", bool(awards), awards_text(awards))


def _direct_chuangke(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    criterion = c("direct_chuangke")
    year = ctx.firm.honours.chuangke_top50_year
    first = ctx.last_fy - int(criterion.params["years"]) + 1
    hit = year is not None and first <= year <= ctx.on.year
    calc = (
        Text(f"{year}年进入全国50强", f"National top 50 in {year}")
        if year is not None
        else Text("未进入全国50强", "not in the national top 50")
    )
    return found(criterion, "direct_chuangke", hit, calc)


def _chain(ctx: Context, c: Callable[[str], Criterion]) -> Row:
    value = ctx.firm.profile.fields.key_chain_position
    return evidenced(_answered(c("chain"), "chain", value, "profile.fields.key_chain_position"))


def _product_field(ctx: Context, c: Callable[[str], Criterion]) -> Row:
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
    return evidenced(_answered(criterion, "product_field", value, "profile.fields.six_foundations"))


# --- 2026: 2号文 附件2 ------------------------------------------------------------------------------


def evaluate_2026(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    rows = [
        *gate_rows(ctx, pack),
        niche(ctx, c("niche_years")),
        _revenue(ctx, c("revenue")),
        main_share(ctx, c("main_share")),
        _cagr(ctx, c("revenue_cagr")),
        debt(ctx, c("debt_ratio")),
        summed(ctx, c("rd_total"), "rd_total", "rd_expense", Text("近两年研发费用合计", "Two-year R&D")),
        *rd_ratio_rows(ctx, c("rd_ratio"), "rd_ratio", int(c("rd_ratio").params["years"])),
        _class1_or_award(ctx, pack),
        _market(ctx, c("market")),
        _field_chain(ctx, c("field_chain")),
        _dev_score(ctx, c("dev_score")),
    ]
    status = all_of([r.status for r in rows])
    return result(pack, status, verdict_summary(VERDICT_OF[status], rows), rows)


def _revenue(ctx: Context, criterion: Criterion) -> Row:
    revenue = ctx.value("revenue")
    if revenue is None:
        return unknown(
            criterion, "revenue", ctx.label("revenue"), requirement=threshold_text(criterion, "min")
        )
    rule = criterion.threshold("min")
    calc = Text(f"{ctx.last_fy}年营业收入 {num(revenue)}万元", f"FY{ctx.last_fy} revenue {num(revenue)} 万元")
    gap = partial(amount_gap, ctx.label("revenue"), revenue, rule.op, rule.value, ctx.field("revenue"))
    return check(ctx, criterion, "revenue", revenue, calc, gap=gap)


def _cagr(ctx: Context, criterion: Criterion) -> Row:
    """近两年营业收入复合增长率 (R₀ ÷ R₋₂)^½ − 1; 复核企业不考查."""
    if ctx.purpose is Purpose.REVIEW and criterion.params.get("review_exempt"):
        return replace(
            unknown(criterion, "revenue_cagr", requirement=threshold_text(criterion, "min")),
            status=Status.MET,
            calc=Text("复核企业不考查", "Not examined for a re-review"),
        )
    rule = criterion.threshold("min")

    def gap() -> Gap:
        needed = ctx.value("revenue", 2) * (1 + rule.value / HUNDRED) ** 2
        return amount_gap(ctx.label("revenue"), ctx.value("revenue"), rule.op, needed, ctx.field("revenue"))

    return measured(ctx, criterion, "revenue_cagr", m.compound_growth(ctx, "revenue"), gap=gap)


def _class1_or_award(ctx: Context, pack: CriteriaPack) -> Row:
    """≥ 4 Class I items, unless a national S&T award ranked top 3 in three years exempts the firm."""
    row = class1(ctx, pack.criterion("class1_ip"), pack.ip)
    exemption = pack.criterion("ip_exemption_award")
    awards = top_awards(ctx, exemption)
    requirement = row.requirement + Text(f"（{exemption.label_zh}）", f" ({exemption.label_en})")
    if not awards:
        return replace(row, requirement=requirement)
    calc = row.calc + Text("；豁免：", "; exempt: ") + awards_text(awards)
    return replace(row, status=Status.MET, gap=None, calc=calc, requirement=requirement)


def _market(ctx: Context, criterion: Criterion) -> Row:
    """占有率 ≥ 10% 或 国内前三: either figure is enough; the firm states both with its data source."""
    share, rank = ctx.firm.honours.market_share_pct, ctx.firm.honours.market_rank
    by_share, by_rank = criterion.threshold("share"), criterion.threshold("rank")
    hits = [
        None if share is None else meets(share, by_share),
        None if rank is None else meets(Decimal(rank), by_rank),
    ]
    status = {True: Status.MET, None: Status.UNKNOWN, False: Status.NOT_MET}[either(*hits)]
    calc = Text(
        f"占有率 {fmt_pct(share)}；国内排名 {num(rank) if rank else '—'}",
        f"share {fmt_pct(share)}; domestic rank {num(rank) if rank else '—'}",
    )
    gap = None
    if status is Status.NOT_MET:
        assert share is not None
        gap = amount_gap(SHARE_LABEL, share, by_share.op, by_share.value, "honours.market_share_pct", "pct")
        gap = replace(
            gap,
            text=gap.text
            + Text(f"（或进入国内前{num(by_rank.value)}）", f" (or rank top {num(by_rank.value)})"),
        )
    return Row(
        id="market",
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=Text(
            f"占有率{threshold_text(criterion, 'share').zh}或国内前{num(by_rank.value)}",
            f"share {threshold_text(criterion, 'share').en} or domestic top {num(by_rank.value)}",
        ),
        calc=calc,
        value=share,
        unit="pct",
        on_edge=share is not None and near(share, by_share.value, ctx.tolerance),
        gap=gap,
        note=Text(criterion.help_zh, criterion.help_en),
    )


def _field_chain(ctx: Context, criterion: Criterion) -> Row:
    fields = ctx.firm.profile.fields
    value = either(fields.six_foundations, fields.key_chain_position)
    return evidenced(_answered(criterion, "field_chain", value, "profile.fields.six_foundations"))


def _dev_score(ctx: Context, criterion: Criterion) -> Row:
    """The platform computes it; until the firm enters it, the row waits for the platform."""
    years = [ctx.on.year]
    if ctx.purpose is Purpose.REVIEW:  # 复核: any of the last two years
        years = [ctx.on.year - b for b in range(int(criterion.params["review_years"]))]
    scores = {y: s for y, s in ctx.firm.honours.srdi_dev_scores.items() if y in years}
    if not scores:
        calc = Text(
            "平台评分待出（优质中小企业梯度培育平台）", "Platform score pending (MIIT gradient platform)"
        )
        return manual(criterion, "dev_score", calc, threshold_text(criterion, "min"))
    year, score = max(scores.items(), key=lambda item: item[1])
    rule = criterion.threshold("min")
    calc = Text(f"{year}年得分 {num(score)}", f"{year} score {num(score)}")
    gap = partial(
        amount_gap,
        Text("发展评价得分", "Development score"),
        score,
        rule.op,
        rule.value,
        "honours.srdi_dev_scores",
        "points",
    )
    return check(ctx, criterion, "dev_score", score, calc, gap=gap)


# --- helpers both regimes share ---------------------------------------------------------------------

SHARE_LABEL = Text("主导产品细分市场占有率", "Niche-market share")


def gate_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        prerequisite(ctx, pack.criterion("prerequisite")),
        size_gate(ctx),
        compliance_gate(ctx, pack.criterion("common_gate")),
    ]


def prerequisite(ctx: Context, criterion: Criterion) -> Row:
    """A valid 专精特新中小企业 title; without one, say whether the self-check finds the firm eligible."""
    title = ctx.firm.honours.srdi_sme
    years = int(criterion.params["validity_years"])
    held = title is not None and title_valid(title.granted_on, title.expires_on, years, ctx.on)
    if title is None:
        calc = Text("未持有专精特新中小企业称号", "No SRDI SME title held")
    else:
        state = ("有效", "valid") if held else ("不在有效期内", "not valid on the assessment date")
        calc = Text(f"{title.granted_on}认定，{state[0]}", f"Granted {title.granted_on}, {state[1]}")
    return answer(criterion, "prerequisite", held, calc, gap=_prerequisite_gap(ctx))


def _prerequisite_gap(ctx: Context) -> Gap:
    srdi = ctx.prior.get("srdi_sme")
    gap = text_gap("须先取得专精特新中小企业称号", "Obtain the SRDI SME title first", "honours.srdi_sme")
    if srdi is not None and srdi.verdict is Verdict.QUALIFIES:
        return replace(
            gap, text=gap.text + Text("（自评显示已满足条件）", " (the self-check shows you qualify)")
        )
    return gap


def niche(ctx: Context, criterion: Criterion) -> Row:
    """Whole years in the niche, counted to the end of 31 December of 上年度 (domain §6).

    The day after is the bound: a firm in the niche since 1 January 2023 has 3 full years at the
    end of 2025 (worked example E counts 2024-01-01 → 2025-12-31 as 2 years).
    """
    years = full_years(ctx.firm.profile.niche_since, year_end(ctx.last_fy))
    if years is None:
        label = PROFILE_FIELDS["niche_since"]
        return unknown(criterion, "niche_years", label, requirement=threshold_text(criterion, "min"))
    rule = criterion.threshold("min")
    since = ctx.firm.profile.niche_since
    calc = Text(
        f"{since} 至 {ctx.last_fy}-12-31 满{years}年", f"{since} to {ctx.last_fy}-12-31: {years} full years"
    )
    label = Text("细分市场年限", "Years in the niche")
    gap = partial(amount_gap, label, Decimal(years), rule.op, rule.value, "profile.niche_since", "years")
    return check(ctx, criterion, "niche_years", Decimal(years), calc, gap=gap)


def main_share(ctx: Context, criterion: Criterion) -> Row:
    rule = criterion.threshold("min")

    def gap() -> Gap:
        main, revenue = ctx.value("main_revenue"), ctx.value("revenue")
        return ratio_gap(
            ctx.label("main_revenue"), main, revenue, rule.op, rule.value, ctx.field("main_revenue")
        )

    return measured(ctx, criterion, "main_share", m.ratio(ctx, "main_revenue", "revenue"), gap=gap)


def debt(ctx: Context, criterion: Criterion) -> Row:
    rule = criterion.threshold("max")

    def gap() -> Gap:
        liabilities, assets = ctx.value("total_liabilities"), ctx.value("total_assets")
        label = Text("资产负债率", "Debt ratio")
        return lower_ratio_gap(
            label, liabilities, assets, rule.op, rule.value, ctx.field("total_liabilities")
        )

    return measured(ctx, criterion, "debt_ratio", m.debt_ratio(ctx), "max", gap=gap)


def rd_ratio_rows(ctx: Context, criterion: Criterion, row_id: str, years: int) -> list[Row]:
    """R&D ÷ revenue in each of the last `years` fiscal years; one row per year, gap in 万元."""
    rule = criterion.threshold("min")

    def row(back: int) -> Row:
        def gap() -> Gap:
            rd, revenue = ctx.value("rd_expense", back), ctx.value("revenue", back)
            label = ctx.label("rd_expense", back)
            return ratio_gap(label, rd, revenue, rule.op, rule.value, ctx.field("rd_expense", back))

        measure = m.ratio(ctx, "rd_expense", "revenue", back)
        return measured(ctx, criterion, f"{row_id}_{ctx.last_fy - back}", measure, gap=gap)

    return [row(back) for back in reversed(range(years))]


def summed(ctx: Context, criterion: Criterion, row_id: str, name: str, label: Text) -> Row:
    """A figure summed over the criterion's window; the gap is the 万元 still to add."""
    rule = criterion.threshold("min")
    measure = m.year_sum(ctx, name, int(criterion.params["years"]))
    gap = partial(amount_gap, label, measure.value, rule.op, rule.value, ctx.field(name))
    return measured(ctx, criterion, row_id, measure, gap=gap)


def class1(ctx: Context, criterion: Criterion, rule: IpRule | None) -> Row:
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
    if row.status is Status.NOT_MET and meets(Decimal(possible), threshold):
        return replace(
            row,
            status=Status.UNKNOWN,
            note=Text("确认待定项后可能满足", "May be met once items are confirmed"),
        )
    return row


def measured(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    measure: m.Measure,
    threshold: str = "min",
    *,
    gap: Callable[[], Gap] | None = None,
) -> Row:
    """A measure checked against a threshold, or "to confirm" with the inputs it lacks."""
    if measure.value is None:
        row = unknown(criterion, row_id, requirement=threshold_text(criterion, threshold))
        return replace(row, calc=measure.calc)
    return check(ctx, criterion, row_id, measure.value, measure.calc, threshold, gap=gap)


def top_awards(ctx: Context, criterion: Criterion) -> list[Award]:
    params = criterion.params
    return m.awards_in_window(ctx, int(params["years"]), list(params["levels"]), int(params["max_rank"]))


def awards_text(awards: list[Award]) -> Text:
    if not awards:
        return Text("无符合条件的科技奖励", "no qualifying S&T award")
    return Text(
        "、".join(f"{a.year}年{a.name}（排名第{a.rank}）" for a in awards),
        "; ".join(f"{a.year} {a.name} (rank {a.rank})" for a in awards),
    )


def found(criterion: Criterion, row_id: str, hit: bool, calc: Text) -> Row:
    """An optional route (direct condition): held or not, never unknown."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MET if hit else Status.NOT_MET,
        source=criterion.source,
        requirement=Text(criterion.label_zh, criterion.label_en),
        calc=calc,
    )


def evidenced(row: Row) -> Row:
    """The firm's own "yes" counts, but the application needs proof of it."""
    if row.status is not Status.MET:
        return row
    return replace(
        row, note=Text("企业自述，申报时需提供证明材料", "The firm's answer; evidence needed when applying")
    )


def either(*answers: bool | None) -> bool | None:
    """Three-valued "or": one yes is enough, all no fails, otherwise still open."""
    if True in answers:
        return True
    return None if None in answers else False


def said(value: bool | None) -> Text:
    zh, en = {True: ("是", "yes"), False: ("否", "no"), None: ("未回答", "not answered")}[value]
    return Text(f"企业回答：{zh}", f"Firm's answer: {en}")


REGIMES: dict[str, Callable[[Context, CriteriaPack], SchemeResult]] = {
    "2022": evaluate_2022,
    "2026": evaluate_2026,
}
