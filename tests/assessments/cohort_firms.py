"""Generated firms for cohort tests: each with a known R&D share, Class I count and digital level."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assessments.model import Firm, FiscalYear, Honours, IpItem, IpType, Profile
from assessments.paths import resources_dir
from assessments.storage import srdi_file
from assessments.storage.srdi_file import AssessmentFile

ON = dt.date(2026, 6, 1)


def firm_doc(
    name: str,
    rd_share: int | None,
    class1: int | None,
    level: int | None,
    *,
    district: str = "湖里区",
    on: dt.date = ON,
    code: str | None = None,
) -> AssessmentFile:
    """Revenue 1,000 万元 in FY2025 and R&D `rd_share`% of it (None: revenue unknown); `class1` Class I
    items (0: the user confirmed there is no IP; None: the register was never filled in); the official
    digital level (None: unknown)."""
    revenue = Decimal(1000) if rd_share is not None else None
    rd = Decimal(rd_share) * 10 if rd_share is not None else Decimal(50)
    items = tuple(IpItem(type=IpType.INVENTION, number=f"ZL{n}") for n in range(class1 or 0))
    firm = Firm(
        profile=Profile(name=name, credit_code=code, district=district),
        years=(FiscalYear(year=on.year - 1, revenue=revenue, rd_expense=rd),),
        ip=items,
        ip_none_confirmed=class1 == 0,
        honours=Honours(official_digital_level=level),
    )
    return AssessmentFile(firm=firm, on=on)


def sample_doc() -> AssessmentFile:
    return srdi_file.load(resources_dir() / "samples" / "demo.srdi")


# Five firms whose figures are known in advance: one outlier at 200% lifts the mean R&D share over the
# target while four of five are below 10%; two firms have no digital level.
FIVE = (
    ("甲", 200, 1, 2),
    ("乙", 5, 10, None),
    ("丙", 6, 9, 3),
    ("丁", 9, 0, None),
    ("戊", 8, 3, 2),
)


def five_docs() -> list[AssessmentFile]:
    return [firm_doc(name, rd, c1, level) for name, rd, c1, level in FIVE]
