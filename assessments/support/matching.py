"""Which of the city's support measures the firm can claim now, which it nearly can, and how much.

A measure is claimable now only when the firm holds a title the measure names and every condition the
tool can check holds. A condition it cannot check (a qualitative test, the agency's discretion, the
city's 小巨人 reserve listing without the firm's own yes or no) makes it "check with the agency"; the
firm's "yes" to the listing counts, with evidence needed (decision 13). A title the self-check says the firm qualifies for, or a spend or level short
of a condition, makes it a near miss naming the gap. Never a fake yes.

After the measures' document ends (2026-12-31) and before a successor pack is installed, the last pack's
measures are still listed, each "expired" with its end date and never claimable (decision 11).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from assessments.engine import Assessment
from assessments.model import PlannedSpend, Purpose, Title
from assessments.priorities import ranked_gaps
from assessments.results import Text, Verdict
from assessments.rules.catalogue import NoPackInForce, PastPack, last_pack_before, pack_for
from assessments.rules.schema import (
    DigitalLevelCondition,
    DigitalPack,
    FirstTitleCondition,
    Measure,
    MeasureCondition,
    MeasuresPack,
    QualitativeCondition,
    Route,
    Source,
    SpendRangeCondition,
    StandardCondition,
)
from assessments.support.amounts import estimate, wan

PACK = "xiamen_measures"


class MatchStatus(StrEnum):
    CLAIMABLE = "claimable"  # a title held and every checkable condition met
    CHECK = "check"  # the agency decides, or the tool lacks the firm's word
    NEAR_MISS = "near_miss"  # reachable by closing a named gap
    NOT_ELIGIBLE = "not_eligible"
    EXPIRED = "expired"  # the measures' document ended before the assessment date


# One route or title is enough (the best wins); every condition must hold (the worst wins).
RANK = {s: i for i, s in enumerate(MatchStatus)}

STATUS_LABELS = {
    MatchStatus.CLAIMABLE: Text("可申请", "claimable now"),
    MatchStatus.CHECK: Text("需向主管部门确认", "check with the agency"),
    MatchStatus.NEAR_MISS: Text("差一步", "near miss"),
    MatchStatus.NOT_ELIGIBLE: Text("不符合", "not eligible"),
    MatchStatus.EXPIRED: Text("已到期", "expired"),
}
TITLE_LABELS = {
    "innovative_sme": Text("创新型中小企业", "innovative SME"),
    "srdi_sme": Text("专精特新中小企业", "SRDI SME"),
    "little_giant": Text("专精特新“小巨人”企业", "SRDI little giant"),
    "key_little_giant": Text("专精特新重点“小巨人”企业", "key little giant"),
    "reserve": Text("专精特新“小巨人”后备企业", "little-giant reserve firm"),
    "srdi": Text("专精特新企业", "SRDI firm"),
    "hnte": Text("高新技术企业", "high and new technology enterprise"),
    "tech_sme": Text("科技型中小企业", "tech-based SME"),
}
SPEND_LABELS = {
    "equipment_last_year": Text("上年度设备投入", "last year's equipment investment"),
    "digital_retrofit": Text("数字化改造投入", "digital-retrofit spend"),
    "consulting": Text("管理咨询服务费用", "consulting fees"),
    "training_person_days": Text("数字化技能培训人次·天", "training person-days"),
    "joint_lab_equipment": Text("联合实验室新增研发设备投入", "joint-lab R&D equipment"),
    "fair_venue_rent": Text("国内推介会场租", "venue rent of domestic events"),
}


@dataclass(frozen=True)
class MeasureMatch:
    measure: Measure
    status: MatchStatus
    reasons: tuple[Text, ...]  # what stands between the firm and the measure, or what to check
    amount: Decimal | None  # 万元; None: no money, a figure to enter, or not eligible
    up_to: bool  # the amount is a maximum the agency sets
    formula: Text  # the calculation with the figures, e.g. "min(40% × 18万 保费 …, 30万) = 7.2万"
    source: Source
    until: dt.date | None
    title_held: bool = False  # the firm holds a title the measure names (whatever its conditions)

    @property
    def number(self) -> int:
        return self.measure.number

    @property
    def title(self) -> Text:
        return Text(self.measure.title_zh, self.measure.title_en)

    @property
    def agency(self) -> Text:
        return Text(self.measure.agency_zh, self.measure.agency_en)

    @property
    def cite(self) -> str:
        return self.source.cite


@dataclass(frozen=True)
class Part:
    """The standing on one title or condition."""

    status: MatchStatus
    reasons: tuple[Text, ...] = ()
    no_amount: bool = False  # not for the firm, or another rule gives the money
    instead: Text | None = None  # what applies instead (e.g. 500万 and above → fixed-asset policy)


@dataclass(frozen=True)
class Facts:
    assessment: Assessment
    spend: PlannedSpend
    pack: MeasuresPack

    def holds(self, title: str) -> bool:
        if title == "key_little_giant":
            return self.spend.key_little_giant is True
        return title_valid(title, getattr(self.assessment.firm.honours, title), self.assessment.on, self.pack)


def measures_pack(on: dt.date) -> MeasuresPack | None:
    """The measures in force on `on`, or None (they end 2026-12-31)."""
    try:
        pack = pack_for(PACK, Purpose.NEW, on)  # the measures apply whatever the purpose
    except NoPackInForce:
        return None
    assert isinstance(pack, MeasuresPack)
    return pack


def expired_pack(on: dt.date) -> PastPack | None:
    """The measures' last pack and its end, when none is in force on `on` and one has ended before it."""
    if measures_pack(on) is not None:
        return None
    past = last_pack_before(PACK, Purpose.NEW, on)
    return past if past is not None and isinstance(past.pack, MeasuresPack) else None


