"""创新型中小企业 (工信部企业〔2022〕63号 附件1): score route with category floors, or a direct route."""

from __future__ import annotations

from assessments.gaps import growth_gap, ratio_gap, text_gap
from assessments.ip import count_ip
from assessments.lists import honours_row
from assessments.numbers import num
from assessments.results import (
    VERDICT_OF,
    Gap,
    Lazy,
    Row,
    SchemeResult,
    Status,
    Text,
    all_of,
    any_of,
    replace,
)
from assessments.rules.schema import Band, CriteriaPack, Criterion
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    compliance_gate,
    found,
    met,
    result,
    size_gate,
    verdict_summary,
)
from assessments.schemes.scoring import edge_of, judged_range, points_row, score_total_row, scored, total
from assessments.schemes.shared_criteria import (
    award_row,
    debt_gap,
    equity_row,
    institution_row,
    ip_indicator,
    main_share_gap,
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
        # The row's own "直通：" would read twice after the summary's (issue 12).
        zh, en = hit.label.zh.removeprefix("直通："), hit.label.en.removeprefix("Direct: ")
        return Text(f"满足直通条件：{zh}", f"Direct route: {en}")
    direct_ids = {id(r) for r in direct}  # by identity: comparing rows field by field is slow
    return verdict_summary(verdict, [r for r in rows if id(r) not in direct_ids])


# --- direct route (公告条件(二)) -------------------------------------------------------------------


def direct_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        award_row(ctx, pack.criterion("direct_award"), "direct_award"),
        _honour(ctx, pack.criterion("direct_honour")),
        institution_row(ctx, pack.criterion("direct_rd_institution"), "direct_rd_institution"),
        equity_row(ctx, pack.criterion("direct_equity"), "direct_equity"),
    ]


HONOURS = {
    "hnte": Text("高新技术企业", "high-tech enterprise"),
    "demo_enterprise": Text("技术创新示范企业", "innovation demonstration"),
    "ip_advantage": Text("知识产权优势/示范企业", "IP advantage/demonstration"),
}


def _honour(ctx: Context, criterion: Criterion) -> Row:
    titles = {key: getattr(ctx.firm.honours, key) for key in HONOURS}
    held = [HONOURS[k] for k in m.valid_titles(ctx, titles, int(criterion.params["validity_years"]))]
    calc = (
        Text("有效期内：" + "、".join(n.zh for n in held), "Valid: " + "; ".join(n.en for n in held))
        if held
        else Text("无有效期内的相关称号", "no such title valid on the assessment date")
    )
    return honours_row(ctx.firm, found(criterion, "direct_honour", met(bool(held)), calc))


# --- score route (公告条件(一)) --------------------------------------------------------------------


def indicator_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    rows = [
        ip_indicator(ctx, pack.criterion("ip"), count_ip(ctx.firm.ip, pack.ip, ctx.on), "ip", ""),
        _rd_ratio(ctx, pack.criterion("rd_ratio")),
        _growth(ctx, pack.criterion("growth")),
        _debt(ctx, pack.criterion("debt_ratio")),
        _field(ctx, pack.criterion("field")),
        _main_share(ctx, pack.criterion("main_share")),
    ]
    group_of = _categories(pack.criterion("pass"))
    return [replace(r, group=group_of[r.id]) for r in rows]


def _categories(criterion: Criterion) -> dict[str, str]:
    """Indicator id → its category, as the pack's pass rule lists the members of each floor."""
    return {row_id: group for group in CATEGORIES for row_id in criterion.params[f"{group}_members"]}


def _rd_ratio(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "rd_expense", "revenue")

    def gap(target: Band) -> Gap:
        rd, revenue = ctx.value("rd_expense"), ctx.value("revenue")
        assert rd is not None and revenue is not None
        return ratio_gap(ctx.label("rd_expense"), rd, revenue, ">=", edge_of(target), ctx.field("rd_expense"))

    return scored(ctx, criterion, "rd_ratio", measure.value, measure.calc, gap=gap)


def _growth(ctx: Context, criterion: Criterion) -> Row:
    measure = m.growth(ctx, "main_revenue")

    def gap(target: Band) -> Gap:
        now, before = ctx.value("main_revenue"), ctx.value("main_revenue", 1)
        assert now is not None and before is not None
        label, field = ctx.label("main_revenue"), ctx.field("main_revenue")
        return growth_gap(label, now, before, ">=", edge_of(target), field)

    return scored(ctx, criterion, "growth", measure.value, measure.calc, gap=gap)


def _debt(ctx: Context, criterion: Criterion) -> Row:
    measure = m.debt_ratio(ctx)
    return scored(
        ctx, criterion, "debt_ratio", measure.value, measure.calc, gap=lambda t: debt_gap(ctx, edge_of(t))
    )


def _field(ctx: Context, criterion: Criterion) -> Row:
    emerging = ctx.firm.profile.fields.strategic_emerging
    points = criterion.points
    key = "strategic_emerging" if emerging else "other"
    name = (
        Text("属于战略性新兴产业", "strategic emerging industry")
        if emerging
        else Text("其他领域", "other field")
    )
    requirement = Lazy(
        lambda: Text(
            f"战略性新兴产业 → {num(points['strategic_emerging'])} · 其他 → {num(points['other'])}",
            f"strategic emerging → {num(points['strategic_emerging'])} · other → {num(points['other'])}",
        )
    )
    row = points_row(
        criterion,
        "field",
        points[key],
        name + Lazy(lambda: Text(f" → {num(points[key])}分", f" → {num(points[key])} points")),
        requirement=requirement,
        gap=text_gap(
            "主导产品不属于战略性新兴产业（定性，难以短期改变）",
            "Main product outside the strategic emerging industries (hard to change soon)",
            "profile.fields.strategic_emerging",
        ),
    )
    # The field is the authority's classification (decision 13): unanswered is manual, a yes needs evidence.
    if emerging is None:
        unanswered = Text(
            "未回答是否属于战略性新兴产业：由认定部门判断", "Field not answered: the authority decides"
        )
        return judged_range(replace(row, calc=unanswered), points["strategic_emerging"], unanswered)
    return replace(row, evidence_needed=emerging)


def _main_share(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "main_revenue", "revenue")
    return scored(
        ctx,
        criterion,
        "main_share",
        measure.value,
        measure.calc,
        gap=lambda target: main_share_gap(ctx, edge_of(target)),
    )


def floor_rows(ctx: Context, pack: CriteriaPack, indicators: list[Row]) -> list[Row]:
    """Each category's subtotal against its floor, then the total against the pass line."""
    criterion = pack.criterion("pass")
    rows = []
    for group, name in CATEGORIES.items():
        members = [r for r in indicators if r.group == group]
        label = Text(f"{name.zh}小计", f"{name.en[:1].upper()}{name.en[1:]} subtotal")
        rows.append(score_total_row(ctx, criterion, f"floor_{group}", group, members, label))
    total_label = Text("评价总分", "Total score")
    rows.append(score_total_row(ctx, criterion, "total", "min", indicators, total_label))
    return rows
