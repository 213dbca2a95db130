"""科技型中小企业 (国科发政〔2017〕115号): conditions (1)–(4), then the score or a direct route.

Condition (3) as worded by 国科火字〔2022〕67号 also excludes the industries outside the R&D
super-deduction (财税〔2015〕119号): a firm in one of them fails whatever its figures.

The score is S&T staff (20) + R&D input (50, the better of the two indicators the firm may choose)
+ S&T results (30); it passes at the pack's floor, and an S&T-staff score of 0 vetoes (第六条(五)).
A direct route (第八条) replaces the score but never conditions (1)–(4). Figures are those of the
last fiscal year; that data-year rule is unverified and carried in the pack as such.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from assessments.gaps import amount_gap, count_gap, ratio_gap, staff_share_gap, text_gap
from assessments.ip import IpCount, count_ip
from assessments.lists import honours_row, ip_row
from assessments.model import ExcludedIndustry, Industry
from assessments.numbers import fmt_unit, num
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
    check,
    compliance_gate,
    found,
    help_of,
    met,
    result,
    threshold_text,
    unknown,
    verdict_summary,
)
from assessments.schemes.scoring import (
    band_of,
    better_band,
    points_row,
    scored,
    total,
    total_text,
    up_to_text,
    with_upper_bound,
)
from assessments.schemes.shared_criteria import award_row, institution_row

# Condition (2): each cap, the fiscal-year field it reads and its name.
SIZE_CAPS = {
    "staff": ("staff", Text("职工总数", "total staff"), "staff"),
    "revenue": ("revenue", Text("年销售收入", "annual sales"), "wan"),
    "assets": ("total_assets", Text("资产总额", "total assets"), "wan"),
}


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    data = data_context(ctx, pack.criterion("data_year"))
    gate = compliance_gate(data, pack.criterion("common_gate"))
    conditions = [
        gate,
        industry_row(ctx, pack.criterion("excluded_industry")),
        *size_rows(data, pack.criterion("size_cap")),
    ]
    indicators = indicator_rows(data, pack)
    passing = pass_rows(data, pack.criterion("pass"), indicators)
    direct = direct_rows(ctx, pack)
    route = any_of([all_of([r.status for r in passing]), any_of([r.status for r in direct])])
    status = all_of([*(r.status for r in conditions), route])
    low, high, _ = total(indicators)
    rows = [*conditions, *indicators, *passing, *direct]
    return result(
        pack,
        status,
        _summary(status, conditions + passing, direct),
        rows,
        score=low,
        score_max=high,
        pass_score=pack.criterion("pass").threshold("min").value,
        notes=(_data_note(data, pack.criterion("data_year")),),
        facts={"data_year": data.last_fy},
    )


def data_context(ctx: Context, criterion: Criterion) -> Context:
    """The context whose 上年度 is the data year the pack names (1 = the last fiscal year)."""
    back = int(criterion.params["fiscal_years_back"]) - 1
    return replace(ctx, on=ctx.on.replace(year=ctx.on.year - back)) if back else ctx


def _data_note(data: Context, criterion: Criterion) -> Text:
    tag = "" if criterion.source.confidence.verified else "（待核验）"
    tag_en = "" if criterion.source.confidence.verified else " (to verify)"
    return Text(f"按{data.last_fy}年度数据评价{tag}", f"Evaluated on FY{data.last_fy} figures{tag_en}")


def _summary(status: Status, rows: list[Row], direct: list[Row]) -> Text:
    verdict = VERDICT_OF[status]
    hit = next((r for r in direct if r.status is Status.MET), None)
    if hit is not None:
        if status is Status.MET:
            zh, en = hit.label.zh.removeprefix("直接认定："), hit.label.en.removeprefix("Direct: ")
            return Text(f"满足直接认定条件：{zh}", f"Direct route: {en}")  # the prefix once (issue 12)
        rows = [r for r in rows if r.group != "score"]  # the direct route replaces the score
    return verdict_summary(verdict, rows)


# --- conditions (1)–(4) ------------------------------------------------------------------------

EXCLUDED_NAMES = {
    ExcludedIndustry.TOBACCO: Text("烟草制造业", "tobacco manufacturing"),
    ExcludedIndustry.ACCOMMODATION_CATERING: Text("住宿和餐饮业", "accommodation and catering"),
    ExcludedIndustry.WHOLESALE_RETAIL: Text("批发和零售业", "wholesale and retail"),
    ExcludedIndustry.REAL_ESTATE: Text("房地产业", "real estate"),
    ExcludedIndustry.LEASING_BUSINESS: Text("租赁和商务服务业", "leasing and business services"),
    ExcludedIndustry.ENTERTAINMENT: Text("娱乐业", "entertainment"),
    ExcludedIndustry.NONE: Text("不属于所列行业", "none of the listed industries"),
}
EXCLUDED_QUESTION = Text(
    "所在行业是否属于不适用加计扣除政策的行业", "whether the industry is one the super-deduction excludes"
)


def size_table_answer(criterion: Criterion, industry: Industry | None) -> ExcludedIndustry | None:
    """What the SME-size industry already tells: an excluded industry, none of them, or nothing."""
    if industry is None:
        return None
    pairs = dict(str(p).split("=") for p in criterion.params["size_industry_excluded"])
    if industry.value in pairs:
        return ExcludedIndustry(pairs[industry.value])
    return ExcludedIndustry.NONE if industry.value in criterion.params["size_industry_clear"] else None


def industry_row(ctx: Context, criterion: Criterion) -> Row:
    """国科火字〔2022〕67号 条件(三): an industry outside the super-deduction fails whatever the figures.

    The firm's own precise answer counts where it names an excluded industry; otherwise the size-table
    industry decides where it can, and the answer where it cannot (industrial and other firms)."""
    profile = ctx.firm.profile
    answered, derived = profile.excluded_industry, size_table_answer(criterion, profile.industry)
    excluded = set(criterion.params["excluded"])
    choice = answered if answered is not None and answered.value in excluded else derived or answered
    if choice is None:
        return unknown(criterion, "excluded_industry", EXCLUDED_QUESTION, requirement=help_of(criterion))
    name = EXCLUDED_NAMES[choice]
    by = (
        ("企业回答", "the firm's answer")
        if choice is not derived
        else ("规模划型行业", "the size-table industry")
    )
    calc = Text(f"{name.zh}（{by[0]}）", f"{name.en} ({by[1]})")
    gap = text_gap(
        f"属于{name.zh}的企业不能评价入库",
        f"A firm in {name.en} cannot be registered as a tech-based SME",
        "profile.excluded_industry",
    )
    return found(criterion, "excluded_industry", met(choice.value not in excluded), calc, gap)


def size_rows(ctx: Context, criterion: Criterion) -> list[Row]:
    return [_size(ctx, criterion, cap) for cap in SIZE_CAPS]


def _size(ctx: Context, criterion: Criterion, cap: str) -> Row:
    name, what, unit = SIZE_CAPS[cap]
    rule = criterion.threshold(cap)
    value = ctx.value(name)
    label = Text(f"{what.zh}上限", f"{what.en[:1].upper()}{what.en[1:]}: the cap")
    if value is None:
        row = unknown(criterion, f"size_{cap}", ctx.label(name), requirement=threshold_text(criterion, cap))
        return replace(row, label=label)
    year = ctx.last_fy
    calc = Lazy(
        lambda: Text(
            f"{year}年{what.zh} {fmt_unit(value, unit)[0]}", f"FY{year} {what.en} {fmt_unit(value, unit)[1]}"
        )
    )
    row = check(
        ctx,
        criterion,
        f"size_{cap}",
        value,
        calc,
        cap,
        gap=lambda: amount_gap(ctx.label(name), value, rule.op, rule.value, ctx.field(name), unit),
    )
    return replace(row, label=label)


# --- the score (第七条 and its annex) -----------------------------------------------------------


def indicator_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    assert pack.ip is not None, "the 科小 pack defines which IP counts"
    return [
        st_staff_row(ctx, pack.criterion("st_staff")),
        rd_input_row(ctx, pack.criterion("rd_sales"), pack.criterion("rd_costs")),
        ip_row(ctx.firm, ip_points_row(pack.criterion("ip"), count_ip(ctx.firm.ip, pack.ip, ctx.on))),
    ]


def st_staff_row(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "st_staff", "staff")

    def gap(target: Band) -> Gap | None:
        part, whole = ctx.value("st_staff"), ctx.value("staff")
        assert target.edge is not None and part is not None and whole is not None
        op = ">=" if target.inclusive else ">"
        return staff_share_gap(ctx.label("st_staff"), part, whole, op, target.edge, ctx.field("st_staff"))

    return scored(ctx, criterion, "st_staff", measure.value, measure.calc, group="score", gap=gap)


def _rd_route(ctx: Context, criterion: Criterion, row_id: str, whole: str) -> Row:
    measure = m.ratio(ctx, "rd_expense", whole)

    def gap(target: Band) -> Gap | None:
        rd, base = ctx.value("rd_expense"), ctx.value(whole)
        assert target.edge is not None and rd is not None and base is not None
        op = ">=" if target.inclusive else ">"
        return ratio_gap(ctx.label("rd_expense"), rd, base, op, target.edge, ctx.field("rd_expense"))

    return scored(ctx, criterion, row_id, measure.value, measure.calc, group="score", gap=gap)


def rd_input_row(ctx: Context, sales: Criterion, costs: Criterion) -> Row:
    """研发投入: the firm picks one indicator, so the better one counts; an open one may still beat it."""
    routes = [
        _rd_route(ctx, sales, "rd_sales", "revenue"),
        _rd_route(ctx, costs, "rd_costs", "costs_expenses"),
    ]
    known = [r for r in routes if r.points is not None]
    if not known:
        return replace(routes[0], id="rd_input")
    best = max(known, key=lambda r: r.points or Decimal(0))
    other = next(r for r in routes if r is not best)
    row = replace(
        best,
        id="rd_input",
        note=Lazy(lambda: Text(f"另一指标：{other.calc.zh}", f"Other indicator: {other.calc.en}")),
    )
    if other.points is not None:
        return row
    top = best.max_points or Decimal(0)
    note = Text(
        f"另一指标待确认（{other.calc.zh}），最高可得{num(top)}分",
        f"The other indicator is open ({other.calc.en}): up to {num(top)} points",
    )
    return with_upper_bound(row, top, note)


def ip_points(criterion: Criterion, class1: int, class2: int) -> tuple[Decimal, Band | None]:
    """Any Class I item gives the top grade; otherwise the Class II count is banded."""
    if class1 >= criterion.threshold("class1").value:
        return criterion.points["class1"], None
    assert criterion.scale is not None
    band = band_of(criterion.scale, Decimal(class2))
    return band.points, band


def ip_points_row(criterion: Criterion, counts: IpCount) -> Row:
    low, band = ip_points(criterion, counts.class1(), counts.class2())
    high, _ = ip_points(criterion, counts.class1(sure=False), counts.class2(sure=False))
    grade = str(criterion.params["class1_grade"]) if band is None else band.grade
    calc = Lazy(
        lambda: Text(
            f"Ⅰ类{counts.class1()}项、Ⅱ类{counts.class2()}项 → {grade}档 {num(low)}分",
            f"Class I {counts.class1()}, Class II {counts.class2()} → grade {grade}: {num(low)} points",
        )
    )
    row = points_row(
        criterion,
        "ip",
        low,
        calc,
        requirement=Text(criterion.help_zh, criterion.help_en),
        value=Decimal(counts.class1()),
        unit="count",
        gap=_ip_gap(criterion, counts, band),
        group="score",
    )
    note = Text(
        f"有待确认的知识产权，最高可得{num(high)}分", f"Items to confirm could give up to {num(high)}"
    )
    return with_upper_bound(row, high, note)


def _ip_gap(criterion: Criterion, counts: IpCount, band: Band | None) -> Gap | None:
    assert criterion.scale is not None
    target = better_band(criterion.scale, band) if band is not None else None
    if band is not None and target is not None and target.edge is not None:
        label = Text("与主要产品相关的Ⅱ类知识产权", "Class II IP related to the main products")
        return count_gap(label, counts.class2(), ">=", target.edge)
    rule = criterion.threshold("class1")
    return count_gap(
        Text("Ⅰ类知识产权（如发明专利）", "Class I IP (e.g. an invention patent)"),
        counts.class1(),
        rule.op,
        rule.value,
    )


def pass_rows(ctx: Context, criterion: Criterion, indicators: list[Row]) -> list[Row]:
    return [_total(ctx, criterion, indicators), _veto(ctx, criterion, indicators[0])]


def _total(ctx: Context, criterion: Criterion, indicators: list[Row]) -> Row:
    low, high, complete = total(indicators)
    calc = Lazy(partial(total_text, tuple(r.points for r in indicators), low))
    row = replace(check(ctx, criterion, "total", low, calc), group="score")
    floor = criterion.threshold("min").value
    if row.status is Status.NOT_MET and (not complete or high > low) and high >= floor:
        note = Lazy(partial(up_to_text, "含待确认项", "With items to confirm", high))
        return replace(row, status=Status.UNKNOWN, note=note)
    if row.status is Status.NOT_MET:
        short = floor - low
        text = Lazy(lambda: Text(f"评价得分差{num(short)}分", f"{num(short)} points short"))
        return replace(row, gap=Gap(text, short, "points"))
    return row


def _veto(ctx: Context, criterion: Criterion, staff: Row) -> Row:
    """第六条(五): an S&T-staff score of 0 fails whatever the total."""
    label = Text("科技人员指标得分不为0", "S&T-staff score above 0")
    if staff.points is None:
        row = unknown(criterion, "st_staff_veto", requirement=threshold_text(criterion, "st_staff_points"))
        return replace(row, label=label, calc=staff.calc, group="score")
    calc = Text(f"科技人员指标 {num(staff.points)}分", f"S&T-staff score {num(staff.points)}")
    row = check(ctx, criterion, "st_staff_veto", staff.points, calc, "st_staff_points")
    gap = staff.gap if row.status is Status.NOT_MET else None
    return replace(row, label=label, on_edge=staff.on_edge, gap=gap, group="score")


# --- direct routes (第八条) ----------------------------------------------------------------------


def direct_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    return [
        _hnte(ctx, pack.criterion("direct_hnte")),
        award_row(ctx, pack.criterion("direct_award"), "direct_award", group="direct"),
        institution_row(
            ctx, pack.criterion("direct_rd_institution"), "direct_rd_institution", group="direct"
        ),
        _standard(ctx, pack.criterion("direct_standard")),
    ]


def _hnte(ctx: Context, criterion: Criterion) -> Row:
    title = ctx.firm.honours.hnte
    years = int(criterion.params["validity_years"])
    valid = title is not None and m.title_valid(title.granted_on, title.expires_on, years, ctx.on)
    if title is None:
        calc = Text("未持有高新技术企业证书", "No high-tech enterprise certificate")
    else:
        calc = Text(
            f"证书{title.granted_on}起{'有效' if valid else '已不在有效期内'}",
            f"Certificate of {title.granted_on}: {'valid' if valid else 'not valid'} on {ctx.on}",
        )
    return honours_row(ctx.firm, found(criterion, "direct_hnte", met(valid), calc, group="direct"))


def _standard(ctx: Context, criterion: Criterion) -> Row:
    years = int(criterion.params["years"])
    led = [
        s
        for s in ctx.firm.honours.standards
        if s.level.value in criterion.params["levels"]
        and s.role.value in criterion.params["roles"]
        and m.in_window(ctx, s.year, years)
    ]
    calc = (
        m.listed(led)
        if led
        else Text(
            f"近{years}年无主导制定的国际、国家或行业标准", f"No standard led in the last {years} years"
        )
    )
    return honours_row(ctx.firm, found(criterion, "direct_standard", met(bool(led)), calc, group="direct"))
