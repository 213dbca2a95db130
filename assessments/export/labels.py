"""The static words of the exports (sheet names, headings, column names) in both languages.

Exporters pick one language with `Text.get(lang)`; rule texts come from the engine already bilingual.
The Excel labels come first; the PDF report's own labels are in their section at the end.
"""

from __future__ import annotations

from assessments.labels import SCORE_MARK, score_of
from assessments.model import AccountsBasis, Purpose
from assessments.results import Row, Status, Text, Verdict

# --- shared words -------------------------------------------------------------------------------

STATUS: dict[Status, Text] = {
    Status.MET: Text("达标", "met"),
    Status.NOT_MET: Text("未达标", "not met"),
    Status.UNKNOWN: Text("待确认", "to confirm"),
    Status.MANUAL: Text("需人工确认", "manual check"),
}
EVIDENCE_NEEDED = Text("（需证明材料）", " (evidence needed)")


def row_status(row: Row) -> Text:
    """A criterion's status word: the one place the reports and the app choose it (issue 12).

    The firm's own "yes" reads "达标（需证明材料）" (decision 13); a scored indicator below its maximum
    reads as its score, "5 / 6 分": points earned are not a failed condition.
    """
    if row.partial_score:
        return score_of(row)
    word = STATUS[row.status]
    return word + EVIDENCE_NEEDED if row.evidence_needed and row.status is Status.MET else word


def row_mark(row: Row) -> str:
    """The mark beside `row_status`: a partial score has the neutral "·", never the cross of a failure."""
    return SCORE_MARK if row.partial_score else STATUS_MARK[row.status]


VERDICT: dict[Verdict, Text] = {
    Verdict.QUALIFIES: Text("符合", "qualifies"),
    Verdict.DOES_NOT_QUALIFY: Text("不符合", "does not qualify"),
    Verdict.LIKELY: Text("很可能符合（尚有需人工确认的条件）", "likely (manual checks pending)"),
    Verdict.CANNOT_TELL: Text("无法判断（缺少数据）", "cannot tell (inputs missing)"),
    Verdict.NOT_IN_FORCE: Text("不适用（该日期无有效规则）", "not in force on this date"),
}
PURPOSE: dict[Purpose, Text] = {
    Purpose.NEW: Text("新申报", "new application"),
    Purpose.REVIEW: Text("复核", "re-review"),
}
ACCOUNTS_BASIS: dict[AccountsBasis, Text] = {
    AccountsBasis.SINGLE: Text("单体报表", "single-entity accounts"),
    AccountsBasis.CONSOLIDATED: Text("合并报表", "consolidated accounts"),
}
YES = Text("是", "yes")
NO = Text("否", "no")
ON_EDGE = Text("临界", "on the edge")
# Units of rows and gaps (`Row.unit`, `Gap.unit`); a gap in "pct" is in percentage points.
UNITS: dict[str, Text] = {
    "wan": Text("万元", "万元"),  # English figures are in 万元 too (issue 12); instructions explain it once
    "pct": Text("%", "%"),
    "count": Text("项", "items"),
    "staff": Text("人", "staff"),
    "points": Text("分", "points"),
    "years": Text("年", "years"),
    "level": Text("级", "level"),
    "days": Text("天", "days"),
}
GAP_UNITS: dict[str, Text] = {**UNITS, "pct": Text("个百分点", "percentage points")}

# --- Excel: sheet names (at most 31 characters, none of []:*?/\) -------------------------------

SHEETS: dict[str, Text] = {
    "summary": Text("汇总", "Summary"),
    "profile": Text("企业概况", "Profile"),
    "finance": Text("财务数据", "Financials"),
    "ip": Text("知识产权", "IP register"),
    "digital": Text("数字化问卷", "Digital questionnaire"),
    "honours": Text("荣誉资质", "Honours"),
    "gaps": Text("差距与行动", "Gaps and actions"),
    "plan": Text("行动计划", "Action plan"),
    "measures": Text("支持措施", "Support measures"),
    "lists": Text("选项", "Lists"),
}
SCHEME_SHEETS: dict[str, Text] = {
    "sme_size": Text("企业规模", "SME size"),
    "digital_level": Text("数字化水平", "Digital level"),
    "innovative_sme": Text("创新型中小企业", "Innovative SME"),
    "tech_sme": Text("科技型中小企业", "Tech-based SME"),
    "hnte": Text("高新技术企业", "HNTE"),
    "srdi_sme": Text("专精特新中小企业", "SRDI SME"),
    "little_giant": Text("小巨人", "Little giant"),
    "xiamen_2026_targets": Text("厦门2026目标", "Xiamen 2026 targets"),
}

# --- Excel: the input sheets (also the blank data-collection template) -----------------------

