"""专精特新中小企业 under two regimes.

2022 (工信部企业〔2022〕63号 附件2): four conditions, the fourth being a 100-point score ≥ 60 or any
one direct condition (the direct conditions replace only condition 四). 2026 (工信部企业〔2026〕2号):
hard conditions only, with the platform's development score in place of the self-score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from assessments.gaps import (
    amount_gap,
    count_gap,
    lower_ratio_gap,
    part_share_gap,
    ratio_gap,
    staff_share_gap,
    text_gap,
)
from assessments.ip import count_ip
from assessments.labels import PROFILE_FIELDS, missing
from assessments.model import Purpose
from assessments.numbers import HUNDRED, ceil_int, fmt_pct, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, Verdict, all_of, any_of
from assessments.rules.schema import Band, CriteriaPack, Criterion, Scale
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    answer,
    band_of,
    check,
    compliance_gate,
    edge_is_near,
    equity_row,
    full_years,
    label_of,
    manual,
    points_row,
    result,
    scale_text,
    score_total_row,
    scored,
    size_gate,
    threshold_text,
    title_valid,
    total,
    unknown,
    verdict_summary,
    year_end,
)
from assessments.schemes.innovative_sme import ip_indicator
from assessments.schemes.measures import Measure

# Raising R&D raises every R&D share over revenue, so one extra 万元 also helps the other schemes.
RD_SHARES = Text(
    "研发费用增加同时提高创新型（附件1指标2）、科技型、高企等以收入为分母的研发占比",
    "more R&D also raises the R&D shares over revenue of the innovative-SME, tech-SME and HNTE tests",
)


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    """The 2026 packs carry the platform score; the 2022 packs the 60-point self-score."""
    if "dev_score" in pack.criteria:
        return evaluate_2026(ctx, pack)
    return evaluate_2022(ctx, pack)


@dataclass(frozen=True)
class Condition:
    """One numbered condition: all its rows must hold, or (alternatives) any one of them."""

    rows: list[Row]
    alternatives: bool = False
    shown: list[Row] | None = None  # the rows to display, in order, when more than the deciding ones

    @property
    def status(self) -> Status:
        return (any_of if self.alternatives else all_of)([r.status for r in self.rows])


def _outcome(
    pack: CriteriaPack, conditions: list[Condition], via: list[Text] | None = None, **extra: object
) -> SchemeResult:
    status = all_of([c.status for c in conditions])
    rows = [r for c in conditions for r in (c.shown or c.rows)]
    # Name what decides: the failed conditions if any, else those still open.
    deciding = [c for c in conditions if c.status is not Status.MET]
    if status is Status.NOT_MET:
        deciding = [c for c in deciding if c.status is Status.NOT_MET]
    open_rows = [r for c in deciding for r in c.rows if r.status is not Status.MET]
    summary = verdict_summary(VERDICT_OF[status], open_rows)
    if via and VERDICT_OF[status] is Verdict.QUALIFIES:
        summary = summary + Text(
            "（条件（四）按" + "、".join(t.zh for t in via) + "）",
            " (condition 4 by " + "; ".join(t.en for t in via) + ")",
        )
    return result(pack, status, summary, rows, **extra)


# --- 2022: 63号文 附件2 -----------------------------------------------------------------------------


def evaluate_2022(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    direct = direct_rows(ctx, pack)
    indicators = indicator_rows(ctx, pack)
    score = score_row(ctx, pack.criterion("pass"), indicators)
    conditions = [
        Condition([size_gate(ctx), compliance_gate(ctx, pack.criterion("common_gate"))]),
        Condition([niche_row(ctx, pack.criterion("niche_years"))]),
        Condition(rd_year_rows(ctx, pack.criterion("rd_condition"), 0)),
        Condition(revenue_rows(ctx, pack), alternatives=True),
        # Condition 四: the total or any direct condition; the indicators are the total's terms.
        Condition([*direct, score], alternatives=True, shown=[*direct, *indicators, score]),
    ]
    hits = [r.label for r in direct if r.status is Status.MET]
    return _outcome(
        pack,
        conditions,
        via=hits if score.status is not Status.MET else None,
        score=score.value,
        score_max=total(indicators)[1],
        pass_score=pack.criterion("pass").threshold("min").value,
        facts={"regime": "miit_2022"},
        notes=(
            Text(
                "63号文下是否须先获创新型中小企业称号未定（领域参考 §9.3），本工具不作为条件。",
                "Whether the innovative-SME title is required under the 2022 measures is unresolved (domain §9.3); not applied.",
            ),
        ),
    )


def score_row(ctx: Context, criterion: Criterion, indicators: list[Row]) -> Row:
    """The total against 60 (no category floors in 附件2); unknown rows widen it to a range."""
    row = score_total_row(ctx, criterion, "total", "min", indicators, Text("评价总分", "Total score"))
    if row.gap is None:
        return row
    short = criterion.threshold("min").value - (row.value or Decimal(0))
    return replace(row, gap=replace(row.gap, amount=short, unit="points"))


def direct_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    award = pack.criterion("direct_award")
    routes = [
        (list(award.params["provincial_levels"]), int(award.params["provincial_max_rank"])),
        (list(award.params["national_levels"]), int(award.params["national_max_rank"])),
    ]
    return [
        award_row(ctx, award, "direct_award", routes),
        _rd_average(ctx, pack.criterion("direct_rd_average")),
        equity_row(ctx, pack.criterion("direct_equity"), "direct_equity"),
        _chuangke(ctx, pack.criterion("direct_chuangke")),
    ]


def _rd_average(ctx: Context, criterion: Criterion) -> Row:
    years = int(criterion.params["years"])
    summed = m.year_sum(ctx, "rd_expense", years)
    if summed.value is None:
        return _open(criterion, "direct_rd_average", summed.calc, threshold_text(criterion, "min"))
    mean = summed.value / years
    calc = summed.calc + Text(f"，÷ {years} = {num(mean)}万元", f"; ÷ {years} = {num(mean)} 万元")
    label = Text(f"近{years}年研发费用均值", f"mean R&D over {years} years")
    return check(
        ctx,
        criterion,
        "direct_rd_average",
        mean,
        calc,
        gap=lambda: amount_gap(label, mean, ">=", criterion.threshold("min").value, ctx.field("rd_expense")),
    )


def _chuangke(ctx: Context, criterion: Criterion) -> Row:
    year = ctx.firm.honours.chuangke_top500_year
    first = ctx.last_fy - int(criterion.params["years"]) + 1
    hit = year is not None and first <= year <= ctx.on.year
    calc = (
        Text(f"{year}年进入全国500强企业组", f"national top 500 in {year}")
        if year is not None
        else Text("未进入", "not listed")
    )
    gap = text_gap(
        f"需在{first}年及以后进入“创客中国”全国500强企业组", f"Reach the top 500 in {first} or later"
    )
    return found(criterion, "direct_chuangke", Status.MET if hit else Status.NOT_MET, calc, gap)


# --- the 13 indicators -------------------------------------------------------------------------


def indicator_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    c = pack.criterion
    return [
        _main_share_points(ctx, c("main_share")),
        _main_growth(ctx, c("main_growth")),
        _niche_points(ctx, c("niche_points")),
        _field(ctx, c("field")),
        _digital(ctx, c("digital")),
        _quality(ctx, c("quality")),
        _net_margin(ctx, c("net_margin")),
        _debt_points(ctx, c("debt_ratio")),
        _local(ctx, c("local_features")),
        ip_indicator(ctx, c("ip"), count_ip(ctx.firm.ip, pack.ip, ctx.on), "ip", "innovation"),
        _rd_input(ctx, c("rd_input"), c("rd_input_ratio")),
        _rd_staff(ctx, c("rd_staff")),
        _institution_points(ctx, c("rd_institution")),
    ]


def _main_share_points(ctx: Context, criterion: Criterion) -> Row:
    share = m.ratio(ctx, "main_revenue", "revenue")
    return scored(
        ctx,
        criterion,
        "main_share",
        share.value,
        share.calc,
        group="specialisation",
        gap=lambda band: main_share_gap(ctx, _edge(band)),
    )


def _main_growth(ctx: Context, criterion: Criterion) -> Row:
    mean = m.mean_growth(ctx, "main_revenue")

    def gap(band: Band) -> Gap:
        # Only last year's figure can still move: it lifts the later of the two growth rates.
        earlier = m.growth(ctx, "main_revenue", 1).value
        base = ctx.value("main_revenue", 1)
        assert earlier is not None and base is not None
        needed = base * (1 + (2 * _edge(band) - earlier) / HUNDRED)
        now = ctx.value("main_revenue")
        assert now is not None
        return amount_gap(ctx.label("main_revenue"), now, ">=", needed, ctx.field("main_revenue"))

    return scored(ctx, criterion, "main_growth", mean.value, mean.calc, group="specialisation", gap=gap)


def _niche_points(ctx: Context, criterion: Criterion) -> Row:
    years = niche_years(ctx)
    if years.value is None:
        return _open(criterion, "niche_points", years.calc, _help(criterion), group="specialisation")
    period = Decimal(criterion.params["period_years"])
    per = Decimal(criterion.params["points_per_period"])
    top = criterion.max_points or Decimal(0)
    periods = int(years.value // period)
    points = min(periods * per, top)
    calc = years.calc + Text(
        f"，满{periods}个{num(period)}年 → {num(points)}分",
        f", {periods} full periods → {num(points)} points",
    )
    next_edge = (periods + 1) * period
    gap = amount_gap(
        Text("细分市场年限", "Years in the niche"),
        years.value,
        ">=",
        next_edge,
        "profile.niche_since",
        "years",
    )
    return points_row(
        criterion,
        "niche_points",
        points,
        calc,
        requirement=_help(criterion),
        value=years.value,
        unit="years",
        gap=gap,
        group="specialisation",
    )


FIELD_CLASSES = {
    "chain_breakthrough": Text(
        "产业链“补短板、锻长板、填空白”取得实际成效", "real results on key-chain gaps"
    ),
    "six_foundations": Text(
        "工业“六基”、中华老字号或关键产业链龙头配套", "six industrial foundations or similar"
    ),
}


def _field(ctx: Context, criterion: Criterion) -> Row:
    flags = {k: getattr(ctx.firm.profile.fields, k) for k in FIELD_CLASSES}
    other = criterion.points["other"]
    low = max([criterion.points[k] for k, v in flags.items() if v is True], default=other)
    high = max([criterion.points[k] for k, v in flags.items() if v is not False], default=other)
    held = next((FIELD_CLASSES[k] for k, v in flags.items() if v is True), Text("其他领域", "other field"))
    calc = held + Text(f" → {num(low)}分", f" → {num(low)} points")
    row = points_row(
        criterion,
        "field",
        low,
        calc,
        requirement=_help(criterion),
        gap=_points_gap(
            "主导产品领域为定性条件（需举证）",
            "The field is qualitative (evidence needed)",
            criterion,
            low,
            "profile.fields",
        ),
        group="specialisation",
    )
    return _upper(row, high, Text("主导产品领域待确认", "field of the main product to confirm"))


def digital_level(ctx: Context) -> tuple[int | None, Text]:
    """The digital-level scheme's result when it ran, else the level the firm got on the platform."""
    prior = ctx.prior.get("digital_level")
    level = prior.facts.get("level") if prior is not None else None
    if level is not None:
        return int(str(level)), Text(f"数字化水平评测：{level}级", f"digital-level assessment: level {level}")
    official = ctx.firm.honours.official_digital_level
    if official is not None:
        return official, Text(f"官方平台评测等级：{official}级", f"official platform level: {official}")
    return None, missing(
        Text("数字化水平等级（评测问卷或官方平台结果）", "digital level (questionnaire or platform)")
    )


