"""Reading a figure as typed or copied from Excel/WPS: separators, full-width digits, unit words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assessments.numbers import NumberTextError, read_figure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234.56", Decimal("1234.56")),
        ("1,234,567", Decimal("1234567")),
        ("1,234.5", Decimal("1234.5")),
        ("-1,234", Decimal("-1234")),
        ("(1,234)", Decimal("-1234")),  # an accounting negative
        ("１，２３４．５", Decimal("1234.5")),  # full-width
        (" 1 234 ", Decimal("1234")),
        ("1,234万元", Decimal("1234")),
        ("1,234 万", Decimal("1234")),
        ("12,340,000元", Decimal("1234")),  # yuan into 万元
        ("1234.5元", Decimal("0.12345")),
        ("¥1,234", Decimal("1234")),
        ("0", Decimal("0")),
    ],
)
def test_what_a_spreadsheet_copy_holds_is_read_in_wan(text, value):
    assert read_figure(text, "wan") == value


def test_yuan_become_wan_without_an_exponent_or_trailing_zeros():
    assert str(read_figure("98,600,000元")) == "9860"
    assert str(read_figure("100000000元")) == "10000"


@pytest.mark.parametrize("text", ["1,2", "12,34", "1,234,56", ",123", "1,2345", "1 2"])
def test_a_comma_that_does_not_group_three_digits_is_refused_not_read_as_one_number(text):
    with pytest.raises(NumberTextError) as error:
        read_figure(text)
    assert "千位分隔符每三位一个" in error.value.reason.zh
    assert "groups of three digits" in error.value.reason.en
    assert f"“{text.strip()}”" in error.value.reason.zh


@pytest.mark.parametrize("text", ["1e5", "nan", "inf", "-", "元", "abc", "1.2.3", "12元3"])
def test_what_is_no_plain_number_is_refused(text):
    with pytest.raises(NumberTextError) as error:
        read_figure(text)
    assert error.value.reason.zh == "请填写数字，如1234.56"


def test_unit_words_belong_to_their_unit():
    assert read_figure("85人", "staff") == 85
    assert read_figure("3项", "count") == 3
    with pytest.raises(NumberTextError):
        read_figure("85元", "staff")
    with pytest.raises(NumberTextError):
        read_figure("85人", "wan")


@pytest.mark.parametrize("text", ["", "  ", "\u3000"])
def test_an_empty_text_is_to_confirm(text):
    assert read_figure(text) is None
