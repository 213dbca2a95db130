"""SME size class (工信部联企业〔2011〕300号 第四条): ceilings strict, medium and small need both floors."""

from __future__ import annotations

import datetime as dt

import pytest

from assessments.engine import assess
from assessments.model import Industry
from assessments.results import Status, Verdict
from assessments.schemes.sme_size import SizeClass

from .builders import firm, with_year

ON = dt.date(2026, 3, 15)  # 上年度 = FY2025


def size_of(industry: Industry, **figures: object):
    result = assess(with_year(firm(industry), 2025, **figures), ON)["sme_size"]
    return result.facts["size_class"], result


@pytest.mark.parametrize(
    ("staff", "revenue", "expected"),
    [
        (1200, 52000, SizeClass.LARGE),  # worked example D
        (1200, 38000, SizeClass.MEDIUM),  # D2: revenue below the ceiling → SME
        (1000, 40000, SizeClass.LARGE),  # exactly on both ceilings: strict "<" (§9.5)
        (999, 40000, SizeClass.MEDIUM),
        (1000, "39999.99", SizeClass.MEDIUM),
        (180, 8000, SizeClass.SMALL),  # worked example A: 180 < 300 staff
        (300, 2000, SizeClass.MEDIUM),  # both medium floors reached exactly
        (300, "1999.99", SizeClass.SMALL),
        (20, 300, SizeClass.SMALL),
        (19, 300, SizeClass.MICRO),
        (20, "299.99", SizeClass.MICRO),
    ],
)
def test_industrial_size_classes(staff, revenue, expected):
    size, _ = size_of(Industry.INDUSTRIAL, staff=staff, revenue=revenue)
    assert size is expected


@pytest.mark.parametrize(
    ("staff", "revenue", "expected"),
    [
        (320, 12000, SizeClass.LARGE),  # D3
        (320, 9000, SizeClass.MEDIUM),  # D4
        (85, 3200, SizeClass.SMALL),  # firm B
    ],
)
def test_software_size_classes(staff, revenue, expected):
    assert size_of(Industry.SOFTWARE_IT, staff=staff, revenue=revenue)[0] is expected


def test_large_firm_fails_the_gate_of_every_tier():
    result = assess(with_year(firm(), 2025, staff=1200, revenue=52000), ON)
    assert result["sme_size"].verdict is Verdict.DOES_NOT_QUALIFY
    gate = result["innovative_sme"].row("sme_size")
    assert gate.status is Status.NOT_MET
    assert result["innovative_sme"].verdict is Verdict.DOES_NOT_QUALIFY


def test_construction_uses_revenue_and_assets():
    assert size_of(Industry.CONSTRUCTION, revenue=80000, total_assets=80000)[0] is SizeClass.LARGE
    assert size_of(Industry.CONSTRUCTION, revenue=80000, total_assets=79999)[0] is SizeClass.MEDIUM


def test_single_measure_industries():
    assert size_of(Industry.AGRICULTURE, revenue=20000)[0] is SizeClass.LARGE
    assert size_of(Industry.AGRICULTURE, revenue=49)[0] is SizeClass.MICRO
    assert size_of(Industry.OTHER, staff=299)[0] is SizeClass.MEDIUM
    assert size_of(Industry.OTHER, staff=9)[0] is SizeClass.MICRO


def test_one_known_measure_below_its_ceiling_is_enough_to_be_an_sme():
    size, result = size_of(Industry.INDUSTRIAL, staff=150)  # revenue unknown
    # 150 < 1000 makes it an SME whatever the revenue; small vs micro still needs the revenue.
    assert result.verdict is Verdict.QUALIFIES
    assert size is None
    assert "待确认" in result.summary.zh
    assert "待确认" in result.rows[0].note.zh


def test_unknown_figures_stay_to_confirm():
    size, result = size_of(Industry.INDUSTRIAL, staff=1500)  # above the staff ceiling, revenue unknown
    assert size is None
    assert result.verdict is Verdict.CANNOT_TELL
    assert "待确认" in result.rows[0].calc.zh


def test_missing_industry_stays_to_confirm():
    base = with_year(firm(), 2025, staff=100, revenue=1000)
    base = base.model_copy(update={"profile": base.profile.model_copy(update={"industry": None})})
    result = assess(base, ON)["sme_size"]
    assert result.verdict is Verdict.CANNOT_TELL
    assert "所属行业" in result.rows[0].calc.zh


def test_exactly_on_the_ceiling_is_flagged_on_the_edge():
    _, result = size_of(Industry.INDUSTRIAL, staff=1000, revenue=40000)
    assert result.rows[0].on_edge