def _digital(ctx: Context, criterion: Criterion) -> Row:
    level, calc = digital_level(ctx)
    value = None if level is None else Decimal(level)

    def gap(band: Band) -> Gap:
        assert value is not None
        return amount_gap(Text("数字化水平", "Digital level"), value, ">=", _edge(band), "digital", "level")

    row = scored(ctx, criterion, "digital", value, calc, group="refinement", gap=gap)
    # Levels are whole grades: the 0.5% edge warning belongs to the questionnaire score, not here.
    return replace(row, on_edge=False)


QUALITY_ITEMS = {
    "quality_award": Text("省级以上质量奖", "provincial or higher quality award"),
    "management_certified": Text("质量管理体系认证", "certified quality system"),
    "own_brand": Text("自主品牌", "own brand"),
    "standards": Text("参与制修订标准", "drafted a standard"),
}


def _quality(ctx: Context, criterion: Criterion) -> Row:
    honours = ctx.firm.honours
    answers = {k: getattr(honours, k) for k in QUALITY_ITEMS if k != "standards"}
    answers["standards"] = bool(honours.standards)
    per = Decimal(criterion.params["points_per_item"])
    top = criterion.max_points or Decimal(0)
    have = [k for k, v in answers.items() if v is True]
    open_ = [k for k, v in answers.items() if v is None]
    low, high = min(per * len(have), top), min(per * (len(have) + len(open_)), top)
    names = Text(
        "、".join(QUALITY_ITEMS[k].zh for k in have) or "无",
        "; ".join(QUALITY_ITEMS[k].en for k in have) or "none",
    )
    calc = names + Text(
        f"：{len(have)}项 × {num(per)} → {num(low)}分（最高{num(top)}）",
        f": {len(have)} × {num(per)} → {num(low)} points (at most {num(top)})",
    )
    needed = Decimal(ceil_int(top / per))
    gap = count_gap(Text("质量管理项目", "Quality items"), len(have), ">=", needed, "honours")
    row = points_row(
        criterion,
        "quality",
        low,
        calc,
        requirement=_help(criterion),
        value=Decimal(len(have)),
        unit="count",
        gap=gap,
        group="refinement",
    )
    return _upper(row, high, missing(*(QUALITY_ITEMS[k] for k in open_)))