def expired_notice(matches: Sequence[MeasureMatch]) -> Text | None:
    """Said once for all the measures, not per measure (the app's support page and both reports)."""
    gone = [m for m in matches if m.status is MatchStatus.EXPIRED and m.until is not None]
    if not gone:
        return None
    doc, ended = gone[0].source.doc, gone[0].until.isoformat()  # type: ignore[union-attr]
    return Text(
        f"《{doc}》已于{ended}到期，其中的支持措施均已到期，不可再申请；后续文件尚未在本工具中发布。"
        "如已取得更新的规则包（已签名的 .srdipack 文件），请通过“文件 → 安装规则更新…”安装。",
        f"The Xiamen support measures ({doc}) ended on {ended}: every measure has expired and none can be "
        "claimed; a successor document has not been published in the tool yet. If you have received a newer "
        "rule pack (a signed .srdipack file), install it with File → Install rule update….",
    )


def match(
    assessment: Assessment, spend: PlannedSpend | None = None, pack: MeasuresPack | None = None
) -> list[MeasureMatch]:
    """Every measure in force on the assessment date, in the pack's order; after the period, the last
    pack's measures, each expired."""
    pack = pack or measures_pack(assessment.on)
    if pack is None:
        past = expired_pack(assessment.on)
        return [] if past is None else expired(past)
    facts = Facts(assessment, spend or PlannedSpend(), pack)
    return [_match(measure, facts) for measure in pack.measures.values()]


def expired(past: PastPack) -> list[MeasureMatch]:
    pack = past.pack
    assert isinstance(pack, MeasuresPack)
    return [_expired(measure, pack, past.ended) for measure in pack.measures.values()]


def _expired(measure: Measure, pack: MeasuresPack, ended: dt.date) -> MeasureMatch:
    reason = Text(f"已于{ended.isoformat()}到期", f"expired on {ended.isoformat()}")
    return MeasureMatch(
        measure=measure,
        status=MatchStatus.EXPIRED,
        reasons=(reason,),
        amount=None,
        up_to=False,
        formula=Text("", ""),
        source=pack.source_of(measure),
        until=ended,
    )


def _match(measure: Measure, facts: Facts) -> MeasureMatch:
    part = best([_route(route, facts) for route in measure.routes])
    held = any(_titles(route, facts).status is MatchStatus.CLAIMABLE for route in measure.routes)
    found = estimate(measure, facts.spend)
    payable = part.status is not MatchStatus.NOT_ELIGIBLE and not part.no_amount
    formula = part.instead or found.formula
    return MeasureMatch(
        measure=measure,
        status=part.status,
        reasons=part.reasons,
        amount=found.amount if payable else None,
        up_to=found.up_to,
        formula=formula,
        source=facts.pack.source_of(measure),
        until=period(facts.pack)[1],
        title_held=held,
    )


