"""The comparison of two assessments as a workbook sheet (issue 11): the inputs that changed, then the
results that changed, each flipped verdict with the criteria that flipped it (◆)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from assessments.compare import Comparison
from assessments.export.compare_words import scheme_rows, sides_line, w
from assessments.export.xlsx.cells import fit_rows, header, put, section, title, widths
from assessments.export.xlsx.styles import BOLD, WRAP, new_workbook
from assessments.storage.atomic import write_atomic

COLUMNS = 4


def write_compare_xlsx(comparison: Comparison, path: Path, lang: str = "zh") -> None:
    write_atomic(Path(path), build_compare_workbook(comparison, lang).save)


def build_compare_workbook(comparison: Comparison, lang: str = "zh") -> Workbook:
    wb = new_workbook()
    ws = wb.active
    ws.title = w("sheet", lang)
    compare_sheet(ws, comparison, lang)
    return wb


def compare_sheet(ws: Worksheet, comparison: Comparison, lang: str) -> None:
    """Fill `ws` with the comparison (a workbook of its own, or a sheet added to the report)."""
    title(ws, w("title", lang), sides_line(comparison, lang))
    widths(ws, (46, 30, 30, 16))
    row = _inputs(ws, 4, comparison, lang)
    row = _results(ws, row + 1, comparison, lang)
    put(ws, row + 1, 1, w("flip_note", lang))
    fit_rows(ws, 4)


def _inputs(ws: Worksheet, row: int, comparison: Comparison, lang: str) -> int:
    section(ws, row, w("inputs", lang), COLUMNS)
    header(ws, row + 1, [w("input", lang), w("before", lang), w("after", lang)])
    row += 2
    if not comparison.inputs:
        put(ws, row, 1, w("none", lang))
        return row + 1
    for change in comparison.inputs:
        for col, text in enumerate((change.label, change.before, change.after), start=1):
            put(ws, row, col, text.get(lang)).alignment = WRAP
        row += 1
    return row


def _results(ws: Worksheet, row: int, comparison: Comparison, lang: str) -> int:
    section(ws, row, w("results", lang), COLUMNS)
    header(ws, row + 1, [w("scheme", lang), w("before", lang), w("after", lang), w("packs", lang)])
    row += 2
    if not comparison.changed_schemes:
        put(ws, row, 1, w("none", lang))
        return row + 1
    for scheme in comparison.changed_schemes:
        for index, line in enumerate(scheme_rows(scheme, lang)):
            for col, text in enumerate(line[:4], start=1):
                cell = put(ws, row, col, text)
                cell.alignment = WRAP
                if index == 0:
                    cell.font = BOLD
            row += 1
    return row
