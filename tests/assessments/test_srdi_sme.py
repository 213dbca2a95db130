"""专精特新中小企业: the 2022 standard (63号文 附件2) and the 2026 standard (2号文), through the real engine.

Golden cases are the worked examples A–E of gradient-criteria.md §8 (`examples_gradient.py`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import (
    Award,
    FieldFlags,
    Firm,
    IpItem,
    IpOrigin,
    IpType,
    Level,
    Purpose,
    RdInstitution,
    Standard,
    StandardLevel,
    StandardRole,
    Title,
)
from assessments.paths import resources_dir
from assessments.results import SchemeResult, Status, Verdict
from assessments.rules.catalogue import pack_for
from assessments.schemes import srdi_sme
from assessments.schemes.common import Context
from assessments.storage.srdi_file import load

from .builders import with_year
from .examples_gradient import SAMPLES, firm_a, firm_b, firm_c, firm_d, firm_e

ON = dt.date(2026, 3, 15)  # 63号文: FY2025 is 上年度
SWITCH = dt.date(2026, 4, 1)  # first day of 2号文
INDICATORS = (
    "main_share",
    "main_growth",
    "niche_points",
    "field",
    "digital",
    "quality",
    "net_margin",
    "debt_ratio",
    "local_features",
    "ip",
    "rd_input",
    "rd_staff",
    "rd_institution",
)
D = Decimal


def srdi(firm: Firm, on: dt.date = ON, purpose: Purpose = Purpose.NEW) -> SchemeResult:
    return assess(firm, on, purpose)["srdi_sme"]


def with_honours(firm: Firm, **values: object) -> Firm:
    return firm.model_copy(update={"honours": firm.honours.model_copy(update=values)})


def with_profile(firm: Firm, **values: object) -> Firm:
    return firm.model_copy(update={"profile": firm.profile.model_copy(update=values)})


def titled(firm: Firm) -> Firm:
    """The firm holding a valid 创新型中小企业 title (the 2026 prerequisite)."""
    return with_honours(firm, innovative_sme=Title(granted_on=dt.date(2025, 6, 1)))


def points(result: SchemeResult) -> list[Decimal | None]:
    return [result.row(r).points for r in INDICATORS]


# --- golden cases: worked examples ------------------------------------------------------------


def test_worked_example_a_scores_74_and_qualifies_under_2022():
    """Example A: 22 + 25 + 0 + 27 = 74; the blank local indicator counts 0 in the total, 15 above it."""
    result = srdi(firm_a())
    assert result.pack_version == "2022.1"
    assert points(result) == [5, 10, 4, 3, 5, 5, 10, 5, 0, 8, 10, 5, 4]
    assert (result.score, result.score_max, result.pass_score) == (74, 89, 60)
    assert result.row("total").status is Status.MET
    assert result.row("local_features").status is Status.MANUAL  # 特色化 unanswered (decision 13)
    assert result.row("local_features").max_points == 15
    assert result.verdict is Verdict.QUALIFIES


def test_worked_example_a_r_and_d_input_takes_the_amount_band_and_shows_both():
    row = srdi(firm_a()).row("rd_input")
    assert row.points == 10
    assert "520万元 → 10分" in row.calc.zh
    assert "520 ÷ 8,000 = 6.5% → 6分" in row.calc.zh


def test_worked_example_a_after_the_switch_needs_the_title_in_hand():
    """Example A says "科技和创新型 ✓ (高企 → 创新型)": A qualifies for 创新型 but does not hold the title.

    2号文 asks for the title already obtained, so the row fails and its gap says the self-check
    shows the firm qualifies for it; everything computable else is met, the rest is manual.
    """
    result = srdi(firm_a(), SWITCH)
    assert result.pack_version == "2026.1"
    prerequisite = result.row("prerequisite")
    assert prerequisite.status is Status.NOT_MET
    assert "须先取得科技和创新型中小企业称号" in prerequisite.gap.text.zh
    assert "自评显示企业已符合创新型中小企业" in prerequisite.gap.text.zh
    others = [r for r in result.rows if r.id not in ("prerequisite", "market_position", "dev_score")]
    assert all(r.status is Status.MET for r in others)
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_worked_example_a_with_the_title_is_pending_on_market_position_and_platform_score():
    result = srdi(titled(firm_a()), SWITCH)
    assert result.row("class1_ip").status is Status.MET
    assert result.row("market_position").status is Status.MANUAL
    assert result.row("dev_score").status is Status.MANUAL
    assert "平台得分待出" in result.row("dev_score").calc.zh
    assert result.verdict is Verdict.LIKELY


def test_regime_switches_between_2026_03_31_and_2026_04_01_for_the_same_firm():
    firm = titled(firm_a())
    before, after = srdi(firm, dt.date(2026, 3, 31)), srdi(firm, SWITCH)
    assert (before.pack_version, before.verdict, before.score) == ("2022.1", Verdict.QUALIFIES, 74)
    assert (after.pack_version, after.verdict, after.score) == ("2026.1", Verdict.LIKELY, None)
    review = srdi(firm, dt.date(2026, 3, 31), Purpose.REVIEW)
    assert review.pack_version == "2022.1"
    assert srdi(firm, SWITCH, Purpose.REVIEW).pack_version == "2026.1"


def test_worked_example_b_fails_condition_two_on_both_amount_and_share():
    result = srdi(firm_b())
    amount, share = result.row("rd_amount_2025"), result.row("rd_ratio_2025")
    assert (amount.status, share.status) == (Status.NOT_MET, Status.NOT_MET)
    assert (amount.gap.amount, amount.gap.unit) == (D("10.00"), "wan")  # to 100
    assert share.gap.amount == D("6.00")  # 3% × 3,200 = 96
    assert "研发费用增加同时提高" in share.gap.text.zh  # the same 万元 lifts the other R&D shares
    assert result.verdict is Verdict.DOES_NOT_QUALIFY
    assert result.summary.zh == "未满足：2025年研发费用总额、2025年研发费用占营业收入比重"


def test_worked_example_b_a_direct_condition_does_not_replace_condition_two():
    rich = with_year(firm_b(), 2025, qualified_equity=6000)
    result = srdi(rich)
    assert result.row("direct_equity").status is Status.MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_worked_example_b_fix_raising_2025_r_and_d_to_100_meets_condition_two():
    result = srdi(with_year(firm_b(), 2025, rd_expense=100))  # 100 / 3,200 = 3.125%
    assert result.row("rd_amount_2025").status is Status.MET
    assert result.row("rd_ratio_2025").status is Status.MET


def test_worked_example_b_under_2026_also_fails_on_2024_r_and_d():
    result = srdi(with_year(firm_b(), 2025, rd_expense=100), SWITCH)
    assert result.row("rd_amount_2024").status is Status.NOT_MET  # 85 < 100
    assert result.row("rd_amount_2024").gap.amount == D("15.00")
    assert result.row("rd_ratio_2024").status is Status.MET  # 85 / 2,700 = 3.15%


def test_worked_example_c_qualifies_through_direct_conditions_2_and_3():
    result = srdi(firm_c(), dt.date(2026, 2, 15))
    assert result.row("revenue").status is Status.NOT_MET  # 900 < 1,000
    assert result.row("revenue_equity").status is Status.MET  # 7,000 ≥ 2,000
    assert result.row("direct_rd_average").value == 1650
    assert result.row("direct_rd_average").status is Status.MET
    assert result.row("direct_equity").value == 7000
    assert result.row("direct_equity").status is Status.MET
    assert result.row("total").status is not Status.MET  # no score needed
    assert result.verdict is Verdict.QUALIFIES
    assert "条件（四）按直通：近两年研发费用总额均值、直通：近两年新增股权融资总额" in result.summary.zh


def test_worked_example_c_fails_under_2026_on_the_ip_benefit_rule():
    """The domain says C "likely fails" under 2号文. Encoded: the example's patents are not yet applied
    with economic benefit ("product still in clinical stage" → `applied_with_benefit=False`), so no
    Class I item counts and neither exemption (provincial award, provincial R&D institution) applies:
    the IP condition is not met, and C does not qualify even holding the 创新型 title. Were the benefit
    still to be confirmed (None), the condition would stay open and C could not pass yet either.
    """
    result = srdi(titled(firm_c()), SWITCH)
    ip = result.row("class1_ip")
    assert ip.status is Status.NOT_MET
    assert "未实际应用或未产生经济效益" in ip.calc.zh
    assert ip.gap.amount == 1
    assert result.row("ip_exemption_award").status is Status.NOT_MET
    assert result.row("ip_exemption_institution").status is Status.NOT_MET
    assert result.row("revenue_equity").status is Status.MET  # 900 < 1,500 but 7,000 ≥ 2,000
    assert result.verdict is Verdict.DOES_NOT_QUALIFY

    unsure = tuple(i.model_copy(update={"applied_with_benefit": None}) for i in firm_c().ip)
    open_ = srdi(titled(firm_c()).model_copy(update={"ip": unsure}), SWITCH)
    assert open_.row("class1_ip").status is Status.UNKNOWN
    assert open_.verdict is Verdict.CANNOT_TELL


def test_worked_example_d_large_firm_stops_at_the_size_gate():
    result = srdi(firm_d())
    assert result.row("sme_size").status is Status.NOT_MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY
    assert srdi(firm_d(), SWITCH).verdict is Verdict.DOES_NOT_QUALIFY


def test_worked_example_e_scores_exactly_60_and_qualifies_with_the_better_band_rule():
    result = srdi(firm_e())
    assert points(result) == [5, 10, 1, 0, 3, 3, 10, 5, 0, 6, 10, 5, 2]
    assert result.score == 60
    assert result.row("total").status is Status.MET
    assert result.verdict is Verdict.QUALIFIES


def test_worked_example_e_flags_every_boundary_row_on_the_edge():
    result = srdi(firm_e())
    on_edge = {r.id for r in result.rows if r.on_edge}
    assert on_edge == {
        "niche_years",  # 2 years
        "rd_amount_2025",  # 100万
        "revenue",  # 1,000万
        "main_share",  # 80%
        "main_growth",  # 10%
        "net_margin",  # 10%
        "debt_ratio",  # 50%
        "rd_input",  # 100万 / 10%
        "rd_staff",  # 20%
        "total",  # 60
    }


def test_worked_example_e_literal_2023_figure_puts_growth_just_below_the_edge():
    """With the example's printed 661.16 the two rates are 9.9991% and 10.0004%: mean 9.99975% < 10%
    compared exactly (decision 4), so indicator 2 takes 8 and the total falls to 58 — the swing the
    example warns about. The verdict stays open, not failed: direct condition 2 needs FY2024 R&D."""
    firm = with_honours(with_year(firm_e(), 2023, main_revenue="661.16"), local_feature_points=D(0))
    result = srdi(firm)
    assert result.row("main_growth").points == 8
    assert result.row("main_growth").on_edge
    assert result.score == 58
    assert result.row("total").status is Status.NOT_MET
    assert result.row("total").gap.amount == 2
    assert result.verdict is Verdict.CANNOT_TELL


def test_worked_example_e_fails_under_2026_on_revenue_and_niche_years():
    result = srdi(titled(firm_e()), SWITCH)
    assert result.row("revenue").status is Status.NOT_MET  # 1,000 < 1,500
    assert result.row("revenue").gap.amount == 500
    assert result.row("revenue_equity").status is Status.NOT_MET  # no equity
    assert result.row("niche_years").status is Status.NOT_MET  # 2 < 3
    assert result.row("class1_ip").status is Status.NOT_MET  # transferred-in items excluded in 2026
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_sample_file_loads_equal_to_its_builder(sample: str):
    build, on = SAMPLES[sample]
    doc = load(resources_dir() / "samples" / f"{sample}.srdi")
    assert doc.firm == build()
    assert (doc.on, doc.purpose) == (on, Purpose.NEW)


# --- 2022: conditions (一)–(三) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("since", "status", "years"),
    [
        (dt.date(2024, 1, 1), Status.MET, 2),
        (dt.date(2024, 1, 2), Status.NOT_MET, 1),
        (None, Status.UNKNOWN, None),
    ],
)
def test_niche_years_are_counted_to_the_end_of_last_year(since, status, years):
    row = srdi(with_profile(firm_e(), niche_since=since)).row("niche_years")
    assert row.status is status
    assert row.value == years
    if status is Status.NOT_MET:
        assert (row.gap.amount, row.gap.unit) == (1, "years")


@pytest.mark.parametrize(
    ("rd", "status", "edge"),
    [
        (100, Status.MET, True),
        ("99.99", Status.NOT_MET, True),
        ("100.5", Status.MET, True),
        (101, Status.MET, False),
    ],
)
def test_r_and_d_amount_edge_100_wan_is_inclusive(rd, status, edge):
    row = srdi(with_year(firm_e(), 2025, rd_expense=rd)).row("rd_amount_2025")
    assert row.status is status
    assert row.on_edge is edge  # within 0.5% of 100
    if status is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


@pytest.mark.parametrize(
    ("rd", "status"), [(150, Status.MET), ("149.99", Status.NOT_MET), ("150.01", Status.MET)]
)
def test_r_and_d_share_edge_3_percent_is_inclusive(rd, status):
    row = srdi(with_year(firm_e(), 2025, revenue=5000, rd_expense=rd)).row("rd_ratio_2025")
    assert row.status is status
    if status is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


def test_revenue_exactly_1000_meets_condition_three_without_the_equity_alternative():
    result = srdi(firm_e())
    assert result.row("revenue").status is Status.MET
    assert "revenue_equity" not in {r.id for r in result.rows}


def test_revenue_99999_needs_the_equity_alternative():
    result = srdi(with_year(firm_e(), 2025, revenue="999.99"))
    assert result.row("revenue").status is Status.NOT_MET
    assert result.row("revenue").gap.amount == D("0.01")
    assert result.row("revenue_equity").status is Status.NOT_MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize(("y2025", "status"), [(1000, Status.MET), ("999.99", Status.NOT_MET)])
def test_equity_alternative_edge_2000_over_two_years(y2025, status):
    firm = with_year(
        with_year(firm_e(), 2024, qualified_equity=1000), 2025, revenue="999.99", qualified_equity=y2025
    )
    assert srdi(firm).row("revenue_equity").status is status


def test_equity_known_part_already_enough_despite_a_missing_year():
    firm = with_year(
        with_year(firm_e(), 2024, qualified_equity=None), 2025, revenue=900, qualified_equity=2000
    )
    assert srdi(firm).row("revenue_equity").status is Status.MET
    short = with_year(firm, 2025, qualified_equity=1999)
    assert srdi(short).row("revenue_equity").status is Status.UNKNOWN


# --- 2022: direct conditions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("award", "status"),
    [
        (Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, rank=3, year=2024), Status.MET),
        (Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, rank=4, year=2024), Status.NOT_MET),
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=5, year=2023), Status.MET),
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=6, year=2023), Status.NOT_MET),
        (Award(name="国家科学技术进步奖", level=Level.NATIONAL, rank=1, year=2022), Status.NOT_MET),
        (Award(name="厦门市科学技术奖", level=Level.CITY, rank=1, year=2025), Status.NOT_MET),
        (Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, year=2025), Status.UNKNOWN),
    ],
)
def test_direct_award_level_rank_and_three_year_window(award, status):
    assert srdi(with_honours(firm_b(), awards=(award,))).row("direct_award").status is status


@pytest.mark.parametrize(("y2025", "status"), [(1100, Status.MET), ("1099.99", Status.NOT_MET)])
def test_direct_r_and_d_average_edge_1000(y2025, status):
    firm = with_year(with_year(firm_e(), 2024, rd_expense=900), 2025, rd_expense=y2025)
    row = srdi(firm).row("direct_rd_average")
    assert row.status is status
    if status is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


@pytest.mark.parametrize(("y2025", "status"), [(6000, Status.MET), ("5999.99", Status.NOT_MET)])
def test_direct_equity_edge_6000(y2025, status):
    assert srdi(with_year(firm_e(), 2025, qualified_equity=y2025)).row("direct_equity").status is status


@pytest.mark.parametrize(
    ("year", "status"), [(2023, Status.MET), (2022, Status.NOT_MET), (None, Status.NOT_MET)]
)
def test_direct_chuangke_top_500_in_the_last_three_years(year, status):
    assert srdi(with_honours(firm_e(), chuangke_top500_year=year)).row("direct_chuangke").status is status


# --- 2022: the 13 indicators -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("main", "pts", "edge"),
    [
        (800, 5, True),
        ("799.99", 3, True),
        (700, 3, True),
        ("699.99", 1, True),
        (600, 1, True),
        ("599.99", 0, True),
        (650, 1, False),
    ],
)
def test_main_share_bands_take_the_better_band_on_a_shared_edge(main, pts, edge):
    row = srdi(with_year(firm_e(), 2025, main_revenue=main)).row("main_share")  # revenue 1,000
    assert (row.points, row.on_edge) == (pts, edge)


def test_main_share_gap_counts_the_revenue_that_grows_with_it():
    row = srdi(with_year(firm_e(), 2025, main_revenue="799.99")).row("main_share")
    # (799.99 + x) ÷ (1,000 + x) ≥ 80% → x ≥ 0.05
    assert (row.gap.amount, row.gap.field) == (D("0.05"), "years.2025.main_revenue")


@pytest.mark.parametrize(
    ("main_2025", "pts"), [(120, 10), ("119.99", 8), (116, 8), (112, 6), (108, 4), (100, 2), ("99.99", 0)]
)
def test_main_growth_mean_of_two_rates_bands(main_2025, pts):
    # 2023 = 2024 = 100: the mean is half of FY2025's growth.
    firm = with_year(
        with_year(with_year(firm_e(), 2023, main_revenue=100), 2024, main_revenue=100),
        2025,
        main_revenue=main_2025,
    )
    assert srdi(firm).row("main_growth").points == pts


def test_main_growth_gap_is_the_2025_main_revenue_reaching_the_next_band():
    firm = with_year(
        with_year(with_year(firm_e(), 2023, main_revenue=100), 2024, main_revenue=100),
        2025,
        main_revenue="119.99",
    )
    assert srdi(firm).row("main_growth").gap.amount == D("0.01")


@pytest.mark.parametrize(
    ("since", "pts"),
    [
        (dt.date(2024, 1, 1), 1),
        (dt.date(2022, 1, 1), 2),
        (dt.date(2016, 7, 1), 4),
        (dt.date(2015, 12, 31), 5),
        (dt.date(2010, 1, 1), 5),
        (dt.date(2025, 1, 1), 0),
    ],
)
def test_niche_points_one_per_full_two_years_capped_at_five(since, pts):
    assert srdi(with_profile(firm_e(), niche_since=since)).row("niche_points").points == pts


@pytest.mark.parametrize(
    ("flags", "pts", "status"),
    [
        (FieldFlags(chain_breakthrough=True), 5, Status.MET),
        (FieldFlags(chain_breakthrough=False, six_foundations=True), 3, Status.NOT_MET),
        (FieldFlags(chain_breakthrough=False, six_foundations=False), 0, Status.NOT_MET),
        (FieldFlags(six_foundations=True), 3, Status.MANUAL),  # decision 13: unanswered is manual
    ],
)
def test_field_points_and_an_unanswered_flag_gives_a_range(flags, pts, status):
    row = srdi(with_profile(firm_e(), fields=flags)).row("field")
    assert (row.points, row.status) == (pts, status)
    if status is Status.MANUAL:
        assert row.points_max == 5


@pytest.mark.parametrize(("level", "pts"), [(4, 5), (3, 5), (2, 3), (1, 0), (0, 0)])
def test_digital_level_bands(level, pts):
    assert srdi(with_honours(firm_e(), official_digital_level=level)).row("digital").points == pts


def test_digital_level_unknown_stays_to_confirm():
    row = srdi(with_honours(firm_e(), official_digital_level=None)).row("digital")
    assert row.status is Status.UNKNOWN
    assert row.max_points == 5


def _without_digital_scheme(firm: Firm, digital_facts: dict | None = None) -> SchemeResult:
    """Run srdi_sme with the real earlier results, minus (or with changed) digital-level facts."""
    run = assess(firm, ON)
    prior = {k: v for k, v in run.results.items() if k != "digital_level"}
    if digital_facts is not None:
        prior["digital_level"] = replace(run["digital_level"], facts=digital_facts)
    ctx = Context(firm=firm, on=ON, purpose=Purpose.NEW, conventions=run.packs["conventions"], prior=prior)
    return srdi_sme.evaluate(ctx, pack_for("srdi_sme", Purpose.NEW, ON))


def test_digital_level_falls_back_to_the_official_level_without_the_digital_scheme():
    row = _without_digital_scheme(firm_a()).row("digital")
    assert (row.points, row.value) == (5, 3)
    assert "官方平台" in row.calc.zh


def test_digital_level_from_the_digital_scheme_comes_first_and_none_falls_back():
    assert _without_digital_scheme(firm_a(), {"level": 2}).row("digital").points == 3
    assert _without_digital_scheme(firm_a(), {"level": None}).row("digital").points == 5


@pytest.mark.parametrize(
    ("honours", "pts", "status"),
    [
        (dict(management_certified=True, own_brand=False, quality_award=False), 3, Status.NOT_MET),
        (dict(management_certified=True, own_brand=True, quality_award=False), 5, Status.MET),
        (
            dict(
                management_certified=False,
                own_brand=False,
                quality_award=False,
                standards=(
                    Standard(
                        name="团体标准", level=StandardLevel.GROUP, role=StandardRole.PARTICIPANT, year=2024
                    ),
                ),
            ),
            3,
            Status.NOT_MET,
        ),
        (dict(management_certified=False, own_brand=False, quality_award=False), 0, Status.NOT_MET),
        (dict(management_certified=True, own_brand=None, quality_award=False), 3, Status.MANUAL),
    ],
)
def test_quality_three_points_per_item_capped_at_five(honours, pts, status):
    row = srdi(with_honours(firm_e(), **honours)).row("quality")
    assert (row.points, row.status) == (pts, status)
    if status is Status.NOT_MET and pts == 3:
        assert row.gap.amount == 1  # one more item reaches the cap


@pytest.mark.parametrize(
    ("profit", "pts"), [(100, 10), ("99.99", 8), (80, 8), (20, 2), ("19.99", 0), (-50, 0)]
)
def test_net_margin_bands(profit, pts):
    assert srdi(with_year(firm_e(), 2025, net_profit=profit)).row("net_margin").points == pts


@pytest.mark.parametrize(("liabilities", "pts"), [(500, 5), ("500.01", 3), (600, 3), (700, 1), ("700.01", 0)])
def test_debt_ratio_bands_lower_is_better(liabilities, pts):
    firm = with_year(firm_e(), 2025, total_assets=1000, total_liabilities=liabilities)
    assert srdi(firm).row("debt_ratio").points == pts


@pytest.mark.parametrize(
    ("local", "pts", "status"),
    [(None, 0, Status.MANUAL), (15, 15, Status.MET), ("7.5", 7.5, Status.NOT_MET)],
)
def test_local_indicator_is_entered_by_the_firm_and_blank_widens_the_total(local, pts, status):
    value = None if local is None else D(str(local))
    result = srdi(with_honours(firm_e(), local_feature_points=value))
    row = result.row("local_features")
    assert (row.points, row.status, row.max_points) == (D(str(pts)), status, 15)
    assert result.score == 60 + D(str(pts))
    assert result.score_max == 60 + (15 if local is None else D(str(pts)))
    if status is Status.NOT_MET:
        assert (row.gap.amount, row.gap.unit) == (D("7.5"), "points")


@pytest.mark.parametrize(
    ("revenue", "rd", "pts"),
    [
        (10000, 500, 10),
        (10000, "499.99", 8),
        (10000, 100, 2),
        (10000, "99.99", 0),
        (1000, 100, 10),
        (1000, "99.99", 8),
        (1000, 30, 2),
        (1000, "29.99", 0),
        (5000, 300, 6),
    ],
)
def test_r_and_d_input_takes_the_better_of_amount_and_share(revenue, rd, pts):
    assert srdi(with_year(firm_e(), 2025, revenue=revenue, rd_expense=rd)).row("rd_input").points == pts


def test_r_and_d_input_gap_takes_the_cheaper_route():
    row = srdi(with_year(firm_e(), 2025, rd_expense="99.99")).row("rd_input")
    # 10 points: by share +0.01 (to 10% of 1,000) beats by amount +400.01 (to 500).
    assert row.gap.amount == D("0.01")
    assert "研发费用增加同时提高" in row.gap.text.zh


@pytest.mark.parametrize(("rd_staff", "pts"), [(20, 5), (19, 3), (10, 3), (9, 1), (5, 1), (4, 0)])
def test_rd_staff_share_bands(rd_staff, pts):
    assert srdi(with_year(firm_e(), 2025, staff=100, rd_staff=rd_staff)).row("rd_staff").points == pts


@pytest.mark.parametrize(
    ("level", "pts"),
    [(Level.NATIONAL, 10), (Level.PROVINCIAL, 8), (Level.CITY, 4), (Level.BELOW_CITY, 2), (None, 0)],
)
def test_rd_institution_level_points(level, pts):
    held = () if level is None else (RdInstitution(name="研发中心", level=level),)
    assert srdi(with_honours(firm_e(), rd_institutions=held)).row("rd_institution").points == pts


def test_ip_indicator_uses_class_tiers_of_the_2022_rule():
    own = IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD, supports_main_product=True, high_value=False)
    assert srdi(firm_e().model_copy(update={"ip": (own,)})).row("ip").points == 8
    high = own.model_copy(update={"high_value": True})
    assert srdi(firm_e().model_copy(update={"ip": (high,)})).row("ip").points == 10
    utility = IpItem(
        type=IpType.UTILITY_MODEL,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        granted_on=dt.date(2022, 1, 1),
    )
    assert srdi(firm_e().model_copy(update={"ip": (utility,)})).row("ip").points == 2
    assert srdi(firm_e().model_copy(update={"ip": (), "ip_none_confirmed": True})).row("ip").points == 0


# --- 2022: the pass line ----------------------------------------------------------------------------


def test_total_59_fails_with_the_points_short():
    firm = with_honours(
        firm_e(), local_feature_points=D(0), rd_institutions=(), none_confirmed=True
    )  # 60 − 2
    row = srdi(firm).row("total")
    assert (row.value, row.status) == (58, Status.NOT_MET)
    assert (row.gap.amount, row.gap.unit) == (2, "points")


def test_total_exactly_60_passes_on_the_edge():
    row = srdi(with_honours(firm_e(), local_feature_points=D(0))).row("total")
    assert (row.value, row.status, row.on_edge) == (60, Status.MET, True)


def test_total_below_60_with_open_items_that_could_reach_it_cannot_tell():
    firm = with_honours(firm_e(), local_feature_points=D(0), official_digital_level=None)  # 57 … 62
    result = srdi(firm)
    assert result.row("total").status is Status.UNKNOWN
    assert (result.score, result.score_max) == (57, 62)
    assert result.verdict is Verdict.CANNOT_TELL


# --- 2026 conditions ------------------------------------------------------------------------------


def a_2026(**honours: object) -> Firm:
    """Example A with its 创新型 title: likely under 2026 (market position and score pending)."""
    return with_honours(titled(firm_a()), **honours)


@pytest.mark.parametrize(
    ("titles", "status"),
    [
        (dict(innovative_sme=Title(granted_on=dt.date(2023, 4, 1))), Status.MET),  # 3 years to 2026-04-01
        (dict(innovative_sme=Title(granted_on=dt.date(2023, 3, 31))), Status.NOT_MET),
        (
            dict(innovative_sme=Title(granted_on=dt.date(2022, 1, 1), expires_on=dt.date(2026, 6, 30))),
            Status.MET,
        ),
        (dict(tech_sme=Title(granted_on=dt.date(2026, 3, 1))), Status.MET),  # 科技型: its grant year only
        (dict(tech_sme=Title(granted_on=dt.date(2025, 5, 1))), Status.NOT_MET),  # ended 2025-12-31
    ],
)
def test_prerequisite_title_must_be_valid_on_the_date(titles, status):
    assert srdi(with_honours(firm_a(), **titles), SWITCH).row("prerequisite").status is status


def test_prerequisite_gap_without_a_qualifying_self_check_only_says_obtain_it():
    row = srdi(firm_b(), SWITCH).row("prerequisite")
    assert row.status is Status.NOT_MET
    assert "自评显示" not in row.gap.text.zh


@pytest.mark.parametrize(
    ("since", "status"), [(dt.date(2023, 1, 1), Status.MET), (dt.date(2023, 1, 2), Status.NOT_MET)]
)
def test_2026_niche_years_edge_3(since, status):
    assert srdi(with_profile(a_2026(), niche_since=since), SWITCH).row("niche_years").status is status


@pytest.mark.parametrize(("revenue", "status"), [(1500, Status.MET), ("1499.99", Status.NOT_MET)])
def test_2026_revenue_edge_1500(revenue, status):
    firm = with_year(a_2026(), 2025, revenue=revenue, main_revenue=1400, rd_expense=100, net_profit=None)
    assert srdi(firm, SWITCH).row("revenue").status is status


def test_2026_equity_alternative_exactly_2000():
    firm = with_year(
        with_year(a_2026(), 2024, qualified_equity=0),
        2025,
        revenue=1400,
        main_revenue=1300,
        rd_expense=100,
        qualified_equity=2000,
    )
    assert srdi(firm, SWITCH).row("revenue_equity").status is Status.MET


@pytest.mark.parametrize(("main", "status"), [(6400, Status.MET), ("6399.99", Status.NOT_MET)])
def test_2026_main_share_edge_80(main, status):
    row = srdi(with_year(a_2026(), 2025, main_revenue=main), SWITCH).row("main_share")
    assert row.status is status
    if status is Status.NOT_MET:
        assert row.gap.amount == D("0.05")  # (6,399.99 + x) ÷ (8,000 + x) ≥ 80%


@pytest.mark.parametrize(("liabilities", "status"), [(8000, Status.MET), ("8000.01", Status.NOT_MET)])
def test_2026_debt_ratio_edge_80(liabilities, status):
    row = srdi(with_year(a_2026(), 2025, total_liabilities=liabilities), SWITCH).row("debt_ratio")
    assert row.status is status
    if status is Status.NOT_MET:
        assert row.gap.amount == D("0.01")


@pytest.mark.parametrize(
    ("rd", "amount", "share"),
    [
        (204, Status.MET, Status.MET),
        ("203.99", Status.MET, Status.NOT_MET),
        ("99.99", Status.NOT_MET, Status.NOT_MET),
    ],
)
def test_2026_r_and_d_each_of_two_years_amount_and_share(rd, amount, share):
    result = srdi(with_year(a_2026(), 2024, rd_expense=rd), SWITCH)  # 3% of 6,800 = 204
    assert result.row("rd_amount_2024").status is amount
    assert result.row("rd_ratio_2024").status is share


@pytest.mark.parametrize(
    ("change", "status"),
    [
        (dict(holder_rank=3), Status.MET),
        (dict(holder_rank=4), Status.NOT_MET),
        (dict(origin=IpOrigin.ASSIGNMENT, transferred_on=dt.date(2020, 1, 1)), Status.NOT_MET),
        (dict(applied_with_benefit=None), Status.UNKNOWN),
        (dict(supports_main_product=False), Status.NOT_MET),
    ],
)
def test_2026_class1_ip_rule(change, status):
    item = firm_a().ip[0].model_copy(update=change)
    result = srdi(a_2026().model_copy(update={"ip": (item,)}), SWITCH)
    assert result.row("class1_ip").status is status


@pytest.mark.parametrize(
    ("honours", "row_id"),
    [
        (
            dict(awards=(Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, rank=3, year=2024),)),
            "ip_exemption_award",
        ),
        (
            dict(rd_institutions=(RdInstitution(name="省级企业技术中心", level=Level.PROVINCIAL),)),
            "ip_exemption_institution",
        ),
    ],
)
def test_2026_ip_condition_exempted_by_provincial_award_or_institution(honours, row_id):
    result = srdi(a_2026(**honours).model_copy(update={"ip": (), "ip_none_confirmed": True}), SWITCH)
    assert result.row("class1_ip").status is Status.NOT_MET
    assert result.row(row_id).status is Status.MET
    assert result.verdict is Verdict.LIKELY


@pytest.mark.parametrize(
    ("leading", "status"), [(True, Status.MET), (False, Status.NOT_MET), (None, Status.MANUAL)]
)
def test_2026_market_position_is_the_firms_answer_or_manual(leading, status):
    assert srdi(a_2026(market_leading=leading), SWITCH).row("market_position").status is status


@pytest.mark.parametrize(
    ("scores", "purpose", "status"),
    [
        ({2026: D(50)}, Purpose.NEW, Status.MET),
        ({2026: D("49.99")}, Purpose.NEW, Status.NOT_MET),
        ({2025: D(70)}, Purpose.NEW, Status.MANUAL),  # a new application needs this year's score
        ({2025: D(50)}, Purpose.REVIEW, Status.MET),  # a review: either of the last two years
        ({2026: D(40), 2025: D(55)}, Purpose.REVIEW, Status.MET),
        ({2026: D(40)}, Purpose.REVIEW, Status.MANUAL),  # last year's still to come in
        ({2026: D(40), 2025: D(45)}, Purpose.REVIEW, Status.NOT_MET),
        ({}, Purpose.REVIEW, Status.MANUAL),
    ],
)
def test_2026_development_score_this_year_or_either_of_two_for_a_review(scores, purpose, status):
    row = srdi(a_2026(srdi_dev_scores=scores), SWITCH, purpose).row("dev_score")
    assert row.status is status
    if status is Status.NOT_MET and purpose is Purpose.NEW:
        assert (row.gap.amount, row.gap.unit) == (D("0.01"), "points")


def test_2026_all_met_with_a_score_and_market_answer_qualifies():
    result = srdi(a_2026(market_leading=True, srdi_dev_scores={2026: D(62)}), SWITCH)
    assert result.verdict is Verdict.QUALIFIES
