"""Gap quantities: the smallest change that meets a threshold, in the user's units."""

from __future__ import annotations

from decimal import Decimal

from assessments.gaps import amount_gap, count_gap, lower_ratio_gap, ratio_gap, staff_share_gap
from assessments.results import Text

D = Decimal
LABEL = Text("研发费用", "R&D expense")


def test_ratio_gap_inclusive_reaches_the_edge_exactly():
    gap = ratio_gap(LABEL, D(90), D(3200), ">=", D(3), "f")
    assert gap.amount == D("6.00")


def test_a_strict_share_target_aims_at_the_next_value_a_report_shows():
    # > 10% of 1,000 aims at 10.01% (100.1), never at 10.001%, which a report shows as the failing 10%
    gap = ratio_gap(LABEL, D(90), D(1000), ">", D(10), "f")
    assert gap.amount == D("10.10")
    assert "（至100.1万元，占比10.01%）" in gap.text.zh and "a share of 10.01%" in gap.text.en


def test_an_inclusive_share_target_aims_at_the_threshold_itself():
    gap = ratio_gap(LABEL, D(90), D(1000), ">=", D(10), "f")
    assert gap.amount == D("10.00") and "占比" not in gap.text.zh


def test_a_strict_ceiling_aims_one_hundredth_below():
    gap = lower_ratio_gap(LABEL, D(700), D(1000), "<", D(70), "f")
    assert gap.amount == D("0.10")  # down to 69.99% of 1,000 = 699.9


def test_a_gap_in_a_share_is_in_percentage_points():
    gap = amount_gap(LABEL, D("6.8"), ">=", D(10), "honours.market_share_pct", "pct")
    assert gap.text.zh.endswith("需提高3.2个百分点")
    assert gap.text.en.endswith("+3.2 percentage points")
    assert amount_gap(LABEL, D(9), ">=", D(10), "f", "pct").text.en.endswith("+1 percentage point")


def test_ratio_gap_rounds_up_to_the_cent():
    # 3% of 3,333 = 99.99; 5% of 3,333.33 = 166.6665 → 166.67
    assert ratio_gap(LABEL, D(0), D("3333.33"), ">=", D(5), "f").amount == D("166.67")


def test_lower_ratio_gap_reduces_liabilities_to_the_allowed_share():
    gap = lower_ratio_gap(Text("资产负债率", "debt ratio"), D(600), D(1000), "<=", D(55), "f")
    assert gap.amount == D("50.00")
    assert "减少负债" in gap.text.zh


def test_staff_share_gap_counts_new_hires_that_also_grow_the_total():
    # 14 of 150 S&T staff (9.33%); at 10%: (14 + n) / (150 + n) ≥ 0.1 → n ≥ 1.11 → 2 hires
    gap = staff_share_gap(Text("科技人员占比", "S&T staff share"), D(14), D(150), ">=", D(10), "f")
    assert gap.amount == 2
    assert gap.unit == "staff"


def test_staff_share_gap_is_zero_when_already_met():
    assert staff_share_gap(Text("x", "x"), D(20), D(100), ">=", D(10), "f").amount == 0


def test_count_gap_strict_needs_one_more_than_the_edge():
    assert count_gap(Text("Ⅰ类", "Class I"), 8, ">", D(8)).amount == 1
    assert count_gap(Text("Ⅰ类", "Class I"), 2, ">=", D(4)).amount == 2


def test_amount_gap_for_revenue_floor():
    gap = amount_gap(Text("营业收入", "revenue"), D(900), ">=", D(1000), "f")
    assert gap.amount == D("100.00")
    assert gap.text.zh == "营业收入需增加100万元"
