"""The worked examples A–E of the domain reference (gradient-criteria.md §8) as firm builders.

Each builder holds the example's inputs and nothing else, with three kinds of completion the
engine needs, each marked in a comment: the compliance answers (all yes), 0 for equity where the
example says the firm has none, and plain figures behind a ratio the example gives only as a
percentage (debt 45% → liabilities 4,500 of assets 10,000). The same firms are shipped as
`resources/samples/firm_<id>.srdi`; a test keeps the two equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from assessments.model import (
    ExcludedIndustry,
    FieldFlags,
    Firm,
    FiscalYear,
    Honours,
    Industry,
    IpItem,
    IpOrigin,
    IpType,
    Level,
    Profile,
    RdInstitution,
    Title,
)

from .builders import ALL_CLEAR

D = Decimal


def _profile(name: str, industry: Industry, **fields: object) -> Profile:
    answers: dict[str, object] = {
        "excluded_industry": ExcludedIndustry.NONE,
        **fields,
    }  # 科技型 condition (3)
    return Profile(name=name, industry=industry, compliance=ALL_CLEAR, **answers)


def firm_a() -> Firm:
    """厦门甲精密科技: clearly passes 专精特新 under the 2022 measures (74 points)."""
    own_patent = IpItem(
        type=IpType.INVENTION,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        applied_with_benefit=True,  # "used in product"
        holder_rank=1,  # self-developed: the firm is the patentee
        high_value=False,  # "none high-value"
    )
    return Firm(
        profile=_profile(
            "厦门甲精密科技有限公司",
            Industry.INDUSTRIAL,
            niche_since=dt.date(2016, 7, 1),  # "mid-2016 (9 full years)"
            main_product="精密零部件",
            # 核心基础零部件 = 工业"六基"; the example scores it 3, so not a chain breakthrough.
            fields=FieldFlags(six_foundations=True, chain_breakthrough=False),
        ),
        years=(
            FiscalYear(year=2023, revenue=D(5900), main_revenue=D(5500)),
            FiscalYear(year=2024, revenue=D(6800), main_revenue=D(6400), rd_expense=D(430)),
            FiscalYear(
                year=2025,
                revenue=D(8000),
                main_revenue=D(7600),
                rd_expense=D(520),
                staff=D(180),
                rd_staff=D(40),
                net_profit=D(880),
                total_assets=D(10000),  # debt ratio 45%
                total_liabilities=D(4500),
            ),
        ),
        ip=(own_patent, own_patent, own_patent),
        honours=Honours(
            hnte=Title(granted_on=dt.date(2024, 11, 1)),  # "valid 高新技术企业"
            management_certified=True,  # ISO9001
            own_brand=True,
            rd_institutions=(RdInstitution(name="市级企业技术中心", level=Level.CITY),),
            official_digital_level=3,
        ),
    )


def firm_b() -> Firm:
    """厦门乙信息技术: fails condition (二) on R&D (90万 and 2.81%)."""
    copyright_ = IpItem(type=IpType.SOFTWARE_COPYRIGHT, origin=IpOrigin.OWN_RD, supports_main_product=True)
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no honours
        profile=_profile(
            "厦门乙信息技术有限公司",
            Industry.SOFTWARE_IT,
            main_product="新一代信息技术软件",
            fields=FieldFlags(strategic_emerging=True),
        ),
        years=(
            FiscalYear(
                year=2024, revenue=D(2700), main_revenue=D(2600), rd_expense=D(85), qualified_equity=D(0)
            ),
            FiscalYear(
                year=2025,
                revenue=D(3200),
                main_revenue=D(3000),
                rd_expense=D(90),
                staff=D(85),
                total_assets=D(1000),  # debt ratio 60%
                total_liabilities=D(600),
                qualified_equity=D(0),  # "no … equity"
            ),
        ),
        ip=(copyright_,) * 8,
    )


def firm_c() -> Firm:
    """厦门丙生物医药: qualifies through direct conditions 2 and 3 (2022); the IP test blocks it in 2026."""
    patent = IpItem(
        type=IpType.INVENTION,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        applied_with_benefit=False,  # "product still in clinical stage": no economic benefit yet
        holder_rank=1,  # self-developed: the firm is the patentee
    )
    return Firm(
        honours=Honours(none_confirmed=True),  # the example lists no honours
        profile=_profile(
            "厦门丙生物医药科技有限公司",
            Industry.INDUSTRIAL,
            niche_since=dt.date(2022, 3, 1),  # "since 2022-03"
            main_product="创新药",
        ),
        years=(
            # "paid-in equity 2024–2025 = 7,000": the example gives the total only, split evenly here.
            FiscalYear(year=2024, revenue=D(600), rd_expense=D(1500), qualified_equity=D(3500)),
            FiscalYear(
                year=2025,
                revenue=D(900),
                main_revenue=D(850),
                rd_expense=D(1800),
                staff=D(60),
                net_profit=D(-1500),  # "net loss" (amount not given)
                total_assets=D(10000),  # debt ratio 30%
                total_liabilities=D(3000),
                qualified_equity=D(3500),
            ),
        ),
        ip=(patent, patent),
    )


def firm_d() -> Firm:
    """厦门丁电子制造: a large firm by size (1,200 staff and 52,000万), so no tier applies."""
    return Firm(
        ip_none_confirmed=True,  # the example lists no IP and no honours
        honours=Honours(none_confirmed=True),
        profile=_profile("厦门丁电子制造有限公司", Industry.INDUSTRIAL),
        years=(FiscalYear(year=2025, revenue=D(52000), staff=D(1200)),),
    )


def firm_e() -> Firm:
    """厦门戊环保设备: every figure on an edge; 60 points under the better-band rule.

    The example lists 主营 2023 = 661.16 and says "10.0% growth each year". The two cannot both hold:
    727.27 ÷ 661.16 − 1 = 9.9991%, so the mean growth would be 9.99975%, below the 10% edge when
    compared exactly (decision 4). 661.15 keeps both rates at 10.00% as displayed (10.0008% and
    10.0004%), which is what the example is about; `test_srdi_sme` shows the 661.16 variant too.
    """
    transferred = IpItem(
        type=IpType.INVENTION,
        origin=IpOrigin.ASSIGNMENT,
        transferred_on=dt.date(2023, 6, 1),  # "acquired by transfer in 2023"
        supports_main_product=True,
        high_value=False,  # the example scores it 6 (Class I, not high-value)
    )
    return Firm(
        profile=_profile(
            "厦门戊环保设备有限公司",
            Industry.INDUSTRIAL,
            niche_since=dt.date(2024, 1, 1),
            main_product="环保设备",
            # "field: none" (and 创新型 scores it "other").
            fields=FieldFlags(strategic_emerging=False, six_foundations=False, chain_breakthrough=False),
        ),
        years=(
            FiscalYear(year=2023, main_revenue=D("661.15")),
            FiscalYear(year=2024, main_revenue=D("727.27"), qualified_equity=D(0)),
            FiscalYear(
                year=2025,
                revenue=D("1000.00"),
                main_revenue=D("800.00"),
                rd_expense=D("100.00"),
                staff=D(45),
                rd_staff=D(9),
                net_profit=D(100),
                total_assets=D(1200),  # debt ratio 50.0%
                total_liabilities=D(600),
                qualified_equity=D(0),  # "(no equity)"
            ),
        ),
        ip=(transferred,),
        honours=Honours(
            management_certified=True,  # "ISO9001 only"
            quality_award=False,
            own_brand=False,
            rd_institutions=(RdInstitution(name="企业研发部", level=Level.BELOW_CITY),),
            official_digital_level=2,
        ),
    )


# Sample id → (builder, assessment date as in the example). D has no date in the example.
SAMPLES: dict[str, tuple[Callable[[], Firm], dt.date]] = {
    "firm_a": (firm_a, dt.date(2026, 3, 15)),
    "firm_b": (firm_b, dt.date(2026, 3, 15)),
    "firm_c": (firm_c, dt.date(2026, 2, 15)),
    "firm_d": (firm_d, dt.date(2026, 3, 15)),
    "firm_e": (firm_e, dt.date(2026, 3, 15)),
}
