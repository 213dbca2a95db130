"""财务数据 in the report: the ratios as live formulas over the figures, the engine's values beside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import FINANCE, INPUT, SCHEME, UNITS
from assessments.export.xlsx.cells import fit_rows, formula, header, put, ref, section, text_of, widths
from assessments.export.xlsx.finance import (
    FIN_FIELDS,
    FIN_FIRST_ROW,
    FIN_HEADER_ROW,
    FIN_YEAR_COLS,
    fin_row,
    sheet_years,
    write_finance,
)
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOLD, BOX, ENGINE_FONT, NOTE_FONT, PCT
from assessments.labels import YEAR_FIELDS as YEAR_LABEL
from assessments.model import Firm
from assessments.numbers import HUNDRED, pct
from assessments.results import Text
from assessments.rules.schema import CriteriaPack
from assessments.schemes import measures as m
from assessments.schemes.common import Context

CellOf = Callable[[str, int], str]  # (input field or ratio key, column) → "E7"
Expression = Callable[[CellOf, int], str]  # the formula of one column, without "="
Measure = Callable[[Context], Decimal | None]  # the engine's value for the context's 上年度


@dataclass(frozen=True)
class Ratio:
    """One ratio row: its formula for a column and the engine's measure for the same column."""

    key: str
    how: Text
    depth: int  # columns back the formula reaches (0 same year, 1 the year before…)
    expression: Expression
    measure: Measure


def _share(part: str, whole: str) -> tuple[Expression, Measure]:
    def expression(cell: CellOf, col: int) -> str:
        a, b = cell(part, col), cell(whole, col)
        return f'IF(OR({a}="",{b}="",{b}=0),"",{a}/{b})'

    return expression, lambda ctx: m.ratio(ctx, part, whole).value


def _growth(name: str) -> tuple[Expression, Measure]:
    def expression(cell: CellOf, col: int) -> str:
        now, before = cell(name, col), cell(name, col - 1)
        return f'IF(OR({now}="",{before}="",{before}=0),"",{now}/{before}-1)'

    return expression, lambda ctx: m.growth(ctx, name).value


def _cagr(cell: CellOf, col: int) -> str:
    now, base = cell("revenue", col), cell("revenue", col - 2)
    return f'IF(OR({now}="",{base}="",{base}<=0),"",SQRT({now}/{base})-1)'


def _three_year(cell: CellOf, col: int) -> str:
    rd = f"{cell('rd_expense', col - 2)}:{cell('rd_expense', col)}"
    sales = f"{cell('revenue', col - 2)}:{cell('revenue', col)}"
    return f'IF(OR(COUNTBLANK({rd})>0,COUNTBLANK({sales})>0),"",IF(SUM({sales})=0,"",SUM({rd})/SUM({sales})))'


def _three_year_engine(ctx: Context) -> Decimal | None:
    years = len(FIN_YEAR_COLS) - 1
    rd, sales = m.year_sum(ctx, "rd_expense", years).value, m.year_sum(ctx, "revenue", years).value
    return None if rd is None or sales is None else pct(rd, sales)


def _ratios() -> tuple[Ratio, ...]:
    def share(key: str, part: str, whole: str) -> Ratio:
        how = Text(
            f"{YEAR_LABEL[part].zh} ÷ {YEAR_LABEL[whole].zh}",
            f"{YEAR_LABEL[part].en} ÷ {YEAR_LABEL[whole].en}",
        )
        return Ratio(key, how, 0, *_share(part, whole))

    return (
        share("rd_share", "rd_expense", "revenue"),
        share("main_share", "main_revenue", "revenue"),
        share("debt_ratio", "total_liabilities", "total_assets"),
        share("net_margin", "net_profit", "revenue"),
        share("rd_staff_share", "rd_staff", "staff"),
        share("st_staff_share", "st_staff", "staff"),
        Ratio("main_growth", FINANCE["how_growth"], 1, *_growth("main_revenue")),
        Ratio("revenue_growth", FINANCE["how_growth"], 1, *_growth("revenue")),
        Ratio(
            "mean_growth",
            FINANCE["how_mean"],
            2,
            _mean_growth,
            lambda c: m.mean_growth(c, "main_revenue").value,
        ),
        Ratio("cagr", FINANCE["how_cagr"], 2, _cagr, lambda c: m.compound_growth(c, "revenue").value),
        Ratio("rd_3y", FINANCE["how_3y"], 2, _three_year, _three_year_engine),
    )


