"""One sheet per scheme: each criterion with its value, requirement, points, status and citation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import ON_EDGE, REPORT, SCHEME, UNITS, VERDICT, row_status
from assessments.export.xlsx.cells import fit_rows, header, put, text_of, title, value_cell, widths
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOLD, BOX, NOTE_FONT, STATUS_FONT, WRAP
from assessments.labels import trust
from assessments.results import Row, SchemeResult, Text

SCHEME_COLUMNS = (
    "criterion",
    "value",
    "unit",
    "requirement",
    "points",
    "max",
    "status",
    "on_edge",
    "calc",
    "citation",
    "confidence",
    "gap",
    "note",
)
SCHEME_WIDTHS = (28, 11, 6, 28, 7, 6, 9, 6, 36, 26, 10, 32, 26)


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
    print_setup(ws, header_row, landscape=True)


def score_range(result: SchemeResult) -> str:
    if result.score is None:
        return ""
    text = plain(result.score)
    if result.score_max is not None and result.score_max != result.score:
        text += f"–{plain(result.score_max)}"
    return text


def _score_text(result: SchemeResult, lang: str) -> str:
    text = score_range(result)
    if result.pass_score is not None:
        text += (
            f"（{text_of(REPORT, 'pass', lang)} {plain(result.pass_score)}）"
            if lang == "zh"
            else f" (pass mark {plain(result.pass_score)})"
        )
    return text


def plain(value: Decimal | None) -> str:
    return "—" if value is None else format(value.normalize(), "f")


def _criterion_row(ws: Worksheet, row: int, item: Row, lang: str) -> None:
    value, fmt = value_cell(item.value, item.unit)
    points: Any = item.points
    if item.points_max is not None and item.points_max != item.points:
        points = f"{plain(item.points)}–{plain(item.points_max)}"
    confidence = trust(item.source.confidence).get(lang)
    cells = (
        item.label.get(lang),
        value,
        "" if item.unit in ("", "pct") else UNITS.get(item.unit, Text(item.unit, item.unit)).get(lang),
        item.requirement.get(lang),
        points,
        item.max_points,
        row_status(item).get(lang),
        ON_EDGE.get(lang) if item.on_edge else "",
        item.calc.get(lang),
        item.source.cite,
        confidence,
        item.gap.text.get(lang) if item.gap else "",
        item.note.get(lang) if item.note else "",
    )
    for col, content in enumerate(cells, start=1):
        cell = put(ws, row, col, content, fmt if col == 2 else None)
        cell.border, cell.alignment = BOX, WRAP
    ws.cell(row=row, column=7).font = STATUS_FONT[item.status]
