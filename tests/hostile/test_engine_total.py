"""The engine is total: every firm the model can hold gets a result, quickly, and never an exception.

Figures may be zero, negative, huge (±1e30 万元) or missing, staff may be 0 or below, years may be
absent. What cannot be computed (a zero or negative base, a root of a negative) is "to confirm"
(待确认) with the reason, never a crash nor a search that runs for a minute.

The fiscal years are built with `model_construct`, so that figures beyond a ceiling the model may
set are tested too: an old file or a direct caller must not bring the engine down either.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.engine import Assessment, assess
from assessments.model import (
    DigitalAnswers,
    Firm,
    FiscalYear,
    Honours,
    Industry,
    IpItem,
    IpOrigin,
    IpStatus,
    IpType,
    Purpose,
)
from assessments.results import Status
from tests.assessments.examples_demo import demo_firm

D = Decimal
DATES = (dt.date(2025, 6, 1), dt.date(2026, 6, 1), dt.date(2027, 3, 1))  # across the 2026-04-01 switch
SECONDS = 2.0  # generous: an ordinary call takes a few hundredths
AMOUNTS = (
    "revenue",
    "main_revenue",
    "rd_expense",
    "rd_domestic",
    "net_profit",
    "total_assets",
    "total_liabilities",
    "net_assets",
    "hitech_revenue",
    "total_income",
    "costs_expenses",
    "qualified_equity",
)
HEADS = ("staff", "rd_staff", "st_staff")
HOSTILE = ("0", "-1", "-0.01", "0.01", "-1e12", "1e22", "1e30", "-1e30", "1e-20")
# Rows that read the last year's R&D expense and can only gain from more of it (the domestic share of
# R&D, R&D staff and R&D institutions are other inputs; more R&D lowers the domestic share).
NOT_RD_AMOUNT = {"rd_domestic", "rd_staff", "rd_small_staff", "rd_institution", "direct_rd_institution"}


def _is_rd_row(row_id: str) -> bool:
    return (row_id.startswith("rd_") or row_id == "direct_rd_average") and row_id not in NOT_RD_AMOUNT


# --- strategies ----------------------------------------------------------------------------------

amounts = st.one_of(
    st.none(),
    st.sampled_from([D(v) for v in HOSTILE]),
    st.decimals(min_value=-(10**30), max_value=10**30, places=2, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=50_000).map(D),
)
heads = st.one_of(
    st.none(),
    st.integers(min_value=-10, max_value=2_000).map(D),
    st.sampled_from([D(0), D("-1e12"), D("1e30")]),
)


@st.composite
def fiscal_years(draw: st.DrawFn) -> tuple[FiscalYear, ...]:
    years = draw(st.sets(st.integers(min_value=2020, max_value=2026), max_size=7))
    built = []
    for year in sorted(years):
        figures: dict[str, Any] = {name: draw(amounts) for name in AMOUNTS}
        figures.update({name: draw(heads) for name in HEADS})
        figures["tech_conversions"] = draw(st.none() | st.integers(min_value=-3, max_value=40))
        built.append(FiscalYear.model_construct(year=year, plan=False, **figures))
    if draw(st.booleans()):
        built.append(
            FiscalYear.model_construct(year=2026, plan=True, revenue=draw(amounts), rd_expense=draw(amounts))
        )
    return tuple(built)


dates = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2027, 12, 31)))

ip_items = st.builds(
    IpItem,
    type=st.sampled_from(IpType),
    granted_on=dates,
    status=st.sampled_from(IpStatus),
    origin=st.none() | st.sampled_from(IpOrigin),
    transferred_on=dates,
    supports_main_product=st.none() | st.booleans(),
    applied_with_benefit=st.none() | st.booleans(),
    holder_rank=st.none() | st.integers(min_value=1, max_value=5),
    high_value=st.none() | st.booleans(),
)

options = st.lists(st.sampled_from("ABCDEFGHIJKL"), min_size=1, max_size=4, unique=True).map(tuple)
digital = st.builds(
    DigitalAnswers,
    items=st.dictionaries(st.sampled_from([f"Q{i}" for i in range(1, 16)]), options, max_size=15),
    scenes=st.dictionaries(
        st.sampled_from([f"S{i}" for i in range(1, 17)]), st.integers(min_value=0, max_value=4), max_size=16
    ),
)


@st.composite
def firms(draw: st.DrawFn) -> Firm:
    base = demo_firm()
    profile = base.profile.model_copy(
        update={
            "industry": draw(st.none() | st.sampled_from(Industry)),
            "founded_on": draw(dates),
            "niche_since": draw(dates),
        }
    )
    honours = base.honours if draw(st.booleans()) else Honours()
    honours = honours.model_copy(
        update={
            "official_digital_level": draw(st.none() | st.integers(min_value=0, max_value=4)),
            "market_share_pct": draw(st.none() | st.sampled_from([D(0), D("-5"), D("12.5"), D("1e30")])),
            "market_rank": draw(st.none() | st.integers(min_value=1, max_value=50)),
        }
    )
    return base.model_copy(
        update={
            "profile": profile,
            "years": draw(fiscal_years()),
            "ip": tuple(draw(st.lists(ip_items, max_size=6))),
            "honours": honours,
            "digital": draw(digital) if draw(st.booleans()) else base.digital,
        }
    )


# --- checks --------------------------------------------------------------------------------------


def timed_assess(firm: Firm, on: dt.date, purpose: Purpose) -> Assessment:
    start = time.perf_counter()
    result = assess(firm, on, purpose)
    elapsed = time.perf_counter() - start
    assert elapsed < SECONDS, f"assess took {elapsed:.2f} s on {on} ({purpose})"
    return result


def assert_sound(assessment: Assessment) -> None:
    """Scores within their maxima, and no scheme fell back to the engine's last line of defence."""
    for name, result in assessment.results.items():
        assert not result.facts.get("not_computable"), (name, result.summary)
        if result.score is not None and result.score_max is not None:
            assert result.score <= result.score_max, name
        for row in result.rows:
            if row.points is not None and row.max_points is not None:
                assert D(0) <= row.points <= row.max_points, (name, row.id, row.points, row.max_points)
            if row.points_max is not None and row.max_points is not None:
                assert row.points_max <= row.max_points, (name, row.id)


