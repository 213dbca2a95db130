"""The Xiamen support measures as data, their amounts at, below and above every cap, and the matching.

The firms are the committed samples run through the real engine; a variant changes one input with
`assessments.edit.set_path`, so every status below comes from the engine's own verdicts.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.model import (
    CreditPolicy,
    PlannedSpend,
    PlannedStandard,
    PledgeLoan,
    StandardLevel,
    StandardRole,
    Title,
)
from assessments.paths import resources_dir
from assessments.rules.schema import Confidence, MeasuresPack, Reward, Service
from assessments.storage.srdi_file import AssessmentFile, load
from assessments.support.matching import MatchStatus, MeasureMatch, expired_notice, match, measures_pack
from tests.test_architecture import _numbers

D = Decimal
SAMPLES = resources_dir() / "samples"
SUPPORT = Path(__file__).resolve().parents[2] / "assessments" / "support"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # shared/ sits beside the checkout


def doc_of(name: str) -> AssessmentFile:
    return load(SAMPLES / f"{name}.srdi")


def run(doc: AssessmentFile) -> Assessment:
    return assess(doc.firm, doc.on, doc.purpose)


def changed(doc: AssessmentFile, **paths: Any) -> AssessmentFile:
    for path, value in paths.items():
        doc = set_path(doc, path.replace("__", "."), value)
    return doc


def measure(doc: AssessmentFile, number: int, **spend: Any) -> MeasureMatch:
    return next(m for m in match(run(doc), PlannedSpend(**spend)) if m.number == number)


@pytest.fixture(scope="module")
def pack() -> MeasuresPack:
    found = measures_pack(dt.date(2026, 5, 15))
    assert found is not None
    return found


# Firm F holds a valid 专精特新中小企业 title (granted 2024-06-01): every "专精特新企业" measure is open to it.
SRDI = "firm_f"
# Firm F also as a 小巨人 granted within the measures' period, for the measures only 小巨人 may claim.
GIANT = {"honours__little_giant": Title(granted_on=dt.date(2025, 12, 1))}


# --- the pack --------------------------------------------------------------------------------------------


def test_the_pack_holds_the_forty_numbered_measures_under_fifteen_headings(pack: MeasuresPack):
    assert [m.number for m in pack.measures.values()] == list(range(1, 41))
    assert [h.number for h in pack.headings] == list(range(1, 16))
    assert {m.heading for m in pack.measures.values()} == set(range(1, 16))


def test_every_measure_cites_the_document_and_its_number_as_official_text(pack: MeasuresPack):
    for m in pack.measures.values():
        source = pack.source_of(m)
        assert source.cite == f"厦门市支持专精特新企业高质量发展的若干措施 （{m.number}）"
        assert source.confidence is Confidence.OT
        assert m.title_zh and m.title_en and m.agency_zh and m.agency_en and m.routes


def test_every_measure_quotes_its_own_clause_from_the_official_text(pack: MeasuresPack):
    seed = next(SEED.glob("003_*.txt"), None)
    if seed is None:
        pytest.skip("the official text (shared/seeds/003) is not available here")
    text = seed.read_text(encoding="utf-8")
    clauses = dict(re.findall(r"^（(\d+)）(.+)$", text, flags=re.M))
    for m in pack.measures.values():
        quoted = m.text_zh.replace("……", "").rstrip("。")
        assert quoted[:12] in clauses[str(m.number)] or quoted[-12:] in clauses[str(m.number)], m.number


def test_the_measures_run_from_issue_to_the_end_of_2026(pack: MeasuresPack):
    assert {(w.effective_from, w.effective_to) for w in pack.in_force} == {
        (dt.date(2024, 9, 11), dt.date(2026, 12, 31))
    }


def test_the_srdi_firm_of_the_measures_holds_any_of_the_three_titles(pack: MeasuresPack):
    assert pack.definition.srdi == ("srdi_sme", "little_giant", "key_little_giant")
    assert pack.definition.source.article == "七、关键词诠释"


def test_the_calendar_holds_the_2026_windows_with_their_notices(pack: MeasuresPack):
    giant = pack.next_window("little_giant", dt.date(2026, 3, 1))
    tech = pack.next_window("tech_sme", dt.date(2026, 3, 1))
    assert giant is not None and (giant.start, giant.end) == (dt.date(2026, 4, 25), dt.date(2026, 5, 25))
    assert giant.source.doc == "工信厅企业函〔2026〕117号"
    assert tech is not None and (tech.start, tech.end) == (dt.date(2026, 6, 1), dt.date(2026, 8, 31))
    assert tech.source.doc == "工企业函〔2026〕160号"
    assert pack.next_window("little_giant", dt.date(2026, 5, 26)) is None


def test_the_support_modules_hold_no_thresholds():
    """Rates, caps and limits live in the pack with their citation, as in the scheme modules."""
    offenders = {p.name: _numbers(p) for p in SUPPORT.glob("*.py")}
    assert {name: hits for name, hits in offenders.items() if hits} == {}


# --- the exact examples --------------------------------------------------------------------------------


def test_a_first_little_giant_title_gets_50_from_the_city_and_50_from_the_district():
    found = measure(changed(doc_of(SRDI), **GIANT), 3)
    assert found.status is MatchStatus.CLAIMABLE
    assert found.amount == D(100) and not found.up_to
    assert found.formula.zh == "市级50万 + 区级50万 = 100万"
    assert found.cite.endswith("（3）")


def test_equipment_of_100_to_500_gets_up_to_10_percent():
    found = measure(doc_of(SRDI), 5, equipment_last_year=D(300))
    assert (found.status, found.amount, found.up_to) == (MatchStatus.CLAIMABLE, D(30), True)
    assert found.formula.zh == "最高 10% × 300万 上年度设备投入 = 30万"


def test_equipment_of_500_and_above_falls_under_the_fixed_asset_policy_with_no_amount():
    found = measure(doc_of(SRDI), 5, equipment_last_year=D(500))
    assert found.status is MatchStatus.CHECK
    assert found.amount is None
    assert "现行工业固投补助政策" in found.formula.zh


def test_digital_retrofit_to_level_2_for_a_little_giant_gets_30_percent_at_most_25():
    found = measure(changed(doc_of(SRDI), **GIANT), 17, digital_retrofit=D(60))
    assert (found.status, found.amount) == (MatchStatus.CLAIMABLE, D(18))
    assert found.formula.zh == "最高 min(30% × 60万 数字化改造实际投入, 25万) = 18万"


def test_consulting_gets_half_at_most_30_a_year():
    found = measure(doc_of(SRDI), 18, consulting=D(40))
    assert (found.status, found.amount) == (MatchStatus.CLAIMABLE, D(20))
    assert found.formula.zh == "最高 min(50% × 40万 管理咨询服务实际费用, 30万/年) = 20万"


def test_training_gets_at_most_500_yuan_a_person_day():
    found = measure(doc_of(SRDI), 19, training_person_days=D(40))
    assert (found.amount, found.up_to) == (D(2), True)
    assert found.formula.zh == "最高500元/人次·天 × 40人次·天 = 2万"
    assert found.status is MatchStatus.CHECK  # the course must be one the bureau accepts


def test_trade_credit_insurance_gets_40_percent_of_the_premium_within_7_permille():
    found = measure(doc_of(SRDI), 39, credit_insurance=(CreditPolicy(premium=D(18), rate_permille=D(6)),))
    assert (found.status, found.amount) == (MatchStatus.CLAIMABLE, D("7.2"))
    assert found.formula.zh == "min(40% × 18万 保费 (费率≤7‰部分), 30万) = 7.2万"


def test_a_premium_above_7_permille_counts_only_its_share_within_the_limit():
    found = measure(doc_of(SRDI), 39, credit_insurance=(CreditPolicy(premium=D(20), rate_permille=D(10)),))
    assert found.amount == D("5.6")  # 20 × 7/10 = 14 → 40% = 5.6
    assert found.formula.zh == "min(40% × 14万 保费 (费率≤7‰部分：20万 × 7‰/10‰), 30万) = 5.6万"


def test_an_ip_pledge_loan_gets_60_percent_of_the_interest_at_most_the_lpr():
    loan = PledgeLoan(amount=D(200), rate_pct=D("4.2"), months=12)
    found = measure(doc_of(SRDI), 13, ip_loans=(loan,), lpr_1y_pct=D("3.1"))
    assert found.amount == D("3.72")  # 200 × min(4.2%, 3.1%) × 60% × 12/12
    assert found.formula.zh == "min(200万 × min(4.2%, LPR 3.1%) × 60% × 12/12, 30万/年) = 3.72万"


def test_an_ip_pledge_loan_below_the_lpr_uses_its_own_rate_and_its_months():
    loan = PledgeLoan(amount=D(200), rate_pct=D("2.5"), months=6)
    assert measure(doc_of(SRDI), 13, ip_loans=(loan,), lpr_1y_pct=D("3.1")).amount == D("1.5")


def test_an_ip_pledge_loan_is_subsidised_for_at_most_one_year():
    loan = PledgeLoan(amount=D(200), rate_pct=D("4.2"), months=18)
    assert measure(doc_of(SRDI), 13, ip_loans=(loan,), lpr_1y_pct=D("3.1")).amount == D("3.72")


def test_ip_pledge_loans_without_the_lpr_have_no_amount_yet():
    loan = PledgeLoan(amount=D(200), rate_pct=D("4.2"), months=12)
    found = measure(doc_of(SRDI), 13, ip_loans=(loan,))
    assert (found.status, found.amount) == (MatchStatus.CLAIMABLE, None)
    assert "LPR" in found.formula.zh


def test_standards_drafted_as_main_drafter_get_up_to_100_each():
    planned = (PlannedStandard(level=StandardLevel.NATIONAL, role=StandardRole.MAIN, count=2),)
    found = measure(doc_of(SRDI), 14, standards=planned)
    assert (found.status, found.amount, found.up_to) == (MatchStatus.CLAIMABLE, D(200), True)
    assert found.formula.zh == "2项 × 最高100万 = 最高200万（每个标准项目，由主管部门核定）"


def test_a_standard_drafted_as_participant_is_a_near_miss_and_a_group_standard_is_not_eligible():
    role = measure(
        doc_of(SRDI),
        14,
        standards=(PlannedStandard(level=StandardLevel.INDUSTRY, role=StandardRole.PARTICIPANT),),
    )
    group = measure(
        doc_of(SRDI), 14, standards=(PlannedStandard(level=StandardLevel.GROUP, role=StandardRole.LEAD),)
    )
    assert role.status is MatchStatus.NEAR_MISS and "主要起草单位" in role.reasons[0].zh
    assert (group.status, group.amount) == (MatchStatus.NOT_ELIGIBLE, None)


def test_a_joint_lab_gets_10_percent_of_new_rd_equipment_at_most_1000_and_the_agency_checks_the_lab():
    found = measure(doc_of(SRDI), 7, joint_lab_equipment=D(500))
    assert (found.status, found.amount) == (MatchStatus.CHECK, D(50))
    assert found.formula.zh == "min(10% × 500万 新增研发设备（含软件）非财政资金投入, 1,000万) = 50万"


def test_a_trade_fair_venue_gets_at_most_10():
    found = measure(doc_of(SRDI), 34, fair_venue_rent=D(6))
    assert (found.status, found.amount, found.up_to) == (MatchStatus.CLAIMABLE, D(6), True)


def test_a_reserve_firm_gets_up_to_30_by_performance_once_it_says_it_is_on_the_list():
    found = measure(doc_of(SRDI), 2, reserve_listed=True)
    assert (found.status, found.amount, found.up_to) == (MatchStatus.CLAIMABLE, D(30), True)
    assert found.formula.zh == "最高30万（按绩效考核结果）"


# --- below, at and above every cap; ineligible ---------------------------------------------------------

POLICY = CreditPolicy
CAPS = [
    # measure, spend, below the cap, at the cap, above the cap
    (5, "equipment_last_year", (D(100), D(10)), (D(500) - D("0.01"), D("50.00")), None),
    (7, "joint_lab_equipment", (D(9000), D(900)), (D(10000), D(1000)), (D(20000), D(1000))),
    (17, "digital_retrofit", (D(50), D(15)), (D("83.34"), D(25)), (D(200), D(25))),
    (18, "consulting", (D(20), D(10)), (D(60), D(30)), (D(100), D(30))),
    (34, "fair_venue_rent", (D("9.5"), D("9.5")), (D(10), D(10)), (D(15), D(10))),
]


def _firm_for(number: int) -> AssessmentFile:
    return changed(doc_of(SRDI), **GIANT) if number == 17 else doc_of(SRDI)


@pytest.mark.parametrize(("number", "field", "below", "at", "above"), CAPS, ids=[f"({c[0]})" for c in CAPS])
def test_a_spend_subsidy_below_at_and_above_its_cap(number, field, below, at, above):
    for case in (below, at, above):
        if case is None:
            continue
        spend, expected = case
        assert measure(_firm_for(number), number, **{field: spend}).amount == expected, (number, spend)


def test_equipment_below_100_is_not_eligible():
    found = measure(doc_of(SRDI), 5, equipment_last_year=D("99.99"))
    assert (found.status, found.amount) == (MatchStatus.NOT_ELIGIBLE, None)
    assert "低于本措施的100万" in found.reasons[0].zh


def test_premium_subsidy_below_at_and_above_its_cap():
    def amount(premium: str, rate: str) -> Decimal | None:
        return measure(
            doc_of(SRDI), 39, credit_insurance=(POLICY(premium=D(premium), rate_permille=D(rate)),)
        ).amount

    assert amount("18", "6") == D("7.2")
    assert amount("75", "7") == D(30)  # 40% × 75 = 30 exactly
    assert amount("100", "5") == D(30)


def test_interest_subsidy_below_at_and_above_its_cap():
    def amount(loan: str) -> Decimal | None:
        found = measure(
            doc_of(SRDI),
            13,
            ip_loans=(PledgeLoan(amount=D(loan), rate_pct=D(4), months=12),),
            lpr_1y_pct=D("2.5"),
        )
        return found.amount

    assert amount("1000") == D(15)
    assert amount("2000") == D(30)  # 2000 × 2.5% × 60% = 30 exactly
    assert amount("5000") == D(30)


def test_training_and_standards_scale_with_their_units_and_have_no_total_cap():
    assert measure(doc_of(SRDI), 19, training_person_days=D(1000)).amount == D(50)
    planned = (PlannedStandard(level=StandardLevel.INTERNATIONAL, role=StandardRole.LEAD, count=3),)
    assert measure(doc_of(SRDI), 14, standards=planned).amount == D(300)


def test_firm_b_without_a_title_and_short_of_one_is_eligible_for_no_money_measure():
    """Firm B fails 专精特新 on R&D: every measure for titled firms is not eligible, with the gap named."""
    spend = {
        "consulting": D(40),
        "equipment_last_year": D(300),
        "digital_retrofit": D(60),
        "fair_venue_rent": D(6),
    }
    found = {m.number: m for m in match(run(doc_of("firm_b")), PlannedSpend(**spend))}
    for number in (3, 5, 13, 18, 34, 39):
        assert found[number].status is MatchStatus.NOT_ELIGIBLE, number
        assert found[number].amount is None, number
    # (17) is also open to reserve firms, but a reserve firm must hold the 专精特新 title (seed 003 (1)).
    assert found[17].status is MatchStatus.NOT_ELIGIBLE
    assert "后备企业须持有有效的专精特新中小企业称号" in " ".join(r.zh for r in found[17].reasons)
    assert "需专精特新中小企业称号，自评显示尚不符合" in found[18].reasons[0].zh
    assert "研发费用" in found[18].reasons[0].zh


# --- statuses from the self-check and the firm's statements ---------------------------------------------


def test_the_demo_qualifies_for_srdi_but_holds_no_title_so_its_measures_are_near_misses():
    found = {m.number: m for m in match(run(doc_of("demo")), PlannedSpend(consulting=D(40)))}
    assert found[18].status is MatchStatus.NEAR_MISS
    assert found[18].reasons == (found[18].reasons[0],)
    assert found[18].reasons[0].zh == "取得专精特新中小企业称号：自评显示已符合条件"
    assert found[18].amount == D(20)  # what closing the gap would bring
    assert found[20].status is MatchStatus.CLAIMABLE  # it holds a valid 创新型 title
    assert found[3].status is MatchStatus.NOT_ELIGIBLE  # 小巨人 fails on market share


def test_firm_f_is_a_likely_little_giant_so_the_first_title_reward_is_a_near_miss_in_the_window():
    found = measure(doc_of("firm_f"), 3)
    assert (found.status, found.amount) == (MatchStatus.NEAR_MISS, D(100))
    assert "自评显示可能符合" in found.reasons[0].zh
    assert "2026-04-25—2026-05-25" in found.reasons[0].zh


def test_firm_a_holds_no_ladder_title_and_qualifies_for_srdi_under_the_2022_measures():
    found = {m.number: m for m in match(run(doc_of("firm_a")))}
    assert found[18].status is MatchStatus.NEAR_MISS
    assert found[20].status is MatchStatus.NEAR_MISS  # 创新型 qualifies per the self-check, not held
    assert "取得创新型中小企业称号" in found[20].reasons[0].zh


def test_an_unknown_spend_keeps_the_status_and_leaves_the_amount_to_estimate():
    found = measure(doc_of(SRDI), 18)
    assert (found.status, found.amount) == (MatchStatus.CLAIMABLE, None)
    assert "待填写" in found.formula.zh


def test_the_reserve_list_is_check_with_the_agency_until_the_firm_says_yes_or_no():
    unknown = measure(doc_of(SRDI), 2)
    assert unknown.status is MatchStatus.CHECK
    assert "请向市工信局确认是否已列入后备名单" in unknown.reasons[0].zh
    assert measure(doc_of(SRDI), 2, reserve_listed=False).status is MatchStatus.NOT_ELIGIBLE


# --- 小巨人 reserve firms (seed 003, measure (1)): a valid 专精特新 title, no 小巨人 title, the listing ------


def test_a_listed_srdi_firm_without_the_little_giant_title_is_a_reserve_firm_with_evidence_needed():
    found = measure(doc_of(SRDI), 2, reserve_listed=True)
    assert found.status is MatchStatus.CLAIMABLE
    assert any("需提供证明材料" in r.zh for r in found.reasons)


def test_a_little_giant_is_not_a_reserve_firm():
    giant = changed(doc_of(SRDI), honours__little_giant=Title(granted_on=dt.date(2025, 8, 1)))
    found = measure(giant, 2, reserve_listed=True)
    assert found.status is MatchStatus.NOT_ELIGIBLE
    assert "已持有“小巨人”称号" in found.reasons[0].zh


def test_an_expired_srdi_title_is_not_enough_for_the_reserve_list():
    lapsed = changed(
        doc_of(SRDI),
        honours__srdi_sme=Title(granted_on=dt.date(2022, 6, 1), expires_on=dt.date(2025, 5, 31)),
    )
    found = measure(lapsed, 2, reserve_listed=True)
    assert found.status is MatchStatus.NOT_ELIGIBLE
    assert "须持有有效的专精特新中小企业称号" in found.reasons[0].zh


def test_an_unanswered_listing_of_a_titled_firm_is_check_with_the_agency():
    assert measure(doc_of(SRDI), 2).status is MatchStatus.CHECK


def test_digital_retrofit_for_a_reserve_firm_needs_level_2_after_the_retrofit():
    level_1 = changed(doc_of(SRDI), honours__official_digital_level=1)
    short = measure(level_1, 17, reserve_listed=True, digital_retrofit=D(60))
    assert short.status is MatchStatus.NEAR_MISS
    assert short.reasons[0].zh == "改造后数字化水平须达到二级（规范级）以上（目前一级（初始级））"
    planned = measure(level_1, 17, reserve_listed=True, digital_retrofit=D(60), retrofit_level_after=2)
    assert (planned.status, planned.amount) == (MatchStatus.CLAIMABLE, D(18))


def test_digital_retrofit_of_a_srdi_firm_with_an_unknown_reserve_status_is_check_with_the_agency():
    found = measure(doc_of(SRDI), 17, digital_retrofit=D(60))
    assert found.status is MatchStatus.CHECK
    texts = " ".join(r.zh for r in found.reasons)
    assert "后备企业" in texts and "小巨人" in texts


def test_a_little_giant_title_granted_before_the_measures_is_check_with_the_agency():
    early = changed(doc_of(SRDI), honours__little_giant=Title(granted_on=dt.date(2024, 1, 10)))
    found = measure(early, 3)
    assert found.status is MatchStatus.CHECK
    assert "早于本措施施行" in found.reasons[0].zh


def test_an_expired_title_is_not_held():
    expired = changed(doc_of(SRDI), honours__srdi_sme=Title(granted_on=dt.date(2021, 6, 1)))
    assert measure(expired, 18).status is not MatchStatus.CLAIMABLE


def test_key_little_giant_talent_route_needs_the_firms_word():
    giant = changed(doc_of(SRDI), **GIANT)
    assert measure(giant, 23).status is MatchStatus.CLAIMABLE  # the 小巨人 route (class C talent)
    assert measure(doc_of(SRDI), 23, key_little_giant=True).status is MatchStatus.CLAIMABLE


def test_a_measure_for_another_body_is_check_with_no_amount():
    found = measure(doc_of(SRDI), 15)
    assert (found.status, found.amount) == (MatchStatus.CHECK, None)
    assert "集群运营单位" in found.reasons[0].zh


def test_financing_and_services_give_no_amount_but_say_what_they_give():
    found = {m.number: m for m in match(run(doc_of(SRDI)))}
    assert found[4].amount is None and "2%" in found[4].formula.zh
    for number in (9, 11, 16, 24, 25, 37, 38):
        assert isinstance(found[number].measure.benefit, Service)
        assert (found[number].status, found[number].amount) == (MatchStatus.CLAIMABLE, None)


def test_no_claimable_status_without_a_title_held():
    """Never a fake yes: a claimable measure always names a title the firm holds (or "any")."""
    for name in ("demo", "firm_a", "firm_b", "firm_f"):
        for found in match(run(doc_of(name)), PlannedSpend(reserve_listed=None)):
            if found.status is MatchStatus.CLAIMABLE:
                assert found.title_held, (name, found.number)


def test_rewards_are_fixed_or_up_to_never_both(pack: MeasuresPack):
    rewards = [m.benefit for m in pack.measures.values() if isinstance(m.benefit, Reward)]
    assert rewards and all((r.up_to is None) != (r.city is None and r.district is None) for r in rewards)


def test_on_2026_12_31_the_measures_are_still_claimable():
    last_day = set_path(doc_of(SRDI), "assessment.date", dt.date(2026, 12, 31))
    found = match(run(last_day), PlannedSpend(consulting=D(40)))
    assert any(m.status is MatchStatus.CLAIMABLE for m in found)
    assert expired_notice(found) is None


def test_on_2027_01_01_every_measure_is_expired_with_its_end_date_never_claimable():
    later = set_path(doc_of(SRDI), "assessment.date", dt.date(2027, 1, 1))
    found = match(run(later), PlannedSpend(consulting=D(40)))
    assert len(found) == 40
    assert {m.status for m in found} == {MatchStatus.EXPIRED}
    assert {m.until for m in found} == {dt.date(2026, 12, 31)}
    assert all(m.amount is None for m in found)
    assert "2026-12-31" in found[0].reasons[0].zh


def test_the_expired_notice_names_the_end_the_missing_successor_and_how_to_install_a_pack():
    later = set_path(doc_of(SRDI), "assessment.date", dt.date(2027, 1, 1))
    notice = expired_notice(match(run(later)))
    assert notice is not None
    assert "2026-12-31" in notice.zh and "安装规则更新" in notice.zh and ".srdipack" in notice.zh
    assert "Install rule update" in notice.en and "successor" in notice.en