INPUT = {
    "item": Text("项目", "Item"),
    "value": Text("内容", "Value"),
    "hint": Text("填写说明", "How to fill in"),
    "unit": Text("单位", "Unit"),
    "index": Text("序号", "No."),
    "fiscal_year": Text("会计年度", "fiscal year"),
    "last_fy": Text("上年度", "last fiscal year"),
    "plan": Text("本年计划", "this year's plan"),
    "date": Text("评估日期", "Assessment date"),
    "purpose": Text("评估目的", "Purpose"),
    "accounts_basis": Text("财务报表口径", "Accounts basis"),
    "yes_no": Text("选择“是”或“否”；不清楚请留空", "Pick yes or no; leave blank if unsure"),
    "pick": Text("从下拉列表选择", "Pick from the list"),
    "date_hint": Text("日期，如 2021-06-30", "A date, e.g. 2021-06-30"),
    "text_hint": Text("文字", "Text"),
}
FIELD_FLAGS: dict[str, Text] = {
    "strategic_emerging": Text(
        "主导产品属于《战略性新兴产业分类》", "Main product in the strategic emerging industries"
    ),
    "six_foundations": Text(
        "属于工业“六基”、中华老字号或关键产业链龙头配套",
        "Industrial foundations, time-honoured brand or key-chain supplier",
    ),
    "chain_breakthrough": Text(
        "在补短板、锻长板、填空白方面取得实际成效", "Real results in filling gaps of the industrial chain"
    ),
    "hnte_field": Text(
        "核心技术属于《国家重点支持的高新技术领域》",
        "Core technology in the state-supported high-tech fields",
    ),
    "key_chain_position": Text(
        "位于产业链关键环节、发挥补短板锻长板作用", "At a key link of the industrial chain"
    ),
}
COMPLIANCE: dict[str, Text] = {
    "registered_in_china": Text(
        "在境内注册、具有独立法人资格", "Registered in China as an independent legal person"
    ),
    "clean_record": Text(
        "未列入经营异常名录或严重失信主体名单", "Not on the abnormal-operation or dishonesty lists"
    ),
    "products_permitted": Text(
        "产品不属于禁止、限制、淘汰类", "Products not prohibited, restricted or obsolete"
    ),
    "no_major_incidents": Text(
        "近三年无重大安全、质量、环境事故和偷漏税",
        "No major safety, quality, environment or tax incident in 3 years",
    ),
    "verified_accounts_tax": Text(
        "查账征收、研发费用核算准确", "Taxed on verified accounts, R&D booked accurately"
    ),
}
SECTIONS = {
    "basics": Text("基本信息", "Basic information"),
    "fields": Text("主导产品所属领域", "Where the main product sits"),
    "compliance": Text("企业声明（共同条件）", "Declarations (common conditions)"),
}
INSTRUCTIONS = {
    "template": Text(
        "专精特新达标自评 · 企业数据采集表：请依次填写“企业概况”“财务数据”“知识产权”“荣誉资质”“数字化问卷”"
        "五张表（浅黄色单元格），不清楚的留空。填好后保存并交回，由评估人员在软件中点“导入模板”读入。",
        "SRDI self-check · data collection workbook: fill in the five sheets Profile, Financials, IP register, "
        "Honours and Digital questionnaire (light-yellow cells), leaving blank what you do not know. Save it "
        "and hand it back; the assessor reads it in with “Import template” in the app.",
    ),
    "profile": Text(
        "浅黄色为填写单元格；不清楚的项目请留空（留空表示待确认，不会按“否”处理）。",
        "Light-yellow cells are for input; leave a cell blank if unsure (blank means to confirm, never no).",
    ),
    "finance": Text(
        "金额单位：万元；人数单位：人。不清楚的数字请留空，不要填0代替。第4行为年度，可修改。",
        "Money in 10k CNY (万元), staff in people. Leave unknown figures blank, never 0. Row 4 holds the years.",
    ),
    "honours": Text(
        "取得的称号填写取得日期和有效期；获奖、研发机构和标准每行一项，级别从下拉列表选择。没有任何称号荣誉的，"
        "请在最后一行选“是”。",
        "Give the date of each title held and its end of validity; one award, R&D institution or standard per "
        "row, level from the list. If the firm holds none of them, pick “yes” in the last row.",
    ),
    "digital": Text(
        "按工业和信息化部2024年《中小企业数字化水平评测指标》作答：每题填选项字母（多选题用“、”分隔，如 A、C），"
        "每个场景填达到的等级0–4。不清楚的留空，按待确认处理。",
        "Answer the MIIT 2024 digital-level questionnaire: the option letters of each question (several for a "
        "multiple-choice one, e.g. A, C) and the grade 0–4 of each scene. Leave blank what you do not know.",
    ),
    "ip": Text(
        "每行一项知识产权（含商标、软件著作权）；类型、状态、获得方式和“是/否”列请从下拉列表选择。",
        "One IP item per row (trademarks and software copyrights too); pick type, status, origin and yes/no "
        "from the lists.",
    ),
}

# --- Excel: the honours sheet and the digital questionnaire of the template --------------------