def _net_margin(ctx: Context, criterion: Criterion) -> Row:
    margin = m.ratio(ctx, "net_profit", "revenue")

    def gap(band: Band) -> Gap:
        profit, revenue = ctx.value("net_profit"), ctx.value("revenue")
        assert profit is not None and revenue is not None
        return ratio_gap(ctx.label("net_profit"), profit, revenue, ">=", _edge(band), ctx.field("net_profit"))

    return scored(ctx, criterion, "net_margin", margin.value, margin.calc, group="refinement", gap=gap)


def _debt_points(ctx: Context, criterion: Criterion) -> Row:
    debt = m.debt_ratio(ctx)
    return scored(
        ctx,
        criterion,
        "debt_ratio",
        debt.value,
        debt.calc,
        group="refinement",
        gap=lambda band: debt_gap(ctx, _edge(band)),
    )


def _local(ctx: Context, criterion: Criterion) -> Row:
    """附件2 指标9: Xiamen's indicators were not retrieved, so the firm enters its points (§5.2)."""
    entered = ctx.firm.honours.local_feature_points
    top = criterion.max_points or Decimal(0)
    if entered is None:
        row = _open(criterion, "local_features", _local_missing(top), _help(criterion), group="local")
        note = Text(
            f"未填报：总分下限按0分、上限按{num(top)}分计",
            f"Blank: 0 in the lower total, {num(top)} in the upper",
        )
        return replace(row, points=Decimal(0), note=note)
    points = min(max(entered, Decimal(0)), top)
    return points_row(
        criterion,
        "local_features",
        points,
        Text(f"企业填报 {num(entered)}分", f"entered by the firm: {num(entered)} points"),
        requirement=_help(criterion),
        value=entered,
        unit="points",
        gap=_points_gap(
            "地方特色指标", "Local indicators", criterion, points, "honours.local_feature_points"
        ),
        group="local",
    )


