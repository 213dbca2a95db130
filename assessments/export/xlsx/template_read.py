"""Reading a filled template back into an `AssessmentFile`; every bad cell is named with its sheet/cell."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from assessments.export.labels import INPUT, SHEETS
from assessments.export.xlsx.finance import FIN_FIRST_ROW, FIN_HEADER_ROW, FIN_YEAR_COLS, INT_FIELDS
from assessments.export.xlsx.ip import IP_FIELDS, IP_FIRST_ROW, IP_HEADER_ROW, ip_col
from assessments.export.xlsx.lists import CHOICES, Choices
from assessments.export.xlsx.profile import PROFILE_HEADER_ROW, PROFILE_SECTIONS
from assessments.ip_import import COLUMNS as IP_COLUMNS
from assessments.ip_import import READERS, BadCell, ImportProblem, Report
from assessments.labels import YEAR_FIELDS
from assessments.model import Compliance, FieldFlags, Firm, FiscalYear, IpItem, Profile, Purpose
from assessments.results import Text
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.xlsx_reader import OnRow, Sheet, SpreadsheetError, open_workbook, read_sheet


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
