"""专精特新中小企业 under the 2022 measures (工信部企业〔2022〕63号 附件2).

Four conditions, all required: (一) years in the niche, (二) R&D of last year, (三) revenue or new
equity, (四) the 100-point score of `srdi_sme_2022_score` at or above the pass line, or any one direct
condition. The direct conditions replace only condition (四).
"""

from __future__ import annotations

from decimal import Decimal

from assessments.gaps import amount_gap, count_gap, text_gap
from assessments.results import Gap, Row, SchemeResult, Status, Text, replace
from assessments.rules.schema import CriteriaPack, Criterion, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Condition,
    Context,
    compliance_gate,
    conditions_result,
    found,
    label_of,
    measured,
    met,
    size_gate,
)
from assessments.schemes.scoring import score_total_row, total
from assessments.schemes.shared_criteria import (
    award_row,
    equity_row,
    niche_row,
    rd_year_rows,
    revenue_or_equity_rows,
)
from assessments.schemes.srdi_sme_2022_score import indicator_rows

OPEN_QUESTION = Text(
    "63号文下是否须先获创新型中小企业称号未定（领域参考 §9.3），本工具不作为条件。",
    "Whether the innovative-SME title is required under the 2022 measures is unresolved (domain §9.3); "
    "not applied.",
)


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    direct = direct_rows(ctx, pack)
    indicators = indicator_rows(ctx, pack)
    score = score_row(ctx, pack.criterion("pass"), indicators)
    conditions = [
        Condition([size_gate(ctx), compliance_gate(ctx, pack.criterion("common_gate"))]),
        Condition([niche_row(ctx, pack.criterion("niche_years"))]),
        Condition(rd_year_rows(ctx, pack.criterion("rd_condition"), 0)),
        Condition(revenue_or_equity_rows(ctx, pack), alternatives=True),
        # Condition 四: the total or any direct condition; the indicators are the total's terms.
        Condition([*direct, score], alternatives=True, shown=[*direct, *indicators, score]),
    ]
    return conditions_result(
        pack,
        conditions,
        _direct_route(direct) if score.status is not Status.MET else None,
        score=score.value,
        score_max=total(indicators)[1],
        pass_score=pack.criterion("pass").threshold("min").value,
        facts={"regime": "miit_2022"},
        notes=(OPEN_QUESTION,),
    )


def _direct_route(direct: list[Row]) -> Text | None:
    """Which direct conditions met condition 四, for the summary of a firm below the pass line."""
    hits = [r.label for r in direct if r.status is Status.MET]
    if not hits:
        return None
    return Text(
        "（条件（四）按" + "、".join(t.zh for t in hits) + "）",
        " (condition 4 by " + "; ".join(t.en for t in hits) + ")",
    )


def score_row(ctx: Context, criterion: Criterion, indicators: list[Row]) -> Row:
    """The total against the pass line (no category floors in 附件2); unknown rows widen it to a range."""
    row = score_total_row(ctx, criterion, "total", "min", indicators, Text("评价总分", "Total score"))
    if row.gap is None:
        return row
    short = criterion.threshold("min").value - (row.value or Decimal(0))
    return replace(row, gap=replace(row.gap, amount=short, unit="points"))


# --- condition (四): the direct conditions ------------------------------------------------------


def direct_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    award = pack.criterion("direct_award")
    routes: list[m.Route] = [
        (list(award.params["provincial_levels"]), int(award.params["provincial_max_rank"])),
        (list(award.params["national_levels"]), int(award.params["national_max_rank"])),
    ]
    award_gap = count_gap(label_of(award), 0, ">=", Decimal(1), "honours.awards")
    return [
        award_row(ctx, award, "direct_award", routes, gap=award_gap),
        _rd_average(ctx, pack.criterion("direct_rd_average")),
        equity_row(ctx, pack.criterion("direct_equity"), "direct_equity"),
        _chuangke(ctx, pack.criterion("direct_chuangke")),
    ]


def _rd_average(ctx: Context, criterion: Criterion) -> Row:
    years = int(criterion.params["years"])
    mean = m.year_mean(ctx, "rd_expense", years)

    def gap(rule: Threshold) -> Gap:
        assert mean.value is not None
        label = Text(f"近{years}年研发费用均值", f"mean R&D over {years} years")
        return amount_gap(label, mean.value, rule.op, rule.value, ctx.field("rd_expense"))

    return measured(ctx, criterion, "direct_rd_average", mean, gap=gap)


def _chuangke(ctx: Context, criterion: Criterion) -> Row:
    year = ctx.firm.honours.chuangke_top500_year
    years = int(criterion.params["years"])
    calc = (
        Text(f"{year}年进入全国500强企业组", f"national top 500 in {year}")
        if year is not None
        else Text("未进入", "not listed")
    )
    first = m.first_year(ctx, years)
    gap = text_gap(
        f"需在{first}年及以后进入“创客中国”全国500强企业组", f"Reach the top 500 in {first} or later"
    )
    return found(
        criterion, "direct_chuangke", met(year is not None and m.in_window(ctx, year, years)), calc, gap
    )
