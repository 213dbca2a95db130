"""Small builders for boundary tests: a plain firm, then `with_year` to set the figures under test."""

from __future__ import annotations

from decimal import Decimal

from assessments.model import (
    Compliance,
    ExcludedIndustry,
    FieldFlags,
    Firm,
    FiscalYear,
    Honours,
    Industry,
    Profile,
)

D = Decimal
ALL_CLEAR = Compliance(
    registered_in_china=True,
    clean_record=True,
    products_permitted=True,
    no_major_incidents=True,
    verified_accounts_tax=True,
)


def firm(industry: Industry = Industry.INDUSTRIAL, **profile: object) -> Firm:
    """A plain firm that declares the common gate and no industry excluded from 科技型中小企业.

    It has confirmed that it holds no IP and no honours (decision 14), so a boundary test starts from
    zero counts; `blank()` is a firm that has not answered those lists yet.
    """
    answers: dict[str, object] = {"excluded_industry": ExcludedIndustry.NONE, **profile}
    return Firm(
        profile=Profile(name="测试企业", industry=industry, compliance=ALL_CLEAR, **answers),
        ip_none_confirmed=True,
        honours=Honours(none_confirmed=True),
    )


def blank(industry: Industry = Industry.INDUSTRIAL, **profile: object) -> Firm:
    """`firm()` with the IP register and the honours never touched: both still to confirm."""
    return firm(industry, **profile).model_copy(update={"ip_none_confirmed": False, "honours": Honours()})


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
