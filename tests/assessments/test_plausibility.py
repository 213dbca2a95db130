"""Figures out of all proportion are questioned ("是否按元填写？"), never refused."""

from __future__ import annotations

from decimal import Decimal

from assessments.plausibility import QUESTION, doubt, limits


def test_the_revenue_typed_in_yuan_is_doubted_and_divided_gives_wan():
    found = doubt(Decimal(98_600_000))
    assert found is not None
    assert found.in_wan == Decimal(9860)
    assert str(found.in_wan) == "9860"
    assert "10,000,000万元" in found.reason.zh
    assert QUESTION.zh == "是否按元填写？"


def test_the_limits_come_from_the_conventions_pack():
    assert limits() == (Decimal(10) ** 7, Decimal(100))


def test_the_ceiling_itself_is_plausible_and_a_cent_above_is_not():
    ceiling, _jump = limits()
    assert doubt(ceiling) is None
    assert doubt(ceiling + Decimal("0.01")) is not None


def test_a_year_a_hundred_times_its_neighbours_is_doubted():
    assert doubt(Decimal(120_000), [Decimal(1_000), Decimal(1_200)]) is not None
    assert doubt(Decimal(100_000), [Decimal(1_000)]) is not None  # exactly 100×


def test_a_year_just_under_a_hundred_times_any_neighbour_is_not():
    assert doubt(Decimal(119_999), [Decimal(1_000), Decimal(1_200)]) is None
    assert doubt(Decimal("99999.99"), [Decimal(1_000)]) is None
    assert limits()[1] == 100


def test_unknown_zero_or_negative_neighbours_say_nothing_about_scale():
    assert doubt(Decimal(5_000), [None, Decimal(0), Decimal(-3)]) is None
    assert doubt(Decimal(5_000)) is None


def test_unknown_zero_and_negative_figures_are_never_doubted():
    assert doubt(None, [Decimal(1)]) is None
    assert doubt(Decimal(0), [Decimal(1)]) is None
    assert doubt(Decimal(-99_000_000), [Decimal(1)]) is None


def test_the_reason_names_the_neighbouring_years_in_both_languages():
    found = doubt(Decimal(320_000), [Decimal(2_700), Decimal(3_200)])
    assert found is not None
    assert found.reason.zh == "320,000万元是相邻年度（2,700万元、3,200万元）的100倍以上"
    assert found.reason.en == "320,000 万元 is over 100 times the neighbouring years (2,700 万元, 3,200 万元)"
    assert found.in_wan == Decimal(32)
