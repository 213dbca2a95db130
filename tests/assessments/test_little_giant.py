"""专精特新"小巨人": 2026 (工信部企业〔2026〕2号) and 2022 (63号文 附件3) standards, on worked example F.

Every boundary test starts from firm F (which passes everything) and moves one input onto, just
below or just past one threshold, so a failing row can only come from that threshold.
F under 2022 is "qualifies", not "likely": every 2022 item is either computed or a yes/no the firm
answers (decision 13: the firm's answer counts as met with evidence needed; unanswered is manual).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import Award, IpItem, IpOrigin, IpType, Level, Purpose, RdInstitution, Title
from assessments.numbers import round2
from assessments.results import SchemeResult, Status, Text, Verdict
from assessments.rules.catalogue import pack_for
from assessments.schemes import little_giant
from assessments.schemes.common import Context
from assessments.storage.srdi_file import load

from .builders import with_fields, with_year
from .examples_little_giant import F_ON, F_SAMPLE, firm_f

D = Decimal
BEFORE_SWITCH = dt.date(2026, 3, 15)  # 2022 standard for new applications


def little(firm, on=F_ON, purpose=Purpose.NEW) -> SchemeResult:
    return assess(firm, on, purpose)["little_giant"]


def review(firm, on=F_ON) -> SchemeResult:
    return little(firm, on, Purpose.REVIEW)


def honours(firm, **values):
    return firm.model_copy(update={"honours": firm.honours.model_copy(update=values)})


def profile(firm, **values):
    return firm.model_copy(update={"profile": firm.profile.model_copy(update=values)})


def patents(firm, *items: IpItem):
    return firm.model_copy(update={"ip": items, "ip_none_confirmed": not items})  # exactly these items


def patent(**values) -> IpItem:
    base = dict(
        type=IpType.INVENTION,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        applied_with_benefit=True,
        holder_rank=1,
        granted_on=dt.date(2020, 1, 1),
    )
    return IpItem(**{**base, **values})


def status(result: SchemeResult, row_id: str) -> Status:
    return result.row(row_id).status


# --- golden: worked example F ---------------------------------------------------------------------


def test_firm_f_2026_application_meets_everything_but_waits_for_the_platform_score():
    result = little(firm_f())
    assert result.pack_version == "2026.1"
    assert round2(result.row("main_share").value) == D("94.44")
    cagr = result.row("revenue_cagr").value
    assert cagr == ((D(18000) / D(14500)).sqrt() - 1) * 100
    assert round2(cagr) == D("11.42")
    assert result.row("rd_total").value == 1980
    assert round2(result.row("rd_ratio_2024").value) == D("5.63")
    assert result.row("rd_ratio_2025").value == 6
    assert result.row("class1_ip").value == 6
    assert result.row("debt_ratio").value == 52
    pending = [r.id for r in result.rows if r.status is not Status.MET]
    assert pending == ["dev_score"]
    assert status(result, "dev_score") is Status.MANUAL
    assert result.verdict is Verdict.LIKELY


def test_firm_f_2022_review_qualifies_on_all_six_blocks():
    result = review(firm_f())
    assert result.pack_version == "2022.1"
    assert result.row("niche_years").value == 12
    assert round2(result.row("main_share").value) == D("94.44")
    assert round2(result.row("main_growth").value) == D("11.81")  # (13.33% + 10.29%) ÷ 2
    assert [r.id for r in result.rows if r.group == "innovative"] == [
        "rd_ratio_high_2024",
        "rd_ratio_high_2025",
        "rd_institution",
        "class1_ip",
    ]
    assert {r.group for r in result.rows if r.status is not Status.MET} == {"innovative_direct"}
    assert result.verdict is Verdict.QUALIFIES


def test_firm_f_chain_and_field_answers_count_but_ask_for_evidence():
    for row in (little(firm_f()).row("field_chain"), review(firm_f()).row("chain")):
        assert row.status is Status.MET and row.evidence_needed  # decision 13


def test_firm_f_sample_file_loads_equal_to_the_builder():
    doc = load(F_SAMPLE)
    assert doc.firm == firm_f()
    assert doc.on == F_ON
    assert doc.purpose is Purpose.NEW


# --- which standard applies (decision 1) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "purpose", "version"),
    [
        (dt.date(2026, 3, 31), Purpose.NEW, "2022.1"),
        (dt.date(2026, 4, 1), Purpose.NEW, "2026.1"),
        (dt.date(2022, 8, 1), Purpose.NEW, "2022.1"),
        (dt.date(2026, 4, 1), Purpose.REVIEW, "2022.1"),
        (dt.date(2026, 12, 31), Purpose.REVIEW, "2022.1"),  # the 2026 re-review batch (117号)
        (dt.date(2027, 1, 1), Purpose.REVIEW, "2026.1"),  # later re-reviews: the 2026 standard
        (dt.date(2030, 6, 1), Purpose.REVIEW, "2026.1"),
    ],
)
def test_assessment_date_and_purpose_pick_the_standard(on, purpose, version):
    assert little(firm_f(), on, purpose).pack_version == version


def test_regime_switch_changes_the_main_share_threshold_for_a_new_application():
    firm = with_year(firm_f(), 2025, main_revenue=15000)  # 83.33%: ≥70% but <90%
    assert status(little(firm, dt.date(2026, 3, 31)), "main_share") is Status.MET
    assert status(little(firm, dt.date(2026, 4, 1)), "main_share") is Status.NOT_MET


# --- prerequisite -------------------------------------------------------------------------------------


def test_without_the_srdi_title_the_prerequisite_fails_and_says_to_obtain_it_first():
    row = little(honours(firm_f(), srdi_sme=None)).row("prerequisite")
    assert row.status is Status.NOT_MET
    assert row.gap.text.zh == "须先取得专精特新中小企业称号"


def test_an_expired_srdi_title_does_not_count():
    expired = honours(firm_f(), srdi_sme=Title(granted_on=dt.date(2023, 4, 24)))  # ends 2026-04-24
    assert status(little(expired), "prerequisite") is Status.NOT_MET
    on_last_day = honours(firm_f(), srdi_sme=Title(granted_on=dt.date(2023, 4, 25)))
    assert status(little(on_last_day), "prerequisite") is Status.MET


def test_prerequisite_gap_says_the_self_check_qualifies_when_srdi_sme_qualifies():
    firm = honours(firm_f(), srdi_sme=None)
    run = assess(firm, F_ON)
    srdi = SchemeResult(
        scheme="srdi_sme",
        title=Text("专精特新中小企业", "SRDI SME"),
        pack_version="2026.1",
        document="",
        verdict=Verdict.QUALIFIES,
        summary=Text("", ""),
        rows=(),
    )
    prior = {**run.results, "srdi_sme": srdi}
    ctx = Context(firm=firm, on=F_ON, purpose=Purpose.NEW, conventions=run.packs["conventions"], prior=prior)
    row = little_giant.evaluate(ctx, run.packs["little_giant"]).row("prerequisite")
    assert row.gap.text.zh.endswith("（自评显示已满足条件）")
    assert row.gap.text.en.endswith("(the self-check shows you qualify)")


# --- 2026 thresholds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("since", "years", "expected"),
    [
        (dt.date(2022, 12, 31), 3, Status.MET),
        (dt.date(2023, 1, 1), 3, Status.MET),  # exactly three years at the end of 2025
        (dt.date(2023, 1, 2), 2, Status.NOT_MET),
    ],
)
@pytest.mark.parametrize("purpose", [Purpose.NEW, Purpose.REVIEW])
def test_niche_years_of_3_counted_to_the_end_of_last_year(since, years, expected, purpose):
    row = little(profile(firm_f(), niche_since=since), F_ON, purpose).row("niche_years")
    assert (row.value, row.status) == (years, expected)
    if expected is Status.NOT_MET:
        assert row.gap.amount == 1 and row.gap.unit == "years"


def test_niche_start_unknown_leaves_it_to_confirm():
    assert status(little(profile(firm_f(), niche_since=None)), "niche_years") is Status.UNKNOWN


@pytest.mark.parametrize(
    ("revenue", "expected"), [("5000", Status.MET), ("4999.99", Status.NOT_MET), ("5000.01", Status.MET)]
)
def test_2026_revenue_floor_of_5000(revenue, expected):
    row = little(with_year(firm_f(), 2025, revenue=revenue)).row("revenue")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.field == "years.2025.revenue"


@pytest.mark.parametrize(
    ("main", "expected"), [("16200", Status.MET), ("16199.99", Status.NOT_MET), ("16200.01", Status.MET)]
)
def test_2026_main_share_of_90_percent(main, expected):
    row = little(with_year(firm_f(), 2025, main_revenue=main)).row("main_share")
    assert row.status is expected
    assert row.on_edge
    if expected is Status.NOT_MET:
        # new main-business revenue is revenue too: (16,199.99 + x) ÷ (18,000 + x) ≥ 90% → x = 0.10
        assert row.gap.amount == D("0.1") and row.gap.field == "years.2025.main_revenue"


@pytest.mark.parametrize(
    ("revenue", "expected"), [("17640", Status.MET), ("17639.99", Status.NOT_MET), ("17640.01", Status.MET)]
)
def test_2026_compound_growth_of_5_percent(revenue, expected):
    firm = with_year(
        with_year(firm_f(), 2023, revenue=16000), 2025, revenue=revenue
    )  # 16,000 × 1.05² = 17,640
    row = little(firm).row("revenue_cagr")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.field == "years.2025.revenue"


def test_2026_compound_growth_needs_the_revenue_of_three_years_ago():
    firm = firm_f().model_copy(update={"years": firm_f().years[1:]})
    assert status(little(firm), "revenue_cagr") is Status.UNKNOWN


def test_2026_compound_growth_is_not_examined_for_a_re_review():
    falling = with_year(firm_f(), 2023, revenue=30000)
    pack = pack_for("little_giant", Purpose.NEW, F_ON)
    result = assess(falling, F_ON, Purpose.REVIEW, overrides={"little_giant": pack})["little_giant"]
    assert result.row("revenue_cagr").status is Status.MET
    assert result.row("revenue_cagr").calc.zh.startswith("复核企业不考查")
    assert "工信厅企业函〔2026〕117号" in result.row("revenue_cagr").calc.zh
    assert result.row("revenue_cagr").gap is None
    assert status(little(falling), "revenue_cagr") is Status.NOT_MET


@pytest.mark.parametrize(
    ("liabilities", "expected"),
    [("18750", Status.MET), ("18750.01", Status.NOT_MET), ("18749.99", Status.MET)],
)
def test_2026_debt_ratio_at_most_75_percent(liabilities, expected):
    row = little(with_year(firm_f(), 2025, total_liabilities=liabilities)).row("debt_ratio")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.field == "years.2025.total_liabilities"


@pytest.mark.parametrize(
    ("rd_2025", "expected"), [("300", Status.MET), ("299.99", Status.NOT_MET), ("300.01", Status.MET)]
)
def test_2026_two_year_rd_total_of_1200(rd_2025, expected):
    row = little(with_year(firm_f(), 2025, rd_expense=rd_2025)).row("rd_total")  # 900 + 300 = 1,200
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.unit == "wan"


@pytest.mark.parametrize(
    ("rd_2024", "expected"), [("480", Status.MET), ("479.99", Status.NOT_MET), ("480.01", Status.MET)]
)
def test_2026_rd_share_of_3_percent_in_each_year(rd_2024, expected):
    result = little(with_year(firm_f(), 2024, rd_expense=rd_2024))  # 3% × 16,000 = 480
    row = result.row("rd_ratio_2024")
    assert row.status is expected
    assert status(result, "rd_ratio_2025") is Status.MET
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.field == "years.2024.rd_expense"


def test_2026_rd_share_unknown_when_a_year_is_missing():
    firm = with_year(firm_f(), 2024, rd_expense=None)
    result = little(firm)
    assert status(result, "rd_ratio_2024") is Status.UNKNOWN
    assert status(result, "rd_total") is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


@pytest.mark.parametrize(("count", "expected"), [(4, Status.MET), (3, Status.NOT_MET), (5, Status.MET)])
def test_2026_needs_four_class_i_items(count, expected):
    row = little(patents(firm_f(), *[patent()] * count)).row("class1_ip")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert (row.gap.amount, row.gap.unit) == (1, "count")


def test_2026_ip_rule_drops_transferred_items_and_holders_below_third():
    items = [patent()] * 3
    transferred = patent(origin=IpOrigin.ASSIGNMENT, transferred_on=dt.date(2020, 1, 1))
    assert status(little(patents(firm_f(), *items, transferred)), "class1_ip") is Status.NOT_MET
    assert status(little(patents(firm_f(), *items, patent(holder_rank=4))), "class1_ip") is Status.NOT_MET
    assert status(little(patents(firm_f(), *items, patent(holder_rank=3))), "class1_ip") is Status.MET


def test_2026_items_without_a_benefit_answer_leave_the_count_to_confirm():
    row = little(patents(firm_f(), *[patent()] * 3, patent(applied_with_benefit=None))).row("class1_ip")
    assert row.status is Status.UNKNOWN
    assert "1项待确认" in row.calc.zh


@pytest.mark.parametrize(
    ("award", "expected"),
    [
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=3, year=2023), Status.MET),
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=4, year=2023), Status.NOT_MET),
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=1, year=2022), Status.NOT_MET),
        (Award(name="福建省科学技术奖", level=Level.PROVINCIAL, rank=1, year=2024), Status.NOT_MET),
    ],
)
def test_2026_national_award_in_top_three_exempts_from_the_ip_count(award, expected):
    firm = honours(patents(firm_f(), patent()), awards=(award,))
    row = little(firm).row("class1_ip")
    assert row.status is expected
    assert (row.gap is None) is (expected is Status.MET)


@pytest.mark.parametrize(
    ("share", "rank", "expected"),
    [
        ("10", 5, Status.MET),
        ("9.99", 4, Status.NOT_MET),
        ("10.01", None, Status.MET),
        ("9.99", 3, Status.MET),
        (None, 3, Status.MET),
        ("9.99", None, Status.MANUAL),
        (None, None, Status.MANUAL),
    ],
)
def test_2026_market_share_of_10_percent_or_a_domestic_top_three(share, rank, expected):
    firm = honours(firm_f(), market_share_pct=None if share is None else D(share), market_rank=rank)
    row = little(firm).row("market")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.unit == "pct"


@pytest.mark.parametrize(
    ("six", "chain", "expected"),
    [
        (True, False, Status.MET),
        (False, True, Status.MET),
        (False, False, Status.NOT_MET),
        (None, False, Status.MANUAL),
    ],
)
def test_2026_field_or_chain_position_by_the_firms_answer(six, chain, expected):
    firm = with_fields(firm_f(), six_foundations=six, key_chain_position=chain)
    assert status(little(firm), "field_chain") is expected


@pytest.mark.parametrize(
    ("score", "expected", "verdict"),
    [
        ("60", Status.MET, Verdict.QUALIFIES),
        ("59.99", Status.NOT_MET, Verdict.DOES_NOT_QUALIFY),
        ("60.01", Status.MET, Verdict.QUALIFIES),
    ],
)
def test_2026_platform_score_of_60_this_year(score, expected, verdict):
    result = little(honours(firm_f(), srdi_dev_scores={2026: D(score)}))
    assert status(result, "dev_score") is expected
    assert result.verdict is verdict
    if expected is Status.NOT_MET:
        assert result.row("dev_score").gap.amount == D("0.01")


def test_2026_last_years_platform_score_does_not_count_for_a_new_application():
    result = little(honours(firm_f(), srdi_dev_scores={2025: D(80)}))
    assert status(result, "dev_score") is Status.MANUAL


def test_2026_standard_read_for_a_re_review_takes_either_of_the_last_two_scores():
    pack = pack_for("little_giant", Purpose.NEW, F_ON)
    firm = honours(firm_f(), srdi_dev_scores={2025: D(60), 2026: D(50)})
    result = assess(firm, F_ON, Purpose.REVIEW, overrides={"little_giant": pack})["little_giant"]
    assert status(result, "dev_score") is Status.MET
    assert status(little(firm), "dev_score") is Status.NOT_MET


def test_2026_failing_rows_are_named_in_the_summary():
    result = little(with_year(firm_f(), 2025, revenue=4000, main_revenue=3800))
    assert result.verdict is Verdict.DOES_NOT_QUALIFY
    assert "上年度营业收入" in result.summary.zh


def test_firm_with_no_figures_cannot_be_told():
    firm = firm_f().model_copy(update={"years": ()})
    assert little(firm).verdict is Verdict.CANNOT_TELL
    assert review(firm).verdict is Verdict.CANNOT_TELL


# --- 2022 thresholds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("main", "expected"), [("12600", Status.MET), ("12599.99", Status.NOT_MET), ("12600.01", Status.MET)]
)
def test_2022_main_share_of_70_percent(main, expected):
    row = review(with_year(firm_f(), 2025, main_revenue=main)).row("main_share")  # 70% × 18,000
    assert row.status is expected


@pytest.mark.parametrize(
    ("main_2025", "expected"),
    [("11025", Status.MET), ("11024.99", Status.NOT_MET), ("11025.01", Status.MET)],
)
def test_2022_mean_main_growth_of_5_percent(main_2025, expected):
    firm = with_year(with_year(firm_f(), 2023, main_revenue=10000), 2024, main_revenue=10500)
    row = review(with_year(firm, 2025, main_revenue=main_2025)).row("main_growth")  # 5% + 5%
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01") and row.gap.field == "years.2025.main_revenue"


@pytest.mark.parametrize(
    ("liabilities", "expected"),
    [("17500", Status.MET), ("17500.01", Status.NOT_MET), ("17499.99", Status.MET)],
)
def test_2022_debt_ratio_at_most_70_percent(liabilities, expected):
    row = review(with_year(firm_f(), 2025, total_liabilities=liabilities)).row("debt_ratio")
    assert row.status is expected


@pytest.mark.parametrize(
    ("share", "expected"),
    [("10", Status.MET), ("9.99", Status.NOT_MET), ("10.01", Status.MET), (None, Status.MANUAL)],
)
def test_2022_national_market_share_of_10_percent(share, expected):
    firm = honours(firm_f(), market_share_pct=None if share is None else D(share), market_rank=1)
    row = review(firm).row("market_share")
    assert row.status is expected  # a top rank does not replace the share under 2022
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


@pytest.mark.parametrize(
    ("management", "international", "expected"),
    [
        (False, True, Status.MET),
        (True, None, Status.MET),
        (False, False, Status.NOT_MET),
        (None, False, Status.MANUAL),
    ],
)
def test_2022_certification_by_management_system_or_product(management, international, expected):
    firm = honours(firm_f(), management_certified=management, intl_product_cert=international)
    assert status(review(firm), "certification") is expected


@pytest.mark.parametrize(("answer", "expected"), [(False, Status.NOT_MET), (None, Status.MANUAL)])
def test_2022_yes_no_items_follow_the_firms_answers(answer, expected):
    firm = honours(firm_f(), info_system_core=answer, own_brand=answer)
    result = review(firm)
    assert status(result, "info_system") is expected
    assert status(result, "own_brand") is expected
    assert (
        status(review(with_fields(firm_f(), six_foundations=True, key_chain_position=answer)), "chain")
        is expected
    )


def test_2022_product_outside_the_six_foundations_goes_to_manual_review():
    result = review(with_fields(firm_f(), six_foundations=False, key_chain_position=True))
    assert status(result, "product_field") is Status.MANUAL
    assert result.verdict is Verdict.LIKELY


def test_2022_rd_institution_of_any_level_counts_and_none_fails():
    below_city = honours(firm_f(), rd_institutions=(RdInstitution(name="研发部", level=Level.BELOW_CITY),))
    assert status(review(below_city), "rd_institution") is Status.MET
    none = honours(firm_f(), rd_institutions=())
    assert status(review(none), "rd_institution") is Status.NOT_MET
    assert review(none).row("rd_institution").gap.field == "honours.rd_institutions"


# R&D band: exactly 1亿 takes the ≥1亿 band (3%), exactly 5000万 the 5000万–1亿 band (6%).
@pytest.mark.parametrize(
    ("revenue", "rows"),
    [
        ("10000", ["rd_ratio_high_2024", "rd_ratio_high_2025"]),
        ("9999.99", ["rd_ratio_mid_2024", "rd_ratio_mid_2025"]),
        ("5000", ["rd_ratio_mid_2024", "rd_ratio_mid_2025"]),
        ("4999.99", ["rd_small_equity", "rd_small_total", "rd_small_staff"]),
    ],
)
def test_2022_rd_band_is_chosen_by_last_years_revenue(revenue, rows):
    result = review(with_year(firm_f(), 2025, revenue=revenue, main_revenue=revenue))
    band_rows = [r.id for r in result.rows if r.group == "innovative"][:-2]
    assert band_rows == rows
    assert all(result.row(r).on_edge for r in rows)


@pytest.mark.parametrize(
    ("rd", "expected"), [("300", Status.MET), ("299.99", Status.NOT_MET), ("300.01", Status.MET)]
)
def test_2022_high_band_rd_share_of_3_percent(rd, expected):
    firm = with_year(firm_f(), 2025, revenue=10000, main_revenue=10000, rd_expense=rd)
    row = review(firm).row("rd_ratio_high_2025")
    assert row.status is expected
    if expected is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


@pytest.mark.parametrize(
    ("rd", "expected"), [("480", Status.MET), ("479.99", Status.NOT_MET), ("480.01", Status.MET)]
)
def test_2022_middle_band_rd_share_of_6_percent_in_each_year(rd, expected):
    firm = with_year(firm_f(), 2024, rd_expense=960)  # 6% × 16,000
    result = review(with_year(firm, 2025, revenue=8000, main_revenue=8000, rd_expense=rd))
    assert result.row("rd_ratio_mid_2025").status is expected
    assert status(result, "rd_ratio_mid_2024") is Status.MET
    assert status(
        review(with_year(firm_f(), 2025, revenue=8000, main_revenue=8000)), "rd_ratio_mid_2024"
    ) is (
        Status.NOT_MET  # firm F's 2024 share of 5.63% is enough at ≥1亿 but not in this band
    )


def small_firm(**figures):
    """Revenue below 5000万: equity 8,000, R&D 1,500 + 1,500, R&D staff 50% unless overridden."""
    base = with_year(firm_f(), 2024, revenue=4000, main_revenue=4000, rd_expense=1500, qualified_equity=4000)
    values = dict(
        revenue=4000, main_revenue=3800, rd_expense=1500, qualified_equity=4000, staff=420, rd_staff=210
    )
    return with_year(base, 2025, **{**values, **figures})


@pytest.mark.parametrize(
    ("figures", "row_id", "expected"),
    [
        ({}, "rd_small_equity", Status.MET),
        ({"qualified_equity": "3999.99"}, "rd_small_equity", Status.NOT_MET),
        ({}, "rd_small_total", Status.MET),
        ({"rd_expense": "1499.99"}, "rd_small_total", Status.NOT_MET),
        ({"rd_expense": "1500.01"}, "rd_small_total", Status.MET),
        ({}, "rd_small_staff", Status.MET),
        ({"rd_staff": 209}, "rd_small_staff", Status.NOT_MET),
        ({"rd_staff": 211}, "rd_small_staff", Status.MET),
        ({"qualified_equity": None}, "rd_small_equity", Status.UNKNOWN),
    ],
)
def test_2022_small_band_needs_equity_rd_total_and_rd_staff(figures, row_id, expected):
    assert status(review(small_firm(**figures)), row_id) is expected


def test_2022_small_band_staff_gap_counts_new_hires():
    gap = review(small_firm(rd_staff=209)).row("rd_small_staff").gap
    assert (gap.amount, gap.unit) == (2, "staff")  # 211 ÷ 422 = 50%


@pytest.mark.parametrize(("count", "expected"), [(2, Status.MET), (1, Status.NOT_MET), (3, Status.MET)])
def test_2022_needs_two_class_i_items(count, expected):
    assert status(review(patents(firm_f(), *[patent()] * count)), "class1_ip") is expected


def test_2022_ip_rule_counts_items_transferred_over_a_year_ago_but_not_unused_ones():
    old = patent(origin=IpOrigin.ASSIGNMENT, transferred_on=dt.date(2025, 4, 24), holder_rank=5)
    recent = patent(origin=IpOrigin.ASSIGNMENT, transferred_on=dt.date(2025, 4, 26))
    unused = patent(applied_with_benefit=False)
    assert status(review(patents(firm_f(), patent(), old)), "class1_ip") is Status.MET
    assert status(review(patents(firm_f(), patent(), recent)), "class1_ip") is Status.NOT_MET
    assert status(review(patents(firm_f(), patent(), unused)), "class1_ip") is Status.NOT_MET


@pytest.mark.parametrize(
    ("extra", "verdict"),
    [
        (
            {"awards": (Award(name="国家技术发明奖", level=Level.NATIONAL, rank=3, year=2023),)},
            Verdict.QUALIFIES,
        ),
        (
            {"awards": (Award(name="国家技术发明奖", level=Level.NATIONAL, rank=4, year=2023),)},
            Verdict.DOES_NOT_QUALIFY,
        ),
        (
            {"awards": (Award(name="省科技奖", level=Level.PROVINCIAL, rank=1, year=2024),)},
            Verdict.DOES_NOT_QUALIFY,
        ),
        ({"chuangke_top50_year": 2023}, Verdict.QUALIFIES),
        ({"chuangke_top50_year": 2022}, Verdict.DOES_NOT_QUALIFY),
    ],
)
def test_2022_direct_conditions_replace_the_general_innovation_conditions(extra, verdict):
    firm = honours(patents(firm_f()), **extra)  # no Class I item: the general route fails
    result = review(firm)
    assert status(result, "class1_ip") is Status.NOT_MET
    assert result.verdict is verdict
    if verdict is Verdict.QUALIFIES:
        assert "直通" in result.summary.zh
    else:
        assert "Ⅰ类知识产权" in result.summary.zh


def test_2022_new_application_before_the_switch_uses_the_same_blocks():
    result = little(firm_f(), BEFORE_SWITCH)
    assert result.pack_version == "2022.1"
    assert result.verdict is Verdict.QUALIFIES


def test_2022_direct_award_of_unknown_rank_stays_to_confirm():
    award = Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=None, year=2024)
    honours = firm_f().honours.model_copy(update={"awards": (award,)})
    row = review(firm_f().model_copy(update={"honours": honours})).row("direct_award")
    assert row.status is Status.UNKNOWN
    assert "排名" in row.calc.zh


# --- re-reviews after 2026-12-31 under the 2026 standard (updates-2026-12.md finding 4) -----------

SWITCH_LAST_2022 = dt.date(2026, 12, 31)
SWITCH_FIRST_2026 = dt.date(2027, 1, 1)


def a_year_later(firm):
    """Firm F one year on: its figures move to FY2024–2026 and its title is still valid in 2027."""
    years = tuple(y.model_copy(update={"year": y.year + 1}) for y in firm.years)
    return firm.model_copy(update={"years": years})


def test_re_review_on_2026_12_31_uses_the_2022_growth_test_and_from_2027_none():
    falling = with_year(a_year_later(firm_f()), 2024, revenue=30000)
    last_2022 = review(with_year(firm_f(), 2023, revenue=30000), SWITCH_LAST_2022)
    assert last_2022.pack_version == "2022.1" and "revenue_cagr" not in {r.id for r in last_2022.rows}
    first_2026 = review(falling, SWITCH_FIRST_2026)
    assert first_2026.pack_version == "2026.1"
    row = first_2026.row("revenue_cagr")
    assert row.status is Status.MET and row.gap is None and row.value is None
    assert "复核企业不考查" in row.calc.zh and "not examined" in row.calc.en.lower()
    assert little(falling, SWITCH_FIRST_2026).row("revenue_cagr").status is Status.NOT_MET


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({2026: D(60), 2027: D(50)}, Status.MET),  # the earlier year on the line
        ({2026: D("59.99"), 2027: D(50)}, Status.NOT_MET),  # both just below
        ({2026: D(50), 2027: D("60.01")}, Status.MET),  # this year just above
        ({2026: D("59.99")}, Status.MANUAL),  # this year's score still to come
    ],
)
def test_re_review_from_2027_takes_either_of_the_last_two_scores(scores, expected):
    firm = honours(a_year_later(firm_f()), srdi_dev_scores=scores)
    assert status(review(firm, SWITCH_FIRST_2026), "dev_score") is expected


def test_new_application_in_2027_still_needs_this_years_score():
    firm = honours(a_year_later(firm_f()), srdi_dev_scores={2026: D(80), 2027: D(50)})
    assert status(little(firm, SWITCH_FIRST_2026), "dev_score") is Status.NOT_MET


def test_2026_field_chain_names_the_traditional_emerging_and_future_industries():
    label = little(firm_f()).row("field_chain").label.zh
    assert "改造提升传统产业、培育壮大新兴产业、布局建设未来产业" in label
