"""The input sheets (企业概况, 财务数据, 知识产权): a blank data-collection template and its import.

A firm fills the template offline; `read_template` reads it back into an `AssessmentFile`. Every bad
cell is reported with its sheet and cell (`财务数据!C7：营业收入不是有效数字（“12万”）`) and all of
them are collected before a `TemplateError` is raised, so nothing is silently zeroed or dropped. Rows
and columns are found by their labels (Chinese or English), so a template filled in either language
reads back. The report workbook (`xlsx.py`) writes the same input sheets, plus its results.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assessments.export.cells import reads_as_formula, safe_text
from assessments.export.labels import (
    ACCOUNTS_BASIS,
    COMPLIANCE,
    FIELD_FLAGS,
    INPUT,
    INSTRUCTIONS,
    NO,
    PURPOSE,
    SECTIONS,
    SHEETS,
    UNITS,
    YES,
)
from assessments.ip_import import COLUMNS as IP_COLUMNS
from assessments.ip_import import IP_ORIGINS, IP_STATUSES, IP_TYPES, READERS, BadCell, ImportProblem, Report
from assessments.labels import INDUSTRIES, PROFILE_FIELDS, YEAR_FIELDS
from assessments.model import (
    Compliance,
    FieldFlags,
    Firm,
    FiscalYear,
    Industry,
    IpItem,
    Profile,
    Purpose,
)
from assessments.results import Text
from assessments.schemes.tech_sme import EXCLUDED_NAMES, EXCLUDED_QUESTION
from assessments.storage.atomic import write_atomic
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.xlsx_reader import OnRow, Sheet, SpreadsheetError, open_workbook, read_sheet

# --- cells and styles shared with the report workbook -------------------------------------------

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


def put(ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> Cell:
    """A value in a cell; text is always text (`safe_text`), never a formula, whatever it starts with."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        value = safe_text(value)
    cell.value = value
    if isinstance(value, str) and reads_as_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    if fmt is not None:
        cell.number_format = fmt
    return cell


def formula(ws: Worksheet, row: int, col: int, expression: str, fmt: str | None = None) -> Cell:
    """A live formula (`expression` without the leading "=")."""
    cell = ws.cell(row=row, column=col, value=f"={expression}")
    if fmt is not None:
        cell.number_format = fmt
    return cell


def ref(ws: Worksheet, row: int, col: int, absolute: bool = False) -> str:
    """A reference to a cell of `ws` usable from any sheet: '财务数据'!$E$25."""
    letter = get_column_letter(col)
    cell = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheetname(ws.title)}!{cell}"


def title(ws: Worksheet, text: str, note: str = "") -> None:
    put(ws, 1, 1, text).font = TITLE_FONT
    if note:
        cell = put(ws, 2, 1, note)
        cell.font = NOTE_FONT


def header(ws: Worksheet, row: int, labels: Iterable[Any], first_col: int = 1) -> None:
    """Bold labels on a tinted band; an empty label leaves its cell plain."""
    for offset, label in enumerate(labels):
        if label == "":
            continue
        cell = put(ws, row, first_col + offset, label)
        cell.font, cell.fill, cell.border = BOLD, HEADER_FILL, BOX
        cell.alignment = HEAD_ALIGN


def section(ws: Worksheet, row: int, text: str, width: int) -> None:
    for col in range(1, width + 1):
        ws.cell(row=row, column=col).fill = SECTION_FILL
    put(ws, row, 1, text).font = BOLD


def as_input(cell: Cell, fmt: str | None = None) -> Cell:
    cell.fill, cell.border = INPUT_FILL, BOX
    if fmt is not None:
        cell.number_format = fmt
    return cell


def widths(ws: Worksheet, sizes: Iterable[float]) -> None:
    for col, size in enumerate(sizes, start=1):
        ws.column_dimensions[get_column_letter(col)].width = size


def fit_rows(ws: Worksheet, first: int = 1) -> None:
    """Row heights for wrapped text, which LibreOffice does not grow by itself on opening."""
    for row in ws.iter_rows(min_row=first):
        lines = max((_lines(cell, ws) for cell in row), default=1)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines
            for cell in row:
                if cell.value is not None and cell.alignment.vertical != "top":
                    cell.alignment = _top(cell.alignment.horizontal, cell.alignment.wrap_text)


