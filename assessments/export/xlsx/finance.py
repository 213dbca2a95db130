"""财务数据: the input figures, one row per field and one column per fiscal year."""

from __future__ import annotations

import datetime as dt

from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.labels import INPUT, INSTRUCTIONS, SHEETS, UNITS
from assessments.export.xlsx.cells import as_input, header, put, title
from assessments.export.xlsx.styles import BOX, NOTE_FONT, WAN, WHOLE
from assessments.labels import YEAR_FIELDS
from assessments.model import Firm, FiscalYear

FIN_KIND_ROW, FIN_HEADER_ROW, FIN_FIRST_ROW = 3, 4, 5
FIN_YEAR_COLS = (3, 4, 5, 6)  # three fiscal years, oldest first, then the current year's plan
FIN_FIELDS = tuple(YEAR_FIELDS)
STAFF_FIELDS = ("staff", "rd_staff", "st_staff")
INT_FIELDS = ("tech_conversions",)


def fin_row(name: str) -> int:
    return FIN_FIRST_ROW + FIN_FIELDS.index(name)


def fin_unit(name: str) -> str:
    return "staff" if name in STAFF_FIELDS else "count" if name in INT_FIELDS else "wan"


def sheet_years(firm: Firm, on: dt.date) -> tuple[int, int, int, int]:
    """The years of the four columns: 上年度 and the two before it (decision 2), then the plan."""
    last = on.year - 1
    plan = firm.plan()
    return last - 2, last - 1, last, plan.year if plan is not None else last + 1


def write_finance(ws: Worksheet, firm: Firm, years: tuple[int, ...], lang: str, note: str = "") -> None:
    """The input figures: one row per field, one column per year (the last column is the plan)."""
    title(ws, SHEETS["finance"].get(lang), note or INSTRUCTIONS["finance"].get(lang))
    kinds = [INPUT["fiscal_year"], INPUT["fiscal_year"], INPUT["last_fy"], INPUT["plan"]]
    for col, kind in zip(FIN_YEAR_COLS, kinds, strict=True):
        put(ws, FIN_KIND_ROW, col, kind.get(lang)).font = NOTE_FONT
    header(ws, FIN_HEADER_ROW, [INPUT["item"].get(lang), INPUT["unit"].get(lang)])
    for col, year in zip(FIN_YEAR_COLS, years, strict=True):
        header(ws, FIN_HEADER_ROW, [year], col)
        as_input(ws.cell(row=FIN_HEADER_ROW, column=col), "0")
    figures = _year_columns(firm, years)
    for name in FIN_FIELDS:
        row = fin_row(name)
        put(ws, row, 1, YEAR_FIELDS[name].get(lang)).border = BOX
        put(ws, row, 2, UNITS[fin_unit(name)].get(lang)).border = BOX
        fmt = WAN if fin_unit(name) == "wan" else WHOLE
        for col, fy in zip(FIN_YEAR_COLS, figures, strict=True):
            as_input(put(ws, row, col, getattr(fy, name) if fy else None), fmt)
    ws.freeze_panes = ws.cell(row=FIN_FIRST_ROW, column=FIN_YEAR_COLS[0])


def _year_columns(firm: Firm, years: tuple[int, ...]) -> list[FiscalYear | None]:
    *past, _plan = years
    return [firm.year(y) for y in past] + [firm.plan()]
