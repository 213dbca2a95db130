"""How much a support measure gives for the firm's planned spend, with the formula and its figures.

Every rate, cap and limit comes from the measure's pack entry; the figures come from `PlannedSpend`.
An unknown spend gives no amount (None), never zero. Amounts are in 万元, rounded to ¥100 (0.01万).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from assessments.model import PlannedSpend, PlannedStandard
from assessments.numbers import CENT, HUNDRED, num, quantize
from assessments.results import Text
from assessments.rules.schema import (
    Benefit,
    Financing,
    InterestSubsidy,
    Measure,
    PremiumSubsidy,
    Reward,
    Service,
    StandardCondition,
    Subsidy,
    UnitSubsidy,
)

MONTHS = Decimal(12)  # months in a year: interest is subsidised pro rata
WAN = Decimal(10000)  # yuan in one 万元


@dataclass(frozen=True)
class Estimate:
    amount: Decimal | None  # 万元; None when a figure it needs is unknown or the agency sets it
    formula: Text
    up_to: bool = False  # the amount is a maximum the agency may reduce


def estimate(measure: Measure, spend: PlannedSpend) -> Estimate:
    benefit: Benefit = measure.benefit
    match benefit:
        case Reward():
            return _reward(benefit, _standards(measure, spend))
        case Subsidy():
            return _subsidy(benefit, spend)
        case UnitSubsidy():
            return _unit_subsidy(benefit, spend)
        case InterestSubsidy():
            return _interest(benefit, spend)
        case PremiumSubsidy():
            return _premium(benefit, spend)
        case Financing():
            return _financing(benefit)
        case Service():
            return Estimate(None, Text(benefit.zh, benefit.en))
    raise TypeError(f"unknown benefit {benefit!r}")


def wan(value: Decimal) -> Text:
    """An amount as "18万" (zh) and "18 万元" (en): the same figure in the unit the firm enters (issue 12)."""
    return Text(f"{num(value)}万", f"{num(value)} 万元")


def _cent(value: Decimal) -> Decimal:
    return quantize(value, CENT, ROUND_HALF_UP)


def _up_to(text: Text, up_to: bool) -> Text:
    return Text("最高 ", "up to ") + text if up_to else text


# --- rewards ---------------------------------------------------------------------------------------


def _reward(benefit: Reward, projects: int | None) -> Estimate:
    if benefit.up_to is None:
        return _fixed_reward(benefit)
    cap = wan(benefit.up_to)
    basis = Text(f"（{benefit.basis_zh}）", f" ({benefit.basis_en})") if benefit.basis_zh else Text("", "")
    if benefit.per != "project":
        return Estimate(benefit.up_to, Text("最高", "up to ") + cap + basis, up_to=True)
    if not projects:
        return Estimate(None, Text(f"每项最高{cap.zh}", f"up to {cap.en} per project") + basis, up_to=True)
    total = benefit.up_to * projects
    formula = Text(
        f"{projects}项 × 最高{cap.zh} = 最高{wan(total).zh}",
        f"{projects} projects × up to {cap.en} = up to {wan(total).en}",
    )
    return Estimate(total, formula + basis, up_to=True)


def _fixed_reward(benefit: Reward) -> Estimate:
    parts = [
        (Text("市级", "city "), benefit.city),
        (Text("区级", "district "), benefit.district),
    ]
    known = [(label, value) for label, value in parts if value is not None]
    total = sum((value for _, value in known), Decimal(0))
    terms = [label + wan(value) for label, value in known]
    joined = Text(" + ".join(t.zh for t in terms), " + ".join(t.en for t in terms))
    return Estimate(total, joined + Text(f" = {wan(total).zh}", f" = {wan(total).en}"))


def _standards(measure: Measure, spend: PlannedSpend) -> int | None:
    """Planned standard projects that meet the measure's level and role condition; None if none planned."""
    if not spend.standards:
        return None
    rules = [c for r in measure.routes for c in r.conditions if isinstance(c, StandardCondition)]
    return sum(s.count for s in spend.standards if any(_fits(s, rule) for rule in rules))


def _fits(standard: PlannedStandard, rule: StandardCondition) -> bool:
    return standard.level.value in rule.levels and standard.role.value in rule.roles


# --- subsidies of a spend ------------------------------------------------------------------------


def _subsidy(benefit: Subsidy, spend: PlannedSpend) -> Estimate:
    value = getattr(spend, benefit.base) if benefit.base else None
    if value is None:
        return Estimate(None, _subsidy_rule(benefit), up_to=benefit.up_to)
    raw = value * benefit.rate / HUNDRED if benefit.rate is not None else value
    amount = _cent(raw if benefit.cap is None else min(raw, benefit.cap))
    base = Text(f"{wan(value).zh} {benefit.base_zh}", f"{wan(value).en} {benefit.base_en}")
    if benefit.rate is not None:
        base = Text(f"{num(benefit.rate)}% × ", f"{num(benefit.rate)}% × ") + base
    core = (
        base
        if benefit.cap is None
        else Text("min(", "min(") + base + Text(", ", ", ") + _cap(benefit) + Text(")", ")")
    )
    formula = core + Text(f" = {wan(amount).zh}", f" = {wan(amount).en}")
    return Estimate(amount, _up_to(formula, benefit.up_to), up_to=benefit.up_to)


def _cap(benefit: Subsidy) -> Text:
    assert benefit.cap is not None
    per = {"year": Text("/年", " a year")}.get(benefit.per, Text("", ""))
    return wan(benefit.cap) + per