@functools.cache
def _top(horizontal: str | None, wrap: bool | None) -> Alignment:
    """One shared style object per combination: building styles cell by cell is slow in openpyxl."""
    return Alignment(horizontal=horizontal, vertical="top", wrap_text=wrap)


def _lines(cell: Cell, ws: Worksheet) -> int:
    if not isinstance(cell.value, str) or not cell.alignment.wrap_text or cell.data_type == "f":
        return 1
    usable = max((ws.column_dimensions[cell.column_letter].width or 9) - 1, 1)
    return sum(max(1, math.ceil(_text_width(part) / usable)) for part in cell.value.split("\n"))


@functools.lru_cache(maxsize=4096)  # a workbook repeats its labels, and a re-export all its texts
def _text_width(text: str) -> float:
    """Width in Excel's units (one digit); a CJK character takes a little under two."""
    return sum(CJK_WIDTH if ord(ch) >= CJK_FIRST else 1 for ch in text)


def print_setup(ws: Worksheet, title_rows: int, landscape: bool) -> None:
    """A4, fitted to the page width, header rows repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"1:{title_rows}"
    ws.print_options.gridLines = False


# --- the option lists behind the drop-downs ------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    """An enumerated input: the words shown in the cells (per language) and what they mean."""

    name: str
    words: dict[Any, Text]


BOOL = Choices("bool", {True: YES, False: NO})
CHOICES = (
    BOOL,
    Choices("purpose", dict(PURPOSE)),
    Choices("industry", {Industry(k): v for k, v in INDUSTRIES.items()}),
    Choices("accounts_basis", dict(ACCOUNTS_BASIS)),
    Choices("excluded_industry", dict(EXCLUDED_NAMES)),
    Choices("ip_type", dict(IP_TYPES)),
    Choices("ip_status", dict(IP_STATUSES)),
    Choices("ip_origin", dict(IP_ORIGINS)),
)
CHOICE = {choices.name: choices for choices in CHOICES}


class Lists:
    """A hidden sheet holding one column per option list; drop-downs point at its ranges."""

    def __init__(self, wb: Workbook, lang: str) -> None:
        self.lang = lang
        self.ws = wb.create_sheet(SHEETS["lists"].get(lang))
        self.ws.sheet_state = "hidden"
        self.ranges: dict[str, str] = {}
        for col, choices in enumerate(CHOICES, start=1):
            put(self.ws, 1, col, choices.name)
            for row, word in enumerate(choices.words.values(), start=2):
                put(self.ws, row, col, word.get(lang))
            letter = get_column_letter(col)
            last = len(choices.words) + 1
            self.ranges[choices.name] = f"{quote_sheetname(self.ws.title)}!${letter}$2:${letter}${last}"

    def word(self, choices: Choices, value: Any) -> str | None:
        return None if value is None else choices.words[value].get(self.lang)

    def drop_down(self, ws: Worksheet, name: str, cells: str) -> None:
        rule = DataValidation(type="list", formula1=self.ranges[name], allow_blank=True)
        rule.error = INPUT["pick"].get(self.lang)
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
        rule.add(cells)


def date_rule(ws: Worksheet, cells: str, lang: str) -> None:
    rule = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    rule.error = INPUT["date_hint"].get(lang)
    rule.showErrorMessage = True
    ws.add_data_validation(rule)
    rule.add(cells)


# --- 企业概况: the profile sheet ----------------------------------------------------------------


@dataclass(frozen=True)
class ProfileField:
    key: str  # "date", "purpose", "profile.name", "fields.hnte_field", "compliance.clean_record"
    label: Text
    kind: str  # "date", "text" or a Choices name


BASICS = (
    ProfileField("date", INPUT["date"], "date"),
    ProfileField("purpose", INPUT["purpose"], "purpose"),
    ProfileField("profile.name", PROFILE_FIELDS["name"], "text"),
    ProfileField("profile.credit_code", PROFILE_FIELDS["credit_code"], "text"),
    ProfileField("profile.industry", PROFILE_FIELDS["industry"], "industry"),
    ProfileField("profile.district", PROFILE_FIELDS["district"], "text"),
    ProfileField("profile.founded_on", PROFILE_FIELDS["founded_on"], "date"),
    ProfileField("profile.niche_since", PROFILE_FIELDS["niche_since"], "date"),
    ProfileField("profile.main_product", PROFILE_FIELDS["main_product"], "text"),
    ProfileField("profile.accounts_basis", INPUT["accounts_basis"], "accounts_basis"),
    ProfileField("profile.excluded_industry", EXCLUDED_QUESTION, "excluded_industry"),
)
PROFILE_SECTIONS: tuple[tuple[Text, tuple[ProfileField, ...]], ...] = (
    (SECTIONS["basics"], BASICS),
    (SECTIONS["fields"], tuple(ProfileField(f"fields.{k}", v, "bool") for k, v in FIELD_FLAGS.items())),
    (
        SECTIONS["compliance"],
        tuple(ProfileField(f"compliance.{k}", v, "bool") for k, v in COMPLIANCE.items()),
    ),
)
PROFILE_HEADER_ROW = 4


def _profile_value(field: ProfileField, firm: Firm, on: dt.date | None, purpose: Purpose) -> Any:
    if field.key == "date":
        return on
    if field.key == "purpose":
        return purpose
    part, name = field.key.split(".")
    owner = {"profile": firm.profile, "fields": firm.profile.fields, "compliance": firm.profile.compliance}
    return getattr(owner[part], name)


def _hint(field: ProfileField, lang: str) -> str:
    key = {"date": "date_hint", "text": "text_hint", "bool": "yes_no"}.get(field.kind, "pick")
    return INPUT[key].get(lang)


def write_profile(
    ws: Worksheet, firm: Firm, on: dt.date | None, purpose: Purpose, lists: Lists, note: str = ""
) -> dict[str, int]:
    """The profile as label / value / hint rows; returns the row of each field."""
    lang = lists.lang
    title(ws, SHEETS["profile"].get(lang), note)
    put(ws, 3, 1, INSTRUCTIONS["profile"].get(lang)).font = NOTE_FONT
    header(ws, PROFILE_HEADER_ROW, [INPUT[k].get(lang) for k in ("item", "value", "hint")])
    rows: dict[str, int] = {}
    row = PROFILE_HEADER_ROW + 1
    for heading, fields in PROFILE_SECTIONS:
        section(ws, row, heading.get(lang), 3)
        row += 1
        for field in fields:
            _profile_row(ws, row, field, _profile_value(field, firm, on, purpose), lists)
            rows[field.key] = row
            row += 1
    widths(ws, (44, 46, 34))
    ws.freeze_panes = f"A{PROFILE_HEADER_ROW + 1}"
    print_setup(ws, PROFILE_HEADER_ROW, landscape=False)
    return rows


def _profile_row(ws: Worksheet, row: int, field: ProfileField, value: Any, lists: Lists) -> None:
    put(ws, row, 1, field.label.get(lists.lang)).border = BOX
    put(ws, row, 3, _hint(field, lists.lang)).font = NOTE_FONT
    cell = f"B{row}"
    if field.kind == "date":
        as_input(put(ws, row, 2, value), DATE)
        date_rule(ws, cell, lists.lang)
    elif field.kind == "text":
        as_input(put(ws, row, 2, value), TEXT)
    else:
        as_input(put(ws, row, 2, lists.word(CHOICE[field.kind], value)))
        lists.drop_down(ws, field.kind, cell)
    ws.cell(row=row, column=1).alignment = WRAP


# --- 财务数据: the fiscal years -----------------------------------------------------------------

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


# --- 知识产权: the IP register ------------------------------------------------------------------

IP_HEADER_ROW, IP_FIRST_ROW = 3, 4
IP_FIELDS = tuple(IP_COLUMNS)  # type, number, title, granted_on, status, origin, … used_in_hnte
IP_FIRST_COL = 2  # column A holds the row number
IP_CHOICE_FIELDS = {"type": "ip_type", "status": "ip_status", "origin": "ip_origin"}
IP_DATE_FIELDS = ("granted_on", "transferred_on")
IP_BOOL_FIELDS = ("supports_main_product", "applied_with_benefit", "high_value", "used_in_hnte")
IP_WIDTHS = {"type": 16, "number": 20, "title": 36, "granted_on": 12, "transferred_on": 12, "status": 9}
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


# --- the template ------------------------------------------------------------------------------


def input_workbook(doc: AssessmentFile | None, lang: str, on: dt.date | None = None) -> Workbook:
    """The three input sheets, empty or holding `doc`'s firm, with the option lists."""
    wb = new_workbook()
    firm = doc.firm if doc is not None else Firm()
    day = doc.on if doc is not None else on or dt.date.today()
    purpose = doc.purpose if doc is not None else Purpose.NEW
    lists = Lists(wb, lang)
    profile = wb.active
    profile.title = SHEETS["profile"].get(lang)
    write_profile(profile, firm, day, purpose, lists, INSTRUCTIONS["template"].get(lang))
    finance = wb.create_sheet(SHEETS["finance"].get(lang))
    write_finance(finance, firm, sheet_years(firm, day), lang)
    widths(finance, (34, 8, 14, 14, 14, 14))
    print_setup(finance, FIN_HEADER_ROW, landscape=False)
    ip = wb.create_sheet(SHEETS["ip"].get(lang))
    write_ip(ip, firm.ip, lists, blank_rows=TEMPLATE_IP_ROWS)
    print_setup(ip, IP_HEADER_ROW, landscape=True)
    wb.move_sheet(lists.ws, offset=len(wb.sheetnames))
    return wb