def _mean_growth(cell: CellOf, col: int) -> str:
    last, before = cell("main_growth", col), cell("main_growth", col - 1)
    return f'IF(OR({last}="",{before}=""),"",({last}+{before})/2)'


RATIOS = _ratios()


def _sheet_firm(firm: Firm, years: tuple[int, ...]) -> Firm:
    """The firm as the sheet shows it: its three fiscal years and the plan as the year after."""
    *past, _plan = years
    kept = [fy for y in past if (fy := firm.year(y)) is not None]
    plan = firm.plan()
    if plan is not None:
        kept.append(plan.model_copy(update={"year": past[-1] + 1, "plan": False}))
    return firm.model_copy(update={"years": tuple(kept)})


def engine_values(assessment: Assessment) -> dict[str, list[Decimal | None]]:
    """Each ratio per sheet column as the engine's measures compute it, as a fraction (0.096)."""
    years = sheet_years(assessment.firm, assessment.on)
    conventions = assessment.packs["conventions"]
    assert isinstance(conventions, CriteriaPack)
    firm = _sheet_firm(assessment.firm, years)
    values: dict[str, list[Decimal | None]] = {}
    for ratio in RATIOS:
        row = []
        for index in range(len(FIN_YEAR_COLS)):
            on = dt.date(years[0] + index + 1, 1, 1)  # 上年度 is then this column's year
            ctx = Context(firm, on, assessment.purpose, conventions, assessment.results)
            value = ratio.measure(ctx) if index >= ratio.depth else None
            row.append(None if value is None else value / HUNDRED)
        values[ratio.key] = row
    return values


def ratios_sheet(ws: Worksheet, assessment: Assessment, lang: str) -> str:
    """The input figures and the ratio formulas; returns the cell of 上年度's R&D share."""
    years = sheet_years(assessment.firm, assessment.on)
    write_finance(ws, assessment.firm, years, lang)
    top = FIN_FIRST_ROW + len(FIN_FIELDS) + 1
    section(ws, top, text_of(FINANCE, "ratios", lang), FIN_YEAR_COLS[-1] + 1 + len(FIN_YEAR_COLS))
    engine_col = FIN_YEAR_COLS[-1] + 2
    put(ws, top, engine_col, text_of(FINANCE, "engine_block", lang)).font = BOLD
    header(
        ws,
        top + 1,
        [SCHEME["criterion"].get(lang), INPUT["unit"].get(lang), *years, text_of(FINANCE, "formula", lang)],
    )
    header(ws, top + 1, years, engine_col)
    rows = {ratio.key: top + 2 + index for index, ratio in enumerate(RATIOS)}

    def cell(name: str, col: int) -> str:
        """An input figure's cell, or an earlier ratio's (the keys differ from the field names)."""
        return f"{get_column_letter(col)}{rows[name] if name in rows else fin_row(name)}"

    engine = engine_values(assessment)
    for ratio in RATIOS:
        _ratio_row(ws, rows[ratio.key], ratio, cell, engine[ratio.key], lang)
    widths(ws, (40, 8, 14, 14, 14, 14, 34, 12, 12, 12, 12))
    fit_rows(ws)
    print_setup(ws, FIN_HEADER_ROW, landscape=True, lang=lang, last_col=FIN_YEAR_COLS[-1] + 1)
    return ref(ws, rows["rd_share"], FIN_YEAR_COLS[-2])


def _ratio_row(
    ws: Worksheet,
    row: int,
    ratio: Ratio,
    cell: CellOf,
    engine: list[Decimal | None],
    lang: str,
) -> None:
    put(ws, row, 1, text_of(FINANCE, ratio.key, lang)).border = BOX
    put(ws, row, 2, UNITS["pct"].get(lang)).border = BOX
    put(ws, row, FIN_YEAR_COLS[-1] + 1, ratio.how.get(lang)).font = NOTE_FONT
    for index, col in enumerate(FIN_YEAR_COLS):
        if index < ratio.depth:
            continue
        formula(ws, row, col, ratio.expression(cell, col), PCT).border = BOX
        put(ws, row, FIN_YEAR_COLS[-1] + 2 + index, engine[index], PCT).font = ENGINE_FONT
