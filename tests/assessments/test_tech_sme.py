"""科技型中小企业 (国科发政〔2017〕115号): size caps, every band edge, the veto and the direct routes.

Worked example C (H3 passes with 100, H4 fails with 48 and the S&T-staff veto) runs the real engine
on the builders of `examples_hnte.py`, assessed on 2025-06-15, so the data year is FY2024.
H4's example gives no 成本费用支出总额, so its second R&D indicator stays open: the score is 48 with
an upper bound of 68, and the veto fails it either way.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import (
    Award,
    ExcludedIndustry,
    Firm,
    Honours,
    Industry,
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
from assessments.results import SchemeResult, Status, Verdict
from assessments.schemes import measures as m

from .builders import firm, with_year
from .examples_hnte import ON, h3, h4

D = Decimal
INVENTION = IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD, supports_main_product=True)
COPYRIGHT = IpItem(type=IpType.SOFTWARE_COPYRIGHT, origin=IpOrigin.OWN_RD, supports_main_product=True)


def tech(f: Firm, on: dt.date = ON, purpose: Purpose = Purpose.NEW) -> SchemeResult:
    return assess(f, on, purpose)["tech_sme"]


def base(**figures: object) -> Firm:
    """FY2024: 100 staff (30 S&T), sales 5,000, R&D 300 (6%), costs 4,000, assets 8,000; one invention."""
    values: dict[str, object] = dict(
        staff=100, st_staff=30, revenue=5000, rd_expense=300, costs_expenses=4000, total_assets=8000
    )
    values.update(figures)
    return with_year(firm(), 2024, **values).model_copy(update={"ip": (INVENTION,)})


def with_ip(f: Firm, *items: IpItem) -> Firm:
    return f.model_copy(update={"ip": items})


def with_honours(f: Firm, **honours: object) -> Firm:
    return f.model_copy(update={"honours": Honours(**honours)})


# --- worked example C ----------------------------------------------------------------------------


def test_h3_scores_100_and_passes():
    result = tech(h3())
    assert [result.row(r).points for r in ("st_staff", "rd_input", "ip")] == [20, 50, 30]
    assert result.score == 100
    assert result.verdict is Verdict.QUALIFIES


def test_h4_scores_48_and_the_staff_veto_fails_it():
    result = tech(h4())
    assert [result.row(r).points for r in ("st_staff", "rd_input", "ip")] == [0, 30, 18]
    assert result.score == 48
    assert result.score_max == 68  # the cost-based R&D indicator is not entered
    assert result.row("st_staff_veto").status is Status.NOT_MET
    assert result.row("st_staff_veto").gap.amount == 2
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_data_year_is_the_last_fiscal_year_and_flagged_to_verify():
    result = tech(h3())
    assert result.facts["data_year"] == 2024
    assert "待核验" in result.notes[0].zh


# --- condition 2: size caps ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "row", "value", "status"),
    [
        ("staff", "size_staff", 500, Status.MET),
        ("staff", "size_staff", 501, Status.NOT_MET),
        ("revenue", "size_revenue", 20000, Status.MET),
        ("revenue", "size_revenue", "20000.01", Status.NOT_MET),
        ("total_assets", "size_assets", 20000, Status.MET),
        ("total_assets", "size_assets", "20000.01", Status.NOT_MET),
    ],
)
def test_size_caps_include_the_cap_itself(field, row, value, status):
    result = tech(base(**{field: value}))
    assert result.row(row).status is status
    assert result.row(row).on_edge
    if status is Status.NOT_MET:
        assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_staff_over_the_cap_names_how_many_too_many():
    assert tech(base(staff=501)).row("size_staff").gap.amount == 1


def test_missing_total_assets_is_to_confirm():
    result = tech(base(total_assets=None))
    assert result.row("size_assets").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


def test_a_failed_compliance_answer_fails_the_scheme():
    f = base()
    f = f.model_copy(
        update={
            "profile": f.profile.model_copy(
                update={
                    "compliance": f.profile.compliance.model_copy(update={"verified_accounts_tax": False})
                }
            )
        }
    )
    assert tech(f).verdict is Verdict.DOES_NOT_QUALIFY


# --- the three indicators ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("st", "points"),
    [(120, 20), ("119.96", 16), (100, 16), ("99.96", 12), (80, 12), (60, 8), (40, 4), ("39.96", 0)],
)
def test_st_staff_band_edges(st, points):
    # Staff 400: 30% = 120, 25% = 100, 20% = 80, 15% = 60, 10% = 40; 0.01% = 0.04 person.
    assert tech(base(staff=400, st_staff=st)).row("st_staff").points == points


def test_st_staff_exactly_10_percent_scores_4_and_passes_the_veto():
    result = tech(base(staff=400, st_staff=40))
    assert result.row("st_staff").points == 4
    assert result.row("st_staff_veto").status is Status.MET


def test_st_staff_below_10_percent_vetoes_a_high_total():
    result = tech(base(staff=400, st_staff="39.96"))  # 9.99%
    assert result.score == 80
    assert result.row("total").status is Status.MET
    assert result.row("st_staff_veto").status is Status.NOT_MET
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize(
    ("rd", "points"),
    [(300, 50), ("299.99", 40), (250, 40), (200, 30), (150, 20), (100, 10), ("99.99", 0)],
)
def test_rd_share_of_sales_band_edges(rd, points):
    # Sales 5,000: 6% = 300 … 2% = 100. Costs 1,000,000 keep the other indicator at 0.
    assert tech(base(rd_expense=rd, costs_expenses=1000000)).row("rd_input").points == points


@pytest.mark.parametrize(
    ("costs", "points"),
    [(1000, 50), ("1000.01", 40), (1200, 40), (1500, 30), (2000, 20), (3000, 10), ("3000.01", 0)],
)
def test_rd_share_of_costs_band_edges(costs, points):
    # R&D 300 with sales 1,000,000 (sales indicator 0): 30% of costs at 1,000 … 10% at 3,000.
    assert tech(base(revenue=1000000, costs_expenses=costs)).row("rd_input").points == points


def test_the_better_rd_indicator_counts():
    row = tech(base(rd_expense=150, costs_expenses=500)).row("rd_input")  # 3% of sales, 30% of costs
    assert row.points == 50
    assert row.label.zh.endswith("成本费用支出总额的比例")


def test_an_open_second_rd_indicator_leaves_the_upper_bound_at_50():
    row = tech(base(rd_expense=150, costs_expenses=None)).row("rd_input")
    assert (row.points, row.points_max, row.status) == (20, 50, Status.UNKNOWN)


@pytest.mark.parametrize(("copyrights", "points"), [(4, 24), (3, 18), (2, 12), (1, 6), (0, 0)])
def test_class2_ip_bands(copyrights, points):
    assert tech(with_ip(base(), *(COPYRIGHT,) * copyrights)).row("ip").points == points


def test_one_class1_item_scores_30():
    assert tech(with_ip(base(), INVENTION)).row("ip").points == 30


def test_ip_unrelated_to_the_main_product_does_not_count():
    item = INVENTION.model_copy(update={"supports_main_product": False})
    assert tech(with_ip(base(), item)).row("ip").points == 0


# --- the pass line ----------------------------------------------------------------------------------


def test_score_of_exactly_60_passes():
    # 10% staff → 4, R&D 6% of sales → 50, one Class II → 6.
    result = tech(with_ip(base(st_staff=10), COPYRIGHT))
    assert result.score == 60
    assert result.verdict is Verdict.QUALIFIES


def test_score_of_58_fails_by_2_points():
    # 10% staff → 4, R&D 4% of sales → 30 (5% of costs → 0), four Class II → 24.
    result = tech(with_ip(base(st_staff=10, rd_expense=200), *(COPYRIGHT,) * 4))
    assert result.score == 58
    assert result.row("total").gap.amount == 2
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_missing_st_staff_leaves_the_verdict_open():
    result = tech(base(st_staff=None))
    assert result.row("st_staff_veto").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


# --- direct routes (第八条) --------------------------------------------------------------------------

LOW_SCORE = dict(st_staff=5, rd_expense=0)  # veto and 30 points: fails on the score route


def test_valid_hnte_certificate_qualifies_without_the_score():
    f = with_honours(base(**LOW_SCORE), hnte=Title(granted_on=dt.date(2023, 12, 1)))
    result = tech(f)
    assert result.row("direct_hnte").status is Status.MET
    assert result.verdict is Verdict.QUALIFIES


def test_direct_route_does_not_waive_the_size_caps():
    f = with_honours(base(staff=501, **LOW_SCORE), hnte=Title(granted_on=dt.date(2023, 12, 1)))
    assert tech(f).verdict is Verdict.DOES_NOT_QUALIFY


def test_expired_hnte_certificate_is_no_route():
    f = with_honours(
        base(**LOW_SCORE), hnte=Title(granted_on=dt.date(2022, 1, 1), expires_on=dt.date(2024, 12, 31))
    )
    assert tech(f).verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize(
    ("level", "rank", "year", "status"),
    [
        (Level.NATIONAL, 3, 2020, Status.MET),
        (Level.NATIONAL, 4, 2024, Status.NOT_MET),
        (Level.NATIONAL, 1, 2019, Status.NOT_MET),
        (Level.PROVINCIAL, 1, 2024, Status.NOT_MET),
        (Level.NATIONAL, None, 2024, Status.UNKNOWN),
    ],
)
def test_national_award_top_three_in_five_years(level, rank, year, status):
    award = Award(name="国家科学技术进步奖", level=level, rank=rank, year=year)
    assert tech(with_honours(base(**LOW_SCORE), awards=(award,))).row("direct_award").status is status


@pytest.mark.parametrize(("level", "status"), [(Level.PROVINCIAL, Status.MET), (Level.CITY, Status.NOT_MET)])
def test_provincial_or_higher_rd_institution(level, status):
    institution = RdInstitution(name="省级企业技术中心", level=level, recognised_on=dt.date(2022, 5, 1))
    result = tech(with_honours(base(**LOW_SCORE), rd_institutions=(institution,)))
    assert result.row("direct_rd_institution").status is status
    assert result.verdict is (Verdict.QUALIFIES if status is Status.MET else Verdict.DOES_NOT_QUALIFY)


@pytest.mark.parametrize(
    ("level", "role", "year", "status"),
    [
        (StandardLevel.INDUSTRY, StandardRole.LEAD, 2020, Status.MET),
        (StandardLevel.INTERNATIONAL, StandardRole.LEAD, 2024, Status.MET),
        (StandardLevel.NATIONAL, StandardRole.PARTICIPANT, 2024, Status.NOT_MET),
        (StandardLevel.GROUP, StandardRole.LEAD, 2024, Status.NOT_MET),
        (StandardLevel.NATIONAL, StandardRole.LEAD, 2019, Status.NOT_MET),
    ],
)
def test_led_standard_in_five_years(level, role, year, status):
    standard = Standard(name="标准", level=level, role=role, year=year)
    assert (
        tech(with_honours(base(**LOW_SCORE), standards=(standard,))).row("direct_standard").status is status
    )


def test_same_pack_before_and_after_the_2026_switch_for_both_purposes():
    versions = {
        tech(base(), on, purpose).pack_version
        for on in (dt.date(2026, 3, 31), dt.date(2026, 4, 1))
        for purpose in Purpose
    }
    assert versions == {"2017.1"}


# --- condition (3) as worded from 2023: industries outside the super-deduction (67号, 119号) -------


def in_industry(f: Firm, industry: Industry, answer: ExcludedIndustry | None) -> Firm:
    profile = f.profile.model_copy(update={"industry": industry, "excluded_industry": answer})
    return f.model_copy(update={"profile": profile})


def test_an_excluded_industry_fails_whatever_the_figures():
    result = tech(in_industry(base(), Industry.INDUSTRIAL, ExcludedIndustry.TOBACCO))
    row = result.row("excluded_industry")
    assert row.status is Status.NOT_MET and "烟草制造业" in row.calc.zh
    assert result.score == 100 and result.verdict is Verdict.DOES_NOT_QUALIFY


@pytest.mark.parametrize(
    ("industry", "excluded"),
    [
        (Industry.WHOLESALE, "批发和零售业"),
        (Industry.RETAIL, "批发和零售业"),
        (Industry.HOTEL, "住宿和餐饮业"),
        (Industry.CATERING, "住宿和餐饮业"),
        (Industry.REAL_ESTATE, "房地产业"),
        (Industry.PROPERTY_MANAGEMENT, "房地产业"),
        (Industry.LEASING_BUSINESS, "租赁和商务服务业"),
    ],
)
def test_the_size_table_industry_tells_an_excluded_industry_without_asking(industry, excluded):
    row = tech(in_industry(base(), industry, None)).row("excluded_industry")
    assert row.status is Status.NOT_MET and excluded in row.calc.zh


@pytest.mark.parametrize("industry", [Industry.INDUSTRIAL, Industry.OTHER])
def test_industrial_or_other_firms_are_asked_and_stay_to_confirm_unanswered(industry):
    result = tech(in_industry(base(), industry, None))
    assert result.row("excluded_industry").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL
    assert tech(in_industry(base(), industry, ExcludedIndustry.NONE)).verdict is Verdict.QUALIFIES
    entertainment = tech(in_industry(base(), industry, ExcludedIndustry.ENTERTAINMENT))
    assert entertainment.verdict is Verdict.DOES_NOT_QUALIFY


def test_a_software_firm_needs_no_answer():
    assert tech(in_industry(base(), Industry.SOFTWARE_IT, None)).row("excluded_industry").status is Status.MET


def test_the_direct_route_does_not_waive_the_industry_exclusion():
    hnte = Title(granted_on=dt.date(2023, 11, 1))
    f = with_honours(in_industry(base(), Industry.RETAIL, None), hnte=hnte)
    assert tech(f).verdict is Verdict.DOES_NOT_QUALIFY


# --- a 科技型 title is valid for its evaluation year only (updates-2026-12.md finding 2) ----------


@pytest.mark.parametrize(
    ("on", "valid"),
    [(dt.date(2025, 7, 15), True), (dt.date(2025, 12, 31), True), (dt.date(2026, 1, 1), False)],
)
def test_a_tech_sme_title_granted_2025_07_15_is_valid_to_the_end_of_2025(on, valid):
    assert m.title_valid(dt.date(2025, 7, 15), None, 3, on, calendar_years=0) is valid
    assert m.title_valid(dt.date(2025, 7, 15), None, 3, on) is True  # other titles: three years


def test_an_earlier_end_date_on_a_tech_sme_title_still_wins():
    assert m.title_end(dt.date(2025, 7, 15), dt.date(2025, 9, 30), 3, calendar_years=0) == dt.date(
        2025, 9, 30
    )


@pytest.mark.parametrize(
    ("on", "status"),
    [(dt.date(2026, 12, 31), Status.MET), (dt.date(2027, 1, 1), Status.NOT_MET)],
)
def test_the_2026_srdi_prerequisite_counts_a_tech_sme_title_to_its_year_end(on, status):
    f = with_honours(base(), tech_sme=Title(granted_on=dt.date(2026, 7, 15)))
    row = assess(f, on, Purpose.NEW)["srdi_sme"].row("prerequisite")
    assert row.status is status
    assert row.note is not None and "2026-12-31" in row.note.zh and "待核验" in row.note.zh
