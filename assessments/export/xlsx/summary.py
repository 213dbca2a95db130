"""汇总: the target checks as formulas, the ladder, the rule packs and the data checks."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import INPUT, IP_REPORT, PURPOSE, REPORT, STATUS, VERDICT
from assessments.export.xlsx.cells import (
    fit_rows,
    formula,
    header,
    points_cell,
    put,
    section,
    text_of,
    title,
    value_cell,
    widths,
)
from assessments.export.xlsx.ip import IpCells
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import (
    BOLD,
    DATE,
    ENGINE_FONT,
    LEFT,
    NOTE_FONT,
    PCT,
    SAMPLE_FONT,
    STATUS_FONT,
    WRAP,
)
from assessments.labels import trust
from assessments.results import Row, Status, Text, Verdict
from assessments.rules.schema import CriteriaPack, Threshold
from assessments.sample import SAMPLE_NOTE, is_sample, with_sample_label


@dataclass(frozen=True)
class Cells:
    """Where the summary's target checks find their figures."""

    rd_share: str
    ip: IpCells
    digital: str | None  # the level that counts


TARGETS = ("rd_share", "class1_ip", "digital_level")
VERDICT_STATUS = {
    Verdict.QUALIFIES: Status.MET,
    Verdict.DOES_NOT_QUALIFY: Status.NOT_MET,
    Verdict.LIKELY: Status.MANUAL,
    Verdict.CANNOT_TELL: Status.UNKNOWN,
}


def summary_sheet(ws: Worksheet, assessment: Assessment, cells: Cells, lang: str) -> None:
    profile = assessment.firm.profile
    name = with_sample_label(profile.name or "—", profile.credit_code, lang)
    title(ws, f"{text_of(REPORT, 'title', lang)} · {name}")
    settings = (
        (REPORT["firm"], name, None),
        (INPUT["date"], assessment.on, DATE),
        (INPUT["purpose"], PURPOSE[assessment.purpose].get(lang), None),
    )
    for row, (label, value, fmt) in enumerate(settings, start=2):
        put(ws, row, 1, label.get(lang)).font = BOLD
        put(ws, row, 2, value, fmt).alignment = LEFT
    put(ws, 5, 1, text_of(REPORT, "formula_note", lang)).font = NOTE_FONT
    if is_sample(assessment.firm):
        put(ws, 6, 1, SAMPLE_NOTE.get(lang)).font = SAMPLE_FONT
    row = _targets(ws, assessment, cells, 7, lang)
    row = _ladder(ws, assessment, row + 1, lang)
    row = _packs(ws, assessment, row + 1, lang)
    _issues(ws, assessment, row + 1, lang)
    widths(ws, (30, 14, 12, 14, 12, 12, 42, 32))
    fit_rows(ws, 7)
    print_setup(ws, 1, landscape=True, lang=lang)


def _targets(ws: Worksheet, assessment: Assessment, cells: Cells, top: int, lang: str) -> int:
    pack = assessment.packs.get("xiamen_2026_targets")
    result = assessment.results.get("xiamen_2026_targets")
    section(ws, top, text_of(REPORT, "targets", lang), 8)
    if not isinstance(pack, CriteriaPack) or result is None:
        put(ws, top + 1, 1, result.summary.get(lang) if result else "—")
        return top + 2
    keys = ("target", "value", "threshold", "check", "engine", "engine_status", "citation", "requirement")
    header(ws, top + 1, [text_of(REPORT, k, lang) for k in keys])
    for offset, cid in enumerate(TARGETS, start=2):
        _target_row(ws, top + offset, pack, cid, result.row(cid), cells, lang)
    return top + 2 + len(TARGETS)


def _target_value(cid: str, cells: Cells, lang: str) -> str:
    if cid == "rd_share":
        return cells.rd_share
    if cid == "digital_level":
        return cells.digital or '""'
    return _class1_count(cells, text_of(IP_REPORT, "counted", lang), lang)


def _class1_count(cells: Cells, counted: str, lang: str) -> str:
    """Class I items whose Xiamen column reads `counted` (a COUNTIFS pattern: "计入", "待确认*")."""
    column = cells.ip.by_scheme["xiamen_2026_targets"]
    return f'COUNTIFS({cells.ip.klass},"{text_of(IP_REPORT, "class1", lang)}",{column},"{counted}")'


