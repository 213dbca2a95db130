"""How each sheet prints."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet


def print_setup(ws: Worksheet, title_rows: int, landscape: bool) -> None:
    """A4, fitted to the page width, header rows repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{title_rows}"
    ws.print_options.gridLines = False