def _local_missing(top: Decimal) -> Text:
    return missing(
        Text(f"地方特色指标得分（企业填报，0–{num(top)}分）", f"local indicator points (0–{num(top)})")
    )


def _rd_input(ctx: Context, by_amount: Criterion, by_ratio: Criterion) -> Row:
    """附件2 指标11: the amount and the share each place R&D in a band; the better band counts."""
    rd = ctx.value("rd_expense")
    share = m.ratio(ctx, "rd_expense", "revenue")
    assert by_amount.scale is not None and by_ratio.scale is not None
    if rd is None:
        return scored(ctx, by_amount, "rd_input", None, missing(ctx.label("rd_expense")), group="innovation")
    amount_points = band_of(by_amount.scale, rd).points
    ratio_points = band_of(by_ratio.scale, share.value).points if share.value is not None else None
    best = max(amount_points, ratio_points or Decimal(0))
    on_edge = edge_is_near(ctx, by_amount.scale, rd) or (
        share.value is not None and edge_is_near(ctx, by_ratio.scale, share.value)
    )
    row = points_row(
        by_amount,
        "rd_input",
        best,
        _rd_input_calc(ctx, rd, amount_points, share, ratio_points, best),
        requirement=Text(
            f"按金额 {scale_text(by_amount.scale).zh}；或按占比 {scale_text(by_ratio.scale).zh}；取较高",
            f"by amount {scale_text(by_amount.scale).en}; or by share {scale_text(by_ratio.scale).en}; the better",
        ),
        value=rd,
        unit="wan",
        on_edge=on_edge,
        gap=_rd_input_gap(ctx, rd, share.value, by_amount.scale, by_ratio.scale, best),
        group="innovation",
    )
    if share.value is None:
        return _upper(row, by_ratio.scale.max_points, share.calc)
    return row


