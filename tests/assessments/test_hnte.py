"""高新技术企业 (国科发火〔2016〕32号, 工作指引 195号): worked examples H1–H4, every edge, the score range.

Golden cases run the real engine on the builders of `examples_hnte.py` (each firm applies in 2025).
Where the examples leave inputs open, the builders say how they were filled. One consequence: H2's
example gives no IP register, so besides condition 5 (the point of the example) condition 2 is also
not met here; the example's own figures (3.67% < 4%, 56万 short, 75.8% domestic…) are all asserted.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import (
    Compliance,
    FieldFlags,
    Firm,
    IpItem,
    IpOrigin,
    IpType,
    Standard,
    StandardLevel,
    StandardRole,
)
from assessments.numbers import round2
from assessments.paths import resources_dir
from assessments.results import SchemeResult, Status, Verdict
from assessments.storage.srdi_file import load

from .builders import with_year
from .examples_hnte import EXAMPLES, ON, PURPOSE, h1, h2, h3, h4

D = Decimal


def hnte(firm: Firm, on: dt.date = ON) -> SchemeResult:
    return assess(firm, on, PURPOSE)["hnte"]


def pts(result: SchemeResult, row_id: str) -> tuple[Decimal | None, Decimal | None]:
    row = result.row(row_id)
    return row.points, row.points_max if row.points_max is not None else row.points


def one_decimal(value: Decimal | None) -> Decimal:
    assert value is not None
    return value.quantize(D("0.1"))


def with_self_score(firm: Firm, **changes: object) -> Firm:
    return firm.model_copy(update={"hnte": firm.hnte.model_copy(update=changes)})


def with_profile(firm: Firm, **changes: object) -> Firm:
    return firm.model_copy(update={"profile": firm.profile.model_copy(update=changes)})


# --- worked examples -----------------------------------------------------------------------------


def test_h1_meets_all_eight_conditions_and_scores_76_to_91():
    result = hnte(h1())
    assert round2(result.row("rd_ratio").value) == D("6.45")
    assert result.row("rd_ratio").requirement.zh == "≥ 5%"
    assert one_decimal(result.row("st_staff").value) == D("35.3")
    assert one_decimal(result.row("hitech_income").value) == D("88.7")
    assert one_decimal(result.row("growth_net_assets").value) == D("29.1")
    assert pts(result, "growth_net_assets") == (7, 8)
    assert one_decimal(result.row("growth_sales").value) == D("22.6")
    assert pts(result, "growth_sales") == (5, 6)
    assert [pts(result, r) for r in ("ip_advanced", "ip_core", "ip_quantity", "ip_acquisition")] == [
        (7, 8),
        (7, 8),
        (7, 8),
        (1, 6),
    ]
    assert pts(result, "conversion") == (25, 30)
    assert (
        sum(
            result.row(r).points
            for r in ("org_rd_management", "org_rd_institution", "org_conversion", "org_talent")
        )
        == 17
    )
    assert (result.score, result.score_max) == (76, 91)
    assert result.row("score").status is Status.MET
    assert result.verdict is Verdict.QUALIFIES


def test_h2_fails_the_rd_ratio_by_56_wan_over_three_years():
    result = hnte(h2())
    rd = result.row("rd_ratio")
    assert rd.status is Status.NOT_MET
    assert round2(rd.value) == D("3.67")
    assert rd.requirement.zh == "≥ 4%"  # 2024 sales 6,500 lie in (5,000, 20,000]
    assert rd.gap.amount == D("56.00")  # 4% × 16,900 = 676 − 620
    assert rd.gap.field == "years.2024.rd_expense"
    assert one_decimal(result.row("rd_domestic").value) == D("75.8")
    assert result.row("rd_domestic").status is Status.MET
    assert result.row("st_staff").value == 15
    assert one_decimal(result.row("hitech_income").value) == D("78.8")
    assert one_decimal(result.row("growth_net_assets").value) == D("16.0")
    assert one_decimal(result.row("growth_sales").value) == D("16.4")
    assert pts(result, "growth_net_assets") == pts(result, "growth_sales") == (5, 6)
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_h2_with_latest_sales_at_5000_would_need_5_percent():
    result = hnte(with_year(h2(), 2024, revenue=5000))
    assert result.row("rd_ratio").requirement.zh == "≥ 5%"


def test_h3_young_firm_counts_only_its_operating_years_and_is_borderline():
    result = hnte(h3())
    rd = result.row("rd_ratio")
    assert round2(rd.value) == D("10.95")  # 230 ÷ 2,100: 2022 (before founding) is left out
    assert rd.calc.zh.startswith("2023–2024年")
    assert result.facts["rd_window"] == (2023, 2024)
    assert result.row("growth_sales").value == 150
    assert result.row("growth_net_assets").value == 40
    assert pts(result, "growth_sales") == pts(result, "growth_net_assets") == (9, 10)
    assert [pts(result, r) for r in ("ip_advanced", "ip_core", "ip_quantity", "ip_acquisition")] == [
        (5, 6),
        (5, 6),
        (7, 8),
        (1, 6),
    ]
    assert result.row("conversion").value == D("2.5")
    assert pts(result, "conversion") == (7, 12)
    assert (result.score, result.score_max) == (56, 71)
    assert result.row("score").status is Status.MANUAL
    assert result.verdict is Verdict.LIKELY
    assert result.summary.en == "Borderline: depends on the experts' grades"


def test_h3_conversion_row_flags_the_divide_by_three_reading():
    note = hnte(h3()).row("conversion").note
    assert "1.67" in note.en and "grade E" in note.en


def test_h4_fails_the_staff_ratio_and_the_score():
    result = hnte(h4())
    assert round2(result.row("rd_ratio").value) == D("4.32")
    assert result.row("rd_ratio").status is Status.MET
    staff = result.row("st_staff")
    assert staff.status is Status.NOT_MET
    assert round2(staff.value) == D("9.33")
    assert staff.gap.amount == 2  # 16 of 152 ≥ 10%; 15 of 151 is not
    assert one_decimal(result.row("hitech_income").value) == D("72.3")
    assert one_decimal(result.row("growth_sales").value) == D("-4.5")
    assert pts(result, "growth_sales") == (0, 0)
    assert pts(result, "growth_net_assets") == (1, 2)
    assert pts(result, "ip_quantity") == (3, 4)
    assert pts(result, "conversion") == (7, 12)
    assert (result.score, result.score_max) == (29, 43)
    assert result.row("score").status is Status.NOT_MET
    assert result.row("score").gap.amount == 28  # to 71
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_sample_file_equals_its_builder(name: str):
    doc = load(resources_dir() / "samples" / f"{name}.srdi")
    assert doc.firm == EXAMPLES[name]()
    assert (doc.on, doc.purpose) == (ON, PURPOSE)


# --- condition 5: R&D band by latest-year sales, and the domestic share --------------------------


@pytest.mark.parametrize(
    ("sales", "floor"), [(5000, "5%"), ("5000.01", "4%"), (20000, "4%"), ("20000.01", "3%")]
)
def test_latest_sales_band_edges_are_inclusive(sales, floor):
    assert hnte(with_year(h1(), 2024, revenue=sales)).row("rd_ratio").requirement.zh == f"≥ {floor}"


@pytest.mark.parametrize(("rd_2024", "status"), [(135, Status.MET), ("134.99", Status.NOT_MET)])
def test_rd_ratio_exactly_on_the_floor_is_met(rd_2024, status):
    # Sales 3,200 + 4,100 + 5,000 = 12,300 and 5% of that is 615 = 220 + 260 + 135.
    firm = with_year(h1(), 2024, revenue=5000, rd_expense=rd_2024, rd_domestic=rd_2024)
    row = hnte(firm).row("rd_ratio")
    assert row.status is status
    assert row.on_edge


def test_rd_ratio_with_a_missing_year_is_to_confirm():
    result = hnte(with_year(h1(), 2023, revenue=None))
    assert result.row("rd_ratio").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


@pytest.mark.parametrize(("domestic_2024", "status"), [(168, Status.MET), ("167.99", Status.NOT_MET)])
def test_domestic_share_exactly_60_percent_is_met(domestic_2024, status):
    # 220 + 260 + 168 = 648 = 60% of 1,080 (R&D 220 + 260 + 600).
    firm = with_year(h1(), 2024, rd_expense=600, rd_domestic=domestic_2024)
    assert hnte(firm).row("rd_domestic").status is status


def test_unknown_domestic_share_leaves_the_verdict_open():
    result = hnte(with_year(h1(), 2022, rd_domestic=None))
    assert result.row("rd_domestic").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


# --- conditions 1, 3, 4, 6, 8 ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("founded", "status"), [(dt.date(2024, 6, 15), Status.MET), (dt.date(2024, 6, 16), Status.NOT_MET)]
)
def test_age_needs_365_days_to_the_application_date(founded, status):
    row = hnte(with_profile(h1(), founded_on=founded)).row("age")
    assert row.status is status
    if status is Status.NOT_MET:
        assert row.gap.amount == 1
        assert "2025-06-16" in row.gap.text.zh


def test_application_date_replaces_the_assessment_date():
    firm = with_self_score(
        with_profile(h1(), founded_on=dt.date(2024, 8, 1)), applying_on=dt.date(2025, 9, 1)
    )
    result = hnte(firm)
    assert result.row("age").status is Status.MET
    assert result.facts["application_date"] == dt.date(2025, 9, 1)


def test_applying_next_year_moves_the_window():
    firm = with_year(
        h1(),
        2025,
        revenue=5200,
        rd_expense=320,
        rd_domestic=320,
        net_assets=3000,
        staff=90,
        st_staff=32,
        hitech_revenue=4600,
        total_income=5250,
        tech_conversions=6,
    )
    result = hnte(with_self_score(firm, applying_on=dt.date(2026, 4, 1)))
    assert result.facts["rd_window"] == (2023, 2025)
    assert round2(result.row("rd_ratio").value) == round2(D(880) * 100 / D(14100))


@pytest.mark.parametrize(("st", "status"), [(10, Status.MET), ("9.99", Status.NOT_MET)])
def test_st_staff_exactly_10_percent_is_met(st, status):
    assert hnte(with_year(h1(), 2024, staff=100, st_staff=st)).row("st_staff").status is status


@pytest.mark.parametrize(("hitech", "status"), [(2910, Status.MET), ("2909.99", Status.NOT_MET)])
def test_hitech_income_exactly_60_percent_is_met(hitech, status):
    assert hnte(with_year(h1(), 2024, hitech_revenue=hitech)).row("hitech_income").status is status


def test_field_outside_the_eight_fields_fails():
    result = hnte(with_profile(h1(), fields=FieldFlags(hnte_field=False)))
    assert result.row("field").status is Status.NOT_MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_a_major_incident_fails_the_compliance_condition():
    result = hnte(with_profile(h1(), compliance=Compliance(no_major_incidents=False)))
    assert result.row("common_gate").status is Status.NOT_MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


# --- condition 2 and the IP block ----------------------------------------------------------------


def _only_ip(*items: IpItem) -> Firm:
    return h1().model_copy(update={"ip": items})


def test_licensed_ip_is_not_ownership():
    firm = _only_ip(IpItem(type=IpType.INVENTION, origin=IpOrigin.LICENCE, supports_main_product=True))
    assert hnte(firm).row("ip_ownership").status is Status.NOT_MET


def test_class2_used_in_an_earlier_application_does_not_count():
    used = IpItem(
        type=IpType.UTILITY_MODEL, origin=IpOrigin.OWN_RD, supports_main_product=True, used_in_hnte=True
    )
    fresh = used.model_copy(update={"used_in_hnte": False})
    result = hnte(_only_ip(used, used, used, fresh))
    assert pts(result, "ip_quantity") == (1, 2)  # 1 Class II item → grade D


@pytest.mark.parametrize(
    ("count", "grade"), [(5, (5, 6)), (4, (3, 4)), (3, (3, 4)), (2, (1, 2)), (1, (1, 2))]
)
def test_class2_quantity_grades(count, grade):
    item = IpItem(type=IpType.SOFTWARE_COPYRIGHT, origin=IpOrigin.OWN_RD, supports_main_product=True)
    assert pts(hnte(_only_ip(*(item,) * count)), "ip_quantity") == grade


def test_ip_with_unconfirmed_main_product_is_to_confirm():
    result = hnte(_only_ip(IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD)))
    assert result.row("ip_ownership").status is Status.UNKNOWN
    assert result.row("ip_quantity").status is Status.UNKNOWN


def test_only_assigned_ip_caps_the_acquisition_grade_at_3():
    firm = _only_ip(IpItem(type=IpType.INVENTION, origin=IpOrigin.ASSIGNMENT, supports_main_product=True))
    assert pts(hnte(firm), "ip_acquisition") == (1, 3)


def test_standards_bonus_keeps_the_ip_block_within_30():
    standard = Standard(
        name="行业标准", level=StandardLevel.INDUSTRY, role=StandardRole.PARTICIPANT, year=2023
    )
    firm = h1().model_copy(update={"honours": h1().honours.model_copy(update={"standards": (standard,)})})
    result = hnte(firm)
    assert pts(result, "ip_standards") == (1, 2)
    assert (result.score, result.score_max) == (77, 91)  # IP 23–32 counts as 23–30


def test_a_local_standard_earns_no_bonus():
    standard = Standard(level=StandardLevel.LOCAL, role=StandardRole.LEAD, year=2023)
    firm = h1().model_copy(update={"honours": h1().honours.model_copy(update={"standards": (standard,)})})
    assert pts(hnte(firm), "ip_standards") == (0, 0)


def test_missing_self_grade_takes_the_whole_expert_range():
    result = hnte(with_self_score(h1(), tech_advanced=None))
    assert pts(result, "ip_advanced") == (0, 8)
    assert result.row("ip_advanced").status is Status.MANUAL


# --- conversion, organisation, growth ------------------------------------------------------------


@pytest.mark.parametrize(("last", "band"), [(5, (25, 30)), (4, (19, 24)), (0, (13, 18))])
def test_conversion_average_band_edges(last, band):
    # 5 + 5 + last over 3 years: 15 → 5.0 (A), 14 → 4.67 (B), 10 → 3.33 (C).
    assert pts(hnte(with_year(h1(), 2024, tech_conversions=last)), "conversion") == band


def test_conversion_below_one_a_year_scores_0():
    firm = with_year(
        with_year(with_year(h1(), 2022, tech_conversions=0), 2023, tech_conversions=0),
        2024,
        tech_conversions=2,
    )
    row = hnte(firm).row("conversion")
    assert (row.points, row.status) == (0, Status.NOT_MET)
    assert row.gap.amount == 1  # one more makes 3 in 3 years: grade E


def test_missing_organisation_self_scores_count_from_0_to_each_cap():
    result = hnte(with_self_score(h1(), organisation=None))
    assert [
        pts(result, r) for r in ("org_rd_management", "org_rd_institution", "org_conversion", "org_talent")
    ] == [(0, 6), (0, 6), (0, 4), (0, 4)]
    assert (result.score, result.score_max) == (59, 94)


def test_self_score_above_the_cap_counts_as_the_cap():
    result = hnte(with_self_score(h1(), organisation=(D(9), D(5), D(3), D(3))))
    assert result.row("org_rd_management").points == 6


@pytest.mark.parametrize(
    ("y3", "band"),
    [
        (6800, (9, 10)),
        ("6799.99", (7, 8)),
        (5200, (5, 6)),
        (4400, (3, 4)),
        ("4000.01", (1, 2)),
        (4000, (0, 0)),
    ],
)
def test_sales_growth_band_edges(y3, band):
    # Y1 = Y2 = 4,000, so the rate is (Y3 ÷ 4,000 − 1) ÷ 2: 35% at 6,800, 0 at 4,000.
    firm = with_year(with_year(h1(), 2022, revenue=4000), 2023, revenue=4000)
    assert pts(hnte(with_year(firm, 2024, revenue=y3)), "growth_sales") == band


def test_growth_with_year_two_at_zero_scores_0():
    row = hnte(with_year(h1(), 2023, net_assets=0)).row("growth_net_assets")
    assert (row.points, row.points_max) == (0, None)


def test_firm_founded_in_the_last_year_uses_one_year_and_scores_no_growth():
    firm = with_profile(h1(), founded_on=dt.date(2024, 1, 10))
    result = hnte(firm)
    assert result.facts["rd_window"] == (2024, 2024)
    assert round2(result.row("rd_ratio").value) == D("6.25")  # 300 ÷ 4,800
    assert pts(result, "growth_sales") == (0, 0)


def test_missing_net_assets_leave_growth_to_confirm():
    result = hnte(with_year(h1(), 2022, net_assets=None))
    assert result.row("growth_net_assets").status is Status.UNKNOWN
    assert (result.score, result.score_max) == (69, 93)  # the row counts 0–10 instead of 7–8
    assert result.row("score").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


# --- condition 7: the pass line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("organisation", "verdict", "low"),
    [((3, 3, 3, 3), Verdict.QUALIFIES, 71), ((3, 3, 3, 2), Verdict.LIKELY, 70)],
)
def test_lower_bound_must_exceed_70(organisation, verdict, low):
    result = hnte(with_self_score(h1(), organisation=tuple(D(s) for s in organisation)))
    assert result.score == low
    assert result.verdict is verdict


@pytest.mark.parametrize(
    ("organisation", "verdict", "high"),
    [((3, 3, 3, 3), Verdict.DOES_NOT_QUALIFY, 70), ((4, 3, 3, 3), Verdict.LIKELY, 71)],
)
def test_upper_bound_of_70_fails(organisation, verdict, high):
    firm = with_self_score(
        h1(), tech_advanced="E", core_support="E", organisation=tuple(D(s) for s in organisation)
    )
    result = hnte(firm)
    assert result.score_max == high
    assert result.verdict is verdict
    if verdict is Verdict.DOES_NOT_QUALIFY:
        assert result.row("score").gap.amount == 1


def test_pack_is_the_same_on_both_sides_of_the_2026_switch():
    before = assess(h1(), dt.date(2026, 3, 31))["hnte"]
    after = assess(h1(), dt.date(2026, 4, 1))["hnte"]
    assert before.pack_version == after.pack_version == "2016.1"


# --- growth with a year at or below zero (issue 9) -------------------------------------------------


def with_net_assets(firm: Firm, y1: object, y2: object, y3: object) -> Firm:
    for year, value in zip((2022, 2023, 2024), (y1, y2, y3), strict=True):
        firm = with_year(firm, year, net_assets=value)
    return firm


def test_collapsing_net_assets_score_0_for_an_expert_to_review():
    # The formula would read ½ × (−300 ÷ −100 + −900 ÷ −300) − 1 = +200%: full points for a collapse.
    row = hnte(with_net_assets(h1(), -100, -300, -900)).row("growth_net_assets")
    assert row.status is Status.MANUAL
    assert (row.points, row.points_max) == (0, None)
    assert row.calc.zh == "净资产在2022年为负数（−100万元），成长性指标无法按公式计算，按0分计并需专家复核"
    assert "cannot be read from the formula" in row.calc.en


@pytest.mark.parametrize(
    ("values", "points"),
    [
        (("-0.01", 1900, 2500), (0, None)),  # just below zero in the first year
        ((1500, "-0.01", 2500), (0, None)),
        ((1500, 1900, "-0.01"), (0, None)),
        ((10, 100, 0), (0, None)),  # equity wiped out: the formula would read +400%
        ((10, 100, "0.01"), (9, 10)),  # just above zero: the formula applies (≈ +400% → A)
        ((0, 1900, 2500), (7, 8)),  # a zero first year: the guideline's own rule, 2500 ÷ 1900 − 1 = 31.6%
    ],
)
def test_growth_years_at_or_below_zero_are_for_review(values, points):
    row = hnte(with_net_assets(h1(), *values)).row("growth_net_assets")
    assert (row.points, row.points_max) == points
    assert ("专家复核" in row.calc.zh) is (points == (0, None))
    if points == (0, None):
        assert row.status is Status.MANUAL


def test_negative_sales_year_scores_0_and_keeps_the_total_a_lower_figure():
    base = hnte(h1())
    result = hnte(with_year(h1(), 2024, revenue=-50))
    row = result.row("growth_sales")
    assert row.status is Status.MANUAL and row.points == 0
    assert "2024年为负数（−50万元）" in row.calc.zh
    assert result.score_max is not None and base.score_max is not None
    assert result.score_max <= base.score_max
