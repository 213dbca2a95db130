"""Domain checks of a firm's inputs: errors name the field and what is wrong; warnings can be confirmed.

An error (a negative amount, main revenue above revenue…) makes the figures inconsistent, so the
engine's results are not to be trusted until it is fixed. A warning (R&D above revenue, a loss) is
unusual but possible, and the user confirms it rather than being refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assessments.credit_code import problem as credit_code_problem
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, year_field
from assessments.model import Firm, FiscalYear
from assessments.results import Text

NON_NEGATIVE = (
    "revenue",
    "main_revenue",
    "rd_expense",
    "rd_domestic",
    "total_assets",
    "total_liabilities",
    "staff",
    "rd_staff",
    "st_staff",
    "hitech_revenue",
    "total_income",
    "costs_expenses",
    "qualified_equity",
)
# Figures other figures are divided by: at 0 the shares over them cannot be computed.
BASES = ("revenue", "staff", "total_assets", "total_income")
# (part, whole): the part can never exceed the whole.
PARTS = (
    ("main_revenue", "revenue"),
    ("rd_domestic", "rd_expense"),
    ("rd_staff", "staff"),
    ("st_staff", "staff"),
)


@dataclass(frozen=True)
class Issue:
    severity: Literal["error", "warning"]
    field: str  # dotted path, e.g. "years.2025.main_revenue"
    message: Text


def check_firm(firm: Firm) -> list[Issue]:
    issues = _profile(firm)
    issues += _duplicate_years(firm)
    for fy in firm.years:
        issues += check_year(fy)
    issues += _ip(firm)
    return issues


def _profile(firm: Firm) -> list[Issue]:
    issues: list[Issue] = []
    code = firm.profile.credit_code
    if code:
        wrong = credit_code_problem(code)
        if wrong:
            label = PROFILE_FIELDS["credit_code"]
            issues.append(
                Issue(
                    "error",
                    "profile.credit_code",
                    Text(f"{label.zh}{wrong[0]}", f"{label.en.capitalize()} {wrong[1]}"),
                )
            )
    founded, niche = firm.profile.founded_on, firm.profile.niche_since
    if founded and niche and niche < founded:
        issues.append(
            Issue(
                "warning",
                "profile.niche_since",
                Text(
                    "进入细分市场时间早于成立日期，请确认（如承继原有业务）",
                    "Start in the niche is before the founding date: please confirm (e.g. a predecessor's business)",
                ),
            )
        )
    return issues


def _duplicate_years(firm: Firm) -> list[Issue]:
    seen: set[tuple[int, bool]] = set()
    issues = []
    for fy in firm.years:
        key = (fy.year, fy.plan)
        if key in seen:
            issues.append(
                Issue(
                    "error", f"years.{fy.year}", Text(f"{fy.year}年度重复录入", f"FY{fy.year} entered twice")
                )
            )
        seen.add(key)
    return issues


def check_year(fy: FiscalYear) -> list[Issue]:
    issues: list[Issue] = []
    for name in NON_NEGATIVE:
        value = getattr(fy, name)
        if value is not None and value < 0:
            label = year_field(fy.year, name)
            issues.append(
                Issue(
                    "error",
                    f"years.{fy.year}.{name}",
                    Text(f"{label.zh}不能为负数（{value}）", f"{label.en} cannot be negative ({value})"),
                )
            )
    for part, whole in PARTS:
        a, b = getattr(fy, part), getattr(fy, whole)
        if a is not None and b is not None and a > b:
            pa, wb = year_field(fy.year, part), YEAR_FIELDS[whole]
            issues.append(
                Issue(
                    "error",
                    f"years.{fy.year}.{part}",
                    Text(
                        f"{pa.zh}（{a}）不能大于{wb.zh}（{b}）", f"{pa.en} ({a}) cannot exceed {wb.en} ({b})"
                    ),
                )
            )
    issues += _year_warnings(fy)
    return issues


def _year_warnings(fy: FiscalYear) -> list[Issue]:
    issues = []
    if fy.rd_expense is not None and fy.revenue is not None and fy.rd_expense > fy.revenue:
        issues.append(
            Issue(
                "warning",
                f"years.{fy.year}.rd_expense",
                Text(
                    f"{fy.year}年研发费用高于营业收入：研发阶段企业可能如此，请确认",
                    f"FY{fy.year} R&D exceeds revenue: possible for a research-stage firm, please confirm",
                ),
            )
        )
    if fy.net_profit is not None and fy.net_profit < 0:
        issues.append(
            Issue(
                "warning",
                f"years.{fy.year}.net_profit",
                Text(f"{fy.year}年为亏损，请确认", f"FY{fy.year} is a loss: please confirm"),
            )
        )
    if (
        fy.total_liabilities is not None
        and fy.total_assets is not None
        and fy.total_liabilities > fy.total_assets
    ):
        issues.append(
            Issue(
                "warning",
                f"years.{fy.year}.total_liabilities",
                Text(
                    f"{fy.year}年负债总额高于资产总额（资不抵债），请确认",
                    f"FY{fy.year} liabilities exceed assets (insolvent): please confirm",
                ),
            )
        )
    issues += _zero_bases(fy)
    return issues


def _zero_bases(fy: FiscalYear) -> list[Issue]:
    """A zero base is possible (a new firm), but every share over it stays "cannot be computed"."""
    issues = []
    for name in BASES:
        if getattr(fy, name) == 0:
            label = year_field(fy.year, name)
            issues.append(
                Issue(
                    "warning",
                    f"years.{fy.year}.{name}",
                    Text(
                        f"{label.zh}为0：以其为分母的比例和增长率无法计算，请确认",
                        f"{label.en} is 0: the shares and growth rates over it cannot be computed; please confirm",
                    ),
                )
            )
    return issues


def _ip(firm: Firm) -> list[Issue]:
    issues = []
    for i, item in enumerate(firm.ip):
        if item.holder_rank is not None and item.holder_rank < 1:
            issues.append(
                Issue(
                    "error",
                    f"ip.{i}.holder_rank",
                    Text(
                        f"第{i + 1}项知识产权的权利人排名须为1或以上",
                        f"IP item {i + 1}: holder rank must be 1 or more",
                    ),
                )
            )
        if item.transferred_on and item.granted_on and item.transferred_on < item.granted_on:
            issues.append(
                Issue(
                    "warning",
                    f"ip.{i}.transferred_on",
                    Text(
                        f"第{i + 1}项知识产权的转入日期早于授权日期，请确认",
                        f"IP item {i + 1}: transferred before it was granted, please confirm",
                    ),
                )
            )
    return issues