def period(pack: MeasuresPack) -> tuple[dt.date, dt.date | None]:
    starts = [w.effective_from for w in pack.in_force]
    ends = [w.effective_to for w in pack.in_force]
    return min(starts), None if None in ends else max(e for e in ends if e is not None)


# --- combining parts -----------------------------------------------------------------------------------


def worst(parts: list[Part]) -> Part:
    status = max((p.status for p in parts), key=RANK.__getitem__)
    # What blocks comes first; a claimable part's reason (evidence needed) follows.
    ordered = sorted(parts, key=lambda p: p.status is MatchStatus.CLAIMABLE)
    reasons = _unique(r for p in ordered for r in p.reasons)
    instead = next((p.instead for p in parts if p.instead is not None), None)
    return Part(status, reasons, any(p.no_amount for p in parts), instead)


def best(parts: list[Part]) -> Part:
    chosen = min(parts, key=lambda p: RANK[p.status])
    if chosen.status is MatchStatus.CLAIMABLE:
        return chosen
    open_ = [p for p in parts if p.status is not MatchStatus.NOT_ELIGIBLE] or parts
    return Part(chosen.status, _unique(r for p in open_ for r in p.reasons), chosen.no_amount, chosen.instead)


def _unique(reasons: Iterable[Text]) -> tuple[Text, ...]:
    return tuple(dict.fromkeys(reasons))


def _route(route: Route, facts: Facts) -> Part:
    return worst([_titles(route, facts), *(_condition(c, facts) for c in route.conditions)])


def _titles(route: Route, facts: Facts) -> Part:
    return best([_title(title, facts) for title in route.titles])


# --- titles --------------------------------------------------------------------------------------------


def title_valid(title_id: str, title: Title | None, on: dt.date, pack: MeasuresPack) -> bool:
    if title is None or title.granted_on > on:
        return False
    end = title_expiry(title_id, title, pack)
    return end is None or on <= end


def title_expiry(title_id: str, title: Title, pack: MeasuresPack) -> dt.date | None:
    """The last day of validity: the date on the certificate, else the pack's validity from the grant."""
    if title.expires_on is not None:
        return title.expires_on
    validity = pack.validity(title_id)
    if validity is None:
        return None
    years = validity.years
    start = title.granted_on
    try:
        end = start.replace(year=start.year + years)
    except ValueError:  # granted on 29 February
        end = start.replace(year=start.year + years, day=28)
    return end - dt.timedelta(days=1)


def _title(title: str, facts: Facts) -> Part:
    match title:
        case "any":
            return Part(MatchStatus.CLAIMABLE)
        case "other":  # another body (a cluster operator): no amount for the firm
            return Part(MatchStatus.CHECK, no_amount=True)
        case "reserve":
            return _reserve(facts)
        case "key_little_giant":
            return _key_little_giant(facts)
        case "srdi":
            held = any(facts.holds(t) for t in facts.pack.definition.srdi)
            return Part(MatchStatus.CLAIMABLE) if held else reachable("srdi_sme", facts)
    return Part(MatchStatus.CLAIMABLE) if facts.holds(title) else reachable(title, facts)


def reachable(scheme: str, facts: Facts) -> Part:
    """A ladder title not held: how far the self-check says the firm is from it."""
    label = TITLE_LABELS[scheme]
    result = facts.assessment.results.get(scheme)
    verdict = result.verdict if result is not None else Verdict.NOT_IN_FORCE
    if verdict in (Verdict.QUALIFIES, Verdict.LIKELY):
        how = (
            Text("自评显示已符合条件", "you qualify per the self-check")
            if verdict is Verdict.QUALIFIES
            else Text(
                "自评显示可能符合（尚有需人工确认的项目）",
                "you likely qualify per the self-check (items to confirm)",
            )
        )
        text = Text(f"取得{label.zh}称号：", f"obtain the {label.en} title: ") + how + _window(scheme, facts)
        return Part(MatchStatus.NEAR_MISS, (text,))
    if verdict is Verdict.CANNOT_TELL:
        text = Text(
            f"需{label.zh}称号：自评尚无法判断（有待确认的输入）",
            f"needs the {label.en} title: the self-check cannot tell yet (inputs to confirm)",
        )
        return Part(MatchStatus.CHECK, (text,))
    return Part(MatchStatus.NOT_ELIGIBLE, (_not_yet(scheme, label, facts),))