AWARD_LEVELS: dict[str, Text] = {
    "national": Text("国家级", "National"),
    "provincial": Text("省部级", "Provincial or ministerial"),
    "city": Text("市级", "City"),
    "below_city": Text("市级以下", "Below city level"),
}
STANDARD_LEVELS: dict[str, Text] = {
    "international": Text("国际标准", "International"),
    "national": Text("国家标准", "National"),
    "industry": Text("行业标准", "Industry"),
    "local": Text("地方标准", "Local"),
    "group": Text("团体标准", "Group (association)"),
}
STANDARD_ROLES: dict[str, Text] = {
    "lead": Text("主导起草", "Lead drafter"),
    "main": Text("主要起草", "Main drafter"),
    "participant": Text("参与起草", "Participant"),
}
HONOURS_SECTIONS: dict[str, Text] = {
    "titles": Text("称号与证书", "Titles and certificates"),
    "awards": Text("获奖", "Awards"),
    "rd_institutions": Text("研发机构", "R&D institutions"),
    "standards": Text("参与制定的标准", "Standards drafted"),
    "other": Text("质量、品牌、市场与数字化", "Quality, brand, market and digital"),
}
HONOURS_COLUMNS: dict[str, Text] = {
    "title": Text("称号或证书", "Title or certificate"),
    "granted_on": Text("取得（认定）日期", "Granted on"),
    "expires_on": Text("有效期至", "Valid until"),
    "name": Text("名称", "Name"),
    "level": Text("级别", "Level"),
    "science_tech": Text("是否科技奖励", "S&T award"),
    "rank": Text("本企业排名", "The firm's rank"),
    "year": Text("年度", "Year"),
    "recognised_on": Text("认定日期", "Recognised on"),
    "standard_level": Text("标准级别", "Level"),
    "role": Text("本企业角色", "The firm's role"),
}
TITLE_NAMES: dict[str, Text] = {
    "hnte": Text("高新技术企业证书", "High-tech enterprise (HNTE) certificate"),
    "innovative_sme": Text("创新型中小企业", "Innovative SME"),
    "tech_sme": Text("科技型中小企业（入库）", "Tech-based SME (registered)"),
    "srdi_sme": Text("专精特新中小企业", "SRDI SME"),
    "little_giant": Text("专精特新“小巨人”企业", "SRDI “little giant”"),
    "demo_enterprise": Text(
        "国家级技术创新示范企业", "National technology innovation demonstration enterprise"
    ),
    "ip_advantage": Text("知识产权优势企业或示范企业", "IP advantage or demonstration enterprise"),
}
HONOURS_FIELDS: dict[str, Text] = {
    "quality_award": Text("获得省级以上质量奖", "Quality award at provincial level or above"),
    "management_certified": Text(
        "通过管理体系认证（如 ISO 9001）", "Management system certified (e.g. ISO 9001)"
    ),
    "intl_product_cert": Text(
        "产品通过发达国家和地区认证", "Products certified in developed countries or regions"
    ),
    "own_brand": Text("拥有自主品牌", "Own brand"),
    "info_system_core": Text(
        "至少1项核心业务采用信息系统支撑", "At least one core business run on an information system"
    ),
    "market_share_pct": Text("主导产品全国细分市场占有率（%）", "National niche market share (%)"),
    "market_rank": Text("国内细分市场排名（第几名）", "Rank in the domestic niche market"),
    "market_leading": Text("细分市场占有率位居前列", "Share among the leaders of the niche market"),
    "chuangke_top500_year": Text(
        "“创客中国”全国500强（企业组）年度", "“Maker China” national top 500 (year)"
    ),
    "chuangke_top50_year": Text("“创客中国”全国50强（企业组）年度", "“Maker China” national top 50 (year)"),
    "official_digital_level": Text(
        "平台评定的数字化水平等级（0–4，未评定请留空）", "Official digital level (0–4; blank if not assessed)"
    ),
    "local_feature_points": Text("地方特色指标得分（0–15）", "Local indicator points (0–15)"),
    "none_confirmed": Text(
        "以上称号、奖项、研发机构和标准均没有",
        "None of the titles, awards, R&D institutions or standards above",
    ),
}
HONOURS_HINTS: dict[str, Text] = {
    "list": Text("每行一项；级别、角色从下拉列表选择", "One per row; pick level and role from the lists"),
    "number": Text("数字", "A number"),
    "year": Text("年份，如 2024", "A year, e.g. 2024"),
}
DIGITAL_INPUT: dict[str, Text] = {
    "id": Text("编号", "No."),
    "indicator": Text("指标", "Indicator"),
    "question": Text("题目", "Question"),
    "options": Text("选项", "Options"),
    "kind": Text("单选/多选", "Single/multiple"),
    "answer": Text("答案（填选项字母）", "Answer (option letters)"),
    "single": Text("单选", "single"),
    "multi": Text("多选", "multiple"),
    "scene": Text("场景", "Scene"),
    "group": Text("场景类别", "Group"),
    "constraint": Text("约束性场景", "Constraint scene"),
    "levels": Text("各等级说明", "What each grade means"),
    "grade": Text("达到等级（0–4）", "Grade reached (0–4)"),
    "items": Text("一、评测题目", "1. Questions"),
    "scenes": Text("二、应用场景等级", "2. Application scenes"),
}

