"""Xiamen's 2026 targets for one firm (decision 6) and for a cohort of firms (park or city staff)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from assessments.gaps import count_gap
from assessments.ip import count_ip
from assessments.labels import missing
from assessments.lists import ip_row
from assessments.numbers import HUNDRED, fmt_pct, meets, num
from assessments.results import VERDICT_OF, Gap, Row, SchemeResult, Status, Text, all_of, replace
from assessments.rules.schema import CriteriaPack, Criterion, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    check,
    counted,
    measured,
    result,
    threshold_text,
    verdict_summary,
)
from assessments.schemes.shared_criteria import rd_share_row

ALSO_LIFTS = Text("同时提高创新型、专精特新的研发指标", "also lifts the R&D indicators of the ladder")


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    rows = [
        rd_share_row(ctx, pack.criterion("rd_share"), "rd_share", shares_denominator=ALSO_LIFTS),
        class1_row(ctx, pack),
        digital_row(ctx, pack.criterion("digital_level")),
    ]
    status = all_of([r.status for r in rows])
    verdict_text = verdict_summary(VERDICT_OF[status], rows)
    summary = Text("三项目标均已达到", "All three targets met") if status is Status.MET else verdict_text
    return end_of_period(ctx, pack, result(pack, status, summary, rows))


def end_of_period(ctx: Context, pack: CriteriaPack, found: SchemeResult) -> SchemeResult:
    """After the target year the same targets are read on its accounts (decision 11), titled so."""
    params = pack.criterion("period").params
    if ctx.on <= dt.date.fromisoformat(str(params["period_end"])):
        return found
    title = Text(str(params["end_title_zh"]), str(params["end_title_en"]))
    note = Text(
        f"期末评价：以{ctx.last_fy}年度数据衡量{pack.title_zh}",
        f"End-of-period reading: {pack.title_en} measured on FY{ctx.last_fy} figures",
    )
    return replace(found, title=title, notes=(*found.notes, note))


def class1_row(ctx: Context, pack: CriteriaPack) -> Row:
    criterion = pack.criterion("class1_ip")
    assert pack.ip is not None
    counts = count_ip(ctx.firm.ip, pack.ip, ctx.on)
    sure, possible = counts.class1(), counts.class1(sure=False)
    rule = criterion.threshold("min")
    calc = Text(f"有效且拥有的Ⅰ类知识产权 {sure} 项", f"{sure} valid Class I items owned")
    label = Text("Ⅰ类知识产权", "Class I IP")
    row = check(
        ctx,
        criterion,
        "class1_ip",
        Decimal(sure),
        calc,
        gap=partial(count_gap, label, sure, rule.op, rule.value),
    )
    note = Text(
        f"另有{possible - sure}项待确认，确认后可能达标",
        f"{possible - sure} more items to confirm could meet it",
    )
    return ip_row(ctx.firm, counted(row, possible, rule, note))


def digital_row(ctx: Context, criterion: Criterion) -> Row:
    level = m.digital_level(ctx)

    def gap(rule: Threshold) -> Gap:
        assert level.value is not None
        return Gap(
            text=Text(
                f"数字化水平需从{num(level.value)}级提升至{num(rule.value)}级（见数字化评测的提升路径）",
                f"Digital level {num(level.value)} must reach {num(rule.value)} (see the digital result's path)",
            ),
            amount=rule.value - level.value,
            unit="level",
            field="digital",
        )

    return measured(ctx, criterion, "digital_level", level, gap=gap)


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
        _share_row(criterion, target_level, [d >= target_level if d is not None else None for d in digital]),
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


def _share_row(criterion: Criterion, level: Decimal, reached: list[bool | None]) -> Row:
    label = Text(f"数字化{num(level)}级及以上占比", f"share at digital level {num(level)}+")
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
    share = Decimal(sum(known)) * HUNDRED / len(known)
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
