"""专精特新中小企业 under the 2026 measures (工信部企业〔2026〕2号 附件1).

Hard conditions only, all required: a valid 科技和创新型 title, the niche, revenue or equity, the
main-business share, the debt ratio, R&D in each of the last years, Class I IP (or an exemption),
the market position, and the platform's development score in place of the 2022 self-score.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from assessments.gaps import count_gap, text_gap
from assessments.ip import count_ip
from assessments.lists import honours_row, ip_row
from assessments.numbers import fmt_pct
from assessments.results import Gap, Row, SchemeResult, Status, Text, Verdict, replace
from assessments.rules.schema import CriteriaPack, Criterion
from assessments.schemes import measures as m
from assessments.schemes.common import (
    Condition,
    Context,
    check,
    compliance_gate,
    conditions_result,
    counted,
    found,
    label_of,
    manual,
    qualitative,
    size_gate,
)
from assessments.schemes.shared_criteria import (
    award_row,
    debt_row,
    dev_score_row,
    institution_row,
    main_share_row,
    niche_row,
    rd_year_rows,
    revenue_or_equity_rows,
)

TITLE_NAMES = {
    "innovative_sme": Text("创新型中小企业", "innovative SME"),
    "tech_sme": Text("科技型中小企业", "tech-based SME"),
}


def evaluate(ctx: Context, pack: CriteriaPack) -> SchemeResult:
    c = pack.criterion
    rd = c("rd_each_year")
    conditions = [
        Condition([size_gate(ctx), compliance_gate(ctx, c("common_gate"))]),
        Condition([prerequisite_row(ctx, c("prerequisite"))]),
        Condition([niche_row(ctx, c("niche_years"))]),
        Condition(revenue_or_equity_rows(ctx, pack), alternatives=True),
        Condition([main_share_row(ctx, c("main_share"))]),
        Condition([debt_row(ctx, c("debt_ratio"))]),
        Condition([r for back in range(int(rd.params["years"])) for r in rd_year_rows(ctx, rd, back)]),
        Condition(class1_rows(ctx, pack), alternatives=True),
        Condition([_market(ctx, c("market_position"))]),
        Condition([dev_score_row(ctx, c("dev_score"))]),
    ]
    return conditions_result(pack, conditions, facts={"regime": "miit_2026"})


def prerequisite_row(ctx: Context, criterion: Criterion) -> Row:
    """2号文: the firm must already hold a valid 科技和创新型 title (创新型 or 科技型)."""
    titles = {key: getattr(ctx.firm.honours, key) for key in TITLE_NAMES}
    yearly = criterion.threshold("tech_sme_calendar_years")
    calendar = {"tech_sme": int(yearly.value)}
    held = m.valid_titles(ctx, titles, int(criterion.params["validity_years"]), calendar)
    note = _tech_sme_note(ctx, criterion)
    if held:
        names = [TITLE_NAMES[k] for k in held]
        calc = Text("有效期内：" + "、".join(n.zh for n in names), "Valid: " + "; ".join(n.en for n in names))
        return replace(found(criterion, "prerequisite", Status.MET, calc), note=note)
    calc = Text("未持有有效期内的创新型或科技型中小企业称号", "no valid innovative-SME or tech-SME title")
    row = replace(found(criterion, "prerequisite", Status.NOT_MET, calc, _title_gap(ctx)), note=note)
    return honours_row(ctx.firm, row)


def _tech_sme_note(ctx: Context, criterion: Criterion) -> Text | None:
    """科技型 is evaluated every year: say to which day a 科技型 title held counts, and how sure that is."""
    title = ctx.firm.honours.tech_sme
    if title is None:
        return None
    rule = criterion.threshold("tech_sme_calendar_years")
    end = m.title_end(title.granted_on, title.expires_on, 0, int(rule.value))
    sure = rule.source is None or rule.source.confidence.verified
    tag = ("", "") if sure else ("（待核验）", " (to verify)")
    return Text(
        f"科技型中小企业每年评价，称号有效至{end}{tag[0]}",
        f"Tech-based SMEs are evaluated every year: the title counts to {end}{tag[1]}",
    )


def _title_gap(ctx: Context) -> Gap:
    gap = text_gap(
        "须先取得科技和创新型中小企业称号（创新型或科技型中小企业）",
        "First obtain a tech-and-innovative SME title (innovative SME or tech-based SME)",
        "honours.innovative_sme",
    )
    ready = [k for k in TITLE_NAMES if (r := ctx.prior.get(k)) is not None and r.verdict is Verdict.QUALIFIES]
    if not ready:
        return gap
    names = [TITLE_NAMES[k] for k in ready]
    hint = Text(
        "；本工具自评显示企业已符合" + "、".join(n.zh for n in names) + "条件，可先申报",
        "; the self-check shows the firm qualifies as " + " and ".join(n.en for n in names) + ": apply first",
    )
    return replace(gap, text=gap.text + hint)


def class1_rows(ctx: Context, pack: CriteriaPack) -> list[Row]:
    """At least one Class I item under the 2026 rule, unless an award or institution exempts the firm."""
    ip = _class1_ip(ctx, pack.criterion("class1_ip"), pack)
    if ip.status is Status.MET:
        return [ip]
    award = pack.criterion("ip_exemption_award")
    institution = pack.criterion("ip_exemption_institution")
    return [
        ip,
        award_row(ctx, award, "ip_exemption_award", gap=_one_more(award, "honours.awards")),
        institution_row(
            ctx,
            institution,
            "ip_exemption_institution",
            gap=_one_more(institution, "honours.rd_institutions"),
        ),
    ]


def _one_more(criterion: Criterion, field: str) -> Gap:
    return count_gap(label_of(criterion), 0, ">=", Decimal(1), field)


def _class1_ip(ctx: Context, criterion: Criterion, pack: CriteriaPack) -> Row:
    assert pack.ip is not None
    counts = count_ip(ctx.firm.ip, pack.ip, ctx.on)
    sure = counts.class1()
    items = [d for d in counts.decisions if d.klass == "I"]
    detail = Text(
        "；".join(f"第{d.index + 1}项{d.item.number}：{d.reason.zh}" for d in items),
        "; ".join(f"item {d.index + 1} {d.item.number}: {d.reason.en}" for d in items),
    )
    calc = Text(f"计入{sure}项", f"{sure} counted") + (
        Text("（", " (") + detail + Text("）", ")") if items else Text("", "")
    )
    rule = criterion.threshold("min")
    gap = partial(count_gap, label_of(criterion), sure, rule.op, rule.value)
    row = check(ctx, criterion, "class1_ip", Decimal(sure), calc, gap=gap)
    row = counted(row, counts.class1(sure=False), rule, Text("有待确认的知识产权", "Items to confirm"))
    # Open rows carry no gap: confirming the items may be all it takes.
    return ip_row(ctx.firm, replace(row, gap=None) if row.status is Status.UNKNOWN else row)


def _market(ctx: Context, criterion: Criterion) -> Row:
    """Market position has no number ("较为靠前"): the firm's own answer, or the authority's judgement."""
    honours = ctx.firm.honours
    facts = Text("", "")
    if honours.market_share_pct is not None or honours.market_rank is not None:
        facts = Text(
            f"（占有率{fmt_pct(honours.market_share_pct)}，排名{honours.market_rank or '—'}）",
            f" (share {fmt_pct(honours.market_share_pct)}, rank {honours.market_rank or '—'})",
        )
    if honours.market_leading is None:
        calc = Text(
            "需认定部门判断，企业应说明细分市场范围、规模、占有率及数据出处",
            "For the authority to judge; state the niche, its size, the share and the data source",
        )
        return manual(criterion, "market_position", calc + facts)
    said = (
        Text("企业填报：较为靠前", "firm says: ranks well")
        if honours.market_leading
        else Text("企业填报：不靠前", "firm says: does not rank well")
    )
    gap = text_gap(
        "主导产品市场地位须较为靠前（定性）",
        "The main product must rank well in its niche (qualitative)",
        "honours.market_leading",
    )
    return qualitative(criterion, "market_position", honours.market_leading, said + facts, gap=gap)
