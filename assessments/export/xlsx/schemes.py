"""One sheet per scheme: each criterion with its value, requirement, points, status and citation."""

from __future__ import annotations

from decimal import Decimal

from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import ON_EDGE, REPORT, SCHEME, UNITS, VERDICT, row_status
from assessments.export.xlsx.cells import (
    fit_rows,
    header,
    points_cell,
    put,
    text_of,
    title,
    value_cell,
    widths,
)
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOLD, BOX, NOTE_FONT, STATUS_FONT, WRAP
from assessments.labels import trust
from assessments.results import Row, SchemeResult, Text

# Printed: what a reader of the paper needs; the calculation and the source's confidence follow as
# working columns, outside the print area.
SCHEME_COLUMNS = (
    "criterion",
    "value",
    "unit",
    "requirement",
    "points",
    "max",
    "status",
    "on_edge",
    "gap",
    "note",
    "citation",
    "calc",
    "confidence",
)
SCHEME_WIDTHS = (26, 11, 6, 26, 7, 6, 9, 6, 28, 22, 22, 36, 10)
PRINTED_COLUMNS = SCHEME_COLUMNS.index("citation") + 1
STATUS_COL = SCHEME_COLUMNS.index("status") + 1


def scheme_sheet(ws: Worksheet, result: SchemeResult, lang: str) -> None:
    source = f"{result.document} · {text_of(REPORT, 'pack', lang)} {result.pack_version}"
    title(
        ws,
        f"{result.title.get(lang)}（{source}）" if lang == "zh" else f"{result.title.get(lang)} ({source})",
    )
    put(
        ws,
        2,
        1,
        f"{text_of(REPORT, 'verdict', lang)}：{VERDICT[result.verdict].get(lang)} — {result.summary.get(lang)}",
    ).font = BOLD
    row = 3
    if result.score is not None:
        put(ws, row, 1, f"{text_of(REPORT, 'score', lang)}：{_score_text(result, lang)}")
        row += 1
    for note in result.notes:
        put(ws, row, 1, f"{text_of(SCHEME, 'notes', lang)}：{note.get(lang)}").font = NOTE_FONT
        row += 1
    header_row = row + 1
    header(ws, header_row, [text_of(SCHEME, k, lang) for k in SCHEME_COLUMNS])
    for offset, item in enumerate(result.rows, start=1):
        _criterion_row(ws, header_row + offset, item, lang)
    widths(ws, SCHEME_WIDTHS)
    fit_rows(ws, header_row)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    print_setup(ws, header_row, landscape=True, lang=lang, last_col=PRINTED_COLUMNS)


def _score_range(result: SchemeResult) -> str:
    if result.score is None:
        return ""
    text = _plain(result.score)
    if result.score_max is not None and result.score_max != result.score:
        text += f"–{_plain(result.score_max)}"
    return text


def _score_text(result: SchemeResult, lang: str) -> str:
    text = _score_range(result)
    if result.pass_score is not None:
        text += (
            f"（{text_of(REPORT, 'pass', lang)} {_plain(result.pass_score)}）"
            if lang == "zh"
            else f" (pass mark {_plain(result.pass_score)})"
        )
    return text


def _plain(value: Decimal | None) -> str:
    return "—" if value is None else format(value.normalize(), "f")


def _criterion_row(ws: Worksheet, row: int, item: Row, lang: str) -> None:
    value, fmt = value_cell(item.value, item.unit)
    points, points_fmt = points_cell(item.points, item.points_max)
    shown = {
        "criterion": item.label.get(lang),
        "value": value,
        "unit": ""
        if item.unit in ("", "pct")
        else UNITS.get(item.unit, Text(item.unit, item.unit)).get(lang),
        "requirement": item.requirement.get(lang),
        "points": points,
        "max": item.max_points,
        "status": row_status(item).get(lang),
        "on_edge": ON_EDGE.get(lang) if item.on_edge else "",
        "gap": item.gap.text.get(lang) if item.gap else "",
        "note": item.note.get(lang) if item.note else "",
        "citation": item.source.cite,
        "calc": item.calc.get(lang),
        "confidence": trust(item.source.confidence).get(lang),
    }
    formats = {"value": fmt, "points": points_fmt}
    for col, key in enumerate(SCHEME_COLUMNS, start=1):
        cell = put(ws, row, col, shown[key], formats.get(key))
        cell.border, cell.alignment = BOX, WRAP
    ws.cell(row=row, column=STATUS_COL).font = STATUS_FONT[item.status]
