"""The assessment as an Excel workbook a consultant can check and correct.

Inputs are plain cells; every ratio, subtotal, level and target check is a live formula over them, so
correcting a revenue figure in Excel or LibreOffice moves the ratios and the target checks. Beside
each formula the engine's own value at export is written ("engine" columns), and the tests recalculate
the workbook with LibreOffice to prove the two agree. Thresholds are read from the rule packs and
written in their own cells with their citation; no threshold lives in this module. The action plan
and the support measures have their own sheets (`xlsx_support.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import (
    DIGITAL,
    FINANCE,
    GAP_UNITS,
    GAPS,
    INPUT,
    IP_REPORT,
    NO,
    ON_EDGE,
    PURPOSE,
    REPORT,
    SCHEME,
    SCHEME_SHEETS,
    SHEETS,
    STATUS,
    UNITS,
    VERDICT,
    YES,
    row_status,
)
from assessments.export.support import support_for
from assessments.export.xlsx_support import measures_sheet, plan_sheet
from assessments.export.xlsx_template import (
    BOLD,
    BOX,
    DATE,
    FIN_FIELDS,
    FIN_FIRST_ROW,
    FIN_HEADER_ROW,
    FIN_YEAR_COLS,
    FONT,
    IP_FIELDS,
    IP_FIRST_ROW,
    IP_HEADER_ROW,
    NOTE_FONT,
    PCT,
    WAN,
    WHOLE,
    WRAP,
    Lists,
    as_input,
    fin_row,
    fit_rows,
    formula,
    header,
    ip_col,
    new_workbook,
    print_setup,
    put,
    ref,
    section,
    sheet_years,
    title,
    widths,
    write_finance,
    write_ip,
    write_profile,
)
from assessments.ip import IpDecision, count_ip
from assessments.labels import YEAR_FIELDS as YEAR_LABEL
from assessments.labels import trust
from assessments.model import ActionPlan, Firm, PlannedSpend
from assessments.numbers import HUNDRED, pct
from assessments.priorities import ranked_gaps, top_gaps
from assessments.results import Row, SchemeResult, Status, Text, Verdict
from assessments.rules.schema import CriteriaPack, DigitalPack, Threshold
from assessments.schemes import measures as m
from assessments.schemes.common import Context
from assessments.schemes.digital_level import TOP_GRADE
from assessments.storage.atomic import write_atomic

ENGINE_FONT = Font(name=FONT, italic=True, color="7F7F7F")
LEFT = Alignment(horizontal="left")
STATUS_FONT = {
    Status.MET: Font(name=FONT, bold=True, color="00703C"),
    Status.NOT_MET: Font(name=FONT, bold=True, color="C00000"),
    Status.UNKNOWN: Font(name=FONT, bold=True, color="9C5700"),
    Status.MANUAL: Font(name=FONT, bold=True, color="1F4E79"),
}


def write_xlsx(
    assessment: Assessment,
    path: Path,
    lang: str = "zh",
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> None:
    """The workbook of `assessment`; `plan` is the user's action plan (without one, one is built)."""
    write_atomic(Path(path), build_workbook(assessment, lang, plan=plan, spend=spend).save)


