"""Small builders for boundary tests: a plain firm, then `with_year` to set the figures under test."""

from __future__ import annotations

from decimal import Decimal

from assessments.model import Compliance, ExcludedIndustry, FieldFlags, Firm, FiscalYear, Industry, Profile

D = Decimal
ALL_CLEAR = Compliance(
    registered_in_china=True,
    clean_record=True,
    products_permitted=True,
    no_major_incidents=True,
    verified_accounts_tax=True,
)


def firm(industry: Industry = Industry.INDUSTRIAL, **profile: object) -> Firm:
    """A plain firm that declares the common gate and no industry excluded from 科技型中小企业."""
    answers: dict[str, object] = {"excluded_industry": ExcludedIndustry.NONE, **profile}
    return Firm(profile=Profile(name="测试企业", industry=industry, compliance=ALL_CLEAR, **answers))


def with_year(base: Firm, year: int, **figures: object) -> Firm:
    """The firm with FY`year` figures set (merged into any figures already there)."""
    values = {
        k: (D(str(v)) if isinstance(v, int | float | str) and k != "tech_conversions" else v)
        for k, v in figures.items()
    }
    old = base.year(year)
    new = old.model_copy(update=values) if old else FiscalYear(year=year, **values)
    years = (*(y for y in base.years if y.year != year or y.plan), new)
    return base.model_copy(update={"years": tuple(sorted(years, key=lambda y: (y.year, y.plan)))})


def with_fields(base: Firm, **flags: bool | None) -> Firm:
    profile = base.profile.model_copy(update={"fields": FieldFlags(**flags)})
    return base.model_copy(update={"profile": profile})
