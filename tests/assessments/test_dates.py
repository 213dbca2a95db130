"""Reading a date the way Chinese users type it: one parser for the wizard and both imports."""

from __future__ import annotations

import datetime as dt

import pytest

from assessments.dates import DateTextError, read_date

JUNE_18 = dt.date(2014, 6, 18)


@pytest.mark.parametrize(
    "text",
    [
        "2014/6/18",
        "2014-6-18",
        "2014.6.18",
        "2014年6月18日",
        "2014年6月18",
        "20140618",
        "2014-06-18",
        "２０１４年６月１８日",  # full-width, as an input method types it
        "２０１４／６／１８",
        " 2014 年 6 月 18 日 ",
        "2014-06-18 00:00:00",  # a date cell read as text
    ],
)
def test_every_usual_way_of_writing_a_date_is_read(text):
    assert read_date(text) == JUNE_18


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_an_empty_text_is_no_date_to_confirm_not_an_error(text):
    assert read_date(text) is None


def test_29_february_exists_in_a_leap_year_only():
    assert read_date("2024/2/29") == dt.date(2024, 2, 29)
    assert read_date("2000-2-29") == dt.date(2000, 2, 29)
    with pytest.raises(DateTextError) as error:
        read_date("2023/2/29")
    assert error.value.reason.zh == "2023年2月只有28天（“29”）"
    assert error.value.reason.en == "February 2023 has 28 days (“29”)"
    with pytest.raises(DateTextError):
        read_date("1900-02-29")  # a century is a leap year only every 400 years


def test_the_last_day_of_each_month_is_its_own():
    assert read_date("2014-4-30") == dt.date(2014, 4, 30)
    assert read_date("2014-12-31") == dt.date(2014, 12, 31)
    with pytest.raises(DateTextError, match="April 2014 has 30 days"):
        read_date("2014-4-31")
    with pytest.raises(DateTextError):
        read_date("2014-1-0")


@pytest.mark.parametrize("text", ["2014-13-1", "2014/0/5", "20141301", "2014年13月1日"])
def test_a_month_outside_1_to_12_is_refused_with_the_reason(text):
    with pytest.raises(DateTextError) as error:
        read_date(text)
    assert "月份应在1至12之间" in error.value.reason.zh
    assert "the month must be from 1 to 12" in error.value.reason.en


def test_a_two_digit_year_is_refused_not_guessed():
    with pytest.raises(DateTextError) as error:
        read_date("14/6/18")
    assert error.value.reason.zh == "年份请写四位数（“14”可能是1914年或2014年）"
    assert "four digits" in error.value.reason.en


def test_the_american_order_is_refused_with_the_year_first_example():
    with pytest.raises(DateTextError) as error:
        read_date("6/18/2014")
    assert error.value.reason.zh == "年份应写在最前：年/月/日，如2014/6/18"


@pytest.mark.parametrize("text", ["2014-6", "昨天", "2014/6-18", "2014618", "2014-6-18-1", "2014--6-18"])
def test_anything_else_is_refused_with_the_accepted_forms_as_examples(text):
    with pytest.raises(DateTextError) as error:
        read_date(text)
    assert "2014年6月18日" in error.value.reason.zh
    assert "20140618" in error.value.reason.en
