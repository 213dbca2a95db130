"""The workbook's 行动计划 and 支持措施 sheets.

The plan: one row per action; owner, due date, done and note are input cells to fill in (a date
format and check, a 是/否 list); the net cost is a formula over the cost and subsidy cells. The
measures: every measure in force with its status, amount, formula, the gap that unlocks it and its
citation; the claimable and near-miss totals are live SUMIF formulas over the status and amount
columns, with the software's own totals at export beside them.
"""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import MEASURES, NO, PLAN, SHEETS, YES
from assessments.export.support import (
    Support,
    cite_text,
    flip_words,
    measure_numbers,
    ordered_flips,
    reasons_text,
    total,
)
from assessments.export.xlsx.cells import as_input, fit_rows, formula, header, put, title, widths
from assessments.export.xlsx.lists import Lists, date_rule
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOLD, BOX, DATE, ENGINE_FONT, FONT, NOTE_FONT, TEXT, WAN, WRAP
from assessments.model import Action
from assessments.support.matching import STATUS_LABELS, MatchStatus, MeasureMatch, expired_notice

HEADER_ROW = 4
FIRST_ROW = HEADER_ROW + 1
MEASURE_FONT = {
    MatchStatus.CLAIMABLE: Font(name=FONT, bold=True, color="00703C"),
    MatchStatus.NEAR_MISS: Font(name=FONT, bold=True, color="9C5700"),
    MatchStatus.CHECK: Font(name=FONT, bold=True, color="1F4E79"),
    MatchStatus.NOT_ELIGIBLE: Font(name=FONT, color="7F7F7F"),
    MatchStatus.EXPIRED: Font(name=FONT, color="7F7F7F"),
}

# --- 行动计划 ------------------------------------------------------------------------------------------

PLAN_KEYS = (
    "index",
    "action",
    "effect",
    "measures",
    "cost",
    "subsidy",
    "net",
    "owner",
    "due",
    "done",
    "note",
)
PLAN_WIDTHS = (6, 37, 30, 12, 11, 11, 12, 12, 12, 8, 18)
COL = {key: i for i, key in enumerate(PLAN_KEYS, start=1)}