def _subsidy_rule(benefit: Subsidy) -> Text:
    """The rule in words when the spend is not known yet."""
    rate = (
        Text(f"{num(benefit.rate)}% × ", f"{num(benefit.rate)}% × ")
        if benefit.rate is not None
        else Text("", "")
    )
    base = rate + Text(f"{benefit.base_zh}（待填写）", f"{benefit.base_en} (to enter)")
    if benefit.base is None:
        base = Text(benefit.base_zh, benefit.base_en)
    if benefit.cap is None:
        return _up_to(base, benefit.up_to)
    return _up_to(base, benefit.up_to) + Text("，上限", ", at most ") + _cap(benefit)


def _unit_subsidy(benefit: UnitSubsidy, spend: PlannedSpend) -> Estimate:
    units = getattr(spend, benefit.base)
    rate = Text(
        f"{num(benefit.per_unit * WAN)}元/{benefit.unit_zh}",
        f"¥{num(benefit.per_unit * WAN)} per {benefit.unit_en}",
    )
    if units is None:
        return Estimate(None, Text("最高", "up to ") + rate, up_to=True)
    amount = _cent(units * benefit.per_unit)
    formula = (
        Text("最高", "up to ")
        + rate
        + Text(f" × {num(units)}{benefit.unit_zh} = {wan(amount).zh}", f" × {num(units)} = {wan(amount).en}")
    )
    return Estimate(amount, formula, up_to=True)


# --- interest and premium subsidies ------------------------------------------------------------------


def _interest(benefit: InterestSubsidy, spend: PlannedSpend) -> Estimate:
    share, cap = num(benefit.share), wan(benefit.cap)
    if not spend.ip_loans or spend.lpr_1y_pct is None:
        missing = Text("（待填写贷款和LPR）", " (enter the loans and the LPR)")
        rule = Text(
            f"贷款 × min(利率, 一年期LPR) × {share}% × 月数/12（单笔最长{benefit.max_months}个月），每年最高{cap.zh}",
            f"loan × min(rate, 1-year LPR) × {share}% × months/12 (at most {benefit.max_months} months a loan), "
            f"at most {cap.en} a year",
        )
        return Estimate(None, rule + missing, up_to=True)
    lpr = spend.lpr_1y_pct
    terms, total = [], Decimal(0)
    for loan in spend.ip_loans:
        months = min(loan.months, benefit.max_months)
        total += loan.amount * min(loan.rate_pct, lpr) / HUNDRED * benefit.share / HUNDRED * months / MONTHS
        terms.append(
            Text(
                f"{wan(loan.amount).zh} × min({num(loan.rate_pct)}%, LPR {num(lpr)}%) × {share}% × {months}/12",
                f"{wan(loan.amount).en} × min({num(loan.rate_pct)}%, LPR {num(lpr)}%) × {share}% × {months}/12",
            )
        )
    amount = _cent(min(total, benefit.cap))
    inner = Text(" + ".join(t.zh for t in terms), " + ".join(t.en for t in terms))
    formula = (
        Text("min(", "min(")
        + inner
        + Text(f", {cap.zh}/年) = {wan(amount).zh}", f", {cap.en} a year) = {wan(amount).en}")
    )
    return Estimate(amount, formula)


def _premium(benefit: PremiumSubsidy, spend: PlannedSpend) -> Estimate:
    share, limit, cap = num(benefit.share), num(benefit.premium_rate_limit), wan(benefit.cap)
    if not spend.credit_insurance:
        rule = Text(
            f"{share}% × 费率{limit}‰以内部分的保费，单家最高{cap.zh}（待填写保费和费率）",
            f"{share}% × the premium within a {limit}‰ rate, at most {cap.en} a firm (enter the premium and rate)",
        )
        return Estimate(None, rule)
    eligible, details = Decimal(0), []
    for policy in spend.credit_insurance:
        if policy.rate_permille <= benefit.premium_rate_limit:
            eligible += policy.premium
            details.append(Text(wan(policy.premium).zh, wan(policy.premium).en))
        else:
            part = policy.premium * benefit.premium_rate_limit / policy.rate_permille
            eligible += part
            scaled = f" × {limit}‰/{num(policy.rate_permille)}‰"
            details.append(Text(wan(policy.premium).zh + scaled, wan(policy.premium).en + scaled))
    amount = _cent(min(eligible * benefit.share / HUNDRED, benefit.cap))
    shown = len(details) > 1 or any("‰/" in d.zh for d in details)
    how = (
        Text("：" + " + ".join(d.zh for d in details), ": " + " + ".join(d.en for d in details))
        if shown
        else Text("", "")
    )
    formula = Text(
        f"min({share}% × {wan(eligible).zh} 保费 (费率≤{limit}‰部分{how.zh}), {cap.zh}) = {wan(amount).zh}",
        f"min({share}% × {wan(eligible).en} premium (part within {limit}‰{how.en}), {cap.en}) = {wan(amount).en}",
    )
    return Estimate(amount, formula)


def _financing(benefit: Financing) -> Estimate:
    terms = [
        Text(
            f"{t.label_zh}{num(t.value)}{'%' if t.unit == 'pct' else '万'}",
            f"{t.label_en} {_term_en(t.value, t.unit)}",
        )
        for t in benefit.terms
    ]
    listed = Text("；".join(t.zh for t in terms), "; ".join(t.en for t in terms))
    return Estimate(
        None, Text(benefit.zh, benefit.en) + (Text("：", ": ") + listed if terms else Text("", ""))
    )


def _term_en(value: Decimal, unit: str) -> str:
    return f"{num(value)}%" if unit == "pct" else f"{num(value)} 万元"
