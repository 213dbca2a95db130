"""Xiamen's 2026 targets for one firm (decision 6) and for a cohort of firms (park or city staff)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from assessments.gaps import count_gap, ratio_gap
from assessments.ip import count_ip
from assessments.labels import missing
from assessments.numbers import fmt_pct, meets, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, all_of
from assessments.rules.schema import CriteriaPack, Criterion
from assessments.schemes import measures as m
from assessments.schemes.common import Context, check, result, threshold_text, unknown, verdict_summary


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    rows = [
        rd_share_row(ctx, pack.criterion("rd_share")),
        class1_row(ctx, pack),
        digital_row(ctx, pack.criterion("digital_level")),
    ]
    status = all_of([r.status for r in rows])
    verdict_text = verdict_summary(VERDICT_OF[status], rows)
    summary = Text("三项目标均已达到", "All three targets met") if status is Status.MET else verdict_text
    return result(pack, status, summary, rows)


def rd_share_row(ctx: Context, criterion: Criterion) -> Row:
    measure = m.ratio(ctx, "rd_expense", "revenue")
    rule = criterion.threshold("min")

    def gap() -> Gap:
        return ratio_gap(
            ctx.label("rd_expense"),
            ctx.value("rd_expense"),
            ctx.value("revenue"),
            rule.op,
            rule.value,
            ctx.field("rd_expense"),
            shares_denominator=Text(
                "同时提高创新型、专精特新的研发指标", "also lifts the R&D indicators of the ladder"
            ),
        )

    if measure.value is None:
        return _open(criterion, "rd_share", measure.calc)
    return check(ctx, criterion, "rd_share", measure.value, measure.calc, gap=gap)


def class1_row(ctx: Context, pack: CriteriaPack) -> Row:
    criterion = pack.criterion("class1_ip")
    assert pack.ip is not None
    counts = count_ip(ctx.firm.ip, pack.ip, ctx.on)
    sure, possible = counts.class1(), counts.class1(sure=False)
    rule = criterion.threshold("min")
    calc = Text(f"有效且拥有的Ⅰ类知识产权 {sure} 项", f"{sure} valid Class I items owned")
    row = check(
        ctx,
        criterion,
        "class1_ip",
        Decimal(sure),
        calc,
        gap=lambda: count_gap(Text("Ⅰ类知识产权", "Class I IP"), sure, rule.op, rule.value),
    )
    if row.status is Status.NOT_MET and meets(Decimal(possible), rule):
        note = Text(
            f"另有{possible - sure}项待确认，确认后可能达标",
            f"{possible - sure} more items to confirm could meet it",
        )
        return replace(row, status=Status.UNKNOWN, note=note)
    return row


def digital_row(ctx: Context, criterion: Criterion) -> Row:
    level, calc = _digital_level(ctx)
    if level is None:
        return _open(criterion, "digital_level", calc)
    rule = criterion.threshold("min")

    def gap() -> Gap:
        short = rule.value - level
        return Gap(
            text=Text(
                f"数字化水平需从{level}级提升至{num(rule.value)}级（见数字化评测的提升路径）",
                f"Digital level {level} must reach {num(rule.value)} (see the digital result's path)",
            ),
            amount=short,
            unit="level",
            field="digital",
        )

    return check(ctx, criterion, "digital_level", Decimal(level), calc, gap=gap)


def _digital_level(ctx: Context) -> tuple[int | None, Text]:
    digital = ctx.prior.get("digital_level")
    level = digital.facts.get("level") if digital is not None else None
    official = ctx.firm.honours.official_digital_level
    if level is None and official is not None:
        level = official
    if level is None:
        return None, missing(
            Text("数字化水平等级（评测问卷或官方平台结果）", "digital level (questionnaire or platform)")
        )
    source = (
        Text("官方平台等级", "official platform level")
        if official is not None
        else Text("自评问卷", "questionnaire")
    )
    return int(level), Text(f"{source.zh}：{level}级", f"{source.en}: level {level}")


def _open(criterion: Criterion, row_id: str, calc: Text) -> Row:
    row = unknown(criterion, row_id, requirement=threshold_text(criterion, "min"))
    return replace(row, calc=calc)


# --- a cohort of firms -------------------------------------------------------------------------


@dataclass(frozen=True)
class CohortSummary:
    firms: int
    rows: tuple[Row, ...]


def cohort(results: Sequence[SchemeResult], pack: CriteriaPack) -> CohortSummary:
    """The city's own reading: the mean R&D share and Class I count, and the share at level 2+.

    Firms whose figure is unknown are left out of that mean and counted in the calculation text.
    """
    criterion = pack.criterion("cohort")
    rd = [r.row("rd_share").value for r in results]
    ip = [r.row("class1_ip").value for r in results]
    digital = [r.row("digital_level").value for r in results]
    target_level = pack.criterion("digital_level").threshold("min").value
    rows = (
        _mean_row(criterion, "mean_rd_share", rd, Text("户均研发占比", "mean R&D share"), "pct"),
        _mean_row(criterion, "mean_class1", ip, Text("户均Ⅰ类知识产权", "mean Class I items"), "count"),
        _share_row(criterion, [d >= target_level if d is not None else None for d in digital]),
    )
    return CohortSummary(len(results), rows)


def _mean_row(criterion: Criterion, name: str, values: list[Decimal | None], label: Text, unit: str) -> Row:
    known = [v for v in values if v is not None]
    rule = criterion.threshold(name)
    if not known:
        return Row(
            name, label, Status.UNKNOWN, criterion.source, threshold_text(criterion, name), missing(label)
        )
    mean = sum(known, Decimal(0)) / len(known)
    shown = fmt_pct(mean) if unit == "pct" else num(mean)
    calc = Text(
        f"{len(known)}家企业平均 = {shown}（{len(values) - len(known)}家待确认）",
        f"mean of {len(known)} firms = {shown} ({len(values) - len(known)} to confirm)",
    )
    status = Status.MET if meets(mean, rule) else Status.NOT_MET
    return Row(
        name, label, status, criterion.source, threshold_text(criterion, name), calc, value=mean, unit=unit
    )


def _share_row(criterion: Criterion, reached: list[bool | None]) -> Row:
    label = Text("数字化二级及以上占比", "share at digital level 2+")
    known = [r for r in reached if r is not None]
    if not known:
        return Row(
            "share_digital",
            label,
            Status.UNKNOWN,
            criterion.source,
            threshold_text(criterion, "share_digital"),
            missing(label),
        )
    share = Decimal(sum(known)) * 100 / len(known)
    calc = Text(
        f"{sum(known)} ÷ {len(known)} = {fmt_pct(share)}", f"{sum(known)} ÷ {len(known)} = {fmt_pct(share)}"
    )
    status = Status.MET if meets(share, criterion.threshold("share_digital")) else Status.NOT_MET
    return Row(
        "share_digital",
        label,
        status,
        criterion.source,
        threshold_text(criterion, "share_digital"),
        calc,
        value=share,
        unit="pct",
    )
