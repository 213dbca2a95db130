"""How each sheet prints: A4, legible, with its name on top and page numbers below.

A sheet that fits the page width at 82 % or more (9 pt for the workbook's 11 pt text) is fitted to
one page wide. A wider one (the IP register, with a column per scheme) is not shrunk to fit: it prints
at a fixed 85 % and runs across pages, repeating its heading rows and its identifying columns on every
page, so each page reads at 9.35 pt. Working columns (the engine's values, field paths) are left out
of the print area. The effective size is computed the way Excel sizes columns: a column `w`
characters wide is `7 w + 5` pixels of 0.75 pt.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from assessments.results import Text

A4_WIDTH = {"portrait": 595.3, "landscape": 841.9}  # points
MARGINS = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75, header=0.3, footer=0.3)  # inches
BODY_SIZE = 11.0  # the workbook's default font size (Calibri 11)
MIN_SIZE = 8.0  # the smallest size a printed page may read at
# Fit to one page wide only at 82 % or larger (9 pt): LibreOffice without Calibri's metric twin (Carlito)
# sets columns in a wider font, about 10 % wider, and then still prints at 8 pt or more.
FIT_SCALE = 0.82
SPREAD_SCALE = 85  # percent, for sheets that run across pages (9.35 pt)
DEFAULT_WIDTH = 8.43  # characters: Excel's width of a column never sized
FOOTER = Text("第 &P 页 / 共 &N 页", "Page &P of &N")
HEADER = "&A"  # the sheet's name


def column_points(width: float) -> float:
    """The printed width of a column `width` characters wide (Excel's 7 px digit, 5 px padding)."""
    return (width * 7 + 5) * 0.75


def printable_width(orientation: str) -> float:
    return A4_WIDTH[orientation] - (MARGINS.left + MARGINS.right) * 72


def sheet_width(ws: Worksheet, last_col: int) -> float:
    """The printed width of columns A to `last_col`, hidden ones left out."""
    total = 0.0
    for col in range(1, last_col + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        if dim is not None and dim.hidden:
            continue
        width = dim.width if dim is not None and dim.customWidth else DEFAULT_WIDTH
        total += column_points(width)
    return total


def print_setup(
    ws: Worksheet,
    title_rows: int,
    landscape: bool,
    lang: str = "zh",
    *,
    last_col: int | None = None,
    title_cols: int = 1,
) -> None:
    """Paper, orientation and scale for `ws` as filled; `last_col` ends the print area (default: all).

    `title_cols` columns (from A) are repeated on every page when the sheet runs across pages.
    """
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins = MARGINS
    last = last_col or ws.max_column
    ws.print_area = f"A1:{get_column_letter(last)}{max(ws.max_row, title_rows)}"
    ws.print_title_rows = f"1:{title_rows}"
    fit = printable_width(setup.orientation) / sheet_width(ws, last)
    if fit >= FIT_SCALE:
        setup.fitToWidth, setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = SPREAD_SCALE
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.print_title_cols = f"A:{get_column_letter(title_cols)}"
    ws.print_options.gridLines = False
    ws.oddHeader.center.text = HEADER
    ws.oddFooter.center.text = FOOTER.get(lang)