def _not_yet(scheme: str, label: Text, facts: Facts) -> Text:
    gaps = [g.gap.text for g in ranked_gaps(facts.assessment) if g.scheme.scheme == scheme][:2]
    text = Text(
        f"需{label.zh}称号，自评显示尚不符合", f"needs the {label.en} title; the self-check says not yet"
    )
    if gaps:
        text = text + Text("：" + "；".join(g.zh for g in gaps), ": " + "; ".join(g.en for g in gaps))
    return text


def _window(scheme: str, facts: Facts) -> Text:
    window = facts.pack.next_window(scheme, facts.assessment.on)
    if window is None:
        return Text("", "")
    dates = f"{window.start.isoformat()}—{window.end.isoformat()}"
    return Text(f"（{window.label_zh} {dates}）", f" ({window.label_en} {dates})")


def _reserve(facts: Facts) -> Part:
    """A 小巨人 reserve firm (厦工信规〔2023〕2号 via seed 003, measure (1)): a valid 专精特新中小企业
    title, no 小巨人 title, and the city's listing, which only the firm can tell (decision 13)."""
    if facts.holds("little_giant"):
        text = Text(
            "已持有“小巨人”称号：后备企业是尚未认定为“小巨人”的专精特新中小企业",
            "holds the little-giant title: reserve firms are SRDI SMEs not yet little giants",
        )
        return Part(MatchStatus.NOT_ELIGIBLE, (text,))
    if not facts.holds("srdi_sme"):
        text = Text(
            "后备企业须持有有效的专精特新中小企业称号",
            "a reserve firm must hold a valid SRDI SME title",
        )
        return Part(MatchStatus.NOT_ELIGIBLE, (text,))
    return _listed(facts.spend.reserve_listed)


def _listed(listed: bool | None) -> Part:
    if listed is True:
        text = Text(
            "企业自述已列入“小巨人”后备企业名单，申报时需提供证明材料",
            "on the little-giant reserve list by the firm's word: evidence needed when applying",
        )
        return Part(MatchStatus.CLAIMABLE, (text,))
    if listed is False:
        text = Text(
            "企业表示未列入“小巨人”后备企业名单", "the firm says it is not on the little-giant reserve list"
        )
        return Part(MatchStatus.NOT_ELIGIBLE, (text,))
    text = Text(
        "“小巨人”后备企业由市工信局从专精特新中小企业中遴选：请向市工信局确认是否已列入后备名单，"
        "并在计划投入中填写“是/否”",
        "Reserve firms are chosen by the municipal MIIT bureau among SRDI SMEs: ask it whether you are on "
        "the list and record yes or no in the planned spend",
    )
    return Part(MatchStatus.CHECK, (text,))


def _key_little_giant(facts: Facts) -> Part:
    said = facts.spend.key_little_giant
    if said is True:
        return Part(MatchStatus.CLAIMABLE)
    if said is None and facts.holds("little_giant"):
        text = Text(
            "重点“小巨人”从已认定的“小巨人”中遴选：请填写是否已入选",
            "Key little giants are selected among little giants: record whether you were selected",
        )
        return Part(MatchStatus.CHECK, (text,))
    text = Text("需为专精特新重点“小巨人”企业", "needs to be a key little giant")
    return Part(MatchStatus.NOT_ELIGIBLE, (text,))


# --- conditions ----------------------------------------------------------------------------------------


def _condition(condition: MeasureCondition, facts: Facts) -> Part:
    match condition:
        case QualitativeCondition():
            return Part(MatchStatus.CHECK, (Text(condition.zh, condition.en),))
        case SpendRangeCondition():
            return _spend_range(condition, facts.spend)
        case DigitalLevelCondition():
            return _level_after(condition, facts)
        case FirstTitleCondition():
            return _first_title(condition, facts)
        case StandardCondition():
            return _standard_role(condition, facts.spend)
    raise TypeError(f"unknown condition {condition!r}")


