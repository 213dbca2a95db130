"""Xiamen's 2026 targets for one firm (decision 6): R&D share above 10%, more than 8 Class I items, level 2+."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from assessments.engine import assess
from assessments.model import Honours, IpItem, IpOrigin, IpStatus, IpType, Purpose
from assessments.results import Status, Verdict
from assessments.rules.catalogue import pack_for
from assessments.schemes.xiamen_2026_targets import cohort

from .builders import firm, with_year

ON = dt.date(2026, 5, 15)
PATENT = IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD, supports_main_product=True)


def target_firm(rd=1100, patents=9, level=2):
    base = with_year(firm(), 2025, revenue=10000, rd_expense=rd)
    honours = Honours(official_digital_level=level)
    return base.model_copy(update={"ip": (PATENT,) * patents, "honours": honours})


def targets(f, on=ON):
    return assess(f, on)["xiamen_2026_targets"]


@pytest.mark.parametrize(
    ("rd", "status"), [(1000, Status.NOT_MET), ("1000.01", Status.MET), ("999.99", Status.NOT_MET)]
)
def test_rd_share_must_be_strictly_above_ten_percent(rd, status):
    row = targets(target_firm(rd=rd)).row("rd_share")
    assert row.status is status
    assert row.on_edge


def test_rd_share_gap_aims_at_the_next_share_a_report_shows():
    gap = targets(target_firm(rd=310)).row("rd_share").gap
    assert gap.amount == Decimal("691")  # > 10% aims at 10.01% of 10,000 = 1,001 (issue 12)
    assert "691万元" in gap.text.zh and "占比10.01%" in gap.text.zh


@pytest.mark.parametrize(("patents", "status"), [(8, Status.NOT_MET), (9, Status.MET)])
def test_class1_ip_must_be_more_than_eight(patents, status):
    row = targets(target_firm(patents=patents)).row("class1_ip")
    assert row.status is status


def test_one_more_class1_item_is_the_gap_at_eight():
    gap = targets(target_firm(patents=8)).row("class1_ip").gap
    assert (gap.amount, gap.unit) == (1, "count")


def test_licensed_and_lapsed_items_are_not_owned_valid_class1():
    items = (PATENT,) * 8 + (
        PATENT.model_copy(update={"origin": IpOrigin.LICENCE}),
        PATENT.model_copy(update={"status": IpStatus.LAPSED}),
    )
    result = targets(target_firm().model_copy(update={"ip": items}))
    assert result.row("class1_ip").value == 8


@pytest.mark.parametrize(("level", "status"), [(1, Status.NOT_MET), (2, Status.MET), (4, Status.MET)])
def test_digital_level_two_or_higher(level, status):
    assert targets(target_firm(level=level)).row("digital_level").status is status


def test_all_three_met_qualifies():
    result = targets(target_firm())
    assert result.verdict is Verdict.QUALIFIES


def test_unknown_revenue_is_to_confirm():
    base = target_firm()
    years = tuple(y.model_copy(update={"revenue": None}) for y in base.years)
    result = targets(base.model_copy(update={"years": years}))
    assert result.row("rd_share").status is Status.UNKNOWN
    assert result.verdict is Verdict.CANNOT_TELL


def test_targets_on_2026_12_31_keep_their_own_title():
    result = targets(target_firm(), dt.date(2026, 12, 31))
    assert result.verdict is Verdict.QUALIFIES
    assert result.title.zh == "厦门2026年专精特新目标"


def test_targets_on_2027_12_31_are_the_end_of_period_reading_on_fy2026():
    f = with_year(target_firm(), 2026, revenue=10000, rd_expense=1200)
    result = targets(f, dt.date(2027, 12, 31))
    assert result.verdict is Verdict.QUALIFIES
    assert "2026年目标（期末评价）" in result.title.zh
    assert "2026 targets (end-of-period reading)" in result.title.en
    assert "2026" in result.row("rd_share").calc.zh and "FY2026" in result.notes[-1].en


def test_targets_on_2027_01_01_read_fy2026_not_fy2025():
    result = targets(target_firm(), dt.date(2027, 1, 1))  # FY2026 not entered: to confirm, not FY2025
    assert result.row("rd_share").status is Status.UNKNOWN
    assert "期末评价" in result.title.zh


def test_targets_on_2028_01_01_have_no_pack_and_name_the_last_one_and_its_end():
    result = targets(target_firm(), dt.date(2028, 1, 1))
    assert result.verdict is Verdict.NOT_IN_FORCE
    assert result.rows == ()
    assert "2024.1" in result.summary.zh and "2027-12-31" in result.summary.zh
    assert "厦门2026年专精特新目标" in result.summary.zh
    assert "ended on 2027-12-31" in result.summary.en
    assert result.facts == {"last_pack": "2024.1", "ended": dt.date(2027, 12, 31)}


def test_cohort_means_and_digital_share():
    firms = [
        target_firm(rd=1200, patents=10, level=2),
        target_firm(rd=900, patents=7, level=2),
        target_firm(rd=1000, patents=9, level=1),
    ]
    pack = pack_for("xiamen_2026_targets", Purpose.NEW, ON)
    summary = cohort([targets(f) for f in firms], pack)
    rows = {r.id: r for r in summary.rows}
    assert rows["mean_rd_share"].value == Decimal("31") / 3  # (12 + 9 + 10) / 3 = 10.33%
    assert rows["mean_rd_share"].status is Status.MET
    assert rows["mean_class1"].value == Decimal("26") / 3
    assert rows["mean_class1"].status is Status.MET
    assert rows["share_digital"].status is Status.NOT_MET  # 2 of 3 = 66.67% < 90%
