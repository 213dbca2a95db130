"""The words of the manager's brief (the two-page short report), zh/en; the sample's are in assessments.sample.

The full report's frame is in `assessments.export.labels.PDF`; `Report.t` reads both tables.
"""

from __future__ import annotations

from assessments.results import Text

SHORT = {
    # the brief
    "brief": Text("专精特新达标简报", "SRDI Self-Check Brief"),
    "brief_subtitle": Text(
        "供企业负责人阅读的两页摘要；每项条件的计算与依据见完整报告。",
        "A two-page summary for the manager; every criterion's calculation and source is in the full report.",
    ),
    "facts_line": Text(
        "评估日期 {date} · {purpose} · 报告生成 {generated}",
        "Assessed on {date} · {purpose} · generated on {generated}",
    ),
    "to_confirm": Text(
        "尚有{n}项条件待确认（缺少数据或材料），补全后结论可能改变。",
        "{n} criteria are still to confirm (data or evidence missing); the results may change once they are filled in.",
    ),
    "more_issues": Text("另有{n}项，见完整报告。", "{n} more in the full report."),
    "actions_intro": Text(
        "取自行动计划中排在最前的三项未完成行动：先做能改变结论的，再按每项结果的净成本排序。",
        "The first three open actions of the action plan: those that change a result first, then by net "
        "cost per result gained.",
    ),
    "support_for": Text("可获支持", "Support"),
    "no_support": Text("无对应支持措施", "No support measure"),
    "more_measures": Text("另有{n}项措施", "+{n} more measures"),
    "measure_now": Text("现可申领", "claimable now"),
    "measure_near": Text("补上差距可申领", "once the gap is closed"),
    "measure_check": Text("需确认", "to check"),
    "support_heading": Text("支持措施概况", "Support measures at a glance"),
    "claimable_top": Text("现在可申领的措施", "Claimable now"),
    "brief_end": Text(
        "完整报告另含各方案的每项条件（计算过程、要求与依据）、全部差距、完整行动计划、知识产权计入情况和方法说明。",
        "The full report adds every criterion of each scheme (calculation, requirement and source), all "
        "gaps, the whole action plan, where each IP item counts, and the method.",
    ),
}
