"""The cohort as a workbook: a summary with live formulas, one row per firm, the distributions and the
firms closest to each next title (docs/batch-template.md).

The firm sheet holds each target's figure only where the firm counts in it, and beside it why a firm
was left out (sample, not in force, no data); every figure of the summary and the distributions is a
formula over those columns, so a park office that corrects a firm's figure sees the city's reading move,
and Excel, LibreOffice or WPS show the same values the app computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet

from assessments.cohort import LEFT_OUT_TEXT, TARGET_ROWS, Cohort, LeftOut, Member, Reading
from assessments.export.xlsx.cells import formula, header, put, ref, title, widths
from assessments.export.xlsx.styles import BOLD, new_workbook
from assessments.numbers import round2
from assessments.results import Status, Text, Verdict
from assessments.storage.atomic import write_atomic

WORDS = {
    "summary": Text("汇总", "Summary"),
    "firms": Text("企业", "Firms"),
    "distribution": Text("分布", "Distribution"),
    "closest": Text("最接近", "Closest"),
    "title": Text("厦门2026年专精特新目标：企业群体", "Xiamen 2026 SRDI targets: the cohort"),
    "note": Text(
        "汇总与分布均为公式，随“企业”表中的数值更新；未计入某项的企业在该项留空，并注明原因。",
        "Summary and distribution are formulas over the Firms sheet; a firm left out of a figure has it "
        "blank there, with the reason beside it.",
    ),
    "row": Text("行号", "Row"),
    "name": Text("企业名称", "Firm"),
    "code": Text("统一社会信用代码", "Credit code"),
    "district": Text("所在区（园区）", "District or park"),
    "tags": Text("标签", "Tags"),
    "date": Text("评估日期", "Assessment date"),
    "verdict": Text("三项目标", "Three targets"),
    "status": Text("状态", "status"),
    "why": Text("未计入原因", "left out because"),
    "next": Text("下一称号", "Next title"),
    "not_met": Text("未满足项", "Criteria not met"),
    "unknown": Text("待确认项", "Criteria to confirm"),
    "gaps": Text("差距", "Gaps"),
    "target": Text("目标", "Target"),
    "city": Text("城市口径", "The city's figure"),
    "city_rule": Text("城市目标", "City target"),
    "city_met": Text("是否达到", "Reached"),
    "median": Text("中位数", "Median"),
    "counted": Text("计入企业数", "Firms counted"),
    "met": Text("单独达标企业数", "Firms meeting it on their own"),
    "met_share": Text("单独达标占比（%）", "Share meeting it on their own (%)"),
    "firm_rule": Text("单个企业标准", "One firm's target"),
    "low": Text("下限（缺数据计为未达）", "Lower bound (no data as missing)"),
    "high": Text("上限（缺数据计为达到）", "Upper bound (no data as meeting)"),
    "bin": Text("区间", "Range"),
    "count": Text("企业数", "Firms"),
    "meets": Text("达到单个企业标准", "Meets one firm's target"),
    "rank": Text("排名", "Rank"),
    "value": Text("数值", "Figure"),
    "gap": Text("差距", "Gap"),
    "yes": Text("是", "yes"),
    "no": Text("否", "no"),
    "closest_title": Text(
        "最接近下一称号的企业（未满足项最少）", "Closest to their next title (fewest criteria not met)"
    ),
    "closest_target": Text("最接近单项目标的企业（差距最小）", "Closest to each target (smallest gap)"),
}
UNIT_SUFFIX = {
    "pct": Text("（%）", " (%)"),
    "count": Text("（项）", " (items)"),
    "level": Text("（级）", " (level)"),
}
STATUS_WORD = {
    Status.MET: Text("达标", "met"),
    Status.NOT_MET: Text("未达标", "not met"),
    Status.UNKNOWN: Text("待确认", "to confirm"),
    Status.MANUAL: Text("需人工确认", "manual check"),
}
VERDICT_WORD = {
    Verdict.QUALIFIES: Text("均已达到", "all met"),
    Verdict.DOES_NOT_QUALIFY: Text("未全部达到", "not all met"),
    Verdict.LIKELY: Text("很可能", "likely"),
    Verdict.CANNOT_TELL: Text("无法判断", "cannot tell"),
    Verdict.NOT_IN_FORCE: Text("不适用", "not in force"),
}
FIRM_HEADER_ROW = 4
FIXED_COLUMNS = 7  # row … verdict; then value, status, why per target; then the next title
NUMBER = "0.00"


def write_cohort_xlsx(cohort: Cohort, path: Path, lang: str = "zh") -> None:
    write_atomic(Path(path), lambda temp: build(cohort, lang).save(temp))


def build(cohort: Cohort, lang: str) -> object:
    book = new_workbook()
    summary = book.active
    summary.title = WORDS["summary"].get(lang)
    firms = book.create_sheet(WORDS["firms"].get(lang))
    last = _firm_sheet(firms, cohort.members, lang)
    ranges = {t: _ranges(firms, i, last) for i, t in enumerate(TARGET_ROWS)}
    _summary_sheet(summary, cohort, ranges, lang)
    _distribution_sheet(book.create_sheet(WORDS["distribution"].get(lang)), cohort, ranges, lang)
    _closest_sheet(book.create_sheet(WORDS["closest"].get(lang)), cohort, lang)
    return book


def _w(key: str, lang: str) -> str:
    return WORDS[key].get(lang)


# --- one row per firm --------------------------------------------------------------------------------


def target_col(index: int) -> int:
    """The value column of the index-th target; its status and reason follow."""
    return FIXED_COLUMNS + 1 + 3 * index


def _firm_sheet(ws: Worksheet, members: Sequence[Member], lang: str) -> int:
    title(ws, _w("title", lang), _w("note", lang))
    labels = [_w(k, lang) for k in ("row", "name", "code", "district", "tags", "date", "verdict")]
    for target in TARGET_ROWS:
        name = _target_name(target, lang)
        labels += [
            name + UNIT_SUFFIX[_unit(target)].get(lang),
            f"{name} {_w('status', lang)}",
            f"{name} {_w('why', lang)}",
        ]
    labels += [_w(k, lang) for k in ("next", "not_met", "unknown", "gaps")]
    header(ws, FIRM_HEADER_ROW, labels)
    row = FIRM_HEADER_ROW
    for row, member in enumerate(members, start=FIRM_HEADER_ROW + 1):
        _firm_row(ws, row, member, lang)
    widths(ws, [6, 30, 20, 16, 14, 11, 11] + [10, 8, 14] * 3 + [16, 8, 8, 50])
    ws.freeze_panes = ws.cell(FIRM_HEADER_ROW + 1, 3)
    return max(row, FIRM_HEADER_ROW + 1)  # formulas need a range even when no firm is listed


def _firm_row(ws: Worksheet, row: int, member: Member, lang: str) -> None:
    cells = [member.key, member.name, member.credit_code, member.district, "、".join(member.tags), member.on]
    for col, value in enumerate(cells, start=1):
        put(ws, row, col, value, "yyyy-mm-dd" if col == 6 else None)
    put(ws, row, 7, VERDICT_WORD[member.verdict].get(lang))
    for index, target in enumerate(TARGET_ROWS):
        col, figure, why = target_col(index), member.figure(target), member.left_out_of(target)
        if why is None and figure is not None and figure.value is not None:
            put(ws, row, col, round2(figure.value), NUMBER)
        if figure is not None:
            put(ws, row, col + 1, STATUS_WORD[figure.status].get(lang))
        if why is not None:
            put(ws, row, col + 2, LEFT_OUT_TEXT[why].get(lang))
    _next_title(ws, row, member, lang)


def _next_title(ws: Worksheet, row: int, member: Member, lang: str) -> None:
    found = member.next_title
    if found is None:
        return
    col = target_col(len(TARGET_ROWS))
    put(ws, row, col, found.title.get(lang))
    put(ws, row, col + 1, found.not_met)
    put(ws, row, col + 2, found.unknown)
    put(ws, row, col + 3, "；".join(g.get(lang) for g in found.gaps))


def _ranges(ws: Worksheet, index: int, last: int) -> tuple[str, str]:
    """The value and the reason column of one target, absolute, from any sheet."""
    col = target_col(index)
    first = FIRM_HEADER_ROW + 1
    values = f"{ref(ws, first, col, True)}:{ref(ws, last, col, True).split('!')[1]}"
    reasons = f"{ref(ws, first, col + 2, True)}:{ref(ws, last, col + 2, True).split('!')[1]}"
    return values, reasons


# --- the summary -------------------------------------------------------------------------------------

SUMMARY_ROWS = (
    "city_rule",
    "city",
    "city_met",
    "median",
    "counted",
    "firm_rule",
    "met",
    "met_share",
    "sample",
    "not_in_force",
    "no_data",
    "low",
    "high",
)


def _summary_sheet(ws: Worksheet, cohort: Cohort, ranges: dict[str, tuple[str, str]], lang: str) -> None:
    title(ws, _w("title", lang), _pack_note(cohort, lang))
    header(ws, 4, [_w("target", lang), *(_target_name(t, lang) for t in TARGET_ROWS)])
    rows = {key: 5 + i for i, key in enumerate(SUMMARY_ROWS)}
    for key, row in rows.items():
        put(ws, row, 1, _summary_label(key, lang)).font = BOLD if key in ("city", "city_met") else None
    for col, target in enumerate(TARGET_ROWS, start=2):
        _summary_column(ws, col, cohort.reading(target), ranges[target], rows, lang)
    widths(ws, [34, 20, 20, 20])


def _summary_label(key: str, lang: str) -> str:
    if key in ("sample", "not_in_force", "no_data"):
        return f"{_w('why', lang)}：{LEFT_OUT_TEXT[LeftOut(key)].get(lang)}"
    return _w(key, lang)


def _pack_note(cohort: Cohort, lang: str) -> str:
    return Text(
        f"规则包 xiamen_2026_targets {cohort.pack_version}；共{len(cohort.members)}家企业",
        f"Rule pack xiamen_2026_targets {cohort.pack_version}; {len(cohort.members)} firms",
    ).get(lang)


def _summary_column(
    ws: Worksheet, col: int, found: Reading, ranges: tuple[str, str], rows: dict[str, int], lang: str
) -> None:
    values, reasons = ranges
    cell = lambda key: ref(ws, rows[key], col)  # noqa: E731 (a short alias reads better in formulas)
    put(ws, rows["city_rule"], col, found.city_rule.value)
    put(ws, rows["firm_rule"], col, found.firm_rule.value)
    met = f'COUNTIF({values},"{found.firm_rule.op}"&{cell("firm_rule")})'
    counted = f"COUNT({values})"
    if found.target == "digital_level":
        formula(ws, rows["city"], col, f'IF({counted}=0,"",{met}/{counted}*100)', NUMBER)
    else:
        formula(ws, rows["city"], col, f'IF({counted}=0,"",AVERAGE({values}))', NUMBER)
    yes, no = _w("yes", lang), _w("no", lang)
    reached = (
        f'IF({cell("city")}="","",IF({cell("city")}{found.city_rule.op}{cell("city_rule")},"{yes}","{no}"))'
    )
    if found.target == "digital_level":  # met only when it holds with every no-data firm failing
        rule, maybe = f"{found.city_rule.op}{cell('city_rule')}", STATUS_WORD[Status.UNKNOWN].get(lang)
        reached = f'IF({cell("low")}="","",IF({cell("low")}{rule},"{yes}",IF({cell("high")}{rule},"{maybe}","{no}")))'
    formula(ws, rows["city_met"], col, reached)
    formula(ws, rows["median"], col, f'IF({counted}=0,"",MEDIAN({values}))', NUMBER)
    formula(ws, rows["counted"], col, counted)
    formula(ws, rows["met"], col, met)
    formula(ws, rows["met_share"], col, f'IF({counted}=0,"",{cell("met")}/{counted}*100)', NUMBER)
    for why in LeftOut:
        formula(ws, rows[why.value], col, f'COUNTIF({reasons},"{LEFT_OUT_TEXT[why].get(lang)}")')
    if found.target == "digital_level":
        whole = f"({counted}+{cell('no_data')})"
        formula(ws, rows["low"], col, f'IF({whole}=0,"",{cell("met")}/{whole}*100)', NUMBER)
        formula(
            ws, rows["high"], col, f'IF({whole}=0,"",({cell("met")}+{cell("no_data")})/{whole}*100)', NUMBER
        )


def _target_name(target: str, lang: str) -> str:
    from assessments.cohort import LABELS

    return LABELS[target][0].get(lang)


def _unit(target: str) -> str:
    from assessments.cohort import LABELS

    return LABELS[target][1]


# --- the distributions -------------------------------------------------------------------------------


def _distribution_sheet(ws: Worksheet, cohort: Cohort, ranges: dict[str, tuple[str, str]], lang: str) -> None:
    title(ws, _w("distribution", lang))
    row = 3
    for target in TARGET_ROWS:
        found = cohort.reading(target)
        put(ws, row, 1, _target_name(target, lang) + UNIT_SUFFIX[found.unit].get(lang)).font = BOLD
        header(ws, row + 1, [_w("bin", lang), _w("count", lang), _w("meets", lang)])
        for offset, part in enumerate(found.bins, start=row + 2):
            put(ws, offset, 1, part.label)
            formula(ws, offset, 2, _bin_count(ranges[target][0], part.low, part.high))
            put(ws, offset, 3, _w("yes" if part.meets else "no", lang))
        row += len(found.bins) + 3
    widths(ws, [24, 10, 18])


def _bin_count(values: str, low: Decimal | None, high: Decimal | None) -> str:
    parts = []
    if low is not None:
        parts.append(f'{values},">{low}"')
    if high is not None:
        parts.append(f'{values},"<={high}"')
    return f"COUNTIFS({','.join(parts)})"


# --- the firms closest ---------------------------------------------------------------------------------


def _closest_sheet(ws: Worksheet, cohort: Cohort, lang: str) -> None:
    title(ws, _w("closest_title", lang))
    row = 3
    for group in cohort.closest():
        put(ws, row, 1, group.title.get(lang)).font = BOLD
        header(ws, row + 1, [_w(k, lang) for k in ("rank", "name", "not_met", "unknown", "gaps")])
        for rank, member in enumerate(group.members, start=1):
            found = member.next_title
            assert found is not None
            gaps = "；".join(g.get(lang) for g in found.gaps)
            for col, value in enumerate((rank, member.name, found.not_met, found.unknown, gaps), start=1):
                put(ws, row + 1 + rank, col, value)
        row += len(group.members) + 3
    put(ws, row, 1, _w("closest_target", lang)).font = BOLD
    row += 1
    for target in TARGET_ROWS:
        row = _closest_target(ws, row, cohort, target, lang)
    widths(ws, [8, 30, 12, 12, 60])


def _closest_target(ws: Worksheet, row: int, cohort: Cohort, target: str, lang: str) -> int:
    put(ws, row, 1, _target_name(target, lang)).font = BOLD
    header(ws, row + 1, [_w(k, lang) for k in ("rank", "name", "value", "gap")])
    members = cohort.closest_to_target(target)
    for rank, member in enumerate(members, start=1):
        figure = member.figures[target]
        gap = figure.gap.get(lang) if figure.gap else ""
        for col, value in enumerate((rank, member.name, figure.value, gap), start=1):
            put(ws, row + 1 + rank, col, round2(value) if isinstance(value, Decimal) else value)
    return row + len(members) + 3