def _rd_input_calc(
    ctx: Context,
    rd: Decimal,
    amount_points: Decimal,
    share: Measure,
    ratio_points: Decimal | None,
    best: Decimal,
) -> Text:
    ratio_zh = f"{share.calc.zh} → {num(ratio_points)}分" if ratio_points is not None else share.calc.zh
    ratio_en = f"{share.calc.en} → {num(ratio_points)}" if ratio_points is not None else share.calc.en
    return Text(
        f"按金额：{ctx.last_fy}年 {num(rd)}万元 → {num(amount_points)}分；按占比：{ratio_zh}；取较高 → {num(best)}分",
        f"by amount: FY{ctx.last_fy} {num(rd)} 万元 → {num(amount_points)}; by share: {ratio_en}; "
        f"the better → {num(best)} points",
    )


def _rd_input_gap(
    ctx: Context, rd: Decimal, share: Decimal | None, amount: Scale, ratio: Scale, best: Decimal
) -> Gap | None:
    """The cheaper of the two routes to the next points band, both as extra R&D in 万元."""
    gaps = []
    target = _next_band(amount, best)
    if target is not None:
        gaps.append(amount_gap(ctx.label("rd_expense"), rd, ">=", _edge(target), ctx.field("rd_expense")))
    target = _next_band(ratio, best)
    revenue = ctx.value("revenue")
    if target is not None and share is not None and revenue:
        gaps.append(
            ratio_gap(
                ctx.label("rd_expense"),
                rd,
                revenue,
                ">=",
                _edge(target),
                ctx.field("rd_expense"),
                shares_denominator=RD_SHARES,
            )
        )
    return min(gaps, key=lambda g: g.amount or Decimal(0), default=None)


def _rd_staff(ctx: Context, criterion: Criterion) -> Row:
    share = m.ratio(ctx, "rd_staff", "staff")

    def gap(band: Band) -> Gap:
        part, whole = ctx.value("rd_staff"), ctx.value("staff")
        assert part is not None and whole is not None
        return staff_share_gap(ctx.label("rd_staff"), part, whole, ">=", _edge(band), ctx.field("rd_staff"))

    return scored(ctx, criterion, "rd_staff", share.value, share.calc, group="innovation", gap=gap)


def _institution_points(ctx: Context, criterion: Criterion) -> Row:
    best = m.best_institution(ctx)
    key = best.level.value if best is not None else "none"
    points = criterion.points[key]
    name = m.LEVEL_TEXT[key] if best is not None else Text("未建立", "none")
    calc = Text(f"{name.zh}研发机构 → {num(points)}分", f"{name.en} R&D institution → {num(points)} points")
    better = [k for k, p in criterion.points.items() if p > points]
    gap = None
    if better:
        up = m.LEVEL_TEXT[min(better, key=lambda k: criterion.points[k])]
        gap = count_gap(
            Text(f"经认定的{up.zh}研发机构", f"recognised {up.en} R&D institution"),
            0,
            ">=",
            Decimal(1),
            "honours.rd_institutions",
        )
    requirement = Text(
        " · ".join(
            f"{m.LEVEL_TEXT[k].zh if k in m.LEVEL_TEXT else '未建立'} → {num(p)}"
            for k, p in criterion.points.items()
        ),
        " · ".join(
            f"{m.LEVEL_TEXT[k].en if k in m.LEVEL_TEXT else 'none'} → {num(p)}"
            for k, p in criterion.points.items()
        ),
    )
    return points_row(
        criterion, "rd_institution", points, calc, requirement=requirement, gap=gap, group="innovation"
    )


# --- 2026: 2号文 附件1 --------------------------------------------------------------------------------