def _target_row(
    ws: Worksheet, row: int, pack: CriteriaPack, cid: str, result: Row, cells: Cells, lang: str
) -> None:
    criterion = pack.criterion(cid)
    rule = criterion.threshold("min")
    source = rule.source or criterion.source
    put(ws, row, 1, Text(criterion.label_zh, criterion.label_en).get(lang)).alignment = WRAP
    formula(ws, row, 2, _target_value(cid, cells, lang), PCT if rule.unit == "pct" else None).font = BOLD
    put(ws, row, 3, *_threshold_cell(rule))
    formula(ws, row, 4, _check(row, rule, cid, cells, lang)).font = BOLD
    put(ws, row, 5, *value_cell(result.value, result.unit)).font = ENGINE_FONT
    put(ws, row, 6, STATUS[result.status].get(lang)).font = STATUS_FONT[result.status]
    put(ws, row, 7, f"{source.cite} · {trust(source.confidence).get(lang)}").alignment = WRAP
    put(ws, row, 8, result.requirement.get(lang)).alignment = WRAP


def _threshold_cell(rule: Threshold) -> tuple[Decimal, str | None]:
    value, fmt = value_cell(rule.value, rule.unit)
    assert value is not None
    return value, fmt


def _check(row: int, rule: Threshold, cid: str, cells: Cells, lang: str) -> str:
    """IF(B9>C9,"达标","未达标"), with "待确认" while the figure is unknown."""
    met, missed, open_ = (STATUS[s].get(lang) for s in (Status.MET, Status.NOT_MET, Status.UNKNOWN))
    value, edge = f"B{row}", f"C{row}"
    if cid == "class1_ip":
        # Items still to confirm could lift the count: the engine then says "to confirm", not "not met".
        possible = f"{value}+{_class1_count(cells, open_ + '*', lang)}"
        return f'IF({value}{rule.op}{edge},"{met}",IF({possible}{rule.op}{edge},"{open_}","{missed}"))'
    return f'IF({value}="","{open_}",IF({value}{rule.op}{edge},"{met}","{missed}"))'


def _ladder(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> int:
    section(ws, top, text_of(REPORT, "ladder", lang), 8)
    header(
        ws,
        top + 1,
        [
            text_of(REPORT, k, lang)
            for k in ("scheme", "verdict", "score", "pass", "pack", "", "summary", "document")
        ],
    )
    for offset, result in enumerate(assessment.results.values(), start=2):
        row = top + offset
        put(ws, row, 1, result.title.get(lang)).alignment = WRAP
        verdict = put(ws, row, 2, VERDICT[result.verdict].get(lang))
        verdict.alignment = WRAP
        if result.verdict in VERDICT_STATUS:
            verdict.font = STATUS_FONT[VERDICT_STATUS[result.verdict]]
        put(ws, row, 3, *points_cell(result.score, result.score_max))
        put(ws, row, 4, result.pass_score)
        put(ws, row, 5, result.pack_version)
        put(ws, row, 7, result.summary.get(lang)).alignment = WRAP
        put(ws, row, 8, result.document).alignment = WRAP
    return top + 2 + len(assessment.results)


def _packs(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> int:
    section(ws, top, text_of(REPORT, "packs", lang), 8)
    header(
        ws,
        top + 1,
        [
            text_of(REPORT, "scheme", lang),
            text_of(REPORT, "pack", lang),
            "",
            "",
            "",
            "",
            text_of(REPORT, "document", lang),
        ],
    )
    for offset, (name, pack) in enumerate(assessment.packs.items(), start=2):
        put(ws, top + offset, 1, pack.title_zh if lang == "zh" else pack.title_en or name).alignment = WRAP
        put(ws, top + offset, 2, pack.version)
        put(ws, top + offset, 7, pack.document).alignment = WRAP
    return top + 2 + len(assessment.packs)


def _issues(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> None:
    if not assessment.issues:
        return
    section(ws, top, text_of(REPORT, "issues", lang), 8)
    for offset, issue in enumerate(assessment.issues, start=1):
        put(ws, top + offset, 1, text_of(REPORT, issue.severity, lang))
        put(ws, top + offset, 2, issue.field).alignment = WRAP
        put(ws, top + offset, 7, issue.message.get(lang)).alignment = WRAP
