"""Worked example F of the domain reference (gradient-criteria.md §8): 厦门己电子元件股份有限公司.

The builder is the single definition of the firm; `resources/samples/firm_f.srdi` is written from it
(run this module) and a test checks that the file still loads equal to it.
The example gives the debt ratio only as 52%: assets 25,000 and liabilities 13,000 make it exactly.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

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
    Purpose,
    RdInstitution,
    Title,
)
from assessments.paths import resources_dir
from assessments.storage.srdi_file import AssessmentFile, save

from .builders import ALL_CLEAR

D = Decimal
F_ON = dt.date(2026, 4, 25)  # the 2026 filing window opens (工信厅企业函〔2026〕117号)
F_SAMPLE = resources_dir() / "samples" / "firm_f.srdi"


def firm_f() -> Firm:
    return Firm(profile=_profile(), years=_years(), ip=_patents(), honours=_honours())


def _profile() -> Profile:
    return Profile(
        name="厦门己电子元件股份有限公司",
        industry=Industry.INDUSTRIAL,
        excluded_industry=ExcludedIndustry.NONE,
        niche_since=dt.date(2013, 6, 1),  # 12 full years to 2025-12-31
        main_product="电子元件（核心基础元器件）",
        fields=FieldFlags(six_foundations=True, key_chain_position=True),
        compliance=ALL_CLEAR,
    )


def _years() -> tuple[FiscalYear, ...]:
    return (
        FiscalYear(year=2023, revenue=D(14500), main_revenue=D(13600)),
        FiscalYear(year=2024, revenue=D(16000), main_revenue=D(15000), rd_expense=D(900)),
        FiscalYear(
            year=2025,
            revenue=D(18000),
            main_revenue=D(17000),
            rd_expense=D(1080),
            staff=D(420),
            rd_staff=D(70),
            total_assets=D(25000),
            total_liabilities=D(13000),
        ),
    )


def _patents() -> tuple[IpItem, ...]:
    return tuple(
        IpItem(
            type=IpType.INVENTION,
            number=f"ZL20{15 + i}1000000{i}.X",
            title=f"电子元件发明专利{i + 1}",
            granted_on=dt.date(2016 + i, 5, 10),
            origin=IpOrigin.OWN_RD,
            supports_main_product=True,
            applied_with_benefit=True,
            holder_rank=1,
        )
        for i in range(6)
    )


def _honours() -> Honours:
    return Honours(
        srdi_sme=Title(granted_on=dt.date(2024, 6, 1)),  # the Xiamen title, valid three years
        rd_institutions=(RdInstitution(name="省级企业技术中心", level=Level.PROVINCIAL),),
        management_certified=True,  # ISO 9001 + IATF 16949
        own_brand=True,
        info_system_core=True,  # MES / ERP in production
        market_share_pct=D(12),
        market_rank=3,
        official_digital_level=3,
    )


def write_sample(path: Path = F_SAMPLE) -> None:
    save(AssessmentFile(firm_f(), F_ON, Purpose.NEW), path)


if __name__ == "__main__":
    write_sample()