def evaluate_2026(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    rd = c("rd_each_year")
    conditions = [
        Condition([size_gate(ctx), compliance_gate(ctx, c("common_gate"))]),
        Condition([prerequisite_row(ctx, c("prerequisite"))]),
        Condition([niche_row(ctx, c("niche_years"))]),
        Condition(revenue_rows(ctx, pack), alternatives=True),
        Condition([main_share_row(ctx, c("main_share"))]),
        Condition([debt_row(ctx, c("debt_ratio"))]),
        Condition([r for back in range(int(rd.params["years"])) for r in rd_year_rows(ctx, rd, back)]),
        Condition(class1_rows(ctx, pack), alternatives=True),
        Condition([_market(ctx, c("market_position"))]),
        Condition([_dev_score(ctx, c("dev_score"))]),
    ]
    return _outcome(pack, conditions, facts={"regime": "miit_2026"})


def main_share_row(ctx: Context, criterion: Criterion) -> Row:
    share = m.ratio(ctx, "main_revenue", "revenue")
    return _test(ctx, criterion, "main_share", share, "min", lambda edge: main_share_gap(ctx, edge))


def debt_row(ctx: Context, criterion: Criterion) -> Row:
    return _test(ctx, criterion, "debt_ratio", m.debt_ratio(ctx), "max", lambda edge: debt_gap(ctx, edge))


def prerequisite_row(ctx: Context, criterion: Criterion) -> Row:
    """2号文: the firm must already hold a valid 科技和创新型 title (创新型 or 科技型)."""
    years = int(criterion.params["validity_years"])
    honours = ctx.firm.honours
    titles = {"innovative_sme": honours.innovative_sme, "tech_sme": honours.tech_sme}
    held = [
        k
        for k, t in titles.items()
        if t is not None and title_valid(t.granted_on, t.expires_on, years, ctx.on)
    ]
    if held:
        names = [TITLE_NAMES[k] for k in held]
        calc = Text("有效期内：" + "、".join(n.zh for n in names), "Valid: " + "; ".join(n.en for n in names))
        return found(criterion, "prerequisite", Status.MET, calc)
    calc = Text("未持有有效期内的创新型或科技型中小企业称号", "no valid innovative-SME or tech-SME title")
    return found(criterion, "prerequisite", Status.NOT_MET, calc, _title_gap(ctx))


TITLE_NAMES = {
    "innovative_sme": Text("创新型中小企业", "innovative SME"),
    "tech_sme": Text("科技型中小企业", "tech-based SME"),
}


def _title_gap(ctx: Context) -> Gap:
    gap = text_gap(
        "须先取得科技和创新型中小企业称号（创新型或科技型中小企业）",
        "First obtain a tech-and-innovative SME title (innovative SME or tech-based SME)",
        "honours.innovative_sme",
    )
    ready = [k for k in TITLE_NAMES if (r := ctx.prior.get(k)) is not None and r.verdict is Verdict.QUALIFIES]
    if not ready:
        return gap
    names = [TITLE_NAMES[k] for k in ready]
    hint = Text(
        "；本工具自评显示企业已符合" + "、".join(n.zh for n in names) + "条件，可先申报",
        "; the self-check shows the firm qualifies as " + " and ".join(n.en for n in names) + ": apply first",
    )
    return replace(gap, text=gap.text + hint)


def class1_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """At least one Class I item under the 2026 rule, unless an award or institution exempts the firm."""
    ip = _class1_ip(ctx, pack.criterion("class1_ip"), pack)
    if ip.status is Status.MET:
        return [ip]
    award = pack.criterion("ip_exemption_award")
    routes = [(list(award.params["levels"]), int(award.params["max_rank"]))]
    return [
        ip,
        award_row(ctx, award, "ip_exemption_award", routes),
        institution_row(ctx, pack.criterion("ip_exemption_institution"), "ip_exemption_institution"),
    ]


def _class1_ip(ctx: Context, criterion: Criterion, pack: CriteriaPack) -> Row:
    assert pack.ip is not None
    counts = count_ip(ctx.firm.ip, pack.ip, ctx.on)
    sure, possible = counts.class1(), counts.class1(sure=False)
    items = [d for d in counts.decisions if d.klass == "I"]
    detail = Text(
        "；".join(f"第{d.index + 1}项{d.item.number}：{d.reason.zh}" for d in items),
        "; ".join(f"item {d.index + 1} {d.item.number}: {d.reason.en}" for d in items),
    )
    calc = Text(f"计入{sure}项", f"{sure} counted") + (
        Text("（", " (") + detail + Text("）", ")") if items else Text("", "")
    )
    edge = criterion.threshold("min").value
    row = check(
        ctx,
        criterion,
        "class1_ip",
        Decimal(sure),
        calc,
        gap=lambda: count_gap(label_of(criterion), sure, ">=", edge),
    )
    if row.status is Status.NOT_MET and possible >= edge:
        return replace(
            row, status=Status.UNKNOWN, gap=None, note=Text("有待确认的知识产权", "Items to confirm")
        )
    return row


def _market(ctx: Context, criterion: Criterion) -> Row:
    """Market position has no number ("较为靠前"): the firm's own answer, or the authority's judgement."""
    honours = ctx.firm.honours
    facts = Text("", "")
    if honours.market_share_pct is not None or honours.market_rank is not None:
        facts = Text(
            f"（占有率{fmt_pct(honours.market_share_pct)}，排名{honours.market_rank or '—'}）",
            f" (share {fmt_pct(honours.market_share_pct)}, rank {honours.market_rank or '—'})",
        )
    if honours.market_leading is None:
        calc = Text(
            "需认定部门判断，企业应说明细分市场范围、规模、占有率及数据出处",
            "For the authority to judge; state the niche, its size, the share and the data source",
        )
        return manual(criterion, "market_position", calc + facts)
    said = (
        Text("企业填报：较为靠前", "firm says: ranks well")
        if honours.market_leading
        else Text("企业填报：不靠前", "firm says: does not rank well")
    )
    gap = text_gap(
        "主导产品市场地位须较为靠前（定性）",
        "The main product must rank well in its niche (qualitative)",
        "honours.market_leading",
    )
    return answer(criterion, "market_position", honours.market_leading, said + facts, gap=gap)


def _dev_score(ctx: Context, criterion: Criterion) -> Row:
    """新申报: this year's platform score. 复核: either of the last two years' scores."""
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
    if row.status is Status.NOT_MET and len(known) < len(scores):
        return replace(row, status=Status.MANUAL, gap=None)
    return row


# --- helpers both regimes share --------------------------------------------------------------------


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


def niche_row(ctx: Context, criterion: Criterion) -> Row:
    years = niche_years(ctx)

    def gap(edge: Decimal) -> Gap:
        assert years.value is not None
        return amount_gap(
            Text("细分市场年限", "Years in the niche"),
            years.value,
            ">=",
            edge,
            "profile.niche_since",
            "years",
        )

    return _test(ctx, criterion, "niche_years", years, "min", gap)


def revenue_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """Revenue, or (only when it falls short) the equity alternative of the same condition."""
    criterion = pack.criterion("revenue")
    revenue = _amount(ctx, "revenue")

    def gap(edge: Decimal) -> Gap:
        assert revenue.value is not None
        return amount_gap(ctx.label("revenue"), revenue.value, ">=", edge, ctx.field("revenue"))

    row = _test(ctx, criterion, "revenue", revenue, "min", gap)
    if row.status is Status.MET:
        return [row]
    return [row, equity_row(ctx, pack.criterion("revenue_equity"), "revenue_equity")]


def rd_year_rows(ctx: Context, criterion: Criterion, back: int) -> list[Row]:
    """R&D of one fiscal year: the amount and the share of revenue, each its own row."""
    year = ctx.last_fy - back
    rd, revenue = ctx.value("rd_expense", back), ctx.value("revenue", back)
    label = ctx.label("rd_expense", back)

    def amount_short(edge: Decimal) -> Gap:
        assert rd is not None
        return amount_gap(label, rd, ">=", edge, ctx.field("rd_expense", back))

    def ratio_short(edge: Decimal) -> Gap:
        assert rd is not None and revenue is not None
        return ratio_gap(
            label, rd, revenue, ">=", edge, ctx.field("rd_expense", back), shares_denominator=RD_SHARES
        )

    amount = _test(
        ctx, criterion, f"rd_amount_{year}", _amount(ctx, "rd_expense", back), "amount", amount_short
    )
    share = _test(
        ctx, criterion, f"rd_ratio_{year}", m.ratio(ctx, "rd_expense", "revenue", back), "ratio", ratio_short
    )
    return [
        replace(amount, label=Text(f"{year}年研发费用总额", f"FY{year} R&D expense")),
        replace(share, label=Text(f"{year}年研发费用占营业收入比重", f"FY{year} R&D share of revenue")),
    ]


def award_row(ctx: Context, criterion: Criterion, row_id: str, routes: list[tuple[list[str], int]]) -> Row:
    """S&T awards in the window at a level and within a rank; an award of unknown rank stays open."""
    years = int(criterion.params["years"])
    hits, open_ = [], []
    for levels, max_rank in routes:
        for award in m.awards_in_window(ctx, years, levels):
            if award.rank is None:
                open_.append(award)
            elif award.rank <= max_rank:
                hits.append(award)
    shown = hits or open_
    calc = (
        Text(
            "、".join(f"{a.year}年{a.name}（第{a.rank or '?'}名）" for a in shown),
            "; ".join(f"{a.year} {a.name} (rank {a.rank or '?'})" for a in shown),
        )
        if shown
        else Text("无符合条件的科技奖励", "no qualifying S&T award")
    )
    status = Status.MET if hits else Status.UNKNOWN if open_ else Status.NOT_MET
    gap = count_gap(label_of(criterion), 0, ">=", Decimal(1), "honours.awards")
    return found(criterion, row_id, status, calc, gap)


def institution_row(ctx: Context, criterion: Criterion, row_id: str) -> Row:
    best = m.best_institution(ctx)
    hit = best is not None and best.level.value in criterion.params["levels"]
    calc = (
        Text(
            f"{m.LEVEL_TEXT[best.level.value].zh}研发机构 {best.name}",
            f"{m.LEVEL_TEXT[best.level.value].en} R&D institution {best.name}",
        )
        if best is not None
        else Text("无经认定的研发机构", "no recognised R&D institution")
    )
    gap = count_gap(label_of(criterion), 0, ">=", Decimal(1), "honours.rd_institutions")
    return found(criterion, row_id, Status.MET if hit else Status.NOT_MET, calc, gap)


def found(criterion: Criterion, row_id: str, status: Status, calc: Text, gap: Gap | None = None) -> Row:
    """A row for a fact the register shows or not (a title, an award, a contest listing)."""
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=_help(criterion) if criterion.help_zh else Text(criterion.label_zh, criterion.label_en),
        calc=calc,
        gap=gap if status is Status.NOT_MET else None,
    )


