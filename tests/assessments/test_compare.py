"""Comparing two assessments of a firm: the inputs that changed in the user's units, the results that
changed, and for each verdict that flipped, the criteria that flipped it (issue 11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from assessments.compare import compare, compare_inputs, label_of, shown, timeline
from assessments.edit import set_path
from assessments.engine import assess
from assessments.paths import resources_dir
from assessments.results import Status, Text, Verdict
from assessments.storage import srdi_file

SAMPLE = Path(resources_dir()) / "samples" / "firm_a.srdi"


@pytest.fixture(scope="module")
def pair():
    """firm_a as saved (2026-03-15), and a year later with less R&D, a new district and a 高企 expiry."""
    before = srdi_file.load(SAMPLE)
    after = set_path(before, "years.2025.rd_expense", "100")
    after = set_path(after, "profile.district", "集美区")
    return before, after


def test_the_inputs_that_changed_are_named_in_the_users_units(pair):
    before, after = pair
    changes = compare_inputs(before.firm, after.firm)
    assert [(c.path, c.label.zh, c.before.zh, c.after.zh) for c in changes] == [
        ("profile.district", "所在区（园区）", before.firm.profile.district or "待确认", "集美区"),
        ("years.2025.rd_expense", "2025年研发费用", "520万元", "100万元"),
    ]


def test_a_flipped_verdict_names_the_criteria_that_flipped_it(pair):
    before, after = pair
    comparison = compare(assess(before.firm, before.on), assess(after.firm, after.on))
    assert [(s.scheme, s.before, s.after) for s in comparison.flipped] == [
        ("srdi_sme", Verdict.QUALIFIES, Verdict.DOES_NOT_QUALIFY),
    ]
    srdi = next(s for s in comparison.schemes if s.scheme == "srdi_sme")
    assert [(c.row_id, c.before, c.after) for c in srdi.flipped_by] == [
        ("rd_ratio_2025", Status.MET, Status.NOT_MET),
        ("rd_input", Status.MET, Status.NOT_MET),
    ]
    assert (srdi.score_before, srdi.score_after) == (Decimal(74), Decimal(66))
    ratio = next(c for c in srdi.criteria if c.row_id == "rd_ratio_2025")
    assert (ratio.value_before.zh, ratio.value_after.zh) == ("6.5%", "1.25%")


def test_a_result_that_changed_without_flipping_is_listed_with_no_culprits(pair):
    before, after = pair
    comparison = compare(assess(before.firm, before.on), assess(after.firm, after.on))
    innovative = next(s for s in comparison.schemes if s.scheme == "innovative_sme")
    assert innovative.changed and not innovative.flipped and innovative.flipped_by == ()
    assert [c.row_id for c in innovative.criteria if c.flipped] == ["rd_ratio"]
    assert "sme_size" not in [s.scheme for s in comparison.changed_schemes]


def test_the_same_assessment_twice_shows_no_change(pair):
    before, _ = pair
    result = assess(before.firm, before.on)
    assert compare(result, result).same


def test_a_new_regime_shows_criteria_added_and_the_packs_of_each_side(pair):
    before, _ = pair
    comparison = compare(assess(before.firm, before.on), assess(before.firm, dt.date(2026, 5, 1)))
    srdi = next(s for s in comparison.schemes if s.scheme == "srdi_sme")
    assert (srdi.pack_before, srdi.pack_after) == ("2022.1", "2026.1")
    added = next(c for c in srdi.criteria if c.row_id == "prerequisite")
    assert added.before is None and added.status_text("before") == Text("—", "—")
    assert comparison.before.packs["srdi_sme"] == "2022.1" and comparison.after.packs["srdi_sme"] == "2026.1"
    assert [c.path for c in comparison.inputs] == ["assessment.date"]


@pytest.mark.parametrize(
    ("path", "value", "zh", "en"),
    [
        ("years.2025.revenue", Decimal("1650.5"), "1,650.5万元", "1,650.5 万元"),
        ("years.2025.rd_staff", Decimal(12), "12人", "12 staff"),
        ("years.2025.tech_conversions", 3, "3项", "3 items"),
        ("honours.market_share_pct", Decimal("10"), "10%", "10%"),
        ("honours.hnte.expires_on", dt.date(2026, 10, 31), "2026-10-31", "2026-10-31"),
        ("honours.own_brand", True, "是", "yes"),
        ("honours.own_brand", False, "否", "no"),
        ("years.2025.revenue", None, "待确认", "to confirm"),
    ],
)
def test_values_read_in_the_users_units(path, value, zh, en):
    assert shown(path, value) == Text(zh, en)


def test_names_of_nested_inputs():
    assert label_of("honours.hnte.expires_on") == Text(
        "高新技术企业证书 到期日期", "HNTE certificate expires on"
    )
    assert label_of("years.2026.plan.revenue") == Text("2026年计划营业收入", "FY2026 plan operating revenue")
    assert label_of("profile.compliance.clean_record").zh == "无经营异常、失信记录"


def test_the_timeline_holds_the_targets_and_the_ladder_oldest_first(pair):
    before, after = pair
    points = timeline([assess(after.firm, dt.date(2026, 5, 1)), assess(before.firm, before.on)]).points
    assert [p.on for p in points] == [dt.date(2026, 3, 15), dt.date(2026, 5, 1)]
    rd = [p.targets["rd_share"] for p in points]
    assert [(t.value, t.target, t.status) for t in rd] == [
        (Decimal("6.5"), Decimal(10), Status.NOT_MET),
        (Decimal("1.25"), Decimal(10), Status.NOT_MET),
    ]
    assert points[0].ladder["srdi_sme"] is Verdict.QUALIFIES


def test_a_timeline_without_the_targets_in_force_still_names_them():
    from assessments.model import Firm

    data = timeline([assess(Firm(), dt.date(2028, 6, 1))])
    assert data.points[0].targets == {}
    assert data.target_labels["rd_share"] == Text("研发占比", "R&D share")


def test_ip_items_are_matched_by_number_and_a_repeated_number_by_position():
    from assessments.model import Firm, IpItem, IpStatus, IpType

    item = IpItem(type=IpType.INVENTION, number="ZL1")
    lapsed = item.model_copy(update={"status": IpStatus.LAPSED})
    changes = compare_inputs(Firm(ip=(item, item)), Firm(ip=(item, lapsed)))
    assert [(c.path, c.before.zh, c.after.zh) for c in changes] == [("ip.#2.status", "有效", "已失效")]
    assert shown("honours.srdi_dev_scores.2026", Decimal(55)) == Text("55分", "55 points")
