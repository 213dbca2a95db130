"""创新型中小企业 (工信部企业〔2022〕63号 附件1): band edges, category floors and the direct routes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import Award, Honours, IpItem, IpOrigin, IpType, Level, RdInstitution, Title
from assessments.results import Status, Verdict

from .builders import firm, with_fields, with_year

ON = dt.date(2026, 3, 15)
AFTER_SWITCH = dt.date(2026, 5, 15)


def scored_firm(**overrides: object):
    """A small software firm like worked example B: IP Class II only, strategic emerging field."""
    figures = dict(
        revenue=3200,
        main_revenue=3000,
        rd_expense=90,
        staff=85,
        total_assets=1000,
        total_liabilities=600,
        qualified_equity=0,
    )
    figures.update(overrides)
    base = with_year(firm(), 2024, revenue=2700, main_revenue=2600, rd_expense=85, qualified_equity=0)
    base = with_year(base, 2023, qualified_equity=0)
    base = with_year(base, 2025, **figures)
    base = with_fields(base, strategic_emerging=True)
    copyright_ = IpItem(type=IpType.SOFTWARE_COPYRIGHT, origin=IpOrigin.OWN_RD, supports_main_product=True)
    return base.model_copy(update={"ip": (copyright_,) * 8})


def innovative(f, on=ON):
    return assess(f, on)["innovative_sme"]


def test_worked_example_b_fails_only_on_the_innovation_floor():
    result = innovative(scored_firm())
    assert [
        result.row(r).points for r in ("ip", "rd_ratio", "growth", "debt_ratio", "field", "main_share")
    ] == [5, 10, 20, 5, 10, 20]
    assert result.score == 70
    assert result.row("total").status is Status.MET
    assert result.row("floor_innovation").status is Status.NOT_MET
    gap = result.row("floor_innovation").gap
    assert (gap.amount, gap.unit) == (5, "points")
    assert gap.text.zh == (
        "创新能力小计差5分；仍可提分：与主导产品相关的有效知识产权数量（+15）、"
        "上年度研发费用总额占营业收入总额比重（+10）"
    )
    assert result.verdict is Verdict.DOES_NOT_QUALIFY


def test_worked_example_b_fix_raising_rd_to_100_meets_the_floor_exactly():
    result = innovative(scored_firm(rd_expense=100))  # 100 / 3200 = 3.125% → 15 points
    assert result.row("rd_ratio").points == 15
    assert result.row("floor_innovation").value == 20
    assert result.verdict is Verdict.QUALIFIES


def test_rd_gap_names_the_extra_rd_to_the_next_band():
    gap = innovative(scored_firm()).row("rd_ratio").gap
    assert gap.amount == Decimal("6.00")  # 3% × 3,200 = 96 − 90
    assert gap.field == "years.2025.rd_expense"


@pytest.mark.parametrize(
    ("rd", "points", "edge"),
    [
        (160, 20, True),
        ("159.99", 15, True),
        (96, 15, True),
        ("95.99", 10, True),
        (64, 10, True),
        (80, 10, False),
        (32, 5, True),
        ("31.99", 0, True),
        (16, 0, False),
    ],
)
def test_rd_ratio_band_edges_take_the_better_band(rd, points, edge):
    row = innovative(scored_firm(rd_expense=rd)).row("rd_ratio")  # revenue 3,200: 5% = 160, 3% = 96
    assert row.points == points
    assert row.on_edge is edge


@pytest.mark.parametrize(("liabilities", "points"), [(550, 10), ("550.01", 5), (750, 5), ("750.01", 0)])
def test_debt_ratio_edges_are_inclusive(liabilities, points):
    assert innovative(scored_firm(total_liabilities=liabilities)).row("debt_ratio").points == points


@pytest.mark.parametrize(
    ("main", "points"), [(2990, 20), (2240, 20), ("2239.99", 15), (1600, 5), ("1599.99", 0)]
)
def test_main_share_bands(main, points):
    assert innovative(scored_firm(main_revenue=main)).row("main_share").points == points


@pytest.mark.parametrize(
    ("main", "points"), [(2990, 20), (2860, 15), ("2859.99", 10), (2600, 5), ("2599.99", 0)]
)
def test_growth_bands_against_fy2024_main_revenue_2600(main, points):
    assert innovative(scored_firm(main_revenue=main)).row("growth").points == points


def test_ip_tiers_from_the_register():
    base = scored_firm()
    invention = IpItem(
        type=IpType.INVENTION,
        origin=IpOrigin.ASSIGNMENT,
        transferred_on=dt.date(2023, 5, 1),
        supports_main_product=True,
    )
    assert innovative(base.model_copy(update={"ip": (invention,)})).row("ip").points == 10
    own = invention.model_copy(update={"origin": IpOrigin.OWN_RD})
    assert innovative(base.model_copy(update={"ip": (own,)})).row("ip").points == 15
    high = own.model_copy(update={"high_value": True})
    assert innovative(base.model_copy(update={"ip": (high,)})).row("ip").points == 20


def test_ip_transferred_less_than_a_year_ago_does_not_count():
    fresh = IpItem(
        type=IpType.INVENTION,
        origin=IpOrigin.ASSIGNMENT,
        transferred_on=dt.date(2025, 3, 16),
        supports_main_product=True,
    )
    assert innovative(scored_firm().model_copy(update={"ip": (fresh,)})).row("ip").points == 0
    held_a_year = fresh.model_copy(update={"transferred_on": dt.date(2025, 3, 15)})
    assert innovative(scored_firm().model_copy(update={"ip": (held_a_year,)})).row("ip").points == 10


def test_ip_with_unknown_relation_to_main_product_gives_a_range():
    unsure = IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD, high_value=False)
    row = innovative(scored_firm().model_copy(update={"ip": (unsure,)})).row("ip")
    assert row.status is Status.UNKNOWN
    assert (row.points, row.points_max) == (0, 15)
    unsure_value = unsure.model_copy(update={"high_value": None})
    row = innovative(scored_firm().model_copy(update={"ip": (unsure_value,)})).row("ip")
    assert (row.points, row.points_max) == (0, 20)


def test_missing_revenue_leaves_the_verdict_open_not_failed():
    base = scored_firm()
    years = tuple(y.model_copy(update={"revenue": None}) if y.year == 2025 else y for y in base.years)
    result = innovative(base.model_copy(update={"years": years}))
    assert result.row("rd_ratio").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL
    assert result.score < result.score_max


def test_direct_route_valid_high_tech_certificate():
    honours = Honours(hnte=Title(granted_on=dt.date(2023, 12, 1)))
    result = innovative(scored_firm().model_copy(update={"honours": honours}))
    assert result.row("direct_honour").status is Status.MET
    assert result.verdict is Verdict.QUALIFIES
    assert "直通" in result.summary.zh


def test_high_tech_certificate_expired_after_three_years():
    honours = Honours(hnte=Title(granted_on=dt.date(2023, 3, 14)))
    result = innovative(scored_firm().model_copy(update={"honours": honours}))
    assert result.row("direct_honour").status is Status.NOT_MET


def test_direct_route_equity_edge_500():
    base = with_year(scored_firm(), 2024, qualified_equity=300)
    assert innovative(with_year(base, 2025, qualified_equity=200)).row("direct_equity").status is Status.MET
    assert (
        innovative(with_year(base, 2025, qualified_equity="199.99")).row("direct_equity").status
        is Status.NOT_MET
    )


def test_direct_route_award_window_and_level():
    recent = Honours(awards=(Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, rank=2, year=2023),))
    old = Honours(awards=(Award(name="福建省科学技术进步奖", level=Level.PROVINCIAL, rank=2, year=2022),))
    city = Honours(awards=(Award(name="厦门市科学技术奖", level=Level.CITY, rank=1, year=2025),))
    assert innovative(scored_firm().model_copy(update={"honours": recent})).verdict is Verdict.QUALIFIES
    assert innovative(scored_firm().model_copy(update={"honours": old})).verdict is Verdict.DOES_NOT_QUALIFY
    assert innovative(scored_firm().model_copy(update={"honours": city})).verdict is Verdict.DOES_NOT_QUALIFY


def test_direct_route_provincial_rd_institution():
    honours = Honours(rd_institutions=(RdInstitution(name="省级企业技术中心", level=Level.PROVINCIAL),))
    assert innovative(scored_firm().model_copy(update={"honours": honours})).verdict is Verdict.QUALIFIES


def test_still_judged_by_2022_annex_1_after_the_2026_switch():
    assert assess(scored_firm(), AFTER_SWITCH).packs["innovative_sme"].version == "2022.1"


def test_unanswered_compliance_gate_stays_to_confirm():
    base = scored_firm(rd_expense=100)
    profile = base.profile.model_copy(
        update={"compliance": base.profile.compliance.model_copy(update={"clean_record": None})}
    )
    result = innovative(base.model_copy(update={"profile": profile}))
    assert result.row("common_gate").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


def test_known_equity_that_already_reaches_500_meets_the_route_with_a_year_missing():
    base = scored_firm()
    years = tuple(y for y in base.years if y.year != 2023)  # FY2023 not entered
    result = innovative(with_year(base.model_copy(update={"years": years}), 2025, qualified_equity=600))
    assert result.row("direct_equity").status is Status.MET


def test_main_share_gap_counts_that_new_main_revenue_is_revenue_too():
    # 1,600 of 3,200 = 50%; to reach 55%: (1600 + x) / (3200 + x) ≥ 0.55 → x = 355.56
    gap = innovative(scored_firm(main_revenue=1600)).row("main_share").gap
    assert gap.amount == Decimal("355.56")


def test_an_unanswered_field_leaves_the_specialisation_floor_to_a_manual_check():
    """Main share 51.6% gives 5 and the unanswered field 5 or 10: the authority's call (decision 13)."""
    result = innovative(with_fields(scored_firm(main_revenue=1650), strategic_emerging=None))
    assert result.row("main_share").points == 5
    field = result.row("field")
    assert (field.status, field.points, field.points_max) == (Status.MANUAL, 5, 10)
    floor = result.row("floor_specialisation")
    assert floor.status is Status.MANUAL
    assert "最高可达15分" in floor.note.zh


def test_a_field_answered_yes_scores_but_needs_evidence():
    row = innovative(with_fields(scored_firm(), strategic_emerging=True)).row("field")
    assert (row.status, row.points, row.evidence_needed) == (Status.MET, 10, True)
