"""创新型中小企业 (工信部企业〔2022〕63号 附件1): score route with category floors, or a direct route."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assessments.gaps import amount_gap, count_gap, lower_ratio_gap, part_share_gap, ratio_gap, text_gap
from assessments.ip import IpCount, count_ip
from assessments.numbers import HUNDRED, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, all_of, any_of
from assessments.rules.schema import Band, CriteriaPack, Criterion
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    compliance_gate,
    equity_row,
    label_of,
    points_row,
    result,
    score_total_row,
    scored,
    size_gate,
    title_valid,
    total,
    unknown,
    verdict_summary,
)

CATEGORIES = {
    "innovation": Text("创新能力", "innovation"),
    "growth": Text("成长性", "growth"),
    "specialisation": Text("专业化", "specialisation"),
}


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    gates = [size_gate(ctx), compliance_gate(ctx, pack.criterion("common_gate"))]
    direct = direct_rows(ctx, pack)
    indicators = indicator_rows(ctx, pack)
    floors = floor_rows(ctx, pack, indicators)
    low, high, _ = total(indicators)
    route = any_of([all_of([r.status for r in floors]), any_of([r.status for r in direct])])
    status = all_of([*(r.status for r in gates), route])
    rows = [*gates, *direct, *indicators, *floors]
    return result(
        pack,
        status,
        _summary(status, rows, direct),
        rows,
        score=low,
        score_max=high,
        pass_score=pack.criterion("pass").threshold("min").value,
    )


def _summary(status: Status, rows: list[Row], direct: list[Row]) -> Text:
    verdict = VERDICT_OF[status]
    hit = next((r for r in direct if r.status is Status.MET), None)
    if hit is not None and status is Status.MET:
        return Text(f"满足直通条件：{hit.label.zh}", f"Direct route: {hit.label.en}")
    return verdict_summary(verdict, [r for r in rows if r not in direct])


# --- direct route ------------------------------------------------------------------------------


def direct_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        _award(ctx, pack.criterion("direct_award")),
        _honour(ctx, pack.criterion("direct_honour")),
        _institution(ctx, pack.criterion("direct_rd_institution")),
        _equity(ctx, pack.criterion("direct_equity")),
    ]


def _found(criterion: Criterion, row_id: str, hit: bool, calc: Text) -> Row:
    return Row(
        id=row_id,
        label=label_of(criterion),
        status=Status.MET if hit else Status.NOT_MET,
        source=criterion.source,
        requirement=Text(criterion.label_zh, criterion.label_en),
        calc=calc,
    )


def _award(ctx: Context, criterion: Criterion) -> Row:
    awards = m.awards_in_window(ctx, int(criterion.params["years"]), list(criterion.params["levels"]))
    calc = (
        Text(
            "、".join(f"{a.year}年{a.name}" for a in awards), "; ".join(f"{a.year} {a.name}" for a in awards)
        )
        if awards
        else Text("无符合条件的奖励", "no qualifying award")
    )
    return _found(criterion, "direct_award", bool(awards), calc)


def _honour(ctx: Context, criterion: Criterion) -> Row:
    years = int(criterion.params["validity_years"])
    honours = ctx.firm.honours
    held = [
        (t, name)
        for t, name in (
            (honours.hnte, Text("高新技术企业", "high-tech enterprise")),
            (honours.demo_enterprise, Text("技术创新示范企业", "innovation demonstration")),
            (honours.ip_advantage, Text("知识产权优势/示范企业", "IP advantage/demonstration")),
        )
        if t is not None and title_valid(t.granted_on, t.expires_on, years, ctx.on)
    ]
    calc = (
        Text("有效期内：" + "、".join(n.zh for _, n in held), "Valid: " + "; ".join(n.en for _, n in held))
        if held
        else Text("无有效期内的相关称号", "no such title valid on the assessment date")
    )
    return _found(criterion, "direct_honour", bool(held), calc)


def _institution(ctx: Context, criterion: Criterion) -> Row:
    best = m.best_institution(ctx)
    hit = best is not None and best.level.value in criterion.params["levels"]
    calc = (
        Text(
            f"{m.LEVEL_TEXT[best.level.value].zh}研发机构 {best.name}",
            f"{m.LEVEL_TEXT[best.level.value].en} R&D institution {best.name}",
        )
        if best
        else Text("无经认定的研发机构", "no recognised R&D institution")
    )
    return _found(criterion, "direct_rd_institution", hit, calc)


def _equity(ctx: Context, criterion: Criterion) -> Row:
    return equity_row(ctx, criterion, "direct_equity")


# --- score route -------------------------------------------------------------------------------


def indicator_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        ip_indicator(ctx, pack.criterion("ip"), count_ip(ctx.firm.ip, pack.ip, ctx.on), "ip", "innovation"),
        _rd_ratio(ctx, pack.criterion("rd_ratio")),
        _growth(ctx, pack.criterion("growth")),
        _debt(ctx, pack.criterion("debt_ratio")),
        _field(ctx, pack.criterion("field")),
        _main_share(ctx, pack.criterion("main_share")),
    ]


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
    requirement = Text(
        " · ".join(f"{t.zh} → {num(criterion.points[k])}" for k, t, _ in IP_LEVELS if k in criterion.points),
        " · ".join(f"{t.en} → {num(criterion.points[k])}" for k, t, _ in IP_LEVELS if k in criterion.points),
    )
    next_level = next(
        ((k, t) for k, t, _ in reversed(IP_LEVELS) if k in criterion.points and criterion.points[k] > low),
        None,
    )
    gap = (
        None
        if next_level is None
        else count_gap(Text(f"获得{next_level[1].zh}", f"obtain {next_level[1].en}"), 0, ">=", Decimal(1))
    )
    row = points_row(
        criterion,
        row_id,
        low,
        calc,
        requirement=requirement,
        value=Decimal(counts.class1()),
        unit="count",
        gap=gap,
        group=group,
    )
    if high > low:
        note = Text(
            f"有待确认的知识产权，最高可得{num(high)}分",
            f"Items to confirm could give up to {num(high)} points",
        )
        return replace(row, status=Status.UNKNOWN, points_max=high, note=note)
    return row


def _rd_ratio(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "rd_expense", "revenue")

    def gap(target: Band):
        assert target.edge is not None
        return ratio_gap(
            ctx.label("rd_expense"),
            ctx.value("rd_expense"),
            ctx.value("revenue"),
            ">=",
            target.edge,
            ctx.field("rd_expense"),
        )

    return scored(ctx, criterion, "rd_ratio", measure.value, measure.calc, group="innovation", gap=gap)


def _growth(ctx: Context, criterion: Criterion) -> Row:
    measure = m.growth(ctx, "main_revenue")

    def gap(target: Band):
        assert target.edge is not None
        before = ctx.value("main_revenue", 1)
        needed = before * (1 + target.edge / HUNDRED)
        return amount_gap(
            ctx.label("main_revenue"), ctx.value("main_revenue"), ">=", needed, ctx.field("main_revenue")
        )

    return scored(ctx, criterion, "growth", measure.value, measure.calc, group="growth", gap=gap)


def _debt(ctx: Context, criterion: Criterion) -> Row:
    measure = m.debt_ratio(ctx)

    def gap(target: Band):
        assert target.edge is not None
        return lower_ratio_gap(
            Text("资产负债率", "Debt ratio"),
            ctx.value("total_liabilities"),
            ctx.value("total_assets"),
            "<=",
            target.edge,
            ctx.field("total_liabilities"),
        )

    return scored(ctx, criterion, "debt_ratio", measure.value, measure.calc, group="growth", gap=gap)


def _field(ctx: Context, criterion: Criterion) -> Row:
    emerging = ctx.firm.profile.fields.strategic_emerging
    if emerging is None:
        return unknown(
            criterion,
            "field",
            Text("主导产品是否属于战略性新兴产业", "main product in a strategic emerging industry"),
        )
    key = "strategic_emerging" if emerging else "other"
    name = (
        Text("属于战略性新兴产业", "strategic emerging industry")
        if emerging
        else Text("其他领域", "other field")
    )
    requirement = Text(
        f"战略性新兴产业 → {num(criterion.points['strategic_emerging'])} · 其他 → {num(criterion.points['other'])}",
        f"strategic emerging → {num(criterion.points['strategic_emerging'])} · other → {num(criterion.points['other'])}",
    )
    return points_row(
        criterion,
        "field",
        criterion.points[key],
        name + Text(f" → {num(criterion.points[key])}分", f" → {num(criterion.points[key])} points"),
        requirement=requirement,
        group="specialisation",
        gap=text_gap(
            "主导产品不属于战略性新兴产业（定性，难以短期改变）",
            "Main product outside the strategic emerging industries (hard to change soon)",
            "profile.fields.strategic_emerging",
        ),
    )


def _main_share(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "main_revenue", "revenue")

    def gap(target: Band) -> Gap:
        assert target.edge is not None
        return part_share_gap(
            Text("主营业务收入占比", "Main-business share"),
            ctx.value("main_revenue"),
            ctx.value("revenue"),
            target.edge,
            ctx.field("main_revenue"),
        )

    return scored(ctx, criterion, "main_share", measure.value, measure.calc, group="specialisation", gap=gap)


def floor_rows(ctx: Context, pack: CriteriaPack, indicators: list[Row]) -> list[Row]:
    criterion = pack.criterion("pass")
    rows = []
    for group, name in CATEGORIES.items():
        members = [r for r in indicators if r.group == group]
        rows.append(
            score_total_row(
                ctx,
                criterion,
                f"floor_{group}",
                group,
                members,
                Text(f"{name.zh}小计", f"{name.en} subtotal"),
            )
        )
    rows.append(score_total_row(ctx, criterion, "total", "min", indicators, Text("评价总分", "Total score")))
    return rows
