"""高新技术企业 (国科发火〔2016〕32号 第十一条; 工作指引 国科发火〔2016〕195号).

Eight conditions, all required. The seventh, the innovation score (`hnte_score`), is mostly judged by
experts within bands, so it is carried as a lower and an upper bound (decision 7): a lower bound above the
pass line qualifies, an upper bound at or below it fails, anything between is borderline.
Every figure is read "on the application date": the date the firm plans to apply, else the
assessment date; the R&D window is the three fiscal years before the application year, or the
actual operating years of a younger firm (工作指引 时间定义).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial

from assessments.gaps import count_gap, ratio_gap, staff_share_gap, text_gap
from assessments.ip import IpCount, count_ip
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, missing
from assessments.lists import ip_row
from assessments.numbers import en_count, fmt_pct, meets, near, not_computable, num, pct
from assessments.results import (
    VERDICT_OF,
    Gap,
    Lazy,
    Row,
    SchemeResult,
    Status,
    Text,
    Verdict,
    all_of,
    replace,
)
from assessments.rules.schema import CriteriaPack, Criterion
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    check,
    compliance_gate,
    counted,
    help_of,
    open_row,
    qualitative,
    result,
    threshold_text,
    verdict_summary,
)
from assessments.schemes.hnte_score import bounds, ip_rows, no_fiscal_year, other_score_rows, score_row

BORDERLINE = Text("临界：取决于专家评分", "Borderline: depends on the experts' grades")


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    app = application_context(ctx)
    years = window_years(app, pack.criterion("rd_ratio"))
    assert pack.ip is not None, "the 高企 pack defines which IP counts"
    counts = count_ip(app.firm.ip, pack.ip, app.on)
    details = [*ip_rows(app, pack, counts, years), *other_score_rows(app, pack, years)]
    score = score_row(app, pack, details)
    compliance = compliance_gate(app, pack.criterion("common_gate"))
    conditions = [*condition_rows(app, pack, counts, years), score, compliance]  # 第十一条 order
    status = all_of([r.status for r in conditions])
    low, high = bounds(pack, details)
    return result(
        pack,
        status,
        _summary(status, conditions, score),
        [*conditions, *details],
        score=low,
        score_max=high,
        pass_score=pack.criterion("score").threshold("min").value,
        facts={
            "application_date": app.on,
            "rd_window": (m.first_year(app, years), app.last_fy) if years else None,
            "ip_counted": counts.counted_indices(),
        },
    )


def application_context(ctx: Context) -> Context:
    """The context moved to the application date, so 上年度 is the year before applying."""
    return replace(ctx, on=ctx.firm.hnte.applying_on or ctx.on)


def window_years(app: Context, criterion: Criterion) -> int:
    """近三个会计年度, or the actual operating years (the founding year counts) of a younger firm."""
    full = int(criterion.params["years"])
    founded = app.firm.profile.founded_on
    if founded is None:
        return full
    return max(0, min(full, app.last_fy - founded.year + 1))


def _summary(status: Status, conditions: list[Row], score: Row) -> Text:
    verdict = VERDICT_OF[status]
    if verdict is Verdict.LIKELY and score.status is Status.MANUAL:
        return BORDERLINE
    return verdict_summary(verdict, conditions)


# --- the conditions (办法 第十一条) --------------------------------------------------------------


def condition_rows(app: Context, pack: CriteriaPack, counts: IpCount, years: int) -> list[Row]:
    """Conditions (一)–(六); (七) is the score and (八) the declared compliance."""
    return [
        _age(app, pack.criterion("age")),
        _ip_ownership(app, pack.criterion("ip_ownership"), counts),
        _field(pack.criterion("field"), app.firm.profile.fields.hnte_field),
        _st_staff(app, pack.criterion("st_staff")),
        _rd_ratio(app, pack.criterion("rd_ratio"), years),
        _rd_domestic(app, pack.criterion("rd_domestic"), years),
        _hitech_income(app, pack.criterion("hitech_income")),
    ]


def _unknown(criterion: Criterion, row_id: str, calc: Text, threshold: str = "min") -> Row:
    """A condition with an input missing; the R&D floor depends on sales, so it shows the whole rule."""
    requirement = (
        threshold_text(criterion, threshold) if threshold in criterion.thresholds else help_of(criterion)
    )
    return open_row(criterion, row_id, calc, requirement)


def _age(app: Context, criterion: Criterion) -> Row:
    founded = app.firm.profile.founded_on
    if founded is None:
        return _unknown(criterion, "age", missing(PROFILE_FIELDS["founded_on"]))
    days = (app.on - founded).days
    calc = Text(
        f"{founded} 至申请日 {app.on}：{days}天", f"{founded} to the application date {app.on}: {days} days"
    )
    rule = criterion.threshold("min")

    def gap() -> Gap:
        short = int(rule.value) - days
        earliest = founded + dt.timedelta(days=int(rule.value))
        return Gap(
            Text(
                f"还差{short}天，最早可于{earliest}申请", f"{short} days short: apply on {earliest} or later"
            ),
            amount=Decimal(short),
            unit="days",
            field="hnte.applying_on",
        )

    return check(app, criterion, "age", Decimal(days), calc, gap=gap)


def _ip_ownership(app: Context, criterion: Criterion, counts: IpCount) -> Row:
    rule = criterion.threshold("min")
    sure = counts.class1() + counts.class2()
    possible = counts.class1(sure=False) + counts.class2(sure=False)
    calc = Text(
        f"可计入的知识产权：Ⅰ类{counts.class1()}项、Ⅱ类{counts.class2()}项",
        f"IP that counts: Class I {counts.class1()}, Class II {counts.class2()}",
    )
    label = Text("与主要产品相关、拥有所有权的知识产权", "owned IP supporting the main product")
    row = check(
        app,
        criterion,
        "ip_ownership",
        Decimal(sure),
        calc,
        gap=lambda: count_gap(label, sure, rule.op, rule.value),
    )
    note = Text(
        f"另有{possible - sure}项待确认",
        f"{en_count(str(possible - sure), possible - sure, 'more item')} to confirm",
    )
    row = counted(row, possible, rule, note)
    # Open rows carry no gap: confirming the items may be all it takes.
    return ip_row(app.firm, replace(row, gap=None) if row.status is Status.UNKNOWN else row)


def _field(criterion: Criterion, value: bool | None) -> Row:
    calc = {
        True: Text("企业确认：核心技术属于八大领域", "Declared: core technology within the 8 fields"),
        False: Text("企业确认：核心技术不属于八大领域", "Declared: core technology outside the 8 fields"),
        None: Text(
            "企业未回答核心技术所属高新技术领域：由认定机构依证明材料判断",
            "High-tech field of the core technology not answered: the authority decides on evidence",
        ),
    }[value]
    gap = text_gap(
        "核心技术须对应《国家重点支持的高新技术领域》最细一级分类",
        "The core technology must map to a sub-category of the state-supported fields",
        "profile.fields.hnte_field",
    )
    return qualitative(criterion, "field", value, calc, gap=gap)


def _ratio_row(
    app: Context, criterion: Criterion, row_id: str, part: str, whole: str, gap: Callable[[], Gap]
) -> Row:
    measure = m.ratio(app, part, whole)
    if measure.value is None:  # an input missing, or a whole of 0 or below
        return _unknown(criterion, row_id, measure.calc)
    return check(app, criterion, row_id, measure.value, measure.calc, gap=gap)


def _st_staff(app: Context, criterion: Criterion) -> Row:
    rule = criterion.threshold("min")

    def gap() -> Gap:
        part, whole = app.value("st_staff"), app.value("staff")
        assert part is not None and whole is not None
        return staff_share_gap(app.label("st_staff"), part, whole, rule.op, rule.value, app.field("st_staff"))

    return _ratio_row(app, criterion, "st_staff", "st_staff", "staff", gap)


def _hitech_income(app: Context, criterion: Criterion) -> Row:
    rule = criterion.threshold("min")

    def gap() -> Gap:
        part, whole = app.value("hitech_revenue"), app.value("total_income")
        assert part is not None and whole is not None
        return ratio_gap(
            app.label("hitech_revenue"),
            part,
            whole,
            rule.op,
            rule.value,
            app.field("hitech_revenue"),
            shares_denominator=Text("按总收入不变计", "total income unchanged"),
        )

    return _ratio_row(app, criterion, "hitech_income", "hitech_revenue", "total_income", gap)


def _sums(app: Context, years: int, *names: str) -> tuple[list[m.Measure], list[Text]]:
    sums = [m.year_sum(app, name, years) for name in names]
    lacking = [app.label(n, b) for n in names for b in range(years) if app.value(n, b) is None]
    return sums, lacking


def _sum_not_computable(app: Context, years: int, name: str, total: Decimal) -> Text:
    """A sum over the window that cannot divide: "无法计算：2023–2025年营业收入合计为0"."""
    span, label = m.window_text(app, years), YEAR_FIELDS[name]
    return not_computable(Text(f"{span.zh}{label.zh}合计", f"{label.en} over {span.en}"), total)


def rd_threshold(criterion: Criterion, latest_sales: Decimal) -> str:
    """The R&D floor set by the latest year's sales (第十一条(五) 1–3, upper edges inclusive)."""
    for band, floor in (("sales_small", "min_small"), ("sales_medium", "min_medium")):
        if meets(latest_sales, criterion.threshold(band)):
            return floor
    return "min_large"


