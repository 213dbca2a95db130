"""高新技术企业: condition (七), the innovation score of the 工作指引 (国科发火〔2016〕195号).

Four blocks: IP (standards a bonus within the block's cap), conversion of S&T results, R&D
organisation and growth. Experts pick the points within most bands, so each item and the total are
a lower and an upper bound (decision 7); the figures only fix the band.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from assessments.gaps import amount_gap, count_gap, text_gap
from assessments.ip import IpCount, IpDecision
from assessments.labels import YEAR_FIELDS, missing
from assessments.lists import honours_row, ip_row
from assessments.model import IpOrigin
from assessments.numbers import HUNDRED, ceil_int, en_count, fmt_pct, meets, near, num
from assessments.results import Gap, Lazy, Row, Status, Text, replace
from assessments.rules.schema import Band, CriteriaPack, Criterion, Scale
from assessments.schemes import measures as m
from assessments.schemes.common import Context, check
from assessments.schemes.scoring import (
    band_of,
    better_band,
    edge_is_near,
    points_row,
    scale_text,
    scored,
    total,
)

BLOCKS = {
    "ip": Text("知识产权", "IP"),
    "conversion": Text("科技成果转化", "conversion"),
    "organisation": Text("研究开发组织管理", "R&D organisation"),
    "growth": Text("成长性", "growth"),
}
ORGANISATION = ("org_rd_management", "org_rd_institution", "org_conversion", "org_talent")


def no_fiscal_year(app: Context) -> Text:
    return Text(
        f"申请日（{app.on}）前尚无完整会计年度", f"No fiscal year before the application date ({app.on})"
    )


def _pts(low: Decimal, high: Decimal) -> str:
    return num(low) if high == low else f"{num(low)}–{num(high)}"


def grade_text(scale: Scale) -> Text:
    parts = " · ".join(f"{b.grade} {_pts(b.points, b.points_max or b.points)}" for b in scale.bands)
    return Text(parts, parts)


def graded(scale: Scale, grade: str | None) -> Band | None:
    return next((b for b in scale.bands if grade is not None and b.grade == grade.strip().upper()), None)


def range_row(
    criterion: Criterion,
    row_id: str,
    low: Decimal,
    high: Decimal,
    calc: Text,
    *,
    requirement: Text,
    group: str,
    uncertain: bool = False,
    gap: Gap | None = None,
    value: Decimal | None = None,
    unit: str = "",
    note: Text | None = None,
) -> Row:
    """A scored item; a range left to experts is MANUAL, one left open by missing inputs UNKNOWN."""
    row = points_row(
        criterion,
        row_id,
        low,
        calc,
        requirement=requirement,
        value=value,
        unit=unit,
        points_max=high if high > low else None,
        gap=gap,
        group=group,
        note=note,
    )
    if high > low:
        return replace(row, status=Status.UNKNOWN if uncertain else Status.MANUAL)
    return row


def banded(
    app: Context,
    criterion: Criterion,
    row_id: str,
    value: Decimal,
    calc: Text,
    *,
    group: str,
    gap: Callable[[Band], Gap | None] | None = None,
    note: Text | None = None,
) -> Row:
    """A measure placed in its band from the figures; experts still pick the points within it."""
    scale = criterion.scale
    assert scale is not None
    band = band_of(scale, value)
    target = better_band(scale, band)
    high = band.points_max or band.points
    row = range_row(
        criterion,
        row_id,
        band.points,
        high,
        calc + Lazy(partial(_band_text, band.grade, band.points, high)),
        requirement=scale_text(scale),
        group=group,
        gap=gap(target) if gap is not None and target is not None else None,
        value=value,
        unit=scale.unit,
        note=note,
    )
    return replace(row, on_edge=edge_is_near(app, scale, value))


def _band_text(grade: str, low: Decimal, high: Decimal) -> Text:
    points = _pts(low, high)
    return Text(f" → {grade}档 {points}分", f" → grade {grade}: {points} points")


def ip_rows(app: Context, pack: CriteriaPack, counts: IpCount, years: int) -> list[Row]:
    hnte = app.firm.hnte
    return [
        _grade_row(pack.criterion("ip_advanced"), "ip_advanced", hnte.tech_advanced),
        _grade_row(pack.criterion("ip_core"), "ip_core", hnte.core_support),
        ip_row(app.firm, _ip_quantity(pack.criterion("ip_quantity"), counts)),
        ip_row(app.firm, _ip_acquisition(pack.criterion("ip_acquisition"), counts)),
        honours_row(app.firm, _ip_standards(app, pack.criterion("ip_standards"), years)),
    ]


def _grade_row(criterion: Criterion, row_id: str, grade: str | None) -> Row:
    scale = criterion.scale
    assert scale is not None
    band = graded(scale, grade)
    if band is None:
        low, high = min(b.points for b in scale.bands), scale.max_points
        calc: Text = Lazy(
            lambda: Text(
                f"未自评档次，按{_pts(low, high)}分计（专家评议）",
                f"No self-grade: {_pts(low, high)} points (judged by experts)",
            )
        )
    else:
        low, high = band.points, band.points_max or band.points
        grade_ = band.grade
        calc = Lazy(
            lambda: Text(
                f"自评{grade_}档 → {_pts(low, high)}分", f"Self-grade {grade_} → {_pts(low, high)} points"
            )
        )
    requirement = Lazy(partial(grade_text, scale))
    return range_row(criterion, row_id, low, high, calc, requirement=requirement, group="ip")


def quantity_grade(criterion: Criterion, class1: int, class2: int) -> tuple[str, Decimal, Decimal]:
    """(grade, low, high): A on any Class I item, else graded on the Class II count."""
    if meets(Decimal(class1), criterion.threshold("class1")):
        return (
            str(criterion.params["class1_grade"]),
            criterion.points["class1"],
            criterion.points["class1_max"],
        )
    assert criterion.scale is not None
    band = band_of(criterion.scale, Decimal(class2))
    return band.grade, band.points, band.points_max or band.points


def _ip_quantity(criterion: Criterion, counts: IpCount) -> Row:
    grade, low, _ = quantity_grade(criterion, counts.class1(), counts.class2())
    best, _, high = quantity_grade(criterion, counts.class1(sure=False), counts.class2(sure=False))
    calc = Text(
        f"Ⅰ类{counts.class1()}项、Ⅱ类{counts.class2()}项（未在以往申请中使用）→ {grade}档 {_pts(low, high)}分",
        f"Class I {counts.class1()}, Class II {counts.class2()} (not used before) → grade {grade}: "
        f"{_pts(low, high)} points",
    )
    rule = criterion.threshold("class1")
    gap = count_gap(
        Text("Ⅰ类知识产权（如发明专利）", "Class I IP (e.g. an invention patent)"),
        counts.class1(),
        rule.op,
        rule.value,
    )
    assert criterion.scale is not None
    row = range_row(
        criterion,
        "ip_quantity",
        low,
        high,
        calc,
        requirement=Text(criterion.help_zh, criterion.help_en),
        group="ip",
        uncertain=best != grade,
        gap=gap,
        value=Decimal(counts.class1()),
        unit="count",
    )
    # The scale grades Class II counts only; grade A (a Class I item) scores above it.
    top = criterion.points["class1_max"]
    return replace(row, max_points=max(top, row.max_points or top))


def _acquisition_band(scale: Scale, decisions: list[IpDecision], optimistic: bool) -> Band:
    """A (bands[0]) with some own R&D, B (bands[1]) with only assignment, gift or merger, else none."""
    if not decisions:
        return scale.bands[-1]
    own = {IpOrigin.OWN_RD, None} if optimistic else {IpOrigin.OWN_RD}
    return scale.bands[0] if any(d.item.origin in own for d in decisions) else scale.bands[1]


def _ip_acquisition(criterion: Criterion, counts: IpCount) -> Row:
    scale = criterion.scale
    assert scale is not None
    sure = [d for d in counts.decisions if d.counted is True]
    maybe = [d for d in counts.decisions if d.counted is not False]
    low_band = _acquisition_band(scale, sure, optimistic=False)
    high_band = _acquisition_band(scale, maybe, optimistic=True)
    low, high = low_band.points, high_band.points_max or high_band.points
    calc = (
        Text(
            f"计入的{len(sure)}项知识产权中自主研发{_own(sure)}项 → {low_band.grade}档 {_pts(low, high)}分",
            f"{_own(sure)} of {len(sure)} counted items self-developed → grade {low_band.grade}: "
            f"{_pts(low, high)} points",
        )
        if sure
        else Text(
            f"无可计入的知识产权 → {_pts(low, high)}分", f"No IP that counts → {_pts(low, high)} points"
        )
    )
    return range_row(
        criterion,
        "ip_acquisition",
        low,
        high,
        calc,
        requirement=Lazy(partial(grade_text, scale)),
        group="ip",
        uncertain=low_band.grade != high_band.grade,
    )


def _own(decisions: list[IpDecision]) -> int:
    return sum(1 for d in decisions if d.item.origin is IpOrigin.OWN_RD)


def _ip_standards(app: Context, criterion: Criterion, years: int) -> Row:
    scale = criterion.scale
    assert scale is not None
    first = app.last_fy - years + 1
    found = [
        s
        for s in app.firm.honours.standards
        if s.level.value in criterion.params["levels"] and first <= s.year <= app.last_fy
    ]
    band = scale.bands[0] if found else scale.bands[-1]
    low, high = band.points, band.points_max or band.points
    names = m.listed(found).zh
    calc = (
        Text(
            f"{names} → {_pts(low, high)}分（须经主管部门认可）",
            f"{en_count(str(len(found)), len(found), 'standard')} → {_pts(low, high)} points",
        )
        if found
        else Text(
            f"{m.window_text(app, years).zh}未参与编制国家或行业标准",
            "No national or industry standard in the window",
        )
    )
    bonus = _pts(scale.bands[0].points, scale.bands[0].points_max or scale.bands[0].points)
    gap = text_gap(
        f"参与编制国家标准或行业标准可加{bonus}分",
        f"Drafting a national or industry standard adds {bonus} points",
    )
    return range_row(
        criterion,
        "ip_standards",
        low,
        high,
        calc,
        requirement=Lazy(partial(grade_text, scale)),
        group="ip",
        gap=gap,
    )


def other_score_rows(app: Context, pack: CriteriaPack, years: int) -> list[Row]:
    return [
        _conversion(app, pack.criterion("conversion"), years),
        *_organisation(app, pack),
        _growth(app, pack.criterion("growth_net_assets"), "growth_net_assets", "net_assets", years),
        _growth(app, pack.criterion("growth_sales"), "growth_sales", "revenue", years),
    ]


def _conversion(app: Context, criterion: Criterion, years: int) -> Row:
    if years == 0:
        return scored(app, criterion, "conversion", None, no_fiscal_year(app), group="conversion")
    done = m.year_sum(app, "tech_conversions", years)
    if done.value is None:
        return scored(app, criterion, "conversion", None, done.calc, group="conversion")
    total_done = done.value
    average = total_done / years
    span = m.window_text(app, years)  # the lazy text must not hold the context (it holds every result)
    calc = Lazy(
        lambda: Text(
            f"{span.zh}转化 {done.calc.zh}项 ÷ {years}年 = {num(average)}项/年",
            f"{span.en} conversions {done.calc.en} ÷ {years} years = {num(average)} a year",
        )
    )

    def gap(target: Band) -> Gap | None:
        assert target.edge is not None
        label = Text("科技成果转化", "technology results converted")
        return count_gap(label, int(total_done), ">=", target.edge * years, app.field("tech_conversions"))

    note = _young_note(criterion, total_done, years)
    return banded(app, criterion, "conversion", average, calc, group="conversion", gap=gap, note=note)


def _young_note(criterion: Criterion, done: Decimal, years: int) -> Text | None:
    """工作指引 does not say whether a younger firm divides by its operating years or by 3 (example H3)."""
    full = int(criterion.params["years"])
    if years >= full:
        return None
    assert criterion.scale is not None
    alt = done / full
    band = band_of(criterion.scale, alt)
    points = _pts(band.points, band.points_max or band.points)
    return Text(
        f"按实际经营{years}年平均；若按{full}年平均为{num(alt)}项/年 → {band.grade}档 {points}分。"
        "工作指引未明确，请向受理机构确认。",
        f"Averaged over {en_count(str(years), years, 'operating year')}; over {full} years it would be {num(alt)} a year → "
        f"grade {band.grade}: {points} points. The guideline does not settle this; ask the accepting office.",
    )


def _organisation(app: Context, pack: CriteriaPack) -> list[Row]:
    scores = app.firm.hnte.organisation
    return [
        _organisation_item(pack.criterion(cid), cid, None if scores is None else scores[i])
        for i, cid in enumerate(ORGANISATION)
    ]


def _organisation_item(criterion: Criterion, row_id: str, score: Decimal | None) -> Row:
    cap = criterion.max_points
    assert cap is not None
    requirement = Lazy(
        lambda: Text(f"≤ {num(cap)}分（专家评议）", f"≤ {num(cap)} points (judged by experts)")
    )
    if score is None:
        calc = Lazy(lambda: Text(f"未自评，按0–{num(cap)}分计", f"No self-score: 0–{num(cap)} points"))
        return range_row(
            criterion, row_id, Decimal(0), cap, calc, requirement=requirement, group="organisation"
        )
    points = max(min(score, cap), Decimal(0))
    calc = Lazy(partial(_self_score_text, score, points))
    short = cap - points
    gap = Gap(Lazy(partial(_cap_text, short)), short, "points")
    return points_row(criterion, row_id, points, calc, requirement=requirement, gap=gap, group="organisation")


def _self_score_text(score: Decimal, points: Decimal) -> Text:
    calc = Text(f"自评{num(score)}分", f"Self-score {num(score)}")
    if points != score:
        calc = calc + Text(f"，按上限计{num(points)}分", f", counted as {num(points)}")
    return calc


def _cap_text(short: Decimal) -> Text:
    return Text(
        f"还可得{num(short)}分（专家评议）",
        f"{num(short)} more {'point' if short == 1 else 'points'} possible (experts judge)",
    )


def _growth_values(app: Context, name: str, years: int) -> tuple[list[Decimal | None], list[Text]]:
    """Y1, Y2, Y3 oldest first; a year before the firm was founded counts as 0 (实际经营期)."""
    values = [app.value(name, back) if back < years else Decimal(0) for back in (2, 1, 0)]
    lacking = [app.label(name, back) for back, v in zip((2, 1, 0), values, strict=True) if v is None]
    return values, lacking


def growth_rate(y1: Decimal, y2: Decimal, y3: Decimal) -> Decimal | None:
    """工作指引: ½ × (Y2/Y1 + Y3/Y2) − 1; from the last two years if Y1 is 0; none if Y2 is 0."""
    if y2 == 0:
        return None
    if y1 == 0:
        return (y3 / y2 - 1) * HUNDRED
    return ((y2 / y1 + y3 / y2) / 2 - 1) * HUNDRED


def _growth(app: Context, criterion: Criterion, row_id: str, name: str, years: int) -> Row:
    values, lacking = _growth_values(app, name, years)
    if lacking:
        return scored(app, criterion, row_id, None, missing(*lacking), group="growth")
    y1, y2, y3 = (v if v is not None else Decimal(0) for v in values)
    scale = criterion.scale
    assert scale is not None
    unreadable = _unreadable_year(y1, y2, y3)
    if unreadable is not None:
        return _growth_for_review(app, criterion, row_id, name, unreadable, (y1, y2, y3)[2 - unreadable])
    rate = growth_rate(y1, y2, y3)
    if rate is None:
        calc = Text(f"第二年{app.label(name, 1).zh}为0，按0分", f"{app.label(name, 1).en} is 0: 0 points")
        last = scale.bands[-1]
        return points_row(criterion, row_id, last.points, calc, requirement=scale_text(scale), group="growth")
    calc = Lazy(partial(_growth_calc, y1, y2, y3, rate))

    def gap(target: Band) -> Gap | None:
        assert target.edge is not None
        share = 1 + target.edge / HUNDRED
        needed = y2 * share if y1 == 0 else y2 * (2 * share - y2 / y1)
        op = ">=" if target.inclusive else ">"
        return amount_gap(app.label(name), y3, op, needed, app.field(name))

    return banded(app, criterion, row_id, rate, calc, group="growth", gap=gap)


def _unreadable_year(y1: Decimal, y2: Decimal, y3: Decimal) -> int | None:
    """How many years back the first figure is that the formula cannot read: any year below zero, or
    a last year at zero (the guideline's own rules cover a zero first or second year). None if none."""
    for back, value in ((2, y1), (1, y2), (0, y3)):
        if value < 0 or (back == 0 and value == 0):
            return back
    return None


def _growth_for_review(
    app: Context, criterion: Criterion, row_id: str, name: str, back: int, value: Decimal
) -> Row:
    """A year at or below zero: the formula would reward a collapse (−100, −300, −900 reads +200%), so
    the indicator scores the bottom band's points and an expert must review it (issue 9)."""
    scale = criterion.scale
    assert scale is not None
    shown = num(value).replace("-", "−")
    sign = ("为负数", "is negative") if value < 0 else ("为0", "is zero")
    label = YEAR_FIELDS[name]
    calc = Text(
        f"{label.zh}在{app.last_fy - back}年{sign[0]}（{shown}万元），成长性指标无法按公式计算，按0分计并需专家复核",
        f"{label.en} {sign[1]} in FY{app.last_fy - back} ({shown} 万元): the growth indicator cannot be read "
        "from the formula; it scores 0 and needs an expert's review",
    )
    row = points_row(
        criterion, row_id, scale.bands[-1].points, calc, requirement=scale_text(scale), group="growth"
    )
    return replace(row, status=Status.MANUAL, value=None)


def _growth_calc(y1: Decimal, y2: Decimal, y3: Decimal, rate: Decimal) -> Text:
    if y1 == 0:
        text = f"{num(y3)} ÷ {num(y2)} − 1 = {fmt_pct(rate)}"
        return Text(f"第一年为0，按后两年：{text}", f"Y1 is 0, last two years: {text}")
    text = f"½ × ({num(y2)} ÷ {num(y1)} + {num(y3)} ÷ {num(y2)}) − 1 = {fmt_pct(rate)}"
    return Text(text, text)


# --- the total (condition (七)) --------------------------------------------------------------------


def block_bounds(pack: CriteriaPack, details: list[Row]) -> dict[str, tuple[Decimal, Decimal]]:
    """Each block's lower and upper bound; the IP block is capped even with the standards bonus."""
    blocks = {g: total([r for r in details if r.group == g])[:2] for g in BLOCKS}
    cap = pack.criterion("ip").max_points
    assert cap is not None
    low, high = blocks["ip"]
    blocks["ip"] = (min(low, cap), min(high, cap))
    return blocks


def bounds(pack: CriteriaPack, details: list[Row]) -> tuple[Decimal, Decimal]:
    blocks = block_bounds(pack, details).values()
    return sum((lo for lo, _ in blocks), Decimal(0)), sum((hi for _, hi in blocks), Decimal(0))


def _score_text(blocks: dict[str, tuple[Decimal, Decimal]], low: Decimal, high: Decimal) -> Text:
    terms_zh = " + ".join(f"{BLOCKS[g].zh} {_pts(lo, hi)}" for g, (lo, hi) in blocks.items())
    terms_en = " + ".join(f"{BLOCKS[g].en} {_pts(lo, hi)}" for g, (lo, hi) in blocks.items())
    return Text(f"{terms_zh} = {_pts(low, high)}分", f"{terms_en} = {_pts(low, high)} points")


def score_row(app: Context, pack: CriteriaPack, details: list[Row]) -> Row:
    criterion = pack.criterion("score")
    rule = criterion.threshold("min")
    blocks = block_bounds(pack, details)
    low, high = bounds(pack, details)
    calc = Lazy(partial(_score_text, blocks, low, high))
    status, gap = _score_status(criterion, details, low, high)
    return replace(
        check(app, criterion, "score", low, calc),
        status=status,
        gap=gap,
        on_edge=near(low, rule.value, app.tolerance) or near(high, rule.value, app.tolerance),
    )


def _score_status(
    criterion: Criterion, details: list[Row], low: Decimal, high: Decimal
) -> tuple[Status, Gap | None]:
    rule = criterion.threshold("min")
    if meets(low, rule):
        return Status.MET, None
    if not meets(high, rule):
        short = _points_needed(criterion) - high
        text = Text(
            f"评分上限{num(high)}分，至少还差{num(short)}分",
            f"At most {num(high)} points: {num(short)} short",
        )
        return Status.NOT_MET, Gap(text, short, "points")
    if any(r.status is Status.UNKNOWN for r in details):
        return Status.UNKNOWN, None
    return Status.MANUAL, None


def _points_needed(criterion: Criterion) -> Decimal:
    """The lowest passing score: whole points only, so "> 70" needs 71 (工作指引)."""
    rule = criterion.threshold("min")
    if criterion.params.get("whole_points") is True:
        edge = ceil_int(rule.value)
        return Decimal(edge + 1 if rule.op == ">" and edge == rule.value else edge)
    return rule.value