def main_share_gap(ctx: Context, edge: Decimal) -> Gap:
    main, revenue = ctx.value("main_revenue"), ctx.value("revenue")
    assert main is not None and revenue is not None
    return part_share_gap(
        Text("主营业务收入占比", "Main-business share"), main, revenue, edge, ctx.field("main_revenue")
    )


def debt_gap(ctx: Context, edge: Decimal) -> Gap:
    liabilities, assets = ctx.value("total_liabilities"), ctx.value("total_assets")
    assert liabilities is not None and assets is not None
    return lower_ratio_gap(
        Text("资产负债率", "Debt ratio"), liabilities, assets, "<=", edge, ctx.field("total_liabilities")
    )


def _test(
    ctx: Context,
    criterion: Criterion,
    row_id: str,
    measure: Measure,
    threshold: str,
    gap: Callable[[Decimal], Gap],
) -> Row:
    """A threshold test; a measure with a missing input stays to confirm."""
    if measure.value is None:
        return _open(criterion, row_id, measure.calc, threshold_text(criterion, threshold))
    edge = criterion.threshold(threshold).value
    return check(ctx, criterion, row_id, measure.value, measure.calc, threshold, gap=lambda: gap(edge))


def _amount(ctx: Context, name: str, back: int = 0) -> Measure:
    value = ctx.value(name, back)
    if value is None:
        return Measure(None, missing(ctx.label(name, back)))
    year = ctx.last_fy - back
    return Measure(value, Text(f"{year}年 {num(value)}万元", f"FY{year} {num(value)} 万元"))


def _open(criterion: Criterion, row_id: str, calc: Text, requirement: Text, group: str = "") -> Row:
    return replace(unknown(criterion, row_id, requirement=requirement), calc=calc, group=group)


def _upper(row: Row, high: Decimal, note: Text) -> Row:
    """A scored row whose unknown inputs could still lift it: open, with its upper bound."""
    if row.points is None or high <= row.points:
        return row
    return replace(row, status=Status.UNKNOWN, points_max=high, gap=None, note=note)


def _points_gap(zh: str, en: str, criterion: Criterion, points: Decimal, field: str) -> Gap:
    short = (criterion.max_points or points) - points
    return Gap(Text(f"{zh}：差{num(short)}分", f"{en}: {num(short)} points short"), short, "points", field)


def _help(criterion: Criterion) -> Text:
    return Text(criterion.help_zh, criterion.help_en)


def _edge(band: Band) -> Decimal:
    assert band.edge is not None, "a better band always has an edge"
    return band.edge


def _next_band(scale: Scale, points: Decimal) -> Band | None:
    better = [b for b in scale.bands if b.points > points and b.edge is not None]
    return better[-1] if better else None