def _rd_ratio(app: Context, criterion: Criterion, years: int) -> Row:
    if years == 0:
        return _unknown(criterion, "rd_ratio", no_fiscal_year(app), "by_sales")
    (rd, sales), lacking = _sums(app, years, "rd_expense", "revenue")
    if lacking or rd.value is None or sales.value is None:
        return _unknown(criterion, "rd_ratio", missing(*lacking), "by_sales")
    latest = app.value("revenue")
    assert latest is not None
    if sales.value <= 0:
        return _unknown(
            criterion, "rd_ratio", _sum_not_computable(app, years, "revenue", sales.value), "by_sales"
        )
    floor = rd_threshold(criterion, latest)
    share = pct(rd.value, sales.value)
    span, required = m.window_text(app, years), threshold_text(criterion, floor)
    calc = Lazy(partial(_rd_calc, span, app.last_fy, rd, sales, share, latest, required))

    def gap() -> Gap:
        rule = criterion.threshold(floor)
        assert rd.value is not None and sales.value is not None
        label = Text(
            f"{m.window_text(app, years).zh}研发费用合计", f"R&D over {m.window_text(app, years).en}"
        )
        return ratio_gap(label, rd.value, sales.value, rule.op, rule.value, app.field("rd_expense"))

    row = check(app, criterion, "rd_ratio", share, calc, floor, gap=gap if share is not None else None)
    sales_edges = [criterion.threshold(t).value for t in ("sales_small", "sales_medium")]
    return replace(row, on_edge=row.on_edge or any(near(latest, e, app.tolerance) for e in sales_edges))


