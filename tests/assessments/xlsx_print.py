"""Reading a saved workbook's print settings back: the print area, the scale, and the size a page reads at.

Independent of the exporter's own arithmetic: widths and fonts are read from the file as Excel would.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

A4 = {"portrait": 595.3, "landscape": 841.9}  # points
DEFAULT_SIZE = 11.0


@dataclass(frozen=True)
class Printed:
    sheet: str
    scale: float  # 1.0 = 100 %
    smallest: float  # the smallest font size in the print area, in points, before scaling

    @property
    def reads_at(self) -> float:
        return self.smallest * self.scale


def widths(ws: Worksheet) -> dict[int, float]:
    """Column → width in characters, expanding the grouped ranges openpyxl reads (min..max)."""
    found: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        if dim.width and not dim.hidden:
            for col in range(dim.min or column_index_from_string(dim.index), (dim.max or dim.min) + 1):
                found[col] = dim.width
        elif dim.hidden:
            for col in range(dim.min, dim.max + 1):
                found[col] = 0.0
    return found


def area(ws: Worksheet) -> tuple[int, int, int, int]:
    """(first col, first row, last col, last row) of the print area."""
    assert ws.print_area, f"{ws.title}: no print area"
    ref = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area.split(",")[0]
    return range_boundaries(ref.split("!")[-1].replace("$", ""))


def points(width: float) -> float:
    return 0.0 if width == 0 else (width * 7 + 5) * 0.75


def printed(ws: Worksheet) -> Printed:
    first_col, first_row, last_col, last_row = area(ws)
    sized = widths(ws)
    width = sum(points(sized.get(c, 8.43)) for c in range(first_col, last_col + 1))
    margins = ws.page_margins.left + ws.page_margins.right
    usable = A4[ws.page_setup.orientation] - margins * 72
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        wide = ws.page_setup.fitToWidth or 1
        scale = min(1.0, wide * usable / width)
    else:
        scale = (ws.page_setup.scale or 100) / 100
    sizes = [
        cell.font.sz or DEFAULT_SIZE
        for row in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=first_col, max_col=last_col)
        for cell in row
        if cell.value is not None
    ]
    return Printed(ws.title, scale, min(sizes, default=DEFAULT_SIZE))


def title_cols(ws: Worksheet) -> str | None:
    return ws.print_title_cols


__all__ = ["Printed", "get_column_letter", "printed", "title_cols"]
