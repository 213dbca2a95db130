"""知识产权: the IP register (input) and, in the report, what each scheme counts of each item."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from assessments.engine import Assessment
from assessments.export.labels import INPUT, INSTRUCTIONS, IP_REPORT, SCHEME_SHEETS, SHEETS, STATUS
from assessments.export.xlsx.cells import as_input, fit_rows, header, put, text_of, title
from assessments.export.xlsx.lists import BOOL, CHOICE, Lists, date_rule
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOX, DATE, NOTE_FONT, TEXT, WRAP
from assessments.ip import IpDecision, count_ip
from assessments.ip_import import COLUMNS as IP_COLUMNS
from assessments.model import IpItem
from assessments.results import Status
from assessments.rules.schema import CriteriaPack

IP_HEADER_ROW, IP_FIRST_ROW = 3, 4
IP_FIELDS = tuple(IP_COLUMNS)  # type, number, title, granted_on, status, origin, … used_in_hnte
IP_FIRST_COL = 2  # column A holds the row number
IP_CHOICE_FIELDS = {"type": "ip_type", "status": "ip_status", "origin": "ip_origin"}
IP_DATE_FIELDS = ("granted_on", "transferred_on")
IP_BOOL_FIELDS = ("supports_main_product", "applied_with_benefit", "high_value", "used_in_hnte")
IP_WIDTHS = {"type": 16, "number": 20, "title": 28, "granted_on": 12, "transferred_on": 12, "status": 9}
TEMPLATE_IP_ROWS = 200


def ip_col(name: str) -> int:
    return IP_FIRST_COL + IP_FIELDS.index(name)


def write_ip(ws: Worksheet, items: tuple[IpItem, ...], lists: Lists, blank_rows: int = 0) -> int:
    """The register, one item per row with drop-downs; returns the last row given to items."""
    lang = lists.lang
    title(ws, SHEETS["ip"].get(lang), INSTRUCTIONS["ip"].get(lang))
    header(ws, IP_HEADER_ROW, [INPUT["index"].get(lang), *(IP_COLUMNS[f][0].get(lang) for f in IP_FIELDS)])
    for index, item in enumerate(items):
        row = IP_FIRST_ROW + index
        put(ws, row, 1, index + 1).border = BOX
        for name in IP_FIELDS:
            as_input(put(ws, row, ip_col(name), _ip_cell(item, name, lists)), _ip_format(name))
    last = IP_FIRST_ROW + max(len(items) + blank_rows, 1) - 1
    for row in range(IP_FIRST_ROW + len(items), last + 1):
        for name in IP_FIELDS:
            as_input(ws.cell(row=row, column=ip_col(name)), _ip_format(name))
    _ip_rules(ws, lists, last)
    ws.column_dimensions["A"].width = 6
    for name in IP_FIELDS:
        ws.column_dimensions[get_column_letter(ip_col(name))].width = IP_WIDTHS.get(name, 11)
    ws.freeze_panes = ws.cell(row=IP_FIRST_ROW, column=ip_col("title") + 1)
    return last


def _ip_cell(item: IpItem, name: str, lists: Lists) -> Any:
    value = getattr(item, name)
    if name in IP_CHOICE_FIELDS:
        return lists.word(CHOICE[IP_CHOICE_FIELDS[name]], value)
    if name in IP_BOOL_FIELDS:
        return lists.word(BOOL, value)
    return value


def _ip_format(name: str) -> str | None:
    return DATE if name in IP_DATE_FIELDS else TEXT if name in ("number", "title") else None


def _ip_rules(ws: Worksheet, lists: Lists, last: int) -> None:
    def span(name: str) -> str:
        letter = get_column_letter(ip_col(name))
        return f"{letter}{IP_FIRST_ROW}:{letter}{last}"

    for name, choices in IP_CHOICE_FIELDS.items():
        lists.drop_down(ws, choices, span(name))
    for name in IP_BOOL_FIELDS:
        lists.drop_down(ws, "bool", span(name))
    for name in IP_DATE_FIELDS:
        date_rule(ws, span(name), lists.lang)


@dataclass(frozen=True)
class IpCells:
    klass: str  # the range of the class column
    by_scheme: dict[str, str]  # scheme → the range of its counted column


def ip_report_sheet(ws: Worksheet, assessment: Assessment, lists: Lists) -> IpCells:
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
        [text_of(IP_REPORT, "klass", lang), *(SCHEME_SHEETS[n].get(lang) for n in rules)],
        klass_col,
    )
    for index in range(len(items)):
        row = IP_FIRST_ROW + index
        klass = next((d[index].klass for d in decisions.values() if d[index].klass), None)
        put(ws, row, klass_col, _klass(klass, lang)).border = BOX
        for offset, name in enumerate(rules, start=1):
            cell = put(ws, row, klass_col + offset, counted_text(decisions[name][index], lang))
            cell.border, cell.alignment = BOX, WRAP
    put(ws, 2, klass_col, text_of(IP_REPORT, "note", lang)).font = NOTE_FONT
    for offset in range(len(rules) + 1):
        ws.column_dimensions[get_column_letter(klass_col + offset)].width = 8 if offset == 0 else 18
    fit_rows(ws, IP_HEADER_ROW)
    print_setup(ws, IP_HEADER_ROW, landscape=True, lang=lang, title_cols=ip_col("title"))

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
        return text_of(IP_REPORT, "counted", lang)
    if decision.counted is False:
        return text_of(IP_REPORT, "not_counted", lang) + decision.reason.get(lang)
    reason, prefix = decision.reason.get(lang), STATUS[Status.UNKNOWN].get(lang)
    return reason if reason.startswith(prefix) else f"{prefix}：{reason}"