def write_template(path: Path, lang: str = "zh", on: dt.date | None = None) -> None:
    """A blank data-collection workbook; the years and assessment date default to `on` (today)."""
    write_atomic(Path(path), input_workbook(None, lang, on).save)


def fill_template(doc: AssessmentFile, path: Path, lang: str = "zh") -> None:
    """The template holding `doc`'s profile, three fiscal years and plan, and IP register.

    Years outside the sheet's window, honours, the digital questionnaire and the 高企 self-score are
    not part of the template; `read_template` returns them empty.
    """
    write_atomic(Path(path), input_workbook(doc, lang).save)


# --- reading it back ---------------------------------------------------------------------------


class TemplateError(ValueError):
    """The filled template has bad cells; `problems` lists every one of them."""

    def __init__(self, problems: Iterable[ImportProblem], source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        super().__init__(self.text.zh)

    @property
    def text(self) -> Text:
        name_zh, name_en = (f"（{self.source}）", f" ({self.source})") if self.source else ("", "")
        return Text(
            f"数据采集表有{len(self.problems)}处问题{name_zh}：\n"
            + "\n".join(f"  - {p.message.zh}" for p in self.problems),
            f"The data workbook has {len(self.problems)} problem(s){name_en}:\n"
            + "\n".join(f"  - {p.message.en}" for p in self.problems),
        )

    def __str__(self) -> str:
        return f"{self.text.zh}\n{self.text.en}"


class _Problems:
    def __init__(self) -> None:
        self.found: list[ImportProblem] = []

    def add(self, ws: Sheet, row: int, col: int, label: Text, reason: Text) -> None:
        where = f"{ws.title}!{get_column_letter(col)}{row}"
        self.found.append(
            ImportProblem(where, Text(f"{where}：{label.zh}{reason.zh}", f"{where}: {label.en}{reason.en}"))
        )

    def read(self, ws: Sheet, row: int, col: int, label: Text, reader: Callable[[Any], Any]) -> Any:
        try:
            return reader(ws.value(row, col))
        except BadCell as bad:
            self.add(ws, row, col, label, bad.reason)
            return None


def read_template(path: Path, report: Report | None = None) -> AssessmentFile:
    """The firm and assessment settings of a filled template; TemplateError lists every bad cell.

    The workbook is read within the limits of `storage/xlsx_reader.py`; `report(percent, "")` is called
    for every row read and may raise to cancel.
    """
    path = Path(path)
    try:
        sheets = _read_sheets(path, report)
    except SpreadsheetError as error:
        raise TemplateError([ImportProblem(path.name, error.text)], path.name) from error
    missing = [key for key, ws in sheets.items() if ws is None]
    if missing:
        raise TemplateError([_missing_sheet(key) for key in missing], path.name)
    problems = _Problems()
    settings, profile = _read_profile(sheets["profile"], problems)
    years = _read_finance(sheets["finance"], problems)
    items = _read_ip(sheets["ip"], problems)
    if problems.found:
        raise TemplateError(problems.found, path.name)
    firm = Firm(profile=profile, years=years, ip=items)
    return AssessmentFile(firm=firm, on=settings["date"], purpose=settings["purpose"] or Purpose.NEW)


def _read_sheets(path: Path, report: Report | None) -> dict[str, Sheet | None]:
    """The three input sheets (None where missing), each read once, in full, within the limits."""
    on_row = None if report is None else (lambda percent: report(percent, ""))
    with open_workbook(path, on_step=on_row) as book:
        return {key: _read_input(book, key, path, on_row) for key in ("profile", "finance", "ip")}


def _read_input(book: Any, key: str, path: Path, on_row: OnRow | None) -> Sheet | None:
    names = {SHEETS[key].zh, SHEETS[key].en}
    ws = next((ws for ws in book.worksheets if ws.title in names), None)
    return None if ws is None else read_sheet(ws, path, on_row)


def _missing_sheet(key: str) -> ImportProblem:
    name = SHEETS[key]
    return ImportProblem(name.zh, Text(f"缺少工作表“{name.zh}”", f"the sheet “{name.en}” is missing"))


def _normal(text: Any) -> str:
    return re.sub(r"\s+", "", str(text)).lower() if text is not None else ""


def _labelled_rows(ws: Sheet, labels: dict[str, Text], first: int) -> dict[str, int]:
    """Field → row, found by the label in column A (either language)."""
    wanted = {_normal(t.zh): k for k, t in labels.items()} | {_normal(t.en): k for k, t in labels.items()}
    found: dict[str, int] = {}
    for row in ws.row_numbers(first):
        key = wanted.get(_normal(ws.value(row, 1)))
        if key is not None and key not in found:
            found[key] = row
    return found


# --- cell readers ------------------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
read_text: Callable[[Any], str | None] = READERS["title"]
read_date: Callable[[Any], dt.date | None] = READERS["granted_on"]


def read_number(raw: Any) -> Decimal | None:
    """A figure from a number cell or typed text ("12,500"); never through a rounded float."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise _not_a_number(raw)
    if isinstance(raw, int | float):
        return Decimal(repr(raw)) if isinstance(raw, float) and not raw.is_integer() else Decimal(int(raw))
    text = re.sub(r"[\s,，]", "", str(raw))
    if not _NUMBER.match(text):
        raise _not_a_number(raw)
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _not_a_number(raw) from None


def read_whole(raw: Any) -> int | None:
    value = read_number(raw)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise BadCell(Text(f"不是整数（“{raw}”）", f" is not a whole number (“{raw}”)"))
    return int(value)


def _not_a_number(raw: Any) -> BadCell:
    return BadCell(Text(f"不是有效数字（“{raw}”）", f" is not a valid number (“{raw}”)"))


def choice_reader(choices: Choices) -> Callable[[Any], Any]:
    words = {_normal(t.zh): k for k, t in choices.words.items()}
    words |= {_normal(t.en): k for k, t in choices.words.items()}
    words |= {_normal(k.value): k for k in choices.words if isinstance(k, Enum)}

    def read(raw: Any) -> Any:
        if raw is None or not str(raw).strip():
            return None
        if _normal(raw) not in words:
            raise BadCell(
                Text(
                    f"无法识别（“{raw}”），请从下拉列表选择", f" not recognised (“{raw}”): pick from the list"
                )
            )
        return words[_normal(raw)]

    return read


READ_KIND: dict[str, Callable[[Any], Any]] = {
    "date": read_date,
    "text": read_text,
    **{c.name: choice_reader(c) for c in CHOICES},
}


# --- reading each sheet ------------------------------------------------------------------------


def _read_profile(ws: Sheet, problems: _Problems) -> tuple[dict[str, Any], Profile]:
    fields = {f.key: f for _heading, group in PROFILE_SECTIONS for f in group}
    rows = _labelled_rows(ws, {k: f.label for k, f in fields.items()}, PROFILE_HEADER_ROW + 1)
    values = {
        key: problems.read(ws, row, 2, fields[key].label, READ_KIND[fields[key].kind])
        for key, row in rows.items()
    }
    date_row = rows.get("date", PROFILE_HEADER_ROW + 2)
    if not _filled(ws.value(date_row, 2)):
        problems.add(ws, date_row, 2, INPUT["date"], Text("为空", " is empty"))
    parts: dict[str, dict[str, Any]] = {"profile": {}, "fields": {}, "compliance": {}}
    for key, value in values.items():
        if "." in key and value is not None:
            part, name = key.split(".")
            parts[part][name] = value
    profile = Profile(
        **parts["profile"], fields=FieldFlags(**parts["fields"]), compliance=Compliance(**parts["compliance"])
    )
    return {"date": values.get("date"), "purpose": values.get("purpose")}, profile


def _read_finance(ws: Sheet, problems: _Problems) -> tuple[FiscalYear, ...]:
    rows = _labelled_rows(ws, YEAR_FIELDS, FIN_FIRST_ROW)
    years = []
    for col in FIN_YEAR_COLS:
        figures = {
            name: problems.read(
                ws, row, col, YEAR_FIELDS[name], read_whole if name in INT_FIELDS else read_number
            )
            for name, row in rows.items()
        }
        filled = {k: v for k, v in figures.items() if v is not None}
        year = _column_year(ws, col, any(_filled(ws.value(r, col)) for r in rows.values()), problems)
        if year is not None and filled:
            years.append(FiscalYear(year=year, plan=col == FIN_YEAR_COLS[-1], **filled))
    return tuple(years)


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _column_year(ws: Sheet, col: int, has_data: bool, problems: _Problems) -> int | None:
    label = Text("年度", "year")
    raw = ws.value(FIN_HEADER_ROW, col)
    if not _filled(raw):
        if has_data:
            problems.add(
                ws,
                FIN_HEADER_ROW,
                col,
                label,
                Text("为空，但该列填有数据", " is empty but the column has figures"),
            )
        return None
    try:
        year = read_whole(raw)
    except BadCell:
        year = None
    if year is None or not dt.MINYEAR < year < dt.MAXYEAR:
        problems.add(
            ws,
            FIN_HEADER_ROW,
            col,
            label,
            Text(f"不是有效年份（“{raw}”）", f" is not a valid year (“{raw}”)"),
        )
        return None
    return year


def _read_ip(ws: Sheet, problems: _Problems) -> tuple[IpItem, ...]:
    columns = _ip_columns(ws)
    items = []
    for row in ws.row_numbers(IP_FIRST_ROW):
        if not any(_filled(ws.value(row, col)) for col in columns.values()):
            continue
        before = len(problems.found)
        fields = {
            name: problems.read(ws, row, col, IP_COLUMNS[name][0], READERS[name])
            for name, col in columns.items()
        }
        if fields.get("type") is None and len(problems.found) == before:
            problems.add(
                ws, row, columns.get("type", ip_col("type")), IP_COLUMNS["type"][0], Text("为空", " is empty")
            )
        if len(problems.found) == before:
            items.append(IpItem(**{k: v for k, v in fields.items() if v is not None}))
    return tuple(items)


def _ip_columns(ws: Sheet) -> dict[str, int]:
    """Field → column, by the header row's labels (either language); unknown columns are ignored."""
    wanted = {_normal(label.zh): name for name, (label, _words) in IP_COLUMNS.items()}
    wanted |= {_normal(label.en): name for name, (label, _words) in IP_COLUMNS.items()}
    found = {}
    for col in range(1, ws.max_column + 1):
        name = wanted.get(_normal(ws.value(IP_HEADER_ROW, col)))
        if name is not None and name not in found:
            found[name] = col
    return found or {name: ip_col(name) for name in IP_FIELDS}
