"""The 高企 worked examples H1–H4 (digital-hitech-criteria.md, worked examples B and C) as firms.

Each firm applies in 2025: assessed on 2025-06-15 for a new application, so the R&D window is
FY2022–2024. The inputs are those of the examples. Where an example leaves a detail open, the
builder fills it as the example's own reasoning implies, and says so:

* the compliance answers and the high-tech-field answer are yes (the examples pass conditions 3 and 8);
* every IP item is valid and supports the main product (the examples count them);
* a total given "over 2022–24" is split over the years (H1 and H4 conversions, H2 overseas R&D);
* H3 and H4 do not say where their R&D was spent; it is entered as all domestic (the examples pass
  condition 5), and example C states their total assets only as "<2亿", entered as one figure below;
* a registration year without a day is entered as 1 March of that year.

H2 gives no IP register, no conversions and no organisation self-scores; they are left empty.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from assessments.model import (
    ExcludedIndustry,
    FieldFlags,
    Firm,
    FiscalYear,
    HnteSelfScore,
    Honours,
    Industry,
    IpItem,
    IpOrigin,
    IpType,
    Profile,
    Purpose,
)

from .builders import ALL_CLEAR

ON = dt.date(2025, 6, 15)
PURPOSE = Purpose.NEW
D = Decimal
YES = ALL_CLEAR


def _profile(name: str, industry: Industry, district: str, founded: dt.date, product: str) -> Profile:
    return Profile(
        name=name,
        industry=industry,
        district=district,
        founded_on=founded,
        main_product=product,
        fields=FieldFlags(hnte_field=True),
        compliance=YES,
        excluded_industry=ExcludedIndustry.NONE,  # 科技型: not an industry outside the super-deduction
    )


def _year(year: int, **figures: object) -> FiscalYear:
    return FiscalYear(
        year=year, **{k: v if k == "tech_conversions" else D(str(v)) for k, v in figures.items()}
    )


def _ip(kind: IpType, origin: IpOrigin, count: int, granted: dt.date, prefix: str) -> tuple[IpItem, ...]:
    return tuple(
        IpItem(
            type=kind,
            number=f"{prefix}-{i + 1}",
            title=f"{prefix} {i + 1}",
            granted_on=granted,
            origin=origin,
            transferred_on=granted if origin is IpOrigin.ASSIGNMENT else None,
            supports_main_product=True,
        )
        for i in range(count)
    )


def _self_score(advanced: str, core: str, organisation: tuple[int, int, int, int]) -> HnteSelfScore:
    return HnteSelfScore(
        tech_advanced=advanced, core_support=core, organisation=tuple(D(s) for s in organisation)
    )


def h1() -> Firm:
    """厦门云栈软件: software, registered 2016, a clear pass (76–91)."""
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no titles or awards
        profile=_profile(
            "厦门云栈软件有限公司", Industry.SOFTWARE_IT, "软件园三期", dt.date(2016, 3, 1), "企业云平台软件"
        ),
        years=(
            _year(2022, revenue=3200, rd_expense=220, rd_domestic=220, net_assets=1500, tech_conversions=5),
            _year(2023, revenue=4100, rd_expense=260, rd_domestic=260, net_assets=1900, tech_conversions=5),
            _year(
                2024,
                revenue=4800,
                rd_expense=300,
                rd_domestic=300,
                net_assets=2500,
                staff=85,
                st_staff=30,
                hitech_revenue=4300,
                total_income=4850,
                tech_conversions=6,
            ),
        ),
        ip=_ip(IpType.INVENTION, IpOrigin.OWN_RD, 2, dt.date(2021, 8, 10), "ZL-H1")
        + _ip(IpType.SOFTWARE_COPYRIGHT, IpOrigin.OWN_RD, 8, dt.date(2022, 5, 20), "RZ-H1"),
        hnte=_self_score("A", "A", (6, 5, 3, 3)),
    )


def h2() -> Firm:
    """厦门智衡装备: smart equipment, registered 2012; R&D 3.67% < 4%. 150 of R&D spent abroad."""
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no titles or awards
        ip_none_confirmed=True,  # nor any IP
        profile=_profile(
            "厦门智衡装备有限公司", Industry.INDUSTRIAL, "湖里区", dt.date(2012, 3, 1), "智能检测装备"
        ),
        years=(
            _year(2022, revenue=4800, rd_expense=170, rd_domestic=120, net_assets=2600),
            _year(2023, revenue=5600, rd_expense=210, rd_domestic=160, net_assets=3000),
            _year(
                2024,
                revenue=6500,
                rd_expense=240,
                rd_domestic=190,
                net_assets=3500,
                staff=140,
                st_staff=21,
                hitech_revenue=5200,
                total_income=6600,
            ),
        ),
    )


def h3() -> Firm:
    """厦门芯澜科技: IC design, registered 2023-03-15, young and borderline (56–71)."""
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no titles or awards
        profile=_profile(
            "厦门芯澜科技有限公司", Industry.SOFTWARE_IT, "火炬高新区", dt.date(2023, 3, 15), "集成电路设计"
        ),
        years=(
            _year(2022, revenue=0, rd_expense=0, net_assets=0),
            _year(2023, revenue=600, rd_expense=80, rd_domestic=80, net_assets=300, tech_conversions=2),
            _year(
                2024,
                revenue=1500,
                rd_expense=150,
                rd_domestic=150,
                net_assets=420,
                total_assets=600,
                staff=22,
                st_staff=9,
                hitech_revenue=1300,
                total_income=1520,
                tech_conversions=3,
            ),
        ),
        ip=_ip(IpType.INVENTION, IpOrigin.ASSIGNMENT, 1, dt.date(2023, 9, 1), "ZL-H3")
        + _ip(IpType.SOFTWARE_COPYRIGHT, IpOrigin.OWN_RD, 3, dt.date(2024, 4, 1), "RZ-H3"),
        hnte=_self_score("B", "B", (4, 4, 3, 2)),
    )


def h4() -> Firm:
    """厦门清溪环保: environmental equipment, registered 2012; fails staff (9.3%) and score (29–43)."""
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no titles or awards
        profile=_profile(
            "厦门清溪环保设备有限公司", Industry.INDUSTRIAL, "集美区", dt.date(2012, 3, 1), "污水处理设备"
        ),
        years=(
            _year(2022, revenue=9000, rd_expense=380, rd_domestic=380, net_assets=6000, tech_conversions=2),
            _year(2023, revenue=8500, rd_expense=370, rd_domestic=370, net_assets=6100, tech_conversions=2),
            _year(
                2024,
                revenue=8200,
                rd_expense=360,
                rd_domestic=360,
                net_assets=6150,
                total_assets=9800,
                staff=150,
                st_staff=14,
                hitech_revenue=6000,
                total_income=8300,
                tech_conversions=3,
            ),
        ),
        ip=_ip(IpType.UTILITY_MODEL, IpOrigin.OWN_RD, 3, dt.date(2021, 6, 1), "SY-H4"),
        hnte=_self_score("C", "C", (4, 3, 2, 2)),
    )


EXAMPLES = {"hnte_h1": h1, "hnte_h2": h2, "hnte_h3": h3, "hnte_h4": h4}