def build_workbook(
    assessment: Assessment,
    lang: str = "zh",
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> Workbook:
    wb = new_workbook()
    wb.calculation.fullCalcOnLoad = True  # Excel recalculates the formulas when the file opens
    summary = wb.active
    summary.title = SHEETS["summary"].get(lang)
    lists = Lists(wb, lang)
    firm = assessment.firm
    profile = wb.create_sheet(SHEETS["profile"].get(lang))
    write_profile(profile, firm, assessment.on, assessment.purpose, lists)
    cells = Cells(
        rd_share=_finance_sheet(wb.create_sheet(SHEETS["finance"].get(lang)), assessment, lang),
        ip=_ip_sheet(wb.create_sheet(SHEETS["ip"].get(lang)), assessment, lists),
        digital=_digital_sheet(wb, assessment, lang),
    )
    for result in assessment.results.values():
        if result.verdict is not Verdict.NOT_IN_FORCE:
            _scheme_sheet(wb.create_sheet(_sheet_name(result, lang)), result, lang)
    support = support_for(assessment, plan, spend)
    plan_sheet(wb.create_sheet(SHEETS["plan"].get(lang)), support, assessment, lists)
    measures_sheet(wb.create_sheet(SHEETS["measures"].get(lang)), support, lang)
    _gaps_sheet(wb.create_sheet(SHEETS["gaps"].get(lang)), assessment, lang)
    _summary_sheet(summary, assessment, cells, lang)
    wb.move_sheet(lists.ws, offset=len(wb.sheetnames))
    return wb


@dataclass(frozen=True)
class IpCells:
    klass: str  # the range of the class column
    by_scheme: dict[str, str]  # scheme → the range of its counted column


@dataclass(frozen=True)
class Cells:
    """Where the summary's target checks find their figures."""

    rd_share: str
    ip: IpCells
    digital: str | None  # the level that counts


def _sheet_name(result: SchemeResult, lang: str) -> str:
    return SCHEME_SHEETS.get(result.scheme, result.title).get(lang)[:31]


def _w(words: dict[str, Text], key: str, lang: str) -> str:
    """The label `key` in `lang`; "" for a column left without a heading."""
    return words[key].get(lang) if key else ""


# --- 财务数据: the figures, then the ratios as formulas ------------------------------------------


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


def _finance_sheet(ws: Worksheet, assessment: Assessment, lang: str) -> str:
    """The input figures and the ratio formulas; returns the cell of 上年度's R&D share."""
    years = sheet_years(assessment.firm, assessment.on)
    write_finance(ws, assessment.firm, years, lang)
    top = FIN_FIRST_ROW + len(FIN_FIELDS) + 1
    section(ws, top, _w(FINANCE, "ratios", lang), FIN_YEAR_COLS[-1] + 1 + len(FIN_YEAR_COLS))
    engine_col = FIN_YEAR_COLS[-1] + 2
    put(ws, top, engine_col, _w(FINANCE, "engine_block", lang)).font = BOLD
    header(
        ws,
        top + 1,
        [SCHEME["criterion"].get(lang), INPUT["unit"].get(lang), *years, _w(FINANCE, "formula", lang)],
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
    print_setup(ws, FIN_HEADER_ROW, landscape=True)
    return ref(ws, rows["rd_share"], FIN_YEAR_COLS[-2])


def _ratio_row(
    ws: Worksheet,
    row: int,
    ratio: Ratio,
    cell: CellOf,
    engine: list[Decimal | None],
    lang: str,
) -> None:
    put(ws, row, 1, _w(FINANCE, ratio.key, lang)).border = BOX
    put(ws, row, 2, UNITS["pct"].get(lang)).border = BOX
    put(ws, row, FIN_YEAR_COLS[-1] + 1, ratio.how.get(lang)).font = NOTE_FONT
    for index, col in enumerate(FIN_YEAR_COLS):
        if index < ratio.depth:
            continue
        formula(ws, row, col, ratio.expression(cell, col), PCT).border = BOX
        put(ws, row, FIN_YEAR_COLS[-1] + 2 + index, engine[index], PCT).font = ENGINE_FONT


# --- 知识产权: the register with what each scheme counts ----------------------------------------


def _ip_sheet(ws: Worksheet, assessment: Assessment, lists: Lists) -> IpCells:
    lang = lists.lang
    items = assessment.firm.ip
    last = write_ip(ws, items, lists)
    rules = {
        name: pack.ip
        for name, pack in assessment.packs.items()
        if isinstance(pack, CriteriaPack) and pack.ip is not None
    }
    decisions = {name: count_ip(items, rule, assessment.on).decisions for name, rule in rules.items()}
    klass_col = ip_col(IP_FIELDS[-1]) + 1
    header(
        ws,
        IP_HEADER_ROW,
        [_w(IP_REPORT, "klass", lang), *(SCHEME_SHEETS[n].get(lang) for n in rules)],
        klass_col,
    )
    for index in range(len(items)):
        row = IP_FIRST_ROW + index
        klass = next((d[index].klass for d in decisions.values() if d[index].klass), None)
        put(ws, row, klass_col, _klass(klass, lang)).border = BOX
        for offset, name in enumerate(rules, start=1):
            cell = put(ws, row, klass_col + offset, counted_text(decisions[name][index], lang))
            cell.border, cell.alignment = BOX, WRAP
    put(ws, 2, klass_col, _w(IP_REPORT, "note", lang)).font = NOTE_FONT
    for offset in range(len(rules) + 1):
        ws.column_dimensions[get_column_letter(klass_col + offset)].width = 8 if offset == 0 else 18
    fit_rows(ws, IP_HEADER_ROW)
    print_setup(ws, IP_HEADER_ROW, landscape=True)

    def span(col: int) -> str:
        letter = get_column_letter(col)
        return f"{quote_sheetname(ws.title)}!${letter}${IP_FIRST_ROW}:${letter}${last}"

    return IpCells(span(klass_col), {n: span(klass_col + i) for i, n in enumerate(rules, start=1)})


def _klass(klass: str | None, lang: str) -> str:
    return {"I": IP_REPORT["class1"], "II": IP_REPORT["class2"]}.get(klass or "", IP_REPORT["other"]).get(
        lang
    )


def counted_text(decision: IpDecision, lang: str) -> str:
    """Whether a scheme counts the item: 计入, 不计：<reason>, or what is to confirm (待确认：获得方式)."""
    if decision.counted is True:
        return _w(IP_REPORT, "counted", lang)
    if decision.counted is False:
        return _w(IP_REPORT, "not_counted", lang) + decision.reason.get(lang)
    reason, prefix = decision.reason.get(lang), STATUS[Status.UNKNOWN].get(lang)
    return reason if reason.startswith(prefix) else f"{prefix}：{reason}"


# --- 数字化问卷: answers, points, subtotals, scenes and the level rule -----------------------------


@dataclass(frozen=True)
class Questionnaire:
    """Where the digital sheet keeps what the level formulas read."""

    total: str  # the score with open items at 0
    total_high: str  # the score with open items at their maximum
    grades: str  # the scene grades
    flags: str  # 是/否: constraint scene


def _digital_sheet(wb: Workbook, assessment: Assessment, lang: str) -> str | None:
    pack = assessment.packs.get("digital_level")
    result = assessment.results.get("digital_level")
    if not isinstance(pack, DigitalPack) or result is None:
        return None
    ws = wb.create_sheet(SHEETS["digital"].get(lang))
    name = pack.title_zh if lang == "zh" else pack.title_en
    title(ws, f"{name} · {pack.document}", REPORT["formula_note"].get(lang))
    total_row = _digital_items(ws, pack, result, assessment, lang)
    grades, flags, last = _digital_scenes(ws, pack, assessment, total_row + 3, lang)
    sheet = Questionnaire(f"$D${total_row}", f"$D${total_row + 1}", grades, flags)
    counting = _digital_levels(ws, pack, result, assessment, sheet, last + 2, lang)
    widths(ws, (36, 20, 14, 17, 12, 12, 12, 12, 12, 12))
    fit_rows(ws, 3)
    ws.freeze_panes = "A5"
    print_setup(ws, 4, landscape=True)
    return counting


def _digital_items(
    ws: Worksheet, pack: DigitalPack, result: SchemeResult, assessment: Assessment, lang: str
) -> int:
    """Answers and points, then the subtotals and total as formulas; returns the total's row."""
    header(ws, 4, [_w(DIGITAL, k, lang) for k in ("item", "dimension", "answer", "points", "max")])
    answers = assessment.firm.digital.items
    first, last = 5, 4 + len(pack.items)
    for row, item in enumerate(pack.items, start=first):
        put(
            ws, row, 1, f"{item.id} {item.indicator if lang == 'zh' else item.indicator_en or item.indicator}"
        )
        put(ws, row, 2, _dimension(pack, item.dimension, lang))
        put(ws, row, 3, "、".join(answers.get(item.id, ())))
        as_input(put(ws, row, 4, result.row(item.id).points))
        put(ws, row, 5, item.max_points)
    dims, points, tops = (f"{c}{first}:{c}{last}" for c in "BDE")
    header(
        ws,
        last + 1,
        ["", "", "", _w(DIGITAL, "points", lang), _w(DIGITAL, "max", lang), _w(REPORT, "engine", lang)],
    )
    subtotals = []
    for row, (name, top) in enumerate(pack.dimensions.items(), start=last + 2):
        put(ws, row, 1, f"{_dimension(pack, name, lang)} · {_w(DIGITAL, 'subtotal', lang)}").font = BOLD
        put(ws, row, 2, _dimension(pack, name, lang))
        formula(ws, row, 4, f"SUMIF({dims},B{row},{points})").font = BOLD
        put(ws, row, 5, top)
        put(ws, row, 6, result.row(f"subtotal:{name}").points).font = ENGINE_FONT
        subtotals.append(row)
    total = subtotals[-1] + 1
    put(ws, total, 1, _w(DIGITAL, "total", lang)).font = BOLD
    formula(ws, total, 4, "+".join(f"D{r}" for r in subtotals)).font = BOLD
    put(ws, total, 5, sum(pack.dimensions.values(), Decimal(0)))
    put(ws, total, 6, result.score).font = ENGINE_FONT
    put(ws, total + 1, 1, _w(DIGITAL, "score_high", lang))
    formula(ws, total + 1, 4, f'D{total}+SUMPRODUCT(({points}="")*{tops})')
    put(ws, total + 1, 6, result.score_max).font = ENGINE_FONT
    return total


def _dimension(pack: DigitalPack, name: str, lang: str) -> str:
    return name if lang == "zh" else pack.dimensions_en.get(name, name)


def _digital_scenes(
    ws: Worksheet, pack: DigitalPack, assessment: Assessment, top: int, lang: str
) -> tuple[str, str, int]:
    """The scenes with their grades as input cells; returns the grade and flag ranges and last row."""
    section(ws, top, _w(DIGITAL, "scenes", lang), 6)
    header(ws, top + 1, [_w(DIGITAL, k, lang) for k in ("scene", "group", "constraint", "grade")])
    grades = assessment.firm.digital.scenes
    first, last = top + 2, top + 1 + len(pack.scenes)
    for row, scene in enumerate(pack.scenes, start=first):
        put(ws, row, 1, f"{scene.id} {scene.name if lang == 'zh' else scene.name_en or scene.name}")
        put(ws, row, 2, scene.group if lang == "zh" else scene.group_en or scene.group)
        put(ws, row, 3, (YES if scene.constraint else NO).get(lang))
        as_input(put(ws, row, 4, grades.get(scene.id)))
    _grade_rule(ws, f"D{first}:D{last}")
    return f"$D${first}:$D${last}", f"$C${first}:$C${last}", last


def _grade_rule(ws: Worksheet, cells: str) -> None:
    rule = DataValidation(
        type="whole", operator="between", formula1="0", formula2=str(TOP_GRADE), allow_blank=True
    )
    ws.add_data_validation(rule)
    rule.add(cells)


LEVEL_KEYS = (
    "level",
    "min_score",
    "min_scenes",
    "min_constraint",
    "scenes_low",
    "constraint_low",
    "met_low",
    "scenes_high",
    "constraint_high",
    "met_high",
)


def _digital_levels(
    ws: Worksheet,
    pack: DigitalPack,
    result: SchemeResult,
    assessment: Assessment,
    sheet: Questionnaire,
    top: int,
    lang: str,
) -> str:
    """The level rule as formulas: each level's three conditions, open inputs low and high."""
    yes, no = YES.get(lang), NO.get(lang)
    section(ws, top, _w(DIGITAL, "level_rule", lang), len(LEVEL_KEYS))
    header(ws, top + 1, [_w(DIGITAL, k, lang) for k in LEVEL_KEYS])
    rows = list(range(top + 2, top + 2 + len(pack.levels)))
    for row, level in zip(rows, pack.levels, strict=True):
        for col, value in enumerate(
            (level.level, level.min_score, level.min_scenes, level.min_constraint_scenes), 1
        ):
            put(ws, row, col, value)
        open_scenes = f"COUNTBLANK({sheet.grades})"
        open_constraint = f'SUMPRODUCT(({sheet.grades}="")*({sheet.flags}="{yes}"))'
        cells = (
            f'COUNTIF({sheet.grades},">="&A{row})',
            f'COUNTIFS({sheet.grades},">="&A{row},{sheet.flags},"{yes}")',
            f'IF(AND({sheet.total}>=B{row},E{row}>=C{row},F{row}>=D{row}),"{yes}","{no}")',
            f"E{row}+{open_scenes}",
            f"F{row}+{open_constraint}",
            f'IF(AND({sheet.total_high}>=B{row},H{row}>=C{row},I{row}>=D{row}),"{yes}","{no}")',
        )
        for col, expression in enumerate(cells, start=5):
            formula(ws, row, col, expression)
    return _level_cells(ws, rows, result, assessment, rows[-1] + 3, lang)


def _level_cells(
    ws: Worksheet, rows: list[int], result: SchemeResult, assessment: Assessment, top: int, lang: str
) -> str:
    """The levels reached (low, high, known), the official level, and the level that counts."""
    yes = YES.get(lang)

    def first_met(col: str) -> str:
        expression = "0"  # no level reached
        for row in reversed(rows):
            expression = f'IF({col}{row}="{yes}",A{row},{expression})'
        return expression

    facts = result.facts
    low, high = facts.get("level_bounds", (None, None))
    lines = (
        ("level_low", first_met("G"), low),
        ("level_high", first_met("J"), high),
        ("self_level", f'IF(D{top}=D{top + 1},D{top},"")', facts.get("self_level")),
    )
    header(ws, top - 1, ["", "", "", _w(DIGITAL, "level", lang), "", _w(REPORT, "engine", lang)])
    for row, (key, expression, engine) in enumerate(lines, start=top):
        put(ws, row, 1, _w(DIGITAL, key, lang))
        formula(ws, row, 4, expression).font = BOLD
        put(ws, row, 6, engine).font = ENGINE_FONT
    official, counting = top + len(lines), top + len(lines) + 1
    put(ws, official, 1, _w(DIGITAL, "official", lang))
    as_input(put(ws, official, 4, assessment.firm.honours.official_digital_level))
    _grade_rule(ws, f"D{official}")
    put(ws, counting, 1, _w(DIGITAL, "counting", lang)).font = BOLD
    formula(ws, counting, 4, f'IF(D{official}="",D{top + 2},D{official})').font = BOLD
    put(ws, counting, 6, facts.get("level")).font = ENGINE_FONT
    return ref(ws, counting, 4)


# --- one sheet per scheme ----------------------------------------------------------------------

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


def _scheme_sheet(ws: Worksheet, result: SchemeResult, lang: str) -> None:
    source = f"{result.document} · {_w(REPORT, 'pack', lang)} {result.pack_version}"
    title(
        ws,
        f"{result.title.get(lang)}（{source}）" if lang == "zh" else f"{result.title.get(lang)} ({source})",
    )
    put(
        ws,
        2,
        1,
        f"{_w(REPORT, 'verdict', lang)}：{VERDICT[result.verdict].get(lang)} — {result.summary.get(lang)}",
    ).font = BOLD
    row = 3
    if result.score is not None:
        put(ws, row, 1, f"{_w(REPORT, 'score', lang)}：{_score_text(result, lang)}")
        row += 1
    for note in result.notes:
        put(ws, row, 1, f"{_w(SCHEME, 'notes', lang)}：{note.get(lang)}").font = NOTE_FONT
        row += 1
    header_row = row + 1
    header(ws, header_row, [_w(SCHEME, k, lang) for k in SCHEME_COLUMNS])
    for offset, item in enumerate(result.rows, start=1):
        _criterion_row(ws, header_row + offset, item, lang)
    widths(ws, SCHEME_WIDTHS)
    fit_rows(ws, header_row)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2)
    print_setup(ws, header_row, landscape=True)


def _score_range(result: SchemeResult) -> str:
    if result.score is None:
        return ""
    text = _plain(result.score)
    if result.score_max is not None and result.score_max != result.score:
        text += f"–{_plain(result.score_max)}"
    return text


def _score_text(result: SchemeResult, lang: str) -> str:
    text = _score_range(result)
    if result.pass_score is not None:
        text += (
            f"（{_w(REPORT, 'pass', lang)} {_plain(result.pass_score)}）"
            if lang == "zh"
            else f" (pass mark {_plain(result.pass_score)})"
        )
    return text


def _plain(value: Decimal | None) -> str:
    return "—" if value is None else format(value.normalize(), "f")


def _criterion_row(ws: Worksheet, row: int, item: Row, lang: str) -> None:
    value, fmt = _value_cell(item.value, item.unit)
    points: Any = item.points
    if item.points_max is not None and item.points_max != item.points:
        points = f"{_plain(item.points)}–{_plain(item.points_max)}"
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


def _value_cell(value: Decimal | None, unit: str) -> tuple[Decimal | None, str | None]:
    if value is None:
        return None, None
    if unit == "pct":
        return value / HUNDRED, PCT
    return value, WAN if unit == "wan" else WHOLE if unit in ("staff", "count") else None


# --- 差距与行动: the ranked gaps ----------------------------------------------------------------


def _gaps_sheet(ws: Worksheet, assessment: Assessment, lang: str) -> None:
    title(ws, SHEETS["gaps"].get(lang), GAPS["intro"].get(lang))
    keys = ("rank", "priority", "scheme", "criterion", "gap", "amount", "unit", "blocking", "field")
    header(ws, 4, [_w(GAPS, k, lang) for k in keys])
    top = {(g.scheme.scheme, g.row.id) for g in top_gaps(assessment)}
    gaps = ranked_gaps(assessment)
    for index, gap in enumerate(gaps, start=1):
        row = 4 + index
        cells = (
            index,
            _w(GAPS, "top", lang) if (gap.scheme.scheme, gap.row.id) in top else "",
            gap.scheme.title.get(lang),
            gap.row.label.get(lang),
            gap.gap.text.get(lang),
            gap.gap.amount,
            GAP_UNITS[gap.gap.unit].get(lang) if gap.gap.unit in GAP_UNITS else gap.gap.unit,
            (YES if gap.blocking else NO).get(lang),
            gap.gap.field,
        )
        for col, content in enumerate(cells, start=1):
            cell = put(ws, row, col, content, WAN if col == 6 and gap.gap.unit == "wan" else None)
            cell.border, cell.alignment = BOX, WRAP
    if not gaps:
        put(ws, 5, 1, _w(GAPS, "none", lang))
    widths(ws, (6, 8, 22, 28, 60, 12, 10, 10, 26))
    fit_rows(ws, 4)
    ws.freeze_panes = "A5"
    print_setup(ws, 4, landscape=True)


# --- 汇总: targets as formulas, the ladder, the packs, the data checks ------------------------------

TARGETS = ("rd_share", "class1_ip", "digital_level")
VERDICT_STATUS = {
    Verdict.QUALIFIES: Status.MET,
    Verdict.DOES_NOT_QUALIFY: Status.NOT_MET,
    Verdict.LIKELY: Status.MANUAL,
    Verdict.CANNOT_TELL: Status.UNKNOWN,
}


def _summary_sheet(ws: Worksheet, assessment: Assessment, cells: Cells, lang: str) -> None:
    title(ws, f"{_w(REPORT, 'title', lang)} · {assessment.firm.profile.name or '—'}")
    settings = (
        (REPORT["firm"], assessment.firm.profile.name or "—", None),
        (INPUT["date"], assessment.on, DATE),
        (INPUT["purpose"], PURPOSE[assessment.purpose].get(lang), None),
    )
    for row, (label, value, fmt) in enumerate(settings, start=2):
        put(ws, row, 1, label.get(lang)).font = BOLD
        put(ws, row, 2, value, fmt).alignment = LEFT
    put(ws, 5, 1, _w(REPORT, "formula_note", lang)).font = NOTE_FONT
    row = _targets(ws, assessment, cells, 7, lang)
    row = _ladder(ws, assessment, row + 1, lang)
    row = _packs(ws, assessment, row + 1, lang)
    _issues(ws, assessment, row + 1, lang)
    widths(ws, (36, 16, 12, 16, 14, 14, 50, 36))
    fit_rows(ws, 6)
    print_setup(ws, 1, landscape=True)


def _targets(ws: Worksheet, assessment: Assessment, cells: Cells, top: int, lang: str) -> int:
    pack = assessment.packs.get("xiamen_2026_targets")
    result = assessment.results.get("xiamen_2026_targets")
    section(ws, top, _w(REPORT, "targets", lang), 8)
    if not isinstance(pack, CriteriaPack) or result is None:
        put(ws, top + 1, 1, result.summary.get(lang) if result else "—")
        return top + 2
    keys = ("target", "value", "threshold", "check", "engine", "engine_status", "citation", "requirement")
    header(ws, top + 1, [_w(REPORT, k, lang) for k in keys])
    for offset, cid in enumerate(TARGETS, start=2):
        _target_row(ws, top + offset, pack, cid, result.row(cid), cells, lang)
    return top + 2 + len(TARGETS)


def _target_value(cid: str, cells: Cells, lang: str) -> str:
    if cid == "rd_share":
        return cells.rd_share
    if cid == "digital_level":
        return cells.digital or '""'
    return _class1_count(cells, _w(IP_REPORT, "counted", lang), lang)


def _class1_count(cells: Cells, counted: str, lang: str) -> str:
    """Class I items whose Xiamen column reads `counted` (a COUNTIFS pattern: "计入", "待确认*")."""
    column = cells.ip.by_scheme["xiamen_2026_targets"]
    return f'COUNTIFS({cells.ip.klass},"{_w(IP_REPORT, "class1", lang)}",{column},"{counted}")'


def _target_row(
    ws: Worksheet, row: int, pack: CriteriaPack, cid: str, result: Row, cells: Cells, lang: str
) -> None:
    criterion = pack.criterion(cid)
    rule = criterion.threshold("min")
    source = rule.source or criterion.source
    put(ws, row, 1, Text(criterion.label_zh, criterion.label_en).get(lang)).alignment = WRAP
    formula(ws, row, 2, _target_value(cid, cells, lang), PCT if rule.unit == "pct" else None).font = BOLD
    put(ws, row, 3, *_threshold_cell(rule))
    formula(ws, row, 4, _check(row, rule, cid, cells, lang)).font = BOLD
    put(ws, row, 5, *_value_cell(result.value, result.unit)).font = ENGINE_FONT
    put(ws, row, 6, STATUS[result.status].get(lang)).font = STATUS_FONT[result.status]
    put(ws, row, 7, f"{source.cite} · {trust(source.confidence).get(lang)}").alignment = WRAP
    put(ws, row, 8, result.requirement.get(lang)).alignment = WRAP


def _threshold_cell(rule: Threshold) -> tuple[Decimal, str | None]:
    value, fmt = _value_cell(rule.value, rule.unit)
    assert value is not None
    return value, fmt


def _check(row: int, rule: Threshold, cid: str, cells: Cells, lang: str) -> str:
    """IF(B9>C9,"达标","未达标"), with "待确认" while the figure is unknown."""
    met, missed, open_ = (STATUS[s].get(lang) for s in (Status.MET, Status.NOT_MET, Status.UNKNOWN))
    value, edge = f"B{row}", f"C{row}"
    if cid == "class1_ip":
        # Items still to confirm could lift the count: the engine then says "to confirm", not "not met".
        possible = f"{value}+{_class1_count(cells, open_ + '*', lang)}"
        return f'IF({value}{rule.op}{edge},"{met}",IF({possible}{rule.op}{edge},"{open_}","{missed}"))'
    return f'IF({value}="","{open_}",IF({value}{rule.op}{edge},"{met}","{missed}"))'


def _ladder(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> int:
    section(ws, top, _w(REPORT, "ladder", lang), 8)
    header(
        ws,
        top + 1,
        [
            _w(REPORT, k, lang)
            for k in ("scheme", "verdict", "score", "pass", "pack", "", "summary", "document")
        ],
    )
    for offset, result in enumerate(assessment.results.values(), start=2):
        row = top + offset
        put(ws, row, 1, result.title.get(lang)).alignment = WRAP
        verdict = put(ws, row, 2, VERDICT[result.verdict].get(lang))
        verdict.alignment = WRAP
        if result.verdict in VERDICT_STATUS:
            verdict.font = STATUS_FONT[VERDICT_STATUS[result.verdict]]
        put(ws, row, 3, _score_range(result))
        put(ws, row, 4, _plain(result.pass_score) if result.pass_score is not None else "")
        put(ws, row, 5, result.pack_version)
        put(ws, row, 7, result.summary.get(lang)).alignment = WRAP
        put(ws, row, 8, result.document).alignment = WRAP
    return top + 2 + len(assessment.results)


def _packs(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> int:
    section(ws, top, _w(REPORT, "packs", lang), 8)
    header(
        ws,
        top + 1,
        [_w(REPORT, "scheme", lang), _w(REPORT, "pack", lang), "", "", "", "", _w(REPORT, "document", lang)],
    )
    for offset, (name, pack) in enumerate(assessment.packs.items(), start=2):
        put(ws, top + offset, 1, pack.title_zh if lang == "zh" else pack.title_en or name).alignment = WRAP
        put(ws, top + offset, 2, pack.version)
        put(ws, top + offset, 7, pack.document).alignment = WRAP
    return top + 2 + len(assessment.packs)


def _issues(ws: Worksheet, assessment: Assessment, top: int, lang: str) -> None:
    if not assessment.issues:
        return
    section(ws, top, _w(REPORT, "issues", lang), 8)
    for offset, issue in enumerate(assessment.issues, start=1):
        put(ws, top + offset, 1, _w(REPORT, issue.severity, lang))
        put(ws, top + offset, 2, issue.field).alignment = WRAP
        put(ws, top + offset, 7, issue.message.get(lang)).alignment = WRAP