def plan_sheet(ws: Worksheet, support: Support, assessment: Assessment, lists: Lists) -> None:
    lang = lists.lang
    title(ws, SHEETS["plan"].get(lang), _plan_note(support, lang))
    put(ws, 3, 1, f"{PLAN['sheet_note'].get(lang)} {PLAN['order'].get(lang)}").font = NOTE_FONT
    header(ws, HEADER_ROW, [PLAN[k].get(lang) for k in PLAN_KEYS])
    actions = support.plan.actions
    for index, action in enumerate(actions, start=1):
        _action_row(ws, HEADER_ROW + index, index, action, assessment, lang)
    if actions:
        _plan_rules(ws, HEADER_ROW + len(actions), lists)
    else:
        put(ws, FIRST_ROW, 2, PLAN["none"].get(lang))
    widths(ws, PLAN_WIDTHS)
    fit_rows(ws, HEADER_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    print_setup(ws, HEADER_ROW, landscape=True, lang=lang, title_cols=2)


def _plan_note(support: Support, lang: str) -> str:
    if support.generated:
        return PLAN["generated"].get(lang)
    return PLAN["saved"].get(lang).format(date=support.plan.generated_on.isoformat())


def _action_row(
    ws: Worksheet, row: int, index: int, action: Action, assessment: Assessment, lang: str
) -> None:
    flips = [flip_words(f, assessment, lang) for f in ordered_flips(action.flips)]
    shown = (
        index,
        action.text.get(lang),
        "\n".join(flips),
        measure_numbers(action.measures),
        action.cost,
        action.subsidy,
    )
    for col, value in enumerate(shown, start=1):
        cell = put(ws, row, col, value, WAN if col in (COL["cost"], COL["subsidy"]) else None)
        cell.border, cell.alignment = BOX, WRAP
    cost, subsidy = (f"{_letter(k)}{row}" for k in ("cost", "subsidy"))
    formula(ws, row, COL["net"], f'IF({cost}="","",{cost}-N({subsidy}))', WAN).border = BOX
    _inputs(ws, row, action, lang)


def _inputs(ws: Worksheet, row: int, action: Action, lang: str) -> None:
    """The user's fields: plain cells to fill in, shaded as inputs."""
    as_input(put(ws, row, COL["owner"], action.owner or None), TEXT).alignment = WRAP
    as_input(put(ws, row, COL["due"], action.due), DATE)
    as_input(put(ws, row, COL["done"], (YES if action.done else NO).get(lang)))
    as_input(put(ws, row, COL["note"], action.note or None), TEXT).alignment = WRAP


def _plan_rules(ws: Worksheet, last: int, lists: Lists) -> None:
    date_rule(ws, f"{_letter('due')}{FIRST_ROW}:{_letter('due')}{last}", lists.lang)
    lists.drop_down(ws, "bool", f"{_letter('done')}{FIRST_ROW}:{_letter('done')}{last}")


def _letter(key: str) -> str:
    return chr(ord("A") + COL[key] - 1)


# --- 支持措施 ------------------------------------------------------------------------------------------

MEASURE_KEYS = ("number", "title", "agency", "status", "amount", "formula", "unlock", "citation")
MEASURE_WIDTHS = (6, 26, 16, 12, 12, 36, 36, 28)
STATUS_COL, AMOUNT_COL = 4, 5


def measures_sheet(ws: Worksheet, support: Support, lang: str) -> None:
    title(ws, SHEETS["measures"].get(lang), _measures_note(support, lang))
    if not support.spend_entered and support.matches:
        put(ws, 3, 1, MEASURES["no_spend"].get(lang)).font = NOTE_FONT
    header(ws, HEADER_ROW, [MEASURES[k].get(lang) for k in MEASURE_KEYS])
    for row, found in enumerate(support.matches, start=FIRST_ROW):
        _measure_row(ws, row, found, lang)
    last = HEADER_ROW + len(support.matches)
    if support.matches:
        _status_rule(ws, f"D{FIRST_ROW}:D{last}", lang)
        ws.auto_filter.ref = f"A{HEADER_ROW}:H{last}"
        _totals(ws, support, last, lang)
    widths(ws, MEASURE_WIDTHS)
    fit_rows(ws, HEADER_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    print_setup(ws, HEADER_ROW, landscape=True, lang=lang, title_cols=2)


def _measures_note(support: Support, lang: str) -> str:
    if not support.matches:
        return MEASURES["none"].get(lang)
    notice = expired_notice(support.matches)
    if notice is not None:  # said once for the sheet; each row reads "expired" with its end date
        return notice.get(lang)
    start = support.start.isoformat() if support.start else "—"
    end = support.end.isoformat() if support.end else "—"
    return MEASURES["intro"].get(lang).format(doc=support.document, start=start, end=end)


def _measure_row(ws: Worksheet, row: int, found: MeasureMatch, lang: str) -> None:
    cells = (
        found.number,
        found.title.get(lang),
        found.agency.get(lang),
        STATUS_LABELS[found.status].get(lang),
        found.amount,
        found.formula.get(lang),
        reasons_text(found, lang),
        cite_text(found, lang),
    )
    for col, value in enumerate(cells, start=1):
        cell = put(ws, row, col, value, WAN if col == AMOUNT_COL else None)
        cell.border, cell.alignment = BOX, WRAP
    ws.cell(row=row, column=STATUS_COL).font = MEASURE_FONT[found.status]


def _status_rule(ws: Worksheet, cells: str, lang: str) -> None:
    """The four status words as a list, so a status changed by hand still counts in the totals."""
    words = ",".join(label.get(lang) for label in STATUS_LABELS.values())
    rule = DataValidation(type="list", formula1=f'"{words}"', allow_blank=False)
    rule.showErrorMessage = True
    ws.add_data_validation(rule)
    rule.add(cells)


def _totals(ws: Worksheet, support: Support, last: int, lang: str) -> None:
    """Claimable now and near misses: a count and a SUMIF over the status column, the software's beside."""
    top = last + 2
    labels = [MEASURES[k].get(lang) for k in ("status", "amount", "engine")]
    header(ws, top, ["", "", "", *labels])
    status_range, amount_range = f"D{FIRST_ROW}:D{last}", f"E{FIRST_ROW}:E{last}"
    lines = ((MatchStatus.CLAIMABLE, "total_claimable"), (MatchStatus.NEAR_MISS, "total_near"))
    for row, (status, key) in enumerate(lines, start=top + 1):
        word = STATUS_LABELS[status].get(lang)
        put(ws, row, 2, MEASURES[key].get(lang)).font = BOLD
        put(ws, row, STATUS_COL, word)
        formula(ws, row, AMOUNT_COL, f'SUMIF({status_range},"{word}",{amount_range})', WAN).font = BOLD
        put(ws, row, AMOUNT_COL + 1, total(support.by_status(status))[1], WAN).font = ENGINE_FONT