# --- Excel: the report workbook ---------------------------------------------------------------

REPORT = {
    "title": Text("专精特新达标自评报告", "SRDI self-check report"),
    "firm": Text("企业名称", "Firm"),
    "targets": Text("厦门2026年目标", "Xiamen 2026 targets"),
    "ladder": Text("梯度培育结论", "Ladder verdicts"),
    "packs": Text("使用的规则包", "Rule packs used"),
    "issues": Text("数据检查", "Data checks"),
    "error": Text("错误", "error"),
    "warning": Text("提示", "warning"),
    "target": Text("目标", "Target"),
    "value": Text("本企业（公式）", "This firm (formula)"),
    "threshold": Text("目标值", "Threshold"),
    "check": Text("是否达标（公式）", "Met? (formula)"),
    "engine": Text("引擎计算值", "Engine value"),
    "engine_status": Text("引擎结论", "Engine status"),
    "citation": Text("依据", "Source"),
    "requirement": Text("要求", "Requirement"),
    "scheme": Text("认定/评价", "Scheme"),
    "verdict": Text("结论", "Verdict"),
    "summary": Text("说明", "Summary"),
    "score": Text("得分", "Score"),
    "pass": Text("通过线", "Pass mark"),
    "pack": Text("规则包版本", "Pack version"),
    "document": Text("文件", "Document"),
    "formula_note": Text(
        "带“公式”的列随“财务数据”“知识产权”“数字化问卷”表的输入自动重算；“引擎计算值”为导出时软件的计算结果，供核对。",
        "Formula columns recalculate from the Financials, IP and Digital sheets; engine values are the "
        "software's results at export, for checking.",
    ),
    "class1_formula": Text("Ⅰ类计数（公式）：计入的项目", "Class I count (formula): items counted"),
}
FINANCE = {
    "ratios": Text("比率（公式，随上方数据自动更新）", "Ratios (formulas over the figures above)"),
    "engine_block": Text("引擎计算值（导出时）", "Engine values (at export)"),
    "formula": Text("计算方法", "How it is computed"),
    "rd_share": Text("研发费用占营业收入比重", "R&D expense ÷ revenue"),
    "main_share": Text("主营业务收入占营业收入比重", "Main-business revenue ÷ revenue"),
    "debt_ratio": Text("资产负债率", "Debt ratio (liabilities ÷ assets)"),
    "net_margin": Text("净利润率", "Net margin (net profit ÷ revenue)"),
    "rd_staff_share": Text("研发人员占职工总数比重", "R&D staff ÷ total staff"),
    "st_staff_share": Text("科技人员占职工总数比重", "S&T staff ÷ total staff"),
    "main_growth": Text("主营业务收入增长率", "Main-business revenue growth"),
    "revenue_growth": Text("营业收入增长率", "Revenue growth"),
    "mean_growth": Text(
        "主营业务收入近2年平均增长率（2022办法）", "Main revenue 2-year mean growth (2022 measures)"
    ),
    "cagr": Text("营业收入近两年复合增长率（2026办法）", "Revenue 2-year compound growth (2026 measures)"),
    "rd_3y": Text("近三年研发费用总额占销售收入总额比例（高企）", "3-year R&D ÷ 3-year sales (HNTE)"),
    "how_ratio": Text("{a} ÷ {b}", "{a} ÷ {b}"),
    "how_growth": Text("本年 ÷ 上年 − 1", "this year ÷ year before − 1"),
    "how_mean": Text("（近一年增长率 + 前一年增长率）÷ 2", "(last growth + growth before) ÷ 2"),
    "how_cagr": Text("√（本年 ÷ 两年前）− 1", "√(this year ÷ two years before) − 1"),
    "how_3y": Text("三年研发费用合计 ÷ 三年营业收入合计", "3-year R&D total ÷ 3-year revenue total"),
}
IP_REPORT = {
    "klass": Text("类别", "Class"),
    "class1": Text("Ⅰ类", "Class I"),
    "class2": Text("Ⅱ类", "Class II"),
    "other": Text("—", "—"),
    "counted": Text("计入", "counts"),
    "not_counted": Text("不计：", "excluded: "),
    "note": Text(
        "右侧各列为每项认定的计入结果（导出时由软件按各自规则判定）。",
        "The columns on the right say whether each scheme counts the item (the software's rules, at export).",
    ),
}
DIGITAL = {
    "items": Text("评分题", "Scored items"),
    "item": Text("题目", "Item"),
    "dimension": Text("维度", "Dimension"),
    "answer": Text("所选选项", "Options chosen"),
    "points": Text("得分", "Points"),
    "max": Text("满分", "Maximum"),
    "subtotal": Text("小计（公式）", "Subtotal (formula)"),
    "total": Text("总分（公式）", "Total (formula)"),
    "scenes": Text("数字化场景", "Scenes"),
    "scene": Text("场景", "Scene"),
    "group": Text("分组", "Group"),
    "constraint": Text("约束性场景", "Constraint scene"),
    "grade": Text("自评等级（0–4）", "Grade (0–4)"),
    "level_rule": Text("等级判定（公式）", "Level rule (formulas)"),
    "level": Text("等级", "Level"),
    "min_score": Text("得分下限", "Min score"),
    "min_scenes": Text("场景数下限", "Min scenes"),
    "min_constraint": Text("其中约束性场景下限", "Min constraint scenes"),
    "scenes_low": Text("达到该级的场景数", "Scenes at this level"),
    "constraint_low": Text("其中约束性", "of which constraint"),
    "met_low": Text("满足（未答按0）", "Met (open at 0)"),
    "scenes_high": Text("场景数（未答按四级）", "Scenes, open at level 4"),
    "constraint_high": Text("其中约束性（未答按四级）", "of which constraint, open at 4"),
    "met_high": Text("满足（未答按满分）", "Met (open at max)"),
    "level_low": Text("问卷等级下限（未答项按0分、0级）", "Questionnaire level, open inputs at 0"),
    "level_high": Text(
        "问卷等级上限（未答项按满分、四级）", "Questionnaire level, open inputs at the maximum"
    ),
    "self_level": Text(
        "问卷自评等级（上下限一致时确定）", "Questionnaire level (known when both bounds agree)"
    ),
    "official": Text("官方平台等级（如已取得）", "Official platform level (if obtained)"),
    "counting": Text("计入目标的等级（官方优先）", "Level that counts (official first)"),
    "score_high": Text("总分上限（未答项按满分）", "Total with open items at their maximum"),
}
SCHEME = {
    "criterion": Text("条件/指标", "Criterion"),
    "value": Text("数值", "Value"),
    "unit": Text("单位", "Unit"),
    "requirement": Text("要求/档位", "Requirement / bands"),
    "points": Text("得分", "Points"),
    "max": Text("满分", "Max"),
    "status": Text("状态", "Status"),
    "on_edge": Text("临界", "On edge"),
    "calc": Text("计算过程", "Calculation"),
    "citation": Text("依据", "Source"),
    "confidence": Text("可信度", "Confidence"),
    "gap": Text("差距", "Gap"),
    "note": Text("说明", "Note"),
    "notes": Text("注", "Notes"),
}
GAPS = {
    "rank": Text("序号", "No."),
    "priority": Text("优先", "Priority"),
    "top": Text("前三项", "top three"),
    "scheme": Text("认定/评价", "Scheme"),
    "criterion": Text("条件/指标", "Criterion"),
    "gap": Text("差距与行动", "Gap and action"),
    "amount": Text("数量", "Quantity"),
    "unit": Text("单位", "Unit"),
    "blocking": Text("唯一未达条件", "Only failing criterion"),
    "field": Text("对应输入", "Input"),
    "none": Text("没有可量化的差距", "No quantified gaps"),
    "intro": Text(
        "按对晋级和厦门目标的价值排序；“唯一未达条件”表示补上这一项即可改变该认定的结论。",
        "Ranked by value for the ladder and the Xiamen targets; “only failing criterion” means closing it "
        "changes that scheme's verdict.",
    ),
}

