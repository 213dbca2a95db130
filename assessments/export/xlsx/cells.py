"""Writing cells: values kept as text or numbers, live formulas, headings, column widths, row heights.

Text goes through `export/cells.py` (`safe_text`), so a firm's name is never run as a formula.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.cells import reads_as_formula, safe_text
from assessments.export.xlsx.styles import (
    BOLD,
    BOX,
    CJK_FIRST,
    CJK_WIDTH,
    HEAD_ALIGN,
    HEADER_FILL,
    INPUT_FILL,
    LINE_HEIGHT,
    NOTE_FONT,
    PCT,
    SECTION_FILL,
    TITLE_FONT,
    WAN,
    WHOLE,
)
from assessments.numbers import HUNDRED
from assessments.results import Text


def put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Cell:
    """A value in a cell; text is always text (`safe_text`), never a formula, whatever it starts with."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        value = safe_text(value)
    cell.value = value
    if isinstance(value, str) and reads_as_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    if fmt is not None:
        cell.number_format = fmt
    return cell


def formula(ws: Worksheet, row: int, col: int, expression: str, fmt: str | None = None) -> Cell:
    """A live formula (`expression` without the leading "=")."""
    cell = ws.cell(row=row, column=col, value=f"={expression}")
    if fmt is not None:
        cell.number_format = fmt
    return cell


def ref(ws: Worksheet, row: int, col: int, absolute: bool = False) -> str:
    """A reference to a cell of `ws` usable from any sheet: '财务数据'!$E$25."""
    letter = get_column_letter(col)
    cell = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheetname(ws.title)}!{cell}"


def title(ws: Worksheet, text: str, note: str = "") -> None:
    put(ws, 1, 1, text).font = TITLE_FONT
    if note:
        cell = put(ws, 2, 1, note)
        cell.font = NOTE_FONT


def wide_note(ws: Worksheet, row: int, text: str, last_col: int) -> None:
    """A note over columns A to `last_col`, wrapped, its row as tall as its lines (for printing too)."""
    cell = put(ws, row, 1, text)
    cell.font, cell.alignment = NOTE_FONT, _top("left", True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
    width = sum((ws.column_dimensions[get_column_letter(c)].width or 9) for c in range(1, last_col + 1)) - 1
    lines = sum(max(1, math.ceil(_text_width(part) / max(width, 1))) for part in text.split("\n"))
    ws.row_dimensions[row].height = LINE_HEIGHT * lines


def header(ws: Worksheet, row: int, labels: Iterable[Any], first_col: int = 1) -> None:
    """Bold labels on a tinted band; an empty label leaves its cell plain."""
    for offset, label in enumerate(labels):
        if label == "":
            continue
        cell = put(ws, row, first_col + offset, label)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BOX
        cell.alignment = HEAD_ALIGN


def section(ws: Worksheet, row: int, text: str, width: int) -> None:
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = SECTION_FILL
    put(ws, row, 1, text).font = BOLD


def as_input(cell: Cell, fmt: str | None = None) -> Cell:
    cell.fill, cell.border = INPUT_FILL, BOX
    if fmt is not None:
        cell.number_format = fmt
    return cell


def widths(ws: Worksheet, sizes: Iterable[float]) -> None:
    for col, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(col)].width = size


def fit_rows(ws: Worksheet, first: int = 1) -> None:
    """Row heights for wrapped text, which LibreOffice does not grow by itself on opening."""
    for row in ws.iter_rows(min_row=first):
        lines = max((_lines(cell, ws) for cell in row), default=1)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines
            for cell in row:
                if cell.value is not None and cell.alignment.vertical != "top":
                    cell.alignment = _top(cell.alignment.horizontal, cell.alignment.wrap_text)


@functools.cache
def _top(horizontal: str | None, wrap: bool | None) -> Alignment:
    """One shared style object per combination: building styles cell by cell is slow in openpyxl."""
    return Alignment(horizontal=horizontal, vertical="top", wrap_text=wrap)


def _lines(cell: Cell, ws: Worksheet) -> int:
    if not isinstance(cell.value, str) or not cell.alignment.wrap_text or cell.data_type == "f":
        return 1
    usable = max((ws.column_dimensions[cell.column_letter].width or 9) - 1, 1)
    return sum(max(1, math.ceil(_text_width(part) / usable)) for part in cell.value.split("\n"))


@functools.lru_cache(maxsize=4096)  # a workbook repeats its labels, and a re-export all its texts
def _text_width(text: str) -> float:
    """Width in Excel's units (one digit); a CJK character takes a little under two."""
    return sum(CJK_WIDTH if ord(ch) >= CJK_FIRST else 1 for ch in text)


def text_of(words: dict[str, Text], key: str, lang: str) -> str:
    """The label `key` in `lang`; "" for a column left without a heading."""
    return words[key].get(lang) if key else ""


def value_cell(value: Decimal | None, unit: str) -> tuple[Decimal | None, str | None]:
    if value is None:
        return None, None
    if unit == "pct":
        return value / HUNDRED, PCT
    return value, WAN if unit == "wan" else WHOLE if unit in ("staff", "count") else None


def points_cell(points: Decimal | None, high: Decimal | None) -> tuple[Decimal | None, str | None]:
    """Points as a number; a range (open items could add points) shows as "3–5" but holds the 3."""
    if points is None or high is None or high == points:
        return points, None
    return points, f'General"–{format(high.normalize(), "f")}"'
