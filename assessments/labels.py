"""Names of the inputs in both languages, shared by results, validation messages and exports."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from assessments.model import IpOrigin, IpStatus, IpType
from assessments.numbers import OP_SIGN, en_count, fmt_unit, points_num
from assessments.results import Row, Text
from assessments.rules.schema import Confidence, Threshold

YEAR_FIELDS: dict[str, Text] = {
    "revenue": Text("营业收入", "operating revenue"),
    "main_revenue": Text("主营业务收入", "main-business revenue"),
    "rd_expense": Text("研发费用", "R&D expense"),
    "rd_domestic": Text("境内研发费用", "R&D spent in China"),
    "net_profit": Text("净利润", "net profit"),
    "total_assets": Text("资产总额", "total assets"),
    "total_liabilities": Text("负债总额", "total liabilities"),
    "net_assets": Text("净资产", "net assets"),
    "staff": Text("职工总数", "total staff"),
    "rd_staff": Text("研发人员", "R&D staff"),
    "st_staff": Text("科技人员", "S&T staff"),
    "hitech_revenue": Text("高新技术产品（服务）收入", "high-tech product (service) income"),
    "total_income": Text("总收入", "total income"),
    "costs_expenses": Text("成本费用支出总额", "total costs and expenses"),
    "qualified_equity": Text("合格机构投资者实缴新增股权融资", "new equity paid in by qualified investors"),
    "tech_conversions": Text("科技成果转化项数", "technology results converted"),
}

PROFILE_FIELDS: dict[str, Text] = {
    "name": Text("企业名称", "firm name"),
    "credit_code": Text("统一社会信用代码", "unified social credit code"),
    "industry": Text("所属行业", "industry"),
    "district": Text("所在区（园区）", "district or park"),
    "founded_on": Text("成立日期", "founding date"),
    "niche_since": Text("进入细分市场时间", "start in the niche market"),
    "main_product": Text("主导产品", "main product"),
}

INDUSTRIES: dict[str, Text] = {
    "industrial": Text("工业（采矿、制造、电力热力燃气水）", "industry (mining, manufacturing, utilities)"),
    "software_it": Text("软件和信息技术服务业", "software and IT services"),
    "info_transmission": Text("信息传输业", "information transmission"),
    "wholesale": Text("批发业", "wholesale"),
    "retail": Text("零售业", "retail"),
    "construction": Text("建筑业", "construction"),
    "transport": Text("交通运输业", "transport"),
    "warehousing": Text("仓储业", "warehousing"),
    "postal": Text("邮政业", "postal services"),
    "hotel": Text("住宿业", "hotels"),
    "catering": Text("餐饮业", "catering"),
    "real_estate": Text("房地产开发经营", "real-estate development"),
    "property_management": Text("物业管理", "property management"),
    "leasing_business": Text("租赁和商务服务业", "leasing and business services"),
    "agriculture": Text("农、林、牧、渔业", "agriculture, forestry, animal husbandry, fishery"),
    "other": Text("其他未列明行业", "other industries"),
}


def year_field(year: int, name: str) -> Text:
    label = YEAR_FIELDS[name]
    return Text(f"{year}年{label.zh}", f"FY{year} {label.en}")


# A scored indicator below its maximum shows its score with a neutral mark, never a failure's cross.
SCORE_MARK = "·"


def score_of(row: Row) -> Text:
    """Points earned of the maximum: "5 / 6 分", "5–6 / 8 分", "3.75 / 5 points", "1 / 1 point".

    The one wording of a partial score (`Row.partial_score`) for the app, both reports and the CLI.
    """
    got = points_num(row.points) if row.points is not None else "—"
    if row.points_max is not None and row.points_max != row.points:
        got += f"–{points_num(row.points_max)}"
    top = row.max_points if row.max_points is not None else Decimal(0)
    return Text(f"{got} / {points_num(top)} 分", en_count(f"{got} / {points_num(top)}", top, "point"))


# Why a row is flagged "on the edge", in the terms of what could move it: the accounts move a figure, an
# answer moves a questionnaire level or an expert's points, one item moves a count (issue 12).
EDGE_REASONS: dict[str, Text] = {
    "level": Text(
        "问卷得分或场景数刚好在等级门槛附近：改动一项问卷答案即可改变等级。",
        "The questionnaire score or scene count is right at a level's threshold: one answer could change the level.",
    ),
    "points": Text(
        "得分刚好在档位或门槛附近：一项评分的变化即可改变结果。",
        "The score is right at a band or threshold: one grade more or less could change the result.",
    ),
    "count": Text(
        "数量刚好在门槛上：增减一项即可改变结果。",
        "The count is right at the threshold: one item more or less changes the result.",
    ),
    "staff": Text(
        "人数刚好在门槛附近：一两名员工的变化即可改变结果。",
        "Staff numbers are right at the threshold: one or two people could change the result.",
    ),
    "years": Text(
        "年限刚好在门槛上：日期的细微差别即可改变结果。",
        "The years are right at the threshold: a day's difference in a date could change the result.",
    ),
    "days": Text(
        "天数刚好在门槛上：日期的细微差别即可改变结果。",
        "The days are right at the threshold: a day's difference in a date could change the result.",
    ),
}
EDGE_REASON_FIGURES = Text(
    "数值与门槛相差极小：账目的小幅调整即可改变结果，申报前请核对。",
    "The figure is within a hair of the threshold: a small correction of the accounts could flip it; check it before applying.",
)


def edge_reason(row: Row) -> Text:
    """What could flip a row flagged on the edge, in the terms of its unit."""
    return EDGE_REASONS.get(row.unit, EDGE_REASON_FIGURES)


# The display precision of each unit: a strict target is shown as the next value a report can show.
DISPLAY_STEP: dict[str, Decimal] = {
    "pct": Decimal("0.01"),
    "wan": Decimal("0.01"),
    "count": Decimal(1),
    "level": Decimal(1),
    "staff": Decimal(1),
    "years": Decimal(1),
    "days": Decimal(1),
}


def attainable_goal(threshold: Threshold) -> tuple[str, Decimal]:
    """A target as the next value a report can show: "> 10%" → ("≥", 10.01), "> 8项" → ("≥", 9).

    "> 10%" drawn or written as 10% reads as a target already met at 10.00%; "≥ 10%" stays itself.
    """
    step = DISPLAY_STEP.get(threshold.unit)
    if step is None or threshold.op not in (">", "<"):
        return OP_SIGN[threshold.op], threshold.value
    whole = threshold.value / step
    if threshold.op == ">":
        return "≥", (whole.to_integral_value(ROUND_FLOOR) + 1) * step
    return "≤", (whole.to_integral_value(ROUND_CEILING) - 1) * step


def target_text(threshold: Threshold) -> Text:
    """ "≥ 10.01%" for "> 10%", "≥ 9项" / "≥ 9 items" for "> 8项", "≥ 2级" as it is."""
    sign, goal = attainable_goal(threshold)
    zh, en = fmt_unit(goal, threshold.unit)
    return Text(f"{sign} {zh}", f"{sign} {en}")


def missing(*labels: Text) -> Text:
    """The calculation text of a row whose inputs are missing."""
    return Text(
        "待确认：缺少" + "、".join(label.zh for label in labels),
        "To confirm: missing " + ", ".join(label.en for label in labels),
    )


# How far a rule's source can be trusted, in a manager's words: the one mapping of the confidence tags.
# Only the last is a warning. A product decision (D) is neither a source nor unverified: it is our own
# documented convention (band edges, growth formula), explained on the method page of every report.
OFFICIAL_TEXT = Text("官方原文", "Official text")
OFFICIAL_QUOTED = Text("官方文件转引", "Official text, quoted")
SOURCES_AGREE = Text("多方资料一致", "Several sources agree")
PRODUCT_CONVENTION = Text("产品约定", "Product convention")
SINGLE_SOURCE = Text("单一资料，待核验", "Single source, to verify")

TRUST: dict[Confidence, Text] = {
    Confidence.G: OFFICIAL_TEXT,
    Confidence.OT: OFFICIAL_TEXT,
    Confidence.OT_Q: OFFICIAL_QUOTED,
    Confidence.S2: SOURCES_AGREE,
    Confidence.PD: SOURCES_AGREE,
    Confidence.DECISION: PRODUCT_CONVENTION,
    Confidence.S1: SINGLE_SOURCE,
    Confidence.SS: SINGLE_SOURCE,
    Confidence.M: SINGLE_SOURCE,
    Confidence.NV: SINGLE_SOURCE,
    Confidence.UNRESOLVED: SINGLE_SOURCE,
}


TRUST_ORDER = (OFFICIAL_TEXT, OFFICIAL_QUOTED, SOURCES_AGREE, PRODUCT_CONVENTION, SINGLE_SOURCE)


def trust(confidence: Confidence) -> Text:
    """The tag in plain words: "官方原文" / "Official text" … "单一资料，待核验" / "Single source, to verify"."""
    return TRUST[confidence]


# --- names of the IP register's choices (the app, the reports and the Excel import share them) ----

IP_TYPES: dict[IpType, Text] = {
    IpType.INVENTION: Text("发明专利", "invention patent"),
    IpType.DEFENCE_PATENT: Text("国防专利", "defence patent"),
    IpType.PLANT_VARIETY: Text("植物新品种", "new plant variety"),
    IpType.CROP_VARIETY: Text("国家级农作物品种", "national crop variety"),
    IpType.NEW_DRUG: Text("国家新药", "national new drug"),
    IpType.TCM_GRADE1: Text("国家一级中药保护品种", "grade-1 protected TCM variety"),
    IpType.IC_LAYOUT: Text("集成电路布图设计专有权", "IC layout-design right"),
    IpType.UTILITY_MODEL: Text("实用新型专利", "utility model patent"),
    IpType.DESIGN: Text("外观设计专利", "design patent"),
    IpType.SOFTWARE_COPYRIGHT: Text("软件著作权", "software copyright"),
    IpType.TRADEMARK: Text("商标", "trademark"),
    IpType.OTHER: Text("其他", "other"),
}
IP_STATUSES: dict[IpStatus, Text] = {
    IpStatus.VALID: Text("有效", "valid"),
    IpStatus.PENDING: Text("申请中", "pending"),
    IpStatus.LAPSED: Text("已失效", "lapsed"),
}
IP_ORIGINS: dict[IpOrigin, Text] = {
    IpOrigin.OWN_RD: Text("自主研发", "own R&D"),
    IpOrigin.ASSIGNMENT: Text("受让", "assignment"),
    IpOrigin.GIFT: Text("受赠", "gift"),
    IpOrigin.MERGER: Text("并购", "merger"),
    IpOrigin.LICENCE: Text("许可", "licence"),
}