def _spend_range(condition: SpendRangeCondition, spend: PlannedSpend) -> Part:
    value = getattr(spend, condition.field)
    if value is None:
        return Part(MatchStatus.CLAIMABLE)  # unknown spend: the amount is left to estimate
    label = SPEND_LABELS[condition.field]
    if value < condition.min:
        text = Text(
            f"{label.zh}{wan(value).zh}，低于本措施的{wan(condition.min).zh}",
            f"{label.en} {wan(value).en} is below the measure's {wan(condition.min).en}",
        )
        return Part(MatchStatus.NOT_ELIGIBLE, (text,))
    if condition.below is not None and value >= condition.below:
        above = Text(condition.above_zh, condition.above_en)
        return Part(MatchStatus.CHECK, (above,), no_amount=True, instead=above)
    return Part(MatchStatus.CLAIMABLE)


def _level_after(condition: DigitalLevelCondition, facts: Facts) -> Part:
    known = [
        lv for lv in (facts.spend.retrofit_level_after, current_level(facts.assessment)) if lv is not None
    ]
    need = level_name(facts.assessment, condition.min_level)
    if not known:
        text = Text(
            f"改造后数字化水平须达到{need.zh}以上：等级未知（请完成数字化评测或填写改造后预计等级）",
            f"the level after the retrofit must reach {need.en} or higher: level unknown "
            "(complete the digital questionnaire or enter the expected level)",
        )
        return Part(MatchStatus.CHECK, (text,))
    level = max(known)
    if level >= condition.min_level:
        return Part(MatchStatus.CLAIMABLE)
    now = level_name(facts.assessment, level)
    text = Text(
        f"改造后数字化水平须达到{need.zh}以上（目前{now.zh}）",
        f"reach {need.en} or higher after the retrofit (now {now.en})",
    )
    return Part(MatchStatus.NEAR_MISS, (text,))


def current_level(assessment: Assessment) -> int | None:
    result = assessment.results.get("digital_level")
    level = result.facts.get("level") if result is not None else None
    if level is None:
        level = assessment.firm.honours.official_digital_level
    return level if isinstance(level, int) else None


def level_name(assessment: Assessment, level: int) -> Text:
    pack = assessment.packs.get("digital_level")
    if isinstance(pack, DigitalPack) and any(rule.level == level for rule in pack.levels):
        rule = pack.level(level)
        return Text(rule.name_zh, rule.name_en)
    return Text(f"{level}级", f"level {level}")


def _first_title(condition: FirstTitleCondition, facts: Facts) -> Part:
    title = getattr(facts.assessment.firm.honours, condition.title)
    start = period(facts.pack)[0]
    if not facts.holds(condition.title) or title.granted_on >= start:
        return Part(MatchStatus.CLAIMABLE)
    text = Text(
        f"称号于{title.granted_on.isoformat()}取得，早于本措施施行（{start.isoformat()}）：是否奖励请向主管部门确认；仅限首次获得",
        f"the title was granted on {title.granted_on.isoformat()}, before the measures took effect "
        f"({start.isoformat()}): ask the agency; a first title only",
    )
    return Part(MatchStatus.CHECK, (text,))


def _standard_role(condition: StandardCondition, spend: PlannedSpend) -> Part:
    if not spend.standards:
        return Part(MatchStatus.CLAIMABLE)  # none entered: the amount is left to estimate
    if any(s.level.value in condition.levels and s.role.value in condition.roles for s in spend.standards):
        return Part(MatchStatus.CLAIMABLE)
    if any(s.level.value in condition.levels for s in spend.standards):
        text = Text(
            "须作为主要起草单位（计划中为参与单位）",
            "as a main drafter (the plan has the firm as a participant)",
        )
        return Part(MatchStatus.NEAR_MISS, (text,))
    text = Text("仅限国际标准、国家标准、行业标准", "international, national or industry standards only")
    return Part(MatchStatus.NOT_ELIGIBLE, (text,))


def claimable_total(matches: list[MeasureMatch]) -> Decimal:
    """The sum of the amounts claimable now (a measure's "up to" counts at its maximum)."""
    return sum((m.amount for m in matches if m.status is MatchStatus.CLAIMABLE and m.amount), Decimal(0))