# --- the action plan and the support measures (both reports) ------------------------------------

PLAN = {
    "index": Text("序号", "No."),
    "action": Text("行动", "Action"),
    "effect": Text(
        "效果（方案 · 条件：之前 → 之后）", "What it changes (scheme · criterion: before → after)"
    ),
    "measures": Text("配套措施编号", "Co-funding measures (No.)"),
    "money": Text("成本 / 补贴 / 净成本（万元）", "Cost / subsidy / net (万元)"),
    "cost": Text("成本（万元）", "Cost (万元)"),
    "subsidy": Text("补贴（万元）", "Subsidy (万元)"),
    "net": Text("净成本（万元，公式）", "Net cost (万元, formula)"),
    "owner": Text("负责人", "Owner"),
    "due": Text("期限", "Due"),
    "done": Text("完成", "Done"),
    "note": Text("备注", "Note"),
    "generated": Text(
        "本计划由软件根据本次评估自动生成，尚未经企业编辑：负责人、期限和完成情况请在软件“支持措施与行动计划”页填写。",
        "Generated by the software from this assessment, not edited by the firm: set owners, due dates and "
        "progress on the app's Support and action plan tab.",
    ),
    "saved": Text(
        "企业保存的行动计划（{date}生成；负责人、期限、完成情况和备注由企业填写）。",
        "The firm's saved action plan (built on {date}; owners, due dates, progress and notes are the firm's).",
    ),
    "order": Text(
        "排序：先改变认定结论的行动，再按每项效果的净成本和期限。同一数据的不同幅度是可互相替代的选项，费用不宜相加。"
        "配套措施为编号，见“可申领的支持措施”。",
        "Order: actions that change a verdict first, then by net cost per effect and by due date. Different "
        "amounts of the same figure are alternatives: do not add their costs. Co-funding measures are "
        "numbers; see Support measures.",
    ),
    "sheet_note": Text(
        "浅黄色单元格（负责人、期限、完成、备注）可直接填写；净成本 = 成本 − 补贴（公式）。",
        "Light-yellow cells (owner, due, done, note) are for you to fill in; net cost = cost − subsidy (formula).",
    ),
    "none": Text(
        "没有需要采取的行动：没有可由企业改变的差距，也没有可申领的措施。",
        "No action needed: no gap the firm can move and no measure to claim.",
    ),
}
MEASURES = {
    "number": Text("编号", "No."),
    "title": Text("措施", "Measure"),
    "agency": Text("主管部门", "Agency"),
    "status": Text("状态", "Status"),
    "amount": Text("金额（万元）", "Amount (万元)"),
    "formula": Text("计算", "How it is worked out"),
    "unlock": Text("差距 / 需确认的事项", "Gap to unlock / what to check"),
    "citation": Text("依据", "Source"),
    "total_claimable": Text("现在可申领合计（公式）", "Claimable now, total (formula)"),
    "total_near": Text("差一步合计（补上差距后，公式）", "Near misses, total once unlocked (formula)"),
    "engine": Text("导出时软件合计", "Software total at export"),
    "intro": Text(
        "依据《{doc}》，{start}起施行，有效期至{end}。金额按企业填写的计划投入估算；“最高”为上限，实际以主管部门核定为准。",
        "Under “{doc}”, in force from {start} to {end}. Amounts are estimated on the firm's planned spend; "
        "“up to” is a maximum the agency sets.",
    ),
    "no_spend": Text(
        "尚未填写计划投入：按投入计算的金额显示为“待填写”，可在软件中填写后重新导出。",
        "No planned spend entered yet: amounts worked out on a spend show as to fill in; enter it in the app "
        "and export again.",
    ),
    "none": Text(
        "评估日期没有有效的厦门支持措施。", "No Xiamen support measures are in force on the assessment date."
    ),
}

