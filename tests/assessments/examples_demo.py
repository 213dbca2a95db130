"""The app's built-in sample firm, 厦门鹭芯精密制造有限公司, saved as `resources/samples/demo.srdi`.

An invented but realistic Xiamen manufacturer (Torch Hi-tech Zone), assessed on 2026-05-15 for a new
application. Every input is filled, and several sit near a threshold so the app has gaps to show:

* FY2025 R&D share 1,200 ÷ 12,500 = 9.6%: the Xiamen target "above 10%" is missed by 50万元;
* eight valid Class I items owned (six own R&D, two assigned): the Xiamen target "more than 8" is
  missed by one; one more invention is only licensed in and one has lapsed;
* FY2025 main-business share 11,280 ÷ 12,500 = 90.24%, on the edge of the 2026 小巨人 floor of 90%;
* questionnaire score 58.875 with ten scenes at grade 3 or better: 二级, 1.125 points short of 三级;
* market share 6.8%, rank 5: short of the 2026 小巨人 "10% or national top three".

Rebuild the file after changing the builder with
`.venv/bin/python -c "from tests.assessments.examples_demo import write; write()"`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from assessments.model import (
    AccountsBasis,
    Award,
    Compliance,
    DigitalAnswers,
    ExcludedIndustry,
    FieldFlags,
    Firm,
    FiscalYear,
    HnteSelfScore,
    Honours,
    Industry,
    IpItem,
    IpOrigin,
    IpStatus,
    IpType,
    Level,
    Profile,
    Purpose,
    RdInstitution,
    Standard,
    StandardLevel,
    StandardRole,
    Title,
)
from assessments.paths import resources_dir
from assessments.storage.srdi_file import AssessmentFile, save

DEMO_PATH = resources_dir() / "samples" / "demo.srdi"
ON = dt.date(2026, 5, 15)
# 9 = registered with 工商, 1 = enterprise, 350200 = Xiamen; MA8UQ3K22 is an organisation code whose
# ninth character is the GB 11714 check; "L" is the GB 32100 check (credit_code.check_digit).
CREDIT_CODE = "91350200MA8UQ3K22L"


def _year(year: int, *, plan: bool = False, **figures: str | int) -> FiscalYear:
    values = {k: (v if k == "tech_conversions" else D(str(v))) for k, v in figures.items()}
    return FiscalYear(year=year, plan=plan, **values)


def profile() -> Profile:
    return Profile(
        name="厦门鹭芯精密制造有限公司",
        credit_code=CREDIT_CODE,
        industry=Industry.INDUSTRIAL,
        excluded_industry=ExcludedIndustry.NONE,
        district="湖里区（火炬高新区）",
        founded_on=dt.date(2014, 6, 18),
        niche_since=dt.date(2015, 3, 1),
        main_product="半导体封装设备用精密直线运动模组",
        fields=FieldFlags(
            strategic_emerging=True,
            six_foundations=True,  # 核心基础零部件
            chain_breakthrough=True,
            hnte_field=True,
            key_chain_position=True,
        ),
        compliance=Compliance(
            registered_in_china=True,
            clean_record=True,
            products_permitted=True,
            no_major_incidents=True,
            verified_accounts_tax=True,
        ),
        accounts_basis=AccountsBasis.SINGLE,
    )


def years() -> tuple[FiscalYear, ...]:
    return (
        _year(
            2023,
            revenue="9860",
            main_revenue="8920",
            rd_expense="865",
            rd_domestic="840",
            net_profit="742",
            total_assets="12850",
            total_liabilities="6120",
            net_assets="6730",
            staff=248,
            rd_staff=47,
            st_staff=61,
            hitech_revenue="7630",
            total_income="9960",
            costs_expenses="8980",
            qualified_equity="0",
            tech_conversions=4,
        ),
        _year(
            2024,
            revenue="11280",
            main_revenue="10230",
            rd_expense="1046",
            rd_domestic="1010",
            net_profit="918",
            total_assets="14120",
            total_liabilities="6540",
            net_assets="7580",
            staff=267,
            rd_staff=53,
            st_staff=66,
            hitech_revenue="8810",
            total_income="11390",
            costs_expenses="10180",
            qualified_equity="1500",  # Series A from a registered Xiamen VC fund, paid in
            tech_conversions=5,
        ),
        _year(
            2025,
            revenue="12500",
            main_revenue="11280",
            rd_expense="1200",
            rd_domestic="1152",
            net_profit="1065",
            total_assets="15600",
            total_liabilities="7020",
            net_assets="8580",
            staff=286,
            rd_staff=58,
            st_staff=72,
            hitech_revenue="9860",
            total_income="12640",
            costs_expenses="11150",
            qualified_equity="0",
            tech_conversions=6,
        ),
        _year(
            2026,
            plan=True,
            revenue="14200",
            main_revenue="12900",
            rd_expense="1450",
            rd_domestic="1400",
            net_profit="1230",
            total_assets="17300",
            total_liabilities="7650",
            net_assets="9650",
            staff=310,
            rd_staff=66,
            st_staff=80,
            hitech_revenue="11300",
            total_income="14350",
            costs_expenses="12650",
            qualified_equity="0",
            tech_conversions=6,
        ),
    )


def _invention(number: str, title: str, granted: dt.date, **more: object) -> IpItem:
    fields: dict[str, object] = {
        "origin": IpOrigin.OWN_RD,
        "supports_main_product": True,
        "applied_with_benefit": True,
        "holder_rank": 1,
        "high_value": False,
        **more,
    }
    return IpItem(type=IpType.INVENTION, number=number, title=title, granted_on=granted, **fields)


def ip() -> tuple[IpItem, ...]:
    return (
        _invention("ZL201810356721.4", "一种精密直线运动模组的预紧结构", dt.date(2020, 7, 14)),
        _invention(
            "ZL201910877042.6",
            "半导体封装设备用高刚性导轨滑块及其加工方法",
            dt.date(2021, 9, 3),
            high_value=True,  # a US family patent granted after examination
        ),
        _invention("ZL202010523318.3", "一种直线电机动子的散热装置", dt.date(2022, 5, 17)),
        _invention("ZL202110298765.8", "基于光栅反馈的运动平台定位误差补偿方法", dt.date(2023, 3, 21)),
        _invention(
            "ZL202210145632.1",
            "一种纳米级重复定位精度的气浮运动平台",
            dt.date(2024, 6, 11),
            holder_rank=2,  # joint with a university, which is listed first
        ),
        _invention(
            "ZL202310456789.0",
            "晶圆键合设备用多轴同步控制方法",
            dt.date(2025, 8, 26),
            applied_with_benefit=False,  # granted last summer, not yet in a product sold
        ),
        _invention(
            "ZL201710234567.9",
            "一种精密滚珠丝杠副的磨削工艺",
            dt.date(2019, 11, 12),
            origin=IpOrigin.ASSIGNMENT,
            transferred_on=dt.date(2023, 4, 20),
        ),
        _invention(
            "ZL202011098765.5",
            "直线导轨副的自润滑保持架",
            dt.date(2022, 10, 25),
            origin=IpOrigin.ASSIGNMENT,
            transferred_on=dt.date(2025, 11, 18),  # less than a year before the assessment date
        ),
        _invention(
            "ZL201610987654.7",
            "一种音圈电机驱动的微位移平台",
            dt.date(2018, 6, 5),
            origin=IpOrigin.LICENCE,  # exclusive licence from a research institute: not owned
            holder_rank=None,
        ),
        _invention(
            "ZL201510678901.0",
            "一种交叉滚柱导轨的装配方法",
            dt.date(2017, 9, 15),
            status=IpStatus.LAPSED,  # annual fee not paid in 2024
            applied_with_benefit=False,
        ),
        IpItem(
            type=IpType.UTILITY_MODEL,
            number="ZL202121234567.7",
            title="一种直线模组的防尘密封结构",
            granted_on=dt.date(2022, 3, 8),
            origin=IpOrigin.OWN_RD,
            supports_main_product=True,
            applied_with_benefit=True,
            holder_rank=1,
        ),
        IpItem(
            type=IpType.SOFTWARE_COPYRIGHT,
            number="2023SR0456789",
            title="鹭芯运动控制参数整定软件V2.0",
            granted_on=dt.date(2023, 4, 6),
            origin=IpOrigin.OWN_RD,
            supports_main_product=True,
            applied_with_benefit=True,
            holder_rank=1,
        ),
        IpItem(
            type=IpType.TRADEMARK,
            number="45678901",
            title="鹭芯 LUXIN（第7类）",
            granted_on=dt.date(2019, 8, 21),
            origin=IpOrigin.OWN_RD,
            supports_main_product=True,
            applied_with_benefit=True,
            holder_rank=1,
        ),
    )


def honours() -> Honours:
    return Honours(
        hnte=Title(granted_on=dt.date(2023, 11, 20), expires_on=dt.date(2026, 11, 19)),
        innovative_sme=Title(granted_on=dt.date(2024, 6, 28), expires_on=dt.date(2027, 6, 27)),
        awards=(
            Award(
                name="福建省科学技术进步奖二等奖（半导体封装高精度运动平台关键技术及产业化）",
                level=Level.PROVINCIAL,
                science_tech=True,
                rank=2,
                year=2024,
            ),
            Award(name="厦门市科学技术进步奖三等奖", level=Level.CITY, science_tech=True, rank=1, year=2022),
        ),
        rd_institutions=(
            RdInstitution(
                name="厦门市精密运动控制工程技术研究中心",
                level=Level.CITY,
                recognised_on=dt.date(2021, 12, 10),
            ),
        ),
        standards=(
            Standard(
                name="T/XMSA 0123—2024《半导体封装设备用直线运动模组》",
                level=StandardLevel.GROUP,
                role=StandardRole.MAIN,
                year=2024,
            ),
        ),
        quality_award=False,
        management_certified=True,  # ISO 9001:2015
        intl_product_cert=True,  # CE marking for the EU market
        own_brand=True,
        info_system_core=True,
        market_share_pct=D("6.8"),
        market_rank=5,
        market_leading=True,
        official_digital_level=None,  # not yet assessed on the platform: the questionnaire result shows
        srdi_dev_scores={2026: D("61")},
        local_feature_points=D("9"),
    )


def digital() -> DigitalAnswers:
    """2024 questionnaire: 27 + 18.375 + 13.5 = 58.875 points; 10 scenes at grade ≥3 (8 constraint)."""
    return DigitalAnswers(
        items={
            "Q1": ("B", "C", "E"),
            "Q2": ("D",),
            "Q3": ("C",),
            "Q4": ("B", "G", "H", "I", "L"),
            "Q5": ("C",),
            "Q6": ("B", "C", "E"),
            "Q7": ("B",),
            "Q8": ("D",),
            "Q9": ("B", "C", "D"),
            "Q10": ("B", "C", "D"),
            "Q11": ("C",),
            "Q12": ("C",),
            "Q13": ("B",),
            "Q14": ("B",),
            "Q15": ("B",),
        },
        scenes={
            "S1": 3,
            "S2": 2,
            "S3": 3,
            "S4": 2,
            "S5": 3,
            "S6": 3,
            "S7": 3,
            "S8": 3,
            "S9": 2,
            "S10": 2,
            "S11": 3,
            "S12": 3,
            "S13": 3,
            "S14": 2,
            "S15": 3,
            "S16": 1,
        },
    )


def demo_firm() -> Firm:
    return Firm(
        profile=profile(),
        years=years(),
        ip=ip(),
        honours=honours(),
        digital=digital(),
        hnte=HnteSelfScore(
            tech_advanced="B",
            core_support="A",
            organisation=(D("5"), D("5"), D("3"), D("3")),
            applying_on=dt.date(2026, 6, 30),  # renewal before the certificate ends in November
        ),
    )


def demo_file() -> AssessmentFile:
    return AssessmentFile(firm=demo_firm(), on=ON, purpose=Purpose.NEW)


def write(path: Path = DEMO_PATH) -> None:
    save(demo_file(), path)
