"""Reading a filled template back into an `AssessmentFile`; every bad cell is named with its sheet/cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from assessments.credit_code import problem as credit_code_problem
from assessments.export.labels import INPUT, SHEETS
from assessments.export.xlsx.cell_readers import (
    READ_KIND,
    Problems,
    filled,
    normal,
    read_number,
    read_whole,
)
from assessments.export.xlsx.digital_input import questionnaire, read_digital_input
from assessments.export.xlsx.finance import FIN_FIRST_ROW, FIN_HEADER_ROW, FIN_YEAR_COLS, INT_FIELDS, fin_unit
from assessments.export.xlsx.honours import read_honours
from assessments.export.xlsx.ip import IP_FIELDS, IP_FIRST_ROW, IP_HEADER_ROW, ip_col
from assessments.export.xlsx.profile import PROFILE_HEADER_ROW, PROFILE_SECTIONS
from assessments.ip_import import COLUMNS as IP_COLUMNS
from assessments.ip_import import READERS, BadCell, ImportProblem, Report
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS
from assessments.model import (
    Compliance,
    DigitalAnswers,
    FieldFlags,
    Firm,
    FiscalYear,
    Honours,
    IpItem,
    Profile,
    Purpose,
)
from assessments.results import Text
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.xlsx_reader import OnRow, Sheet, SpreadsheetError, open_workbook, read_sheet

__all__ = ["TemplateError", "read_number", "read_template", "read_whole"]

REQUIRED = ("profile", "finance", "ip")
OPTIONAL = ("honours", "digital")


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
    missing = [key for key in REQUIRED if sheets[key] is None]
    if missing:
        raise TemplateError([_missing_sheet(key) for key in missing], path.name)
    problems = Problems()
    settings, profile = _read_profile(sheets["profile"], problems)
    years = _read_finance(sheets["finance"], problems)
    items = _read_ip(sheets["ip"], problems)
    on, purpose = settings["date"], settings["purpose"] or Purpose.NEW
    honours = read_honours(sheets["honours"], problems) if sheets["honours"] is not None else Honours()
    digital = DigitalAnswers()
    pack = questionnaire(on, purpose) if on is not None else None
    if sheets["digital"] is not None and pack is not None:
        digital = read_digital_input(sheets["digital"], pack, problems)
    if problems.found:
        raise TemplateError(problems.found, path.name)
    firm = Firm(profile=profile, years=years, ip=items, honours=honours, digital=digital)
    return AssessmentFile(firm=firm, on=on, purpose=purpose)


def _read_sheets(path: Path, report: Report | None) -> dict[str, Sheet | None]:
    """The input sheets (None where missing), each read once, in full, within the limits.

    Templates written before the honours and digital sheets existed have only the REQUIRED three.
    """
    on_row = None if report is None else (lambda percent: report(percent, ""))
    with open_workbook(path, on_step=on_row) as book:
        return {key: _read_input(book, key, path, on_row) for key in (*REQUIRED, *OPTIONAL)}


def _read_input(book: Any, key: str, path: Path, on_row: OnRow | None) -> Sheet | None:
    names = {SHEETS[key].zh, SHEETS[key].en}
    ws = next((ws for ws in book.worksheets if ws.title in names), None)
    return None if ws is None else read_sheet(ws, path, on_row)


def _missing_sheet(key: str) -> ImportProblem:
    name = SHEETS[key]
    return ImportProblem(name.zh, Text(f"缺少工作表“{name.zh}”", f"the sheet “{name.en}” is missing"))


def _labelled_rows(ws: Sheet, labels: dict[str, Text], first: int) -> dict[str, int]:
    """Field → row, found by the label in column A (either language)."""
    wanted = {normal(t.zh): k for k, t in labels.items()} | {normal(t.en): k for k, t in labels.items()}
    found: dict[str, int] = {}
    for row in ws.row_numbers(first):
        key = wanted.get(normal(ws.value(row, 1)))
        if key is not None and key not in found:
            found[key] = row
    return found


# --- reading each sheet ------------------------------------------------------------------------


def _read_profile(ws: Sheet, problems: Problems) -> tuple[dict[str, Any], Profile]:
    fields = {f.key: f for _heading, group in PROFILE_SECTIONS for f in group}
    rows = _labelled_rows(ws, {k: f.label for k, f in fields.items()}, PROFILE_HEADER_ROW + 1)
    values = {
        key: problems.read(ws, row, 2, fields[key].label, READ_KIND[fields[key].kind])
        for key, row in rows.items()
    }
    date_row = rows.get("date", PROFILE_HEADER_ROW + 2)
    if not filled(ws.value(date_row, 2)):
        problems.add(ws, date_row, 2, INPUT["date"], Text("为空", " is empty"))
    code, code_row = values.get("profile.credit_code"), rows.get("profile.credit_code")
    wrong = credit_code_problem(code) if code and code_row is not None else None
    if wrong is not None and code_row is not None:
        # The code names the firm in the workspace: a wrong one would make a second firm of it.
        problems.add(ws, code_row, 2, PROFILE_FIELDS["credit_code"], Text(wrong[0], f" {wrong[1]}"))
    parts: dict[str, dict[str, Any]] = {"profile": {}, "fields": {}, "compliance": {}}
    for key, value in values.items():
        if "." in key and value is not None:
            part, name = key.split(".")
            parts[part][name] = value
    profile = Profile(
        **parts["profile"], fields=FieldFlags(**parts["fields"]), compliance=Compliance(**parts["compliance"])
    )
    return {"date": values.get("date"), "purpose": values.get("purpose")}, profile


def _read_finance(ws: Sheet, problems: Problems) -> tuple[FiscalYear, ...]:
    rows = _labelled_rows(ws, YEAR_FIELDS, FIN_FIRST_ROW)
    years = []
    for col in FIN_YEAR_COLS:
        figures = {
            name: problems.read(
                ws,
                row,
                col,
                YEAR_FIELDS[name],
                partial(read_whole if name in INT_FIELDS else read_number, unit=fin_unit(name)),
            )
            for name, row in rows.items()
        }
        given = {k: v for k, v in figures.items() if v is not None}
        year = _column_year(ws, col, any(filled(ws.value(r, col)) for r in rows.values()), problems)
        if year is not None and given:
            years.append(FiscalYear(year=year, plan=col == FIN_YEAR_COLS[-1], **given))
    return tuple(years)


def _column_year(ws: Sheet, col: int, has_data: bool, problems: Problems) -> int | None:
    label = Text("年度", "year")
    raw = ws.value(FIN_HEADER_ROW, col)
    if not filled(raw):
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


def _read_ip(ws: Sheet, problems: Problems) -> tuple[IpItem, ...]:
    columns = _ip_columns(ws)
    items = []
    for row in ws.row_numbers(IP_FIRST_ROW):
        if not any(filled(ws.value(row, col)) for col in columns.values()):
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
    wanted = {normal(label.zh): name for name, (label, _words) in IP_COLUMNS.items()}
    wanted |= {normal(label.en): name for name, (label, _words) in IP_COLUMNS.items()}
    found = {}
    for col in range(1, ws.max_column + 1):
        name = wanted.get(normal(ws.value(IP_HEADER_ROW, col)))
        if name is not None and name not in found:
            found[name] = col
    return found or {name: ip_col(name) for name in IP_FIELDS}
