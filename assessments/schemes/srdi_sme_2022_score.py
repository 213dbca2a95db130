"""专精特新中小企业 2022 (工信部企业〔2022〕63号 附件2): the 13 scored indicators of condition (四).

Four categories (专业化 25, 精细化 25, 特色化 15, 创新能力 35), 100 points, no category floors. Where an
input is open the row carries the points it could still reach, so the total is a range.
"""

from __future__ import annotations

from decimal import Decimal

from assessments.gaps import amount_gap, count_gap, mean_growth_gap, ratio_gap, staff_share_gap
from assessments.ip import count_ip
from assessments.labels import missing
from assessments.lists import honours_open, honours_row
from assessments.numbers import ceil_int, num
from assessments.results import Gap, Row, Status, Text, replace
from assessments.rules.schema import Band, CriteriaPack, Criterion, Scale
from assessments.schemes import measures as m
from assessments.schemes.common import Context, help_of, open_row
from assessments.schemes.measures import Measure
from assessments.schemes.scoring import (
    band_of,
    edge_is_near,
    edge_of,
    judged_range,
    points_row,
    scale_text,
    scored,
    with_upper_bound,
)
from assessments.schemes.shared_criteria import RD_SHARES, debt_gap, ip_indicator, main_share_gap


def indicator_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """附件2: 13 indicators in four categories, 100 points; no category floors."""
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
        gap=lambda band: main_share_gap(ctx, edge_of(band)),
    )


def _main_growth(ctx: Context, criterion: Criterion) -> Row:
    mean = m.mean_growth(ctx, "main_revenue")

    def gap(band: Band) -> Gap:
        earlier = m.growth(ctx, "main_revenue", 1).value
        now, before = ctx.value("main_revenue"), ctx.value("main_revenue", 1)
        assert earlier is not None and now is not None and before is not None
        label, field = ctx.label("main_revenue"), ctx.field("main_revenue")
        return mean_growth_gap(label, now, before, earlier, ">=", edge_of(band), field)

    return scored(ctx, criterion, "main_growth", mean.value, mean.calc, group="specialisation", gap=gap)


def _niche_points(ctx: Context, criterion: Criterion) -> Row:
    years = m.niche_years(ctx)
    if years.value is None:
        return open_row(criterion, "niche_points", years.calc, help_of(criterion), group="specialisation")
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
        requirement=help_of(criterion),
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
        requirement=help_of(criterion),
        gap=_points_gap(
            "主导产品领域为定性条件（需举证）",
            "The field is qualitative (evidence needed)",
            criterion,
            low,
            "profile.fields",
        ),
        group="specialisation",
    )
    row = replace(row, evidence_needed=True in flags.values())
    return judged_range(
        row, high, Text("主导产品领域未回答：由认定部门判断", "Field not answered: the authority decides")
    )


def _digital(ctx: Context, criterion: Criterion) -> Row:
    level = m.digital_level(ctx)

    def gap(band: Band) -> Gap:
        assert level.value is not None
        return amount_gap(
            Text("数字化水平", "Digital level"), level.value, ">=", edge_of(band), "digital", "level"
        )

    row = scored(ctx, criterion, "digital", level.value, level.calc, group="refinement", gap=gap)
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
    answers["standards"] = None if honours_open(ctx.firm) else bool(honours.standards)
    per = Decimal(criterion.params["points_per_item"])
    top = criterion.max_points or Decimal(0)
    have = [k for k, v in answers.items() if v is True]
    open_ = [k for k, v in answers.items() if v is None]
    low, high = min(per * len(have), top), min(per * (len(have) + len(open_)), top)
    calc = _names(have) + Text(
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
        requirement=help_of(criterion),
        value=Decimal(len(have)),
        unit="count",
        gap=gap,
        group="refinement",
    )
    row = replace(row, evidence_needed=bool(have))
    # An untouched honours list is still to confirm; the unanswered declarations alone are manual.
    bound = _upper if "standards" in open_ else judged_range
    return bound(row, high, Text("未回答：", "Not answered: ") + _names(open_))


def _names(keys: list[str]) -> Text:
    return Text(
        "、".join(QUALITY_ITEMS[k].zh for k in keys) or "无",
        "; ".join(QUALITY_ITEMS[k].en for k in keys) or "none",
    )


def _net_margin(ctx: Context, criterion: Criterion) -> Row:
    margin = m.ratio(ctx, "net_profit", "revenue")

    def gap(band: Band) -> Gap:
        profit, revenue = ctx.value("net_profit"), ctx.value("revenue")
        assert profit is not None and revenue is not None
        return ratio_gap(
            ctx.label("net_profit"), profit, revenue, ">=", edge_of(band), ctx.field("net_profit")
        )

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
        gap=lambda band: debt_gap(ctx, edge_of(band)),
    )


def _local(ctx: Context, criterion: Criterion) -> Row:
    """附件2 指标9: Xiamen's indicators were not retrieved, so the firm enters its points (§5.2)."""
    entered = ctx.firm.honours.local_feature_points
    top = criterion.max_points or Decimal(0)
    if entered is None:
        # 特色化 points are judged on evidence (decision 13): blank is manual, 0 to the maximum.
        row = open_row(criterion, "local_features", _local_missing(top), help_of(criterion), group="local")
        note = Text(
            f"未填报：总分下限按0分、上限按{num(top)}分计",
            f"Blank: 0 in the lower total, {num(top)} in the upper",
        )
        return replace(row, status=Status.MANUAL, points=Decimal(0), points_max=top, note=note)
    points = min(max(entered, Decimal(0)), top)
    row = points_row(
        criterion,
        "local_features",
        points,
        Text(f"企业填报 {num(entered)}分", f"entered by the firm: {num(entered)} points"),
        requirement=help_of(criterion),
        value=entered,
        unit="points",
        gap=_points_gap(
            "地方特色指标", "Local indicators", criterion, points, "honours.local_feature_points"
        ),
        group="local",
    )
    return replace(row, evidence_needed=points > 0)


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
        gaps.append(amount_gap(ctx.label("rd_expense"), rd, ">=", edge_of(target), ctx.field("rd_expense")))
    target = _next_band(ratio, best)
    revenue = ctx.value("revenue")
    if target is not None and share is not None and revenue:
        gaps.append(
            ratio_gap(
                ctx.label("rd_expense"),
                rd,
                revenue,
                ">=",
                edge_of(target),
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
        return staff_share_gap(ctx.label("rd_staff"), part, whole, ">=", edge_of(band), ctx.field("rd_staff"))

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
    row = points_row(
        criterion, "rd_institution", points, calc, requirement=requirement, gap=gap, group="innovation"
    )
    return honours_row(ctx.firm, row)


def _upper(row: Row, high: Decimal, note: Text) -> Row:
    """A row whose open inputs could still lift it: its gap waits until they are known."""
    bounded = with_upper_bound(row, high, note)
    return bounded if bounded is row else replace(bounded, gap=None)


def _points_gap(zh: str, en: str, criterion: Criterion, points: Decimal, field: str) -> Gap:
    short = (criterion.max_points or points) - points
    return Gap(Text(f"{zh}：差{num(short)}分", f"{en}: {num(short)} points short"), short, "points", field)


def _next_band(scale: Scale, points: Decimal) -> Band | None:
    better = [b for b in scale.bands if b.points > points and b.edge is not None]
    return better[-1] if better else None