def _rd_calc(
    span: Text,
    last_fy: int,
    rd: m.Measure,
    sales: m.Measure,
    share: Decimal | None,
    latest: Decimal,
    floor: Text,
) -> Text:
    return Text(
        f"{span.zh}研发费用 {rd.calc.zh}；销售收入 {sales.calc.zh}；"
        f"{num(rd.value)} ÷ {num(sales.value)} = {fmt_pct(share)}"
        f"（{last_fy}年销售收入{num(latest)}万元 → 要求{floor.zh}）",
        f"{span.en} R&D {rd.calc.en}; sales {sales.calc.en}; "
        f"{num(rd.value)} ÷ {num(sales.value)} = {fmt_pct(share)}"
        f" (FY{last_fy} sales {num(latest)} 万元 → {floor.en} required)",
    )


def _rd_domestic(app: Context, criterion: Criterion, years: int) -> Row:
    if years == 0:
        return _unknown(criterion, "rd_domestic", no_fiscal_year(app))
    (domestic, rd), lacking = _sums(app, years, "rd_domestic", "rd_expense")
    if lacking or domestic.value is None or rd.value is None:
        return _unknown(criterion, "rd_domestic", missing(*lacking))
    if rd.value <= 0:
        return _unknown(criterion, "rd_domestic", _sum_not_computable(app, years, "rd_expense", rd.value))
    share = pct(domestic.value, rd.value)
    span = m.window_text(app, years)  # the lazy text must not hold the context (it holds every result)
    calc = Lazy(
        lambda: Text(
            f"{span.zh}境内研发费用 {domestic.calc.zh}；研发费用 {rd.calc.zh}；"
            f"{num(domestic.value)} ÷ {num(rd.value)} = {fmt_pct(share)}",
            f"{span.en} R&D in China {domestic.calc.en}; R&D {rd.calc.en}; "
            f"{num(domestic.value)} ÷ {num(rd.value)} = {fmt_pct(share)}",
        )
    )
    rule = criterion.threshold("min")

    def gap() -> Gap:
        assert domestic.value is not None and rd.value is not None
        return ratio_gap(
            Text("境内研发费用", "R&D in China"),
            domestic.value,
            rd.value,
            rule.op,
            rule.value,
            app.field("rd_domestic"),
            shares_denominator=Text("研发总额不变，境外转境内", "moved from abroad, total unchanged"),
        )

    return check(app, criterion, "rd_domestic", share, calc, gap=gap if share is not None else None)