# --- PDF report labels (the PDF helper's section) ------------------------------------------------
# The report's frame: headings, column names, short verdicts; status words and purposes are shared above.

# Marks in the bundled font, so a status reads without colour too.
STATUS_MARK = {Status.MET: "✓", Status.NOT_MET: "×", Status.UNKNOWN: "?", Status.MANUAL: "○"}

VERDICT_SHORT = {
    Verdict.QUALIFIES: Text("符合", "qualifies"),
    Verdict.DOES_NOT_QUALIFY: Text("不符合", "does not qualify"),
    Verdict.LIKELY: Text("很可能符合", "likely"),
    Verdict.CANNOT_TELL: Text("无法判断", "cannot tell"),
    Verdict.NOT_IN_FORCE: Text("不适用", "not in force"),
}
VERDICT_HINT = {
    Verdict.LIKELY: Text("尚有需人工确认的条件", "manual checks pending"),
    Verdict.CANNOT_TELL: Text("缺少数据", "inputs missing"),
    Verdict.NOT_IN_FORCE: Text("该日期无有效规则", "no rule on this date"),
}

# Short scheme names for the ladder boxes and the IP columns; full titles come from the rule packs.
PDF_SCHEMES = {
    "sme_size": Text("中小企业划型", "SME size"),
    "digital_level": Text("数字化水平", "Digital level"),
    "innovative_sme": Text("创新型", "Innovative SME"),
    "tech_sme": Text("科技型", "Tech-based SME"),
    "hnte": Text("高企", "HNTE"),
    "srdi_sme": Text("专精特新", "SRDI SME"),
    "little_giant": Text("小巨人", "Little Giant"),
    "xiamen_2026_targets": Text("厦门目标", "Xiamen targets"),
}

