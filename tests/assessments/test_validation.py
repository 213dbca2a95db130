"""Bad input gets a clear message naming the field; the unusual but possible is only a warning."""

from __future__ import annotations

import datetime as dt

import pytest

from assessments.credit_code import check_digit, problem
from assessments.model import IpItem, IpType
from assessments.validation import check_firm

from .builders import firm, with_year


def issues(f):
    return {(i.severity, i.field): i.message for i in check_firm(f)}


@pytest.mark.parametrize("code", ["91440300708461136T", "91330100716105852F", "9144030071526726XG"])
def test_real_credit_codes_pass_the_check_digit(code):
    assert problem(code) is None


def test_wrong_credit_code_names_the_expected_check_digit():
    zh, en = problem("91350200MA31234567")
    assert zh == "校验位应为J，当前为7"
    assert "check digit should be J" in en


@pytest.mark.parametrize(
    ("code", "fragment"), [("9135020", "应为18位"), ("91350200MA3123456I", "不允许的字符")]
)
def test_malformed_credit_codes(code, fragment):
    assert fragment in problem(code)[0]


def test_check_digit_round_trip():
    body = "91350200MA2Y8KQ01"
    assert problem(body + check_digit(body)) is None


def test_credit_code_error_is_reported_on_the_profile_field():
    f = firm(credit_code="91350200MA31234567")
    message = issues(f)[("error", "profile.credit_code")]
    assert "统一社会信用代码" in message.zh


def test_negative_amount_is_an_error_naming_year_and_field():
    message = issues(with_year(firm(), 2025, revenue=-5))[("error", "years.2025.revenue")]
    assert message.zh == "2025年营业收入不能为负数（-5）"


def test_main_revenue_above_revenue_is_an_error():
    found = issues(with_year(firm(), 2025, revenue=100, main_revenue=120))
    assert ("error", "years.2025.main_revenue") in found


def test_rd_staff_above_total_staff_is_an_error():
    found = issues(with_year(firm(), 2025, staff=10, rd_staff=11))
    assert "不能大于职工总数" in found[("error", "years.2025.rd_staff")].zh


def test_rd_above_revenue_and_a_loss_are_warnings_not_errors():
    found = issues(with_year(firm(), 2025, revenue=900, rd_expense=1800, net_profit=-700))
    assert set(found) == {("warning", "years.2025.rd_expense"), ("warning", "years.2025.net_profit")}


def test_the_same_year_twice_is_an_error():
    f = with_year(firm(), 2025, revenue=1)
    f = f.model_copy(update={"years": f.years * 2})
    assert ("error", "years.2025") in issues(f)


def test_ip_transferred_before_grant_is_a_warning():
    item = IpItem(type=IpType.INVENTION, granted_on=dt.date(2024, 1, 1), transferred_on=dt.date(2023, 1, 1))
    assert ("warning", "ip.0.transferred_on") in issues(firm().model_copy(update={"ip": (item,)}))


def test_clean_firm_has_no_issues():
    assert check_firm(with_year(firm(), 2025, revenue=100, main_revenue=90, staff=10, rd_staff=2)) == []