def with_more_rd(firm: Firm, year: int, extra: Decimal) -> Firm | None:
    old = firm.year(year)
    if old is None or old.rd_expense is None:
        return None
    raised = FiscalYear.model_construct(**{**dict(old), "rd_expense": old.rd_expense + extra})
    years = tuple(raised if y is old else y for y in firm.years)
    return firm.model_copy(update={"years": years})


def assert_rd_monotone(before: Assessment, after: Assessment) -> None:
    for name, result in before.results.items():
        later = {r.id: r for r in after.results[name].rows}
        for row in result.rows:
            if not _is_rd_row(row.id) or row.id not in later:
                continue
            new = later[row.id]
            if row.status is Status.MET:
                assert new.status is not Status.NOT_MET, (name, row.id, row.calc, new.calc)
            if row.points is not None and new.points is not None:
                assert new.points >= row.points, (name, row.id, row.points, new.points)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    firm=firms(),
    pick=st.integers(min_value=0, max_value=len(DATES) - 1),
    purpose=st.sampled_from(Purpose),
    extra=st.sampled_from([D("0.01"), D(1), D(50), D(10_000), D("1e25")]),
)
def test_every_firm_is_assessed_quickly_with_scores_within_their_maxima(
    firm: Firm, pick: int, purpose: Purpose, extra: Decimal
) -> None:
    for on in DATES:
        for each in Purpose:
            assert_sound(timed_assess(firm, on, each))
    on = DATES[pick]
    raised = with_more_rd(firm, on.year - 1, extra)
    if raised is not None:
        assert_rd_monotone(timed_assess(firm, on, purpose), timed_assess(raised, on, purpose))


# --- the demo firm with one impossible revenue ---------------------------------------------------


def demo_with(*years: int, **figures: str) -> Firm:
    """The demo firm with the same figures set in each of `years` (the actual years, not the plan)."""
    base = demo_firm()
    values = {name: D(value) for name, value in figures.items()}
    changed = tuple(
        FiscalYear.model_construct(**{**dict(y), **values}) if y.year in years and not y.plan else y
        for y in base.years
    )
    return base.model_copy(update={"years": changed})


def rows_over(assessment: Assessment, row_ids: set[str]) -> list[Any]:
    return [r for res in assessment.results.values() for r in res.rows if r.id in row_ids]


