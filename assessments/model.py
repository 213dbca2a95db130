"""What a firm enters: profile, fiscal years, IP register, honours and digital answers; plus its planned
spend for the support measures and the action plan the user keeps.

Every input is optional: a missing value is "to confirm" (待确认) in the results, never a zero.
Money is in 万元 (10,000 RMB) as `Decimal`; staff are head counts. The models check types and the
bounds of what no firm can have (an amount beyond 10 trillion yuan, a year outside 1949–2100, a
grade off its scale, a name of 10,000 characters: `docs/limits.md`); the domain checks (negative
amounts, main revenue above revenue…) live in `validation.py`, so a file with a wrong but possible
number still loads and the user can correct it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from assessments.numbers import num
from assessments.results import Text

# --- bounds: what no firm can have (docs/limits.md) -----------------------------------------------

AMOUNT_CEILING = Decimal(10) ** 12  # 万元 (10^16 yuan): far above any firm, yet exact in every sum
STAFF_CEILING = Decimal(10) ** 7  # people: the largest employers have a few million
COUNT_CEILING = 10**6  # items, ranks, months
YEAR_MIN, YEAR_MAX = 1949, 2100
DATE_MIN, DATE_MAX = dt.date(YEAR_MIN, 1, 1), dt.date(YEAR_MAX, 12, 31)
NAME_LENGTH = 200  # names, numbers, owners, paths
LONG_TEXT_LENGTH = 500  # the main product, an IP item's title, an action's id
NOTE_LENGTH = 2000  # the user's notes
CODE_LENGTH = 50  # credit code, option keys, grade letters, units
MULTILINE = frozenset("\t\n\r")  # allowed in notes only


def amount_problem(value: Decimal, ceiling: Decimal = AMOUNT_CEILING) -> Text | None:
    """Why `value` is beyond what any firm has, or None; the one check the model and the app share."""
    if abs(value) <= ceiling:
        return None
    wan = ceiling == AMOUNT_CEILING
    limit_zh = f"{num(ceiling)}万元（即1亿亿元）" if wan else num(ceiling)
    limit_en = f"{num(ceiling)} 万元 (10^16 yuan)" if wan else num(ceiling)
    return Text(f"超出上限：绝对值不能超过{limit_zh}", f"beyond the ceiling: at most {limit_en} either way")


def _refuse(problem: Text | None) -> None:
    """Raise a validation error carrying both languages (shown beside the field and in load errors)."""
    if problem is not None:
        raise PydanticCustomError("srdi_limit", problem.en, {"zh": problem.zh, "en": problem.en})


def _within(ceiling: Decimal) -> AfterValidator:
    def check(value: Decimal) -> Decimal:
        _refuse(amount_problem(value, ceiling))
        return value

    return AfterValidator(check)


def date_problem(value: dt.date) -> Text | None:
    """Why `value` is no date an input can have (before 1949 or after 2100), or None."""
    if DATE_MIN <= value <= DATE_MAX:
        return None
    return Text(
        f"日期超出范围：应在{DATE_MIN.isoformat()}至{DATE_MAX.isoformat()}之间",
        f"date out of range: must lie between {DATE_MIN.isoformat()} and {DATE_MAX.isoformat()}",
    )


def _within_dates(value: dt.date) -> dt.date:
    _refuse(date_problem(value))
    return value


def text_problem(value: str, multiline: bool = False) -> Text | None:
    """A control character or a lone surrogate (which no file can encode), or None."""
    allowed = MULTILINE if multiline else frozenset()
    for i, char in enumerate(value):
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:
            return Text(
                f"第{i + 1}个字符无效（孤立的代理项）", f"character {i + 1} is invalid (a lone surrogate)"
            )
        if (code < 0x20 or 0x7F <= code <= 0x9F) and char not in allowed:
            return Text(
                f"第{i + 1}个字符是控制字符（U+{code:04X}）",
                f"character {i + 1} is a control character (U+{code:04X})",
            )
    return None


def _clean(multiline: bool) -> AfterValidator:
    def check(value: str) -> str:
        _refuse(text_problem(value, multiline))
        return value

    return AfterValidator(check)


def _ranged(ceiling: Decimal) -> Any:
    """The ceiling in the JSON Schema too, on the number form (a string's magnitude has no keyword)."""

    def add(schema: dict[str, Any]) -> None:
        for option in schema.get("anyOf", [schema]):
            if option.get("type") == "number":
                option.update(minimum=float(-ceiling), maximum=float(ceiling))

    return Field(json_schema_extra=add)


# Decimals are written to JSON as strings so that no float ever touches a figure.
_AS_STRING = PlainSerializer(lambda d: str(d), return_type=str, when_used="json")
Amount = Annotated[Decimal, _AS_STRING, _within(AMOUNT_CEILING), _ranged(AMOUNT_CEILING)]
Staff = Annotated[Decimal, _AS_STRING, _within(STAFF_CEILING), _ranged(STAFF_CEILING)]
Percent = Annotated[Decimal, _AS_STRING, Field(ge=0, le=100)]
Count = Annotated[int, Field(ge=-COUNT_CEILING, le=COUNT_CEILING)]
Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]
# The JSON Schema has no date range: a pattern on the year says 1949–2100.
_YEARS_PATTERN = r"^(19(49|[5-9]\d)|20\d\d|2100)-\d\d-\d\d$"
Date = Annotated[dt.date, AfterValidator(_within_dates), Field(json_schema_extra={"pattern": _YEARS_PATTERN})]
Name = Annotated[str, StringConstraints(max_length=NAME_LENGTH), _clean(multiline=False)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_LENGTH), _clean(multiline=False)]
Note = Annotated[str, StringConstraints(max_length=NOTE_LENGTH), _clean(multiline=True)]
Code = Annotated[str, StringConstraints(max_length=CODE_LENGTH), _clean(multiline=False)]
Grade = Annotated[int, Field(ge=0, le=4)]  # a digital level or a scene grade (工信厅企业〔2024〕56号)


