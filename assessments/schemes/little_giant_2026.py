"""专精特新"小巨人" under the 2026 measures (工信部企业〔2026〕2号 附件2).

A valid 专精特新中小企业 title first, then a flat list of hard conditions, all required, with the
platform's development score last. New applications from 2026-04-01; re-reviews from 2027-01-01 (the
pack's windows), where growth is not examined and the score may be met in either of the last two years.
"""

from __future__ import annotations

from decimal import Decimal

from assessments.gaps import amount_gap, compound_growth_gap
from assessments.model import Purpose
from assessments.numbers import fmt_pct, meets, near, num
from assessments.results import VERDICT_OF, Gap, Lazy, Row, SchemeResult, Status, Text, all_of, replace
from assessments.rules.schema import CriteriaPack, Criterion, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Context,
    declared,
    either,
    help_of,
    label_of,
    measured,
    on_evidence,
    result,
    threshold_text,
    unknown,
    verdict_summary,
)
from assessments.schemes.shared_criteria import (
    MARKET_SHARE,
    awards_text,
    class1_row,
    debt_row,
    dev_score_row,
    little_giant_gates,
    main_share_row,
    niche_row,
    rd_share_rows,
    revenue_row,
    top_awards,
    year_sum_row,
)


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    rd_total = c("rd_total")
    rows = [
        *little_giant_gates(ctx, pack),
        niche_row(ctx, c("niche_years")),
        revenue_row(ctx, c("revenue")),
        main_share_row(ctx, c("main_share")),
        _cagr(ctx, c("revenue_cagr")),
        debt_row(ctx, c("debt_ratio")),
        year_sum_row(ctx, rd_total, "rd_total", "rd_expense", _window_label(rd_total)),
        *rd_share_rows(ctx, c("rd_ratio"), "rd_ratio", int(c("rd_ratio").params["years"])),
        _class1_or_award(ctx, pack),
        _market(ctx, c("market")),
        _field_chain(ctx, c("field_chain")),
        dev_score_row(ctx, c("dev_score")),
    ]
    status = all_of([r.status for r in rows])
    return result(pack, status, verdict_summary(VERDICT_OF[status], rows), rows)


def _window_label(criterion: Criterion) -> Text:
    years = int(criterion.params["years"])
    return Text(f"近{years}年研发费用合计", f"R&D over {years} years")


def _cagr(ctx: Context, criterion: Criterion) -> Row:
    """近两年营业收入复合增长率 (R₀ ÷ R₋₂)^½ − 1; 复核企业不考查 (met by exemption, with its clause)."""
    if ctx.purpose is Purpose.REVIEW and criterion.params.get("review_exempt") is True:
        return _review_exempt(criterion, "revenue_cagr")

    def gap(rule: Threshold) -> Gap:
        now, base = ctx.value("revenue"), ctx.value("revenue", 2)
        assert now is not None and base is not None
        return compound_growth_gap(ctx.label("revenue"), now, base, rule.op, rule.value, ctx.field("revenue"))

    return measured(ctx, criterion, "revenue_cagr", m.compound_growth(ctx, "revenue"), gap=gap)


def _review_exempt(criterion: Criterion, row_id: str) -> Row:
    """A criterion the standard does not examine for a re-review: met by exemption, never a failure."""
    clause = Text(str(criterion.params["review_clause_zh"]), str(criterion.params["review_clause_en"]))
    return replace(
        unknown(criterion, row_id, requirement=threshold_text(criterion, "min")),
        status=Status.MET,
        calc=clause,
        note=Text(
            "按复核豁免视为满足，未计算增长率", "Met by the re-review exemption; no growth rate computed"
        ),
    )


def _class1_or_award(ctx: Context, pack: CriteriaPack) -> Row:
    """Enough Class I items, unless the exempting S&T award (national, top ranks, in the window) is held."""
    row = class1_row(ctx, pack.criterion("class1_ip"), pack.ip)
    exemption = pack.criterion("ip_exemption_award")
    awards = top_awards(ctx, exemption)
    requirement = row.requirement + Text(f"（{exemption.label_zh}）", f" ({exemption.label_en})")
    if not awards:
        return replace(row, requirement=requirement)
    calc = row.calc + Text("；豁免：", "; exempt: ") + awards_text(awards)
    return replace(row, status=Status.MET, gap=None, calc=calc, requirement=requirement)


def _market(ctx: Context, criterion: Criterion) -> Row:
    """A share at or above its floor, or a domestic rank within its cap: either figure is enough."""
    share, rank = ctx.firm.honours.market_share_pct, ctx.firm.honours.market_rank
    by_share, by_rank = criterion.threshold("share"), criterion.threshold("rank")
    hits = [
        None if share is None else meets(share, by_share),
        None if rank is None else meets(Decimal(rank), by_rank),
    ]
    status = {True: Status.MET, None: Status.UNKNOWN, False: Status.NOT_MET}[either(*hits)]
    calc = Lazy(
        lambda: Text(
            f"占有率 {fmt_pct(share)}；国内排名 {num(rank) if rank else '—'}",
            f"share {fmt_pct(share)}; domestic rank {num(rank) if rank else '—'}",
        )
    )
    row = Row(
        id="market",
        label=label_of(criterion),
        status=status,
        source=criterion.source,
        requirement=Lazy(
            lambda: Text(
                f"占有率{threshold_text(criterion, 'share').zh}或国内前{num(by_rank.value)}",
                f"share {threshold_text(criterion, 'share').en} or domestic top {num(by_rank.value)}",
            )
        ),
        calc=calc,
        value=share,
        unit="pct",
        on_edge=share is not None and near(share, by_share.value, ctx.tolerance),
        gap=_market_gap(share, by_share, by_rank) if status is Status.NOT_MET else None,
        note=help_of(criterion),
    )
    return on_evidence(row)  # market position: the authority's judgement on evidence (decision 13)


def _market_gap(share: Decimal | None, by_share: Threshold, by_rank: Threshold) -> Gap:
    assert share is not None
    gap = amount_gap(MARKET_SHARE, share, by_share.op, by_share.value, "honours.market_share_pct", "pct")
    rank = Text(f"（或进入国内前{num(by_rank.value)}）", f" (or rank top {num(by_rank.value)})")
    return replace(gap, text=gap.text + rank)


def _field_chain(ctx: Context, criterion: Criterion) -> Row:
    fields = ctx.firm.profile.fields
    value = either(fields.six_foundations, fields.key_chain_position)
    return declared(criterion, "field_chain", value, "profile.fields.six_foundations")