@pytest.mark.parametrize("revenue", ["0", "-1", "-1e12"])
@pytest.mark.parametrize("on", DATES[:2])  # the demo has no FY2026 actuals for 2027
def test_a_zero_or_negative_revenue_leaves_every_share_over_it_to_confirm(revenue: str, on: dt.date) -> None:
    firm = demo_with(2023, 2024, 2025, 2026, revenue=revenue)  # every year a scheme may read
    result = timed_assess(firm, on, Purpose.NEW)
    assert_sound(result)
    shares = rows_over(result, {"main_share", "rd_share", f"rd_ratio_{on.year - 1}"})
    assert shares, "the demo firm has shares over revenue on every date"
    for row in shares:
        assert row.status is Status.UNKNOWN, (row.id, row.status)
        assert row.calc.zh.startswith("无法计算：") and "营业收入" in row.calc.zh
        assert row.calc.en.startswith("Cannot be computed: ") and "revenue" in row.calc.en


def test_a_zero_revenue_says_so_in_both_languages() -> None:
    result = timed_assess(demo_with(2025, revenue="0"), dt.date(2026, 6, 1), Purpose.NEW)
    row = result["srdi_sme"].row("rd_ratio_2025")
    assert (row.calc.zh, row.calc.en) == (
        "无法计算：2025年营业收入为0",
        "Cannot be computed: FY2025 operating revenue is 0",
    )
    assert ("warning", "years.2025.revenue") in {(i.severity, i.field) for i in result.issues}


def test_a_negative_revenue_is_named_in_the_reason_and_in_the_data_checks() -> None:
    result = timed_assess(demo_with(2025, revenue="-1"), dt.date(2026, 6, 1), Purpose.NEW)
    assert result["srdi_sme"].row("rd_ratio_2025").calc.zh == "无法计算：2025年营业收入为负数（-1）"
    assert ("error", "years.2025.revenue") in {(i.severity, i.field) for i in result.issues}


def test_a_revenue_of_1e22_is_assessed_and_shown_in_scientific_notation() -> None:
    result = timed_assess(demo_with(2025, revenue="1e22"), dt.date(2026, 6, 1), Purpose.NEW)
    assert_sound(result)
    row = result["srdi_sme"].row("rd_ratio_2025")
    assert row.status is Status.NOT_MET  # 1,200 of 1e22 is no R&D share at all
    assert "1E+22" in row.calc.zh and row.gap is not None


def test_a_negative_base_year_leaves_the_2026_compound_growth_to_confirm() -> None:
    result = timed_assess(demo_with(2023, revenue="-1e12"), dt.date(2026, 6, 1), Purpose.NEW)
    row = result["little_giant"].row("revenue_cagr")
    assert row.status is Status.UNKNOWN
    assert row.calc.en.startswith("Cannot be computed: FY2023 operating revenue is negative")


def test_a_negative_last_year_leaves_the_compound_growth_to_confirm_not_a_root_of_a_negative() -> None:
    result = timed_assess(demo_with(2025, revenue="-1"), dt.date(2026, 6, 1), Purpose.NEW)
    row = result["little_giant"].row("revenue_cagr")
    assert row.status is Status.UNKNOWN and "为负数" in row.calc.zh


@pytest.mark.parametrize("staff", ["0", "-1", "-1e12"])
def test_no_staff_leaves_the_staff_shares_to_confirm(staff: str) -> None:
    firm = demo_with(2023, 2024, 2025, staff=staff)  # 高企 reads the year before its application date
    result = timed_assess(firm, dt.date(2025, 6, 1), Purpose.NEW)
    assert_sound(result)
    for row in rows_over(result, {"rd_staff", "st_staff", "rd_small_staff"}):
        assert row.status is Status.UNKNOWN and row.calc.zh.startswith("无法计算"), row.id
    severity = "warning" if staff == "0" else "error"
    assert (severity, "years.2024.staff") in {(i.severity, i.field) for i in result.issues}


@pytest.mark.parametrize("value", ["1e-999999", "9e999998"])
def test_figures_at_the_ends_of_the_decimal_range_do_not_overflow(value: str) -> None:
    for on in DATES:
        firm = demo_with(2023, 2024, 2025, revenue=value, staff=value, total_assets=value, net_assets=value)
        assert_sound(timed_assess(firm, on, Purpose.NEW))
