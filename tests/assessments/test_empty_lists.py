"""Decision 14, "an empty list is not an answer": an IP register or honours list the user never filled
in is to confirm, not zero; only a confirmed "we have none" makes the counts read 0 and the criteria fail."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from assessments.edit import get_path, set_path
from assessments.engine import assess
from assessments.lists import HONOURS_OPEN, IP_OPEN
from assessments.model import Award, Firm, Honours, IpItem, IpOrigin, IpType, Level
from assessments.results import Status
from assessments.storage.srdi_file import AssessmentFile, dumps, from_json, loads

from .builders import blank, firm

ON = dt.date(2026, 5, 15)
INVENTION = IpItem(type=IpType.INVENTION, origin=IpOrigin.OWN_RD, supports_main_product=True)


def row(firm_: Firm, scheme: str, row_id: str):
    return assess(firm_, ON)[scheme].row(row_id)


# --- the IP register ---------------------------------------------------------------------------


def test_a_blank_ip_register_leaves_the_class1_target_to_confirm_with_the_reason_and_no_gap():
    target = row(blank(), "xiamen_2026_targets", "class1_ip")
    assert target.status is Status.UNKNOWN
    assert target.calc == IP_OPEN and "确认“没有知识产权”" in target.calc.zh
    assert target.value is None and target.gap is None


def test_a_confirmed_empty_register_counts_zero_and_fails_with_the_items_to_add():
    target = row(blank().model_copy(update={"ip_none_confirmed": True}), "xiamen_2026_targets", "class1_ip")
    assert (target.status, target.value) == (Status.NOT_MET, Decimal(0))
    assert (target.gap.amount, target.gap.unit) == (9, "count")  # the city's mean is "above 8"


def test_items_in_the_register_are_counted_without_any_confirmation():
    target = row(
        blank().model_copy(update={"ip": (INVENTION, INVENTION)}), "xiamen_2026_targets", "class1_ip"
    )
    assert (target.status, target.value) == (Status.NOT_MET, Decimal(2))
    assert target.gap.amount == 7


@pytest.mark.parametrize(
    ("scheme", "row_id"),
    [
        ("innovative_sme", "ip"),
        ("tech_sme", "ip"),
        ("hnte", "ip_ownership"),
        ("hnte", "ip_quantity"),
        ("srdi_sme", "class1_ip"),
        ("little_giant", "class1_ip"),
    ],
)
def test_every_ip_count_of_the_ladder_is_to_confirm_while_the_register_is_blank(scheme, row_id):
    open_ = row(blank(), scheme, row_id)
    assert (open_.status, open_.calc, open_.gap) == (Status.UNKNOWN, IP_OPEN, None)
    assert row(firm(), scheme, row_id).status is not Status.UNKNOWN  # confirmed: a plain zero


def test_a_blank_register_keeps_every_ip_point_possible():
    open_ = row(blank(), "innovative_sme", "ip")
    assert (open_.points, open_.points_max) == (0, open_.max_points)
    assert row(firm(), "innovative_sme", "ip").points_max is None


# --- honours -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "row_id"),
    [
        ("innovative_sme", "direct_award"),
        ("innovative_sme", "direct_honour"),
        ("innovative_sme", "direct_rd_institution"),
        ("tech_sme", "direct_hnte"),
        ("tech_sme", "direct_standard"),
        ("srdi_sme", "prerequisite"),
        ("little_giant", "prerequisite"),
    ],
)
def test_blank_honours_leave_titles_awards_and_institutions_to_confirm(scheme, row_id):
    open_ = row(blank(), scheme, row_id)
    assert (open_.status, open_.calc, open_.gap) == (Status.UNKNOWN, HONOURS_OPEN, None)
    assert row(firm(), scheme, row_id).status is Status.NOT_MET


def test_one_honour_entered_answers_the_list():
    award = Award(name="市科技进步奖", level=Level.CITY, rank=1, year=2025)
    answered = blank().model_copy(update={"honours": Honours(awards=(award,))})
    assert answered.honours.answered
    assert row(answered, "innovative_sme", "direct_rd_institution").status is Status.NOT_MET


def test_a_confirmed_none_lapses_when_an_item_is_added():
    doc = AssessmentFile(blank(), ON)
    doc = set_path(doc, "ip_none_confirmed", True)
    assert get_path(doc, "ip_none_confirmed") is True
    doc = set_path(doc, "ip", (INVENTION,))
    assert doc.firm.ip_none_confirmed is False and doc.firm.ip_answered
    doc = set_path(set_path(doc, "honours.none_confirmed", True), "honours.awards", ())
    assert doc.firm.honours.none_confirmed is True
    award = Award(name="省科技奖", level=Level.PROVINCIAL, rank=2, year=2024)
    assert set_path(doc, "honours.awards", (award,)).firm.honours.none_confirmed is False


# --- the file ----------------------------------------------------------------------------------


def test_the_confirmations_round_trip_and_are_written_only_when_set():
    confirmed = blank().model_copy(
        update={"ip_none_confirmed": True, "honours": Honours(none_confirmed=True)}
    )
    data = json.loads(dumps(AssessmentFile(confirmed, ON)))
    assert data["format_version"] == 3
    assert data["firm"]["ip_none_confirmed"] is True and data["firm"]["honours"]["none_confirmed"] is True
    assert loads(json.dumps(data)).firm == confirmed
    plain = json.loads(dumps(AssessmentFile(blank(), ON)))
    assert "ip_none_confirmed" not in plain["firm"] and "honours" not in plain["firm"]


def test_an_old_file_with_an_empty_register_loads_and_reads_to_confirm():
    old = {
        "format": "srdi",
        "format_version": 2,
        "assessment": {"date": "2026-05-15"},
        "firm": {"profile": {"name": "旧文件企业"}, "ip": [], "honours": {"awards": []}},
    }
    doc = from_json(old)
    assert not doc.firm.ip_none_confirmed and not doc.firm.honours.none_confirmed
    assert row(doc.firm, "xiamen_2026_targets", "class1_ip").calc == IP_OPEN


def test_an_old_file_with_items_counts_them_as_before():
    old = {
        "format": "srdi",
        "format_version": 1,
        "assessment": {"date": "2026-05-15"},
        "firm": {"ip": [{"type": "invention", "origin": "own_rd"}]},
    }
    assert row(from_json(old).firm, "xiamen_2026_targets", "class1_ip").value == 1


def test_a_file_confirming_none_beside_items_keeps_the_items_and_drops_the_confirmation():
    data = {
        "format": "srdi",
        "format_version": 3,
        "assessment": {"date": "2026-05-15"},
        "firm": {"ip": [{"type": "invention"}], "ip_none_confirmed": True},
    }
    doc = from_json(data)
    assert len(doc.firm.ip) == 1 and doc.firm.ip_none_confirmed is False
