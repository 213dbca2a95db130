"""The evidence checklist as a sheet of the report workbook (issue 11): per scheme, the documents its
criteria ask for, with the clause, how far that clause is confirmed, and whether the firm has the file
(present, missing, out of date, and why). Rows come from `assessments.checklist.checklist_rows`."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from assessments.checklist import HEADINGS, Checklist, State, checklist_rows
from assessments.export.xlsx.cells import fit_rows, header, put, title, widths
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import FONT, WRAP

COLUMNS = ("scheme", "criterion", "document", "clause", "trust", "state", "detail")
STATE_FONT = {
    State.PRESENT: Font(name=FONT, bold=True, color="00703C"),
    State.MISSING: Font(name=FONT, bold=True, color="7F7F7F"),
    State.OUT_OF_DATE: Font(name=FONT, bold=True, color="C00000"),
    State.UNCHECKED: Font(name=FONT, bold=True, color="245AA6"),
}


def sheet_name(lang: str) -> str:
    return HEADINGS["title"].get(lang)[:31]


def checklist_sheet(ws: Worksheet, checklist: Checklist, lang: str) -> None:
    """Fill `ws` with the checklist: one row per document, in ladder order."""
    unchecked = HEADINGS["unchecked"].get(lang) if checklist.count(State.UNCHECKED) else ""
    title(ws, HEADINGS["title"].get(lang), f"{checklist.on.isoformat()} {unchecked}".strip())
    widths(ws, (14, 26, 34, 26, 12, 8, 26))
    header(ws, 3, [HEADINGS[c].get(lang) for c in COLUMNS])
    for row, line in enumerate(checklist_rows(checklist, lang), start=4):
        values = (
            line.scheme,
            line.criterion,
            line.document,
            line.clause,
            line.trust,
            line.state_text,
            line.detail,
        )
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value).alignment = WRAP
        ws.cell(row=row, column=COLUMNS.index("state") + 1).font = STATE_FONT[line.state]
    ws.freeze_panes = "A4"
    fit_rows(ws, 4)
    print_setup(ws, 3, True)