PDF = {
    # cover
    "report": Text("专精特新达标自评报告", "SRDI Self-Check Report"),
    "subtitle": Text(
        "对照厦门2026年目标与国家梯度培育标准的自评",
        "Against the Xiamen 2026 targets and the national ladder",
    ),
    "credit_code": Text("统一社会信用代码", "Unified social credit code"),
    "district": Text("所在区（园区）", "District or park"),
    "main_product": Text("主导产品", "Main product"),
    "date": Text("评估日期", "Assessment date"),
    "purpose": Text("评估目的", "Purpose"),
    "generated": Text("报告生成日期", "Generated on"),
    "packs": Text("所用规则包", "Rule packs used"),
    "scheme": Text("方案", "Scheme"),
    "version": Text("版本", "Version"),
    "document": Text("依据文件", "Document"),
    "in_force": Text("适用期间", "In force"),
    "open_end": Text("至今", "open"),
    "pack": Text("规则包", "Rule pack"),
    "cover_note": Text(
        "本报告为企业自评结果，不是官方认定。认定以主管部门和官方平台的结论为准。",
        "This report is a self-check, not an official determination. The agencies and official platforms decide.",
    ),
    # summary
    "cover": Text("封面", "Cover"),
    "summary": Text("概要", "Summary"),
    "targets": Text("厦门2026年目标", "Xiamen 2026 targets"),
    "actual": Text("实际", "Actual"),
    "target": Text("目标", "Target"),
    "reached": Text("已达到", "Met"),
    "reached_on_edge": Text(
        "刚好达到（临界，请核对数据）", "Met, only just (on the edge: check the figures)"
    ),
    "short_by": Text("还差", "Short by"),
    "ladder": Text("梯度培育阶梯", "The ladder"),
    "beside": Text("并行资质", "Beside the ladder"),
    "score": Text("得分", "Score"),
    "pass": Text("通过线", "pass mark"),
    "top_actions": Text("最有价值的三项行动", "The three most valuable actions"),
    "no_actions": Text(
        "没有可量化的差距：已达到的条件无需行动，待确认的条件请补充数据或材料。",
        "No quantified gap: met criteria need no action; complete the data or evidence of open ones.",
    ),
    "unblocks": Text("补上即可改变结论", "closing it changes the verdict"),
    "errors_found": Text(
        "企业数据有{n}处错误，以下结果不可靠，请先更正数据：",
        "Errors in the firm's data: {n}. Fix them first; the results below are not reliable:",
    ),
    "warnings_found": Text("数据检查提示，请核对：", "Data checks to review:"),
    "error": Text("错误", "error"),
    "warning": Text("提示", "warning"),
    # charts
    "charts": Text("图表", "Charts"),
    "targets_chart": Text("厦门2026年目标：实际与目标", "Xiamen 2026 targets: actual against target"),
    "digital_chart": Text("数字化水平评测结果", "Digital maturity result"),
    "dimensions": Text("三个维度得分（得分 / 满分）", "The three dimensions (points / maximum)"),
    "scenes": Text("16个应用场景等级与下一等级要求", "The 16 scenes' grades against the next level"),
    "scene_target": Text("{level}级要求", "level {level} needed"),
    "constraint_key": Text("★ 约束性场景", "★ constraint scene"),
    "scene_met": Text("已达到{level}级要求", "meets the level {level} grade"),
    "scene_short": Text("未达到", "below it"),
    "unanswered": Text("未答", "open"),
    "next_step": Text("下一等级", "Next level"),
    "points_unit": Text("分", " pts"),
    # scheme pages
    "schemes": Text("各方案明细", "Scheme by scheme"),
    "verdict": Text("结论", "Verdict"),
    "notes": Text("说明", "Notes"),
    "criterion": Text("条件", "Criterion"),
    "calc": Text("计算", "Calculation"),
    "requirement": Text("要求", "Requirement"),
    "points": Text("得分", "Points"),
    "status": Text("状态", "Status"),
    "source": Text("依据", "Source"),
    "gap": Text("差距", "Gap"),
    "room": Text("提分空间", "Room to gain"),
    "note": Text("注", "Note"),
    "on_edge": Text("≈临界", "≈ on the edge"),
    "to_verify": Text("待核验", "to verify"),
    "scheme_unverified": Text(
        "单一资料，待核验：{criteria}。这些条件的结果仅供参考。",
        "Single source, to verify: {criteria}. Treat their results as provisional.",
    ),
    "legend": Text(
        "状态：✓ 达标  × 未达标  ? 待确认（缺少数据）  ○ 需人工确认。≈临界：与门槛相差不超过{tolerance}。"
        "依据后注明来源可信度：官方原文、官方文件转引、多方资料一致、产品约定或单一资料，待核验；"
        "仅见单一资料的条件在各方案开头列出。",
        "Status: ✓ met  × not met  ? to confirm (input missing)  ○ manual check. ≈ on the edge: within "
        "{tolerance} of the threshold. After each source, how far it can be trusted: official text, official "
        "text quoted, several sources agree, product convention, or single source, to verify; the criteria "
        "resting on a single source are listed at the head of each scheme.",
    ),
    "no_rule": Text("评估日期无适用的规则，本方案不作判断。", "No rule of this scheme applies on the date."),
    # gaps
    "gaps": Text("差距与行动", "Gaps and actions"),
    "gaps_intro": Text(
        "按对结论的影响排序：能单独改变某项结论的差距在前，其次按阶梯顺序（厦门目标、创新型、专精特新、小巨人、科技型、高企、数字化）。",
        "Ranked by effect: a gap that alone changes a verdict first, then in ladder order (Xiamen targets, "
        "innovative, SRDI, Little Giant, tech-based, HNTE, digital).",
    ),
    "action": Text("差距 / 行动", "Gap / action"),
    "amount": Text("缺口", "Amount"),
    "key": Text("关键", "Key"),
    "no_gaps": Text("没有未达标且可量化的差距。", "No unmet criterion with a quantified gap."),
    # action plan
    "plan": Text("行动计划", "Action plan"),
    "to_assign": Text("待指定", "to assign"),
    "cut": Text(
        "…（已截断，全文{n}字，见Excel报告）", "… (cut: {n} characters in all, see the Excel report)"
    ),
    "done_yes": Text("✓ 已完成", "✓ done"),
    "done_no": Text("未完成", "open"),
    "overdue": Text("已逾期", "overdue"),
    "more_flips": Text("另有{n}项变化", "+{n} more changes"),
    "no_flip": Text("单独不改变结论", "no result changes on its own"),
    "title_flip": Text("取得该称号", "obtains the title"),
    "cost": Text("成本", "Cost"),
    "subsidy": Text("补贴", "Subsidy"),
    "net": Text("净成本", "Net"),
    "due_owner": Text("期限 / 负责人", "Due / owner"),
    "top_from_plan": Text(
        "取自行动计划中排在最前的三项未完成行动；完整计划见“行动计划”一节。",
        "The first three open actions of the action plan; the whole plan is in the Action plan section.",
    ),
    # support measures
    "measures": Text("可申领的支持措施", "Support measures"),
    "claimable": Text("现在可申领", "Claimable now"),
    "near": Text("差一步：补上差距即可申领", "Near misses: claimable once the gap is closed"),
    "check": Text("需向主管部门确认", "To check with the agency"),
    "measure": Text("措施 / 主管部门", "Measure / agency"),
    "amount_wan": Text("金额（万元）", "Amount (万元)"),
    "unlock": Text("差距（补上即可申领）", "Gap to unlock"),
    "check_what": Text("需确认的事项", "What to check"),
    "up_to": Text("最高", "up to"),
    "none_claimable": Text("目前没有可直接申领的措施。", "No measure can be claimed right now."),
    "total_claimable": Text(
        "现在可申领：{n}项，已知金额合计{amount}万元", "Claimable now: {n}, known amounts {amount}万元 in all"
    ),
    "total_near": Text(
        "差一步：{n}项，补上差距后已知金额合计{amount}万元",
        "Near misses: {n}, known amounts {amount}万元 in all once their gaps are closed",
    ),
    "count_claimable": Text("现在可申领：{n}项", "Claimable now: {n}"),
    "count_near": Text("差一步：{n}项", "Near misses: {n}"),
    "unpriced": Text(
        "（金额待填写计划投入，或由主管部门核定）",
        " (amounts wait for the planned spend or are set by the agency)",
    ),
    "total_check": Text("需向主管部门确认：{n}项", "To check with the agency: {n}"),
    "total_up_to": Text("（含“最高”金额，按上限计）", " (maxima counted at their cap)"),
    "not_eligible": Text(
        "另有{n}项措施目前不符合条件，未列出（原因见软件的“支持措施”页或Excel工作簿）。",
        "{n} more measures are not open to the firm now and are not listed (the reasons are in the app and "
        "the Excel workbook).",
    ),
    # IP
    "ip": Text("知识产权计入情况", "IP items and where they count"),
    "ip_intro": Text(
        "各方案只计入其规则认可的知识产权（决策10）。✓Ⅰ / ✓Ⅱ 计入Ⅰ类 / Ⅱ类  × 不计  ? 待确认  — 不属于Ⅰ、Ⅱ类；"
        "不计或待确认的原因列在名称下。",
        "Each scheme counts only the items its own rules accept (decision 10). ✓Ⅰ / ✓Ⅱ counts as Class I / II  "
        "× does not count  ? to confirm  — not a Class I or II type; the reasons are listed under the title.",
    ),
    "ip_item": Text("类型 / 编号", "Type / number"),
    "ip_title": Text("名称", "Title"),
    "no_ip": Text("未填写知识产权。", "No IP items entered."),
    # method
    "method": Text("方法说明", "Method"),
    "facts": Text("本次评估采用的数据年度与规则", "Years and rules used in this assessment"),
    "fy": Text("{year}年度", "FY{year}"),
    "last_fy": Text("上年度", "Last fiscal year (上年度)"),
    "last_two": Text("近2年", "Last two years (近2年)"),
    "last_three": Text("近三年 / 近三个会计年度", "Last three years (近三年)"),
    "hnte_window": Text(
        "高企按申请日{date}，研发费用等取{first}–{last}年度",
        "HNTE by the application date {date}: R&D and sales over FY{first}–FY{last}",
    ),
    "tech_year": Text("科技型中小企业按{year}年度数据评价", "Tech-based SME on FY{year} figures"),
    "unverified": Text(
        "本次评估用到的待核验规则（单一资料）",
        "Rules resting on a single source used in this assessment (to verify)",
    ),
    "none_unverified": Text(
        "本次评估未用到仅见单一资料的规则。", "No rule resting on a single source was used."
    ),
    "rows_using": Text("涉及的条件", "Criteria using it"),
    "disclaimer": Text("免责声明", "Disclaimer"),
    # page furniture
    "page": Text("第 {n} 页 / 共 {total} 页", "Page {n} of {total}"),
}
