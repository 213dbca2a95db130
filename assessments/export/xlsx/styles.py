"""The workbook's fonts, fills, borders and number formats, and the workbook that shares them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.indexed_list import IndexedList

from assessments.results import Status

FONT = "Calibri"  # the workbook's default; Excel and LibreOffice fall back to a CJK font for Chinese
TITLE_FONT = Font(name=FONT, bold=True, size=14)
BOLD = Font(name=FONT, bold=True)
NOTE_FONT = Font(name=FONT, italic=True, color="595959")
LINE_HEIGHT = 15  # points per line of 11-point text
CJK_FIRST, CJK_WIDTH = 0x2E80, 1.7  # CJK characters are about 1.7 digits wide
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="EDEDED")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_ALIGN = Alignment(wrap_text=True, vertical="center")
WAN = "#,##0.00"
WHOLE = "#,##0"
PCT = "0.00%"
DATE = "yyyy-mm-dd"
TEXT = "@"


class _StylesByIdentity(IndexedList):
    """A workbook's list of fonts (fills, borders…) that finds a style object it has seen by identity.

    openpyxl hashes the whole style object (its colours, sides…) on every assignment to a cell, which was
    a third of a report workbook's time; the styles here are shared constants, never changed once made.
    """

    def __init__(self, iterable: Iterable[Any] | None = None) -> None:
        super().__init__(iterable)
        self._by_id: dict[int, tuple[Any, int]] = {}

    def add(self, value: Any) -> int:
        known = self._by_id.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        index = super().add(value)
        self._by_id[id(value)] = (value, index)  # holding `value` keeps its id from being reused
        return index


def new_workbook() -> Workbook:
    """An empty workbook whose style lists look shared style objects up by identity."""
    wb = Workbook()
    for name in ("_fonts", "_fills", "_borders", "_alignments", "_protections"):
        setattr(wb, name, _StylesByIdentity(getattr(wb, name)))
    return wb


ENGINE_FONT = Font(name=FONT, italic=True, color="7F7F7F")
SAMPLE_FONT = Font(name=FONT, bold=True, color="C00000")
LEFT = Alignment(horizontal="left")
STATUS_FONT = {
    Status.MET: Font(name=FONT, bold=True, color="00703C"),
    Status.NOT_MET: Font(name=FONT, bold=True, color="C00000"),
    Status.UNKNOWN: Font(name=FONT, bold=True, color="9C5700"),
    Status.MANUAL: Font(name=FONT, bold=True, color="1F4E79"),
}