def _points(top: int) -> Any:
    """Points on a fixed scale: outside it no answer exists (the scheme would have to guess)."""
    return Annotated[Decimal, _AS_STRING, Field(ge=0, le=top)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Industry(StrEnum):
    """Industries of the SME size table (工信部联企业〔2011〕300号 第四条)."""

    INDUSTRIAL = "industrial"
    SOFTWARE_IT = "software_it"
    INFO_TRANSMISSION = "info_transmission"
    WHOLESALE = "wholesale"
    RETAIL = "retail"
    CONSTRUCTION = "construction"
    TRANSPORT = "transport"
    WAREHOUSING = "warehousing"
    POSTAL = "postal"
    HOTEL = "hotel"
    CATERING = "catering"
    REAL_ESTATE = "real_estate"
    PROPERTY_MANAGEMENT = "property_management"
    LEASING_BUSINESS = "leasing_business"
    AGRICULTURE = "agriculture"
    OTHER = "other"


class ExcludedIndustry(StrEnum):
    """Industries outside the R&D super-deduction (财税〔2015〕119号), so outside 科技型中小企业
    (国科火字〔2022〕67号 条件(三)); asked where the size-table industry cannot tell."""

    TOBACCO = "tobacco"  # 烟草制造业
    ACCOMMODATION_CATERING = "accommodation_catering"  # 住宿和餐饮业
    WHOLESALE_RETAIL = "wholesale_retail"  # 批发和零售业
    REAL_ESTATE = "real_estate"  # 房地产业
    LEASING_BUSINESS = "leasing_business"  # 租赁和商务服务业
    ENTERTAINMENT = "entertainment"  # 娱乐业
    NONE = "none"  # none of these


class Purpose(StrEnum):
    NEW = "new"  # a new application (申报)
    REVIEW = "review"  # a re-review of a title held (复核)


class AccountsBasis(StrEnum):
    SINGLE = "single"
    CONSOLIDATED = "consolidated"


class FieldFlags(Frozen):
    """Where the main product sits; each flag is yes, no or not yet known."""

    strategic_emerging: bool | None = None  # 属于《战略性新兴产业分类》
    six_foundations: bool | None = None  # 工业"六基"、中华老字号或关键产业链龙头配套
    chain_breakthrough: bool | None = None  # 补短板、锻长板、填空白取得实际成效
    hnte_field: bool | None = None  # 核心技术属于《国家重点支持的高新技术领域》
    key_chain_position: bool | None = None  # 位于产业链关键环节、发挥补短板锻长板作用


class Compliance(Frozen):
    """The common gate every tier shares; the firm answers, the tool cannot check."""

    registered_in_china: bool | None = None
    clean_record: bool | None = None  # 未列入经营异常名录、严重失信主体名单
    products_permitted: bool | None = None  # 产品不属于禁止、限制、淘汰类
    no_major_incidents: bool | None = None  # 近三年无重大安全、质量、环境事故和偷漏税
    verified_accounts_tax: bool | None = None  # 查账征收 (科技型中小企业)


class Profile(Frozen):
    name: Name = ""
    credit_code: Code | None = None  # 统一社会信用代码, GB 32100-2015
    industry: Industry | None = None
    excluded_industry: ExcludedIndustry | None = None  # 财税〔2015〕119号 industries (科技型中小企业)
    district: Name | None = None
    founded_on: Date | None = None
    niche_since: Date | None = None  # 开始从事特定细分市场
    main_product: LongText | None = None
    fields: FieldFlags = FieldFlags()
    compliance: Compliance = Compliance()
    accounts_basis: AccountsBasis | None = None


class FiscalYear(Frozen):
    """One fiscal year's figures; 万元 for money, people for staff."""

    year: Year
    plan: bool = False  # the current year's plan, used for what-if projections only
    revenue: Amount | None = None  # 营业收入
    main_revenue: Amount | None = None  # 主营业务收入
    rd_expense: Amount | None = None  # 研发费用
    rd_domestic: Amount | None = None  # 境内研发费用
    net_profit: Amount | None = None  # 净利润
    total_assets: Amount | None = None  # 资产总额 (year end)
    total_liabilities: Amount | None = None  # 负债总额 (year end)
    net_assets: Amount | None = None  # 净资产 (year end); assets − liabilities when not given
    staff: Staff | None = None  # 职工总数
    rd_staff: Staff | None = None  # 研发人员
    st_staff: Staff | None = None  # 科技人员
    hitech_revenue: Amount | None = None  # 高新技术产品（服务）收入
    total_income: Amount | None = None  # 总收入 (高企)
    costs_expenses: Amount | None = None  # 成本费用支出总额 (科技型中小企业)
    qualified_equity: Amount | None = None  # 合格机构投资者实缴的新增股权融资
    tech_conversions: Count | None = None  # 科技成果转化项数 (高企)

    @property
    def net_assets_value(self) -> Decimal | None:
        if self.net_assets is not None:
            return self.net_assets
        if self.total_assets is None or self.total_liabilities is None:
            return None
        return self.total_assets - self.total_liabilities


class IpType(StrEnum):
    INVENTION = "invention"
    DEFENCE_PATENT = "defence_patent"
    PLANT_VARIETY = "plant_variety"
    CROP_VARIETY = "crop_variety"
    NEW_DRUG = "new_drug"
    TCM_GRADE1 = "tcm_grade1"
    IC_LAYOUT = "ic_layout"
    UTILITY_MODEL = "utility_model"
    DESIGN = "design"
    SOFTWARE_COPYRIGHT = "software_copyright"
    TRADEMARK = "trademark"
    OTHER = "other"


class IpStatus(StrEnum):
    VALID = "valid"
    PENDING = "pending"
    LAPSED = "lapsed"


class IpOrigin(StrEnum):
    OWN_RD = "own_rd"  # 自主研发
    ASSIGNMENT = "assignment"  # 受让
    GIFT = "gift"  # 受赠
    MERGER = "merger"  # 并购
    LICENCE = "licence"  # 许可 (not ownership)


class IpItem(Frozen):
    """One row of the IP register (decision 10 of the domain reference)."""

    type: IpType
    number: Name = ""
    title: LongText = ""
    granted_on: Date | None = None
    status: IpStatus = IpStatus.VALID
    origin: IpOrigin | None = None
    transferred_on: Date | None = None  # when it was assigned to the firm
    supports_main_product: bool | None = None
    applied_with_benefit: bool | None = None  # 实际应用并产生经济效益
    holder_rank: Count | None = None  # the firm's rank among right holders (1 = first)
    high_value: bool | None = None  # Ⅰ类高价值: overseas family, >10 years, pledge, award
    used_in_hnte: bool = False  # a Class II item already used in an earlier 高企 application


class Level(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"  # 省部级 (a ministry counts the same)
    CITY = "city"
    BELOW_CITY = "below_city"


class Award(Frozen):
    name: Name = ""
    level: Level
    science_tech: bool = True  # a 科技奖励 (science and technology award)
    rank: Count | None = None  # rank among the winning units
    year: Year


class RdInstitution(Frozen):
    name: Name = ""
    level: Level
    recognised_on: Date | None = None


class StandardRole(StrEnum):
    LEAD = "lead"  # 主导制定 / 第一起草单位
    MAIN = "main"  # 主要起草单位
    PARTICIPANT = "participant"


class StandardLevel(StrEnum):
    INTERNATIONAL = "international"
    NATIONAL = "national"
    INDUSTRY = "industry"
    LOCAL = "local"
    GROUP = "group"


class Standard(Frozen):
    name: Name = ""
    level: StandardLevel
    role: StandardRole
    year: Year


class Title(Frozen):
    """A title or certificate held: when it was granted and, if known, when it ends."""

    granted_on: Date
    expires_on: Date | None = None


HONOURS_LISTS = (
    "hnte",
    "innovative_sme",
    "tech_sme",
    "srdi_sme",
    "little_giant",
    "demo_enterprise",
    "ip_advantage",
    "awards",
    "rd_institutions",
    "standards",
)


def _drop_confirmation(data: Any, lists: tuple[str, ...], flag: str) -> Any:
    """A list with entries is answered by them: a "none" confirmed before an entry was added lapses."""
    if isinstance(data, dict) and data.get(flag) and any(data.get(name) for name in lists):
        return {**data, flag: False}
    return data


class Honours(Frozen):
    hnte: Title | None = None  # 高新技术企业证书
    innovative_sme: Title | None = None  # 创新型中小企业
    tech_sme: Title | None = None  # 科技型中小企业 (入库)
    srdi_sme: Title | None = None  # 专精特新中小企业
    little_giant: Title | None = None  # 专精特新"小巨人"
    demo_enterprise: Title | None = None  # 国家级技术创新示范企业
    ip_advantage: Title | None = None  # 知识产权优势企业 / 示范企业
    awards: tuple[Award, ...] = ()
    rd_institutions: tuple[RdInstitution, ...] = ()
    standards: tuple[Standard, ...] = ()
    quality_award: bool | None = None  # 省级以上质量奖
    management_certified: bool | None = None  # ISO 9001 等管理体系认证
    intl_product_cert: bool | None = None  # 产品通过发达国家和地区认证
    own_brand: bool | None = None
    info_system_core: bool | None = None  # 至少1项核心业务采用信息系统支撑
    market_share_pct: Percent | None = None  # 主导产品全国细分市场占有率, %
    market_rank: Count | None = None  # 国内细分市场排名
    market_leading: bool | None = None  # 细分市场占有率"较为靠前"
    chuangke_top500_year: Year | None = None  # "创客中国"全国500强企业组
    chuangke_top50_year: Year | None = None  # "创客中国"全国50强企业组
    official_digital_level: Grade | None = None
    # Decision 14: an empty honours list is "to confirm" until the user says there are none.
    none_confirmed: bool = Field(
        False,
        description="用户已确认没有荣誉和称号（清单为空时）/ the user confirmed there are no titles or honours",
    )
    srdi_dev_scores: dict[Year, _points(100)] = {}  # 专精特新发展评价得分 by year, of 100
    local_feature_points: _points(15) | None = None  # 地方特色指标 (附件2 指标9), 0–15

    @model_validator(mode="before")
    @classmethod
    def _listed_means_answered(cls, data: Any) -> Any:
        return _drop_confirmation(data, HONOURS_LISTS, "none_confirmed")

    @property
    def listed(self) -> bool:
        """Any title, award, R&D institution or standard entered."""
        return any(getattr(self, name) for name in HONOURS_LISTS)

    @property
    def answered(self) -> bool:
        """Entered, or confirmed as none (decision 14); else every honour criterion is to confirm."""
        return self.listed or self.none_confirmed


class HnteSelfScore(Frozen):
    """The 高企 items that experts judge; the firm may give its own grade letters."""

    tech_advanced: Code | None = None  # A–E 技术的先进程度
    core_support: Code | None = None  # A–E 核心支持作用
    # 研发组织管理 items (1)–(4) within their caps (国科发火〔2016〕195号 附件2: 6, 6, 4, 4 points)
    organisation: tuple[_points(6), _points(6), _points(4), _points(4)] | None = None
    applying_on: Date | None = None


class DigitalAnswers(Frozen):
    """Answers to the 2024 questionnaire: option keys per item and a level 0–4 per scene."""

    items: dict[Code, tuple[Code, ...]] = {}  # "Q1" → ("B", "C")
    scenes: dict[Code, Grade] = {}  # "S1" → 0..4


class Firm(Frozen):
    profile: Profile = Profile()
    years: tuple[FiscalYear, ...] = ()
    ip: tuple[IpItem, ...] = ()
    # Decision 14: an empty register is "to confirm" until the user says there is no IP.
    ip_none_confirmed: bool = Field(
        False, description="用户已确认没有知识产权（清单为空时）/ the user confirmed the firm holds no IP"
    )
    honours: Honours = Honours()
    digital: DigitalAnswers = DigitalAnswers()
    hnte: HnteSelfScore = HnteSelfScore()

    @model_validator(mode="before")
    @classmethod
    def _listed_means_answered(cls, data: Any) -> Any:
        return _drop_confirmation(data, ("ip",), "ip_none_confirmed")

    @property
    def ip_answered(self) -> bool:
        """Items entered, or "no IP" confirmed (decision 14); else every IP count is to confirm."""
        return bool(self.ip) or self.ip_none_confirmed

    def year(self, year: int) -> FiscalYear | None:
        return next((y for y in self.years if y.year == year and not y.plan), None)

    def plan(self) -> FiscalYear | None:
        return next((y for y in self.years if y.plan), None)


# --- support measures and the action plan (file format 2: optional top-level sections) ------------


class CreditPolicy(Frozen):
    """One domestic trade-credit-insurance policy (措施39 counts the premium within 7‰ per policy)."""

    premium: Amount = Field(description="实缴保费（万元）/ premium paid (万元)")
    rate_permille: Amount = Field(gt=0, le=1000, description="保险费率（‰）/ premium rate (permille)")


class PledgeLoan(Frozen):
    """One patent or trademark pledge loan (措施13)."""

    amount: Amount = Field(description="贷款金额（万元）/ loan amount (万元)")
    rate_pct: Percent = Field(description="年利率（%）/ annual interest rate (percent)")
    months: int = Field(ge=0, le=COUNT_CEILING, description="贴息月数 / months of interest")


class PlannedStandard(Frozen):
    """Standards the firm plans to draft (措施14)."""

    level: StandardLevel
    role: StandardRole
    count: int = Field(1, ge=1, le=COUNT_CEILING)


class PlannedSpend(Frozen):
    """What the firm plans to spend, and its own statements the support measures need.

    Every figure is optional: an unknown spend leaves a measure's amount to estimate, never zero.
    """

    equipment_last_year: Amount | None = Field(
        None, description="上年度设备投入（万元）/ last year's equipment investment"
    )
    digital_retrofit: Amount | None = Field(
        None, description="数字化改造投入（万元）/ digital-retrofit spend"
    )
    retrofit_level_after: Grade | None = Field(
        None, description="改造后预计数字化水平等级 / digital level expected after the retrofit"
    )
    consulting: Amount | None = Field(
        None, description="管理咨询服务费用（万元）/ management-consulting fees"
    )
    training_person_days: Amount | None = Field(
        None, description="数字化技能培训（人次·天）/ training person-days"
    )
    credit_insurance: tuple[CreditPolicy, ...] = ()
    ip_loans: tuple[PledgeLoan, ...] = ()
    lpr_1y_pct: Percent | None = Field(
        None, description="一年期贷款市场报价利率LPR（%），用户填写 / one-year LPR (percent)"
    )
    joint_lab_equipment: Amount | None = Field(
        None,
        description="联合实验室新增研发设备非财政资金投入（万元）/ new R&D equipment of a joint lab (non-fiscal)",
    )
    standards: tuple[PlannedStandard, ...] = ()
    fair_venue_rent: Amount | None = Field(
        None, description="国内推介会、订货会等场租（万元）/ venue rent of domestic events"
    )
    reserve_listed: bool | None = Field(
        None,
        description="已列入专精特新“小巨人”后备企业名单（企业自述）/ on the little-giant reserve list (the firm's word)",
    )
    key_little_giant: bool | None = Field(
        None, description="已入选专精特新重点“小巨人”/ selected as a key little giant"
    )


class Change(Frozen):
    """One input an action changes: its new value at `path`, and the value before.

    Two paths are not plain values: `ip` adds `value` Class I items to the register, and a title path
    (`honours.srdi_sme`, unit "title") means the title obtained on the assessment date.
    """

    path: Name
    value: Amount
    before: Amount | None = None
    unit: Code = ""  # wan, staff, count, level, pct, title


class Flip(Frozen):
    """What an action changes in the results, found by re-running the engine.

    `row` is empty for the scheme's verdict; `kind` says whether before/after are verdicts, statuses or points.
    """

    scheme: Code
    row: Code = ""
    kind: Literal["verdict", "status", "points"]
    before: Code
    after: Code


class Action(Frozen):
    """One step of the action plan; `owner`, `due`, `done` and `note` are the user's to edit."""

    id: LongText
    text: Text
    changes: tuple[Change, ...] = ()
    flips: tuple[Flip, ...] = ()
    measures: tuple[Count, ...] = ()  # numbers of the support measures that co-fund it
    cost: Amount | None = None  # 万元
    subsidy: Amount | None = None  # 万元, claimable measures only
    net_cost: Amount | None = None  # cost − subsidy
    owner: Name = ""
    due: Date | None = None
    done: bool = False
    note: Note = ""


class ActionPlan(Frozen):
    actions: tuple[Action, ...] = ()
    generated_on: Date
