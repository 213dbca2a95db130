"""Many firms from one spreadsheet: the batch template (one row per firm), reading it row by row, and
evaluating every row on all cores (docs/batch-template.md).

Reading never stops at the first bad cell: every row is read, a bad cell is named by its sheet, row and
column (`企业名单!F7：上年度营业收入不是有效数字（“12万”）`) and its row is set aside, while the good rows
go on. A workbook of the single-firm data-collection template (企业概况, 财务数据, 知识产权) reads as one
row. Nothing here writes to a workspace: the caller shows the rows and imports on the user's word.

Evaluation runs in a process pool in chunks (spawn-safe: the workers import this module and nothing
else is pickled but the documents and the members they return); a small batch stays in this process,
where starting workers would cost more than they save.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from assessments.cohort import Member, member_of
from assessments.credit_code import problem as credit_code_problem
from assessments.export.xlsx import TemplateError, read_template
from assessments.export.xlsx.template_read import read_number, read_whole
from assessments.ip_import import READERS, BadCell
from assessments.labels import INDUSTRIES
from assessments.model import Firm, FiscalYear, Honours, Industry, IpItem, IpType, Profile, Purpose
from assessments.results import Text
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.xlsx_reader import Sheet, SpreadsheetError, open_workbook, read_sheet

SHEET = Text("企业名单", "Firms")
HEADER_ROW = 3  # rows 1–2: the title and how to fill it in
IN_PROCESS_BELOW = 200  # rows: fewer are evaluated here (starting workers costs ~1 s)
Report = Callable[[int, str], None]


@dataclass(frozen=True)
class Column:
    key: str
    label: Text
    kind: str  # text, tags, date, purpose, industry, amount, whole, level
    width: float = 14


def _year(offset: int, name: str, zh: str, en: str, kind: str = "amount") -> Column:
    when = {1: ("上年度", "Last year"), 2: ("前年", "Year before last"), 3: ("大前年", "Three years ago")}
    return Column(f"y{offset}.{name}", Text(f"{when[offset][0]}{zh}", f"{when[offset][1]}: {en}"), kind)


COLUMNS: tuple[Column, ...] = (
    Column("name", Text("企业名称", "Firm name"), "text", 30),
    Column("credit_code", Text("统一社会信用代码", "Unified social credit code"), "credit_code", 22),
    Column("district", Text("所在区（园区）", "District or park"), "text", 18),
    Column("tags", Text("标签（逗号分隔）", "Tags (comma-separated)"), "tags", 16),
    Column("industry", Text("所属行业", "Industry"), "industry", 18),
    Column("date", Text("评估日期", "Assessment date"), "date", 12),
    Column("purpose", Text("评估目的（新申报/复核）", "Purpose (new/review)"), "purpose", 12),
    _year(1, "revenue", "营业收入（万元）", "Revenue (万元)"),
    _year(1, "rd_expense", "研发费用（万元）", "R&D expense (万元)"),
    _year(1, "net_profit", "净利润（万元）", "Net profit (万元)"),
    _year(1, "total_assets", "资产总额（万元）", "Total assets (万元)"),
    _year(1, "total_liabilities", "负债总额（万元）", "Total liabilities (万元)"),
    _year(1, "staff", "职工总数（人）", "Staff", "whole"),
    _year(1, "rd_staff", "研发人员（人）", "R&D staff", "whole"),
    _year(2, "revenue", "营业收入（万元）", "Revenue (万元)"),
    _year(2, "rd_expense", "研发费用（万元）", "R&D expense (万元)"),
    _year(3, "revenue", "营业收入（万元）", "Revenue (万元)"),
    _year(3, "rd_expense", "研发费用（万元）", "R&D expense (万元)"),
    Column("class1", Text("有效Ⅰ类知识产权（项）", "Valid Class I IP (items)"), "whole"),
    Column("class2", Text("有效Ⅱ类知识产权（项）", "Valid Class II IP (items)"), "whole"),
    Column(
        "digital", Text("数字化水平等级（官方平台，0–4）", "Digital level (official platform, 0–4)"), "level"
    ),
)
REQUIRED = ("name",)
PURPOSES = {
    "新申报": Purpose.NEW,
    "申报": Purpose.NEW,
    "new": Purpose.NEW,
    "复核": Purpose.REVIEW,
    "review": Purpose.REVIEW,
}


# --- what reading finds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One bad cell (or row): where it is, in the user's terms, and what is wrong, in both languages."""

    sheet: str
    row: int
    column: str  # the column letter; "" for the whole row
    text: Text

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.column}{self.row}" if self.column else f"{self.sheet}!{self.row}"


@dataclass(frozen=True)
class BatchRow:
    """One firm's row: its document, or the problems that keep it out."""

    sheet: str
    row: int
    doc: AssessmentFile | None
    tags: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    label: str = ""  # the name cell as written, for a row that could not be read

    @property
    def name(self) -> str:
        return self.doc.firm.profile.name if self.doc else self.label


@dataclass(frozen=True)
class Batch:
    rows: tuple[BatchRow, ...]
    problems: tuple[Problem, ...] = field(default=())  # of the file, not of a row (no header, no sheet)

    @property
    def good(self) -> tuple[BatchRow, ...]:
        return tuple(r for r in self.rows if r.doc is not None)

    @property
    def bad(self) -> tuple[BatchRow, ...]:
        return tuple(r for r in self.rows if r.doc is None)

    @property
    def all_problems(self) -> tuple[Problem, ...]:
        return (*self.problems, *(p for r in self.rows for p in r.problems))


class BatchError(ValueError):
    """The file cannot be read as a batch at all (not a workbook, no sheet, no header)."""

    def __init__(self, text: Text) -> None:
        super().__init__(f"{text.zh}\n{text.en}")
        self.text = text


# --- reading ---------------------------------------------------------------------------------------


def read_batch(path: Path, on: dt.date, report: Report | None = None) -> Batch:
    """Every row of the batch sheet (or the one firm of a data-collection template).

    `on` is the assessment date of rows that leave it blank; `report(percent, "")` may raise to cancel.
    """
    found = batch_sheet(Path(path), report)
    return _single_template(Path(path), on, report) if found is None else read_rows(found, on)


def batch_sheet(path: Path, report: Report | None = None) -> Sheet | None:
    """The 企业名单 sheet's cells, read within the limits; None when the workbook has no such sheet."""
    on_row = None if report is None else (lambda percent: report(percent, ""))
    try:
        with open_workbook(path, on_step=on_row) as book:
            sheet = next((ws for ws in book.worksheets if ws.title in (SHEET.zh, SHEET.en)), None)
            return None if sheet is None else read_sheet(sheet, path, on_row)
    except SpreadsheetError as error:
        raise BatchError(error.text) from error


def _single_template(path: Path, on: dt.date, report: Report | None) -> Batch:
    """A firm's own data-collection template: one row, its problems named by the template's cells."""
    try:
        doc = read_template(path, report)
    except TemplateError as error:
        if not any("!" in p.where for p in error.problems) and _not_a_template(error):
            raise BatchError(_no_sheet()) from error
        problems = tuple(
            Problem(p.where.partition("!")[0], 0, p.where.partition("!")[2], p.message)
            for p in error.problems
        )
        return Batch((BatchRow(SHEET.zh, 0, None, (), problems),))
    return Batch((BatchRow(doc.firm.profile.name, 1, doc),))


def _not_a_template(error: TemplateError) -> bool:
    """Every input sheet is missing: the workbook is neither a batch nor a firm's template."""
    return len(error.problems) >= 3


def _no_sheet() -> Text:
    return Text(
        f"找不到工作表“{SHEET.zh}”（批量模板）或单个企业的数据采集表",
        f"No sheet “{SHEET.en}” (the batch template) nor a firm's data-collection template",
    )


def read_rows(sheet: Sheet, on: dt.date) -> Batch:
    return Batch(_rows(sheet, header_of(sheet), on))


def header_of(sheet: Sheet) -> dict[str, int]:
    columns = _header(sheet)
    if "name" not in columns:
        raise BatchError(
            Text(
                f"工作表“{sheet.title}”第{HEADER_ROW}行找不到表头“{SHEET_NAME_HEADER.zh}”",
                f"Sheet “{sheet.title}”, row {HEADER_ROW}: no header “{SHEET_NAME_HEADER.en}”",
            )
        )
    return columns


def _rows(sheet: Sheet, columns: dict[str, int], on: dt.date) -> tuple[BatchRow, ...]:
    rows = (_row(sheet, r, columns, on) for r in sheet.row_numbers(HEADER_ROW + 1))
    return tuple(r for r in rows if r is not None)


SHEET_NAME_HEADER = COLUMNS[0].label


def _normal(text: Any) -> str:
    return "".join(str(text).split()).lower() if text is not None else ""


def _header(sheet: Sheet) -> dict[str, int]:
    """Column key → column number, found by its label in either language (columns may move)."""
    wanted = {_normal(c.label.zh): c.key for c in COLUMNS} | {_normal(c.label.en): c.key for c in COLUMNS}
    found: dict[str, int] = {}
    for col in range(1, sheet.max_column + 1):
        key = wanted.get(_normal(sheet.value(HEADER_ROW, col)))
        if key is not None and key not in found:
            found[key] = col
    return found


BY_KEY = {c.key: c for c in COLUMNS}


def _row(sheet: Sheet, row: int, columns: dict[str, int], on: dt.date) -> BatchRow | None:
    raw = {key: sheet.value(row, col) for key, col in columns.items()}
    if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw.values()):
        return None  # a blank row between firms
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in raw.items():
        try:
            values[key] = READ[BY_KEY[key].kind](value)
        except BadCell as bad:
            problems.append(_problem(sheet.title, row, columns[key], BY_KEY[key].label, bad.reason))
    for key in REQUIRED:
        if values.get(key) in (None, ""):
            problems.append(
                _problem(sheet.title, row, columns[key], BY_KEY[key].label, Text("为空", " is empty"))
            )
    if problems:
        label = str(raw.get("name") or "").strip()[:200]
        return BatchRow(sheet.title, row, None, (), tuple(problems), label)
    return _document(sheet.title, row, values, on)


def _problem(sheet: str, row: int, col: int, label: Text, reason: Text) -> Problem:
    letter = get_column_letter(col)
    where = f"{sheet}!{letter}{row}"
    return Problem(
        sheet, row, letter, Text(f"{where}：{label.zh}{reason.zh}", f"{where}: {label.en}{reason.en}")
    )


def _document(sheet: str, row: int, values: dict[str, Any], on: dt.date) -> BatchRow:
    when = values.get("date") or on
    try:
        doc = AssessmentFile(
            firm=firm_of(values, when), on=when, purpose=values.get("purpose") or Purpose.NEW
        )
    except ValidationError as error:  # a value beyond the model's limits (docs/limits.md)
        where = f"{sheet}!{row}"
        reason = error.errors()[0]
        text = Text(
            f"{where}：第{row}行的数据超出限制（{reason['loc'][-1]}：{reason['msg']}）",
            f"{where}: row {row} holds a value beyond the limits ({reason['loc'][-1]}: {reason['msg']})",
        )
        return BatchRow(sheet, row, None, (), (Problem(sheet, row, "", text),), str(values.get("name") or ""))
    return BatchRow(sheet, row, doc, values.get("tags") or ())


def firm_of(values: dict[str, Any], on: dt.date) -> Firm:
    """The firm a row describes; counts of IP become that many items (a blank count: to confirm)."""
    profile = Profile(
        name=values["name"],
        credit_code=values.get("credit_code") or None,
        district=values.get("district") or None,
        industry=values.get("industry"),
    )
    class1, class2 = values.get("class1"), values.get("class2")
    # A blank Class I count is to confirm: the register is left empty (not filled in), since Class II
    # items alone would make the engine read Class I as 0.
    items = () if class1 is None else _items(IpType.INVENTION, class1) + _items(IpType.UTILITY_MODEL, class2)
    return Firm(
        profile=profile,
        years=_years(values, on),
        ip=items,
        ip_none_confirmed=class1 == 0 and class2 in (0, None),
        honours=Honours(official_digital_level=values.get("digital")),
    )


def _years(values: dict[str, Any], on: dt.date) -> tuple[FiscalYear, ...]:
    years = []
    for offset in (3, 2, 1):  # oldest first, as the app keeps them
        prefix = f"y{offset}."
        figures = {
            k.removeprefix(prefix): v for k, v in values.items() if k.startswith(prefix) and v is not None
        }
        if figures:
            years.append(FiscalYear(year=on.year - offset, **figures))
    return tuple(years)


@functools.lru_cache(maxsize=256)
def _items(kind: IpType, count: int | None) -> tuple[IpItem, ...]:
    # Items are frozen: firms with the same count share one tuple, built once per batch, not per firm
    # (and pickled once per chunk sent to a worker).
    return tuple(IpItem(type=kind, number=f"#{n + 1}") for n in range(count or 0))


# --- cell readers: each raises BadCell with the reason, the caller names the cell ------------------


def _text(raw: Any) -> str | None:
    value = READERS["title"](raw)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _tags(raw: Any) -> tuple[str, ...]:
    text = _text(raw) or ""
    return tuple(t.strip() for t in text.replace("，", ",").replace("、", ",").split(",") if t.strip())


def _amount(raw: Any) -> Decimal | None:
    return read_number(raw)


def _whole(raw: Any) -> int | None:
    value = read_whole(raw)
    if value is not None and value < 0:
        raise BadCell(Text(f"不能为负数（“{raw}”）", f" cannot be negative (“{raw}”)"))
    return value


def _level(raw: Any) -> int | None:
    value = _whole(raw)
    if value is not None and value > 4:
        raise BadCell(Text(f"应为0–4级（“{raw}”）", f" must be a level from 0 to 4 (“{raw}”)"))
    return value


def _purpose(raw: Any) -> Purpose | None:
    text = _normal(raw)
    if not text:
        return None
    if text not in PURPOSES:
        raise BadCell(Text(f"应为“新申报”或“复核”（“{raw}”）", f" must be “new” or “review” (“{raw}”)"))
    return PURPOSES[text]


INDUSTRY_WORDS = {_normal(t.zh): k for k, t in INDUSTRIES.items()} | {
    _normal(t.en): k for k, t in INDUSTRIES.items()
}
INDUSTRY_WORDS |= {k: k for k in INDUSTRIES}


def _industry(raw: Any) -> Industry | None:
    text = _normal(raw)
    if not text:
        return None
    if text not in INDUSTRY_WORDS:
        raise BadCell(
            Text(f"无法识别（“{raw}”），请从下拉列表选择", f" not recognised (“{raw}”): pick from the list")
        )
    return Industry(INDUSTRY_WORDS[text])


def _credit_code(raw: Any) -> str | None:
    """The code as typed; a wrong length, character or check digit is marked (it identifies the firm)."""
    code = _text(raw)
    wrong = credit_code_problem(code) if code else None
    if wrong is not None:
        raise BadCell(Text(wrong[0], f" {wrong[1]}"))
    return code


READ: dict[str, Callable[[Any], Any]] = {
    "text": _text,
    "credit_code": _credit_code,
    "tags": _tags,
    "date": READERS["granted_on"],
    "purpose": _purpose,
    "industry": _industry,
    "amount": _amount,
    "whole": _whole,
    "level": _level,
}


# --- evaluating on all cores -----------------------------------------------------------------------


Job = tuple[int, AssessmentFile, tuple[str, ...]]


def jobs_of(batch: Batch) -> list[Job]:
    """The good rows as (row number, document, tags): the row number is the member's key."""
    return [(r.row, r.doc, r.tags) for r in batch.good if r.doc is not None]


def evaluate(jobs: Sequence[Job], workers: int | None = None, report: Report | None = None) -> list[Member]:
    """Every job's member, in the jobs' order; `report(done_percent, "")` as chunks are done.

    `workers` None: all cores, and a small batch in this process; a number: that many processes.
    """
    chunks = [list(jobs[i : i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
    return [m for found in _run(_evaluate_chunk, chunks, len(jobs), workers, report) for m in found]


def read_and_evaluate(
    path: Path, on: dt.date, workers: int | None = None, report: Report | None = None
) -> tuple[Batch, list[Member]]:
    """The command line's batch: the sheet is parsed here, each row is checked, built and evaluated in
    the workers (the checking parallelises with the engine); returns the rows set aside and the members."""
    sheet = batch_sheet(Path(path))
    if sheet is None:
        found = _single_template(Path(path), on, None)
        return found, evaluate(jobs_of(found), workers, report)
    columns = header_of(sheet)
    numbers = sheet.row_numbers(HEADER_ROW + 1)
    chunks = [
        (Sheet(sheet.title, {r: sheet.rows[r] for r in numbers[i : i + CHUNK]}), columns, on)
        for i in range(0, len(numbers), CHUNK)
    ]
    bad: list[BatchRow] = []
    members: list[Member] = []
    for rows, found in _run(_check_chunk, chunks, len(numbers), workers, report):
        bad += rows
        members += found
    return Batch(tuple(bad)), members


CHUNK = 50  # rows per round trip to a worker: enough to amortise pickling, small enough to balance


def _run(
    work: Callable[[Any], Any], chunks: list[Any], rows: int, workers: int | None, report: Report | None
) -> Iterator[Any]:
    """`work` over the chunks, in order: here for a small batch or one worker, else in spawned processes."""
    chosen = workers is not None
    workers = workers or os.cpu_count() or 1
    if workers == 1 or (rows < IN_PROCESS_BELOW and not chosen):
        pool_map: Callable[..., Iterator[Any]] = map
        yield from _reported(pool_map(work, chunks), len(chunks), report)
        return
    # Spawn everywhere: what runs here is what runs on Windows and in a frozen build.
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_warm) as pool:
        yield from _reported(pool.map(work, chunks), len(chunks), report)


def _reported(results: Iterator[Any], count: int, report: Report | None) -> Iterator[Any]:
    for done, result in enumerate(results, start=1):
        yield result
        if report is not None:
            report(done * 100 // count, "")


def _warm() -> None:
    """Load the rule packs once per worker, before its first firm."""
    from assessments.rules.loader import all_packs

    all_packs()


def _evaluate_chunk(jobs: list[Job]) -> list[Member]:
    return [member_of(row, doc, tags=tags) for row, doc, tags in jobs]


def _check_chunk(chunk: tuple[Sheet, dict[str, int], dt.date]) -> tuple[list[BatchRow], list[Member]]:
    """Rows checked and built (bad ones returned), good ones evaluated: one worker's share."""
    rows = _rows(*chunk)
    members = [member_of(r.row, r.doc, tags=r.tags) for r in rows if r.doc is not None]
    return [r for r in rows if r.doc is None], members


# --- the template the app writes -------------------------------------------------------------------


def write_template(path: Path, lang: str = "zh") -> None:
    """A blank batch template (docs/batch-template.md), through the one atomic writer."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from assessments.storage.atomic import write_atomic

    book = Workbook()
    ws = book.active
    ws.title = SHEET.get(lang)
    ws.cell(1, 1, TEMPLATE_TITLE.get(lang)).font = Font(bold=True, size=14)
    ws.cell(2, 1, TEMPLATE_NOTE.get(lang)).font = Font(italic=True, color="595959")
    for col, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, col, column.label.get(lang))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.column_dimensions[get_column_letter(col)].width = column.width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)
    write_atomic(Path(path), book.save)


TEMPLATE_TITLE = Text("专精特新企业批量评估模板（每行一家企业）", "SRDI batch template (one firm per row)")
TEMPLATE_NOTE = Text(
    "从第4行起每行填写一家企业；企业名称必填，其余可空（空白为待确认）。金额单位万元；“上年度”指评估日期前最后一个完整会计年度。",
    "From row 4, one firm per row; the firm name is required, any other cell may stay blank (to confirm). "
    "Money in 万元; “last year” is the last complete fiscal year before the assessment date.",
)


# --- importing into a workspace (after the user confirmed) -------------------------------------------


@dataclass(frozen=True)
class Planned:
    """What importing one good row will do: add to a firm already there (`firm_id`), or create one."""

    row: BatchRow
    firm_id: int | None
    firm_name: str = ""


def identity(name: str, credit_code: str) -> str:
    """A firm is its credit code, or without one its exact name (as the workspace matches firms)."""
    code = "".join(credit_code.split()).upper()
    return f"code:{code}" if code else f"name:{name.strip()}"


def plan_import(batch: Batch, firms: Sequence[Any]) -> list[Planned]:
    """Each good row matched against the workspace's firms (`FirmEntry`s) by credit code, else by name."""
    known: dict[str, Any] = {}
    for firm in firms:
        known.setdefault(identity(firm.name, firm.credit_code), firm)
        known.setdefault(identity(firm.name, ""), firm)  # a row without a code matches by name
    found = []
    for row in batch.good:
        assert row.doc is not None
        profile = row.doc.firm.profile
        match = known.get(identity(profile.name, profile.credit_code or ""))
        found.append(Planned(row, match.id if match else None, match.name if match else ""))
    return found


def import_rows(workspace: Any, planned: Sequence[Planned]) -> list[int]:
    """Store every planned row (two rows of one new firm make one firm); returns the assessment ids."""
    created: dict[str, int] = {}
    tags = workspace.tags()
    ids = []
    for item in planned:
        assert item.row.doc is not None
        profile = item.row.doc.firm.profile
        key = identity(profile.name, profile.credit_code or "")
        firm_id = item.firm_id if item.firm_id is not None else created.get(key)
        assessment_id = workspace.create(item.row.doc, firm_id)
        firm_id = firm_id if firm_id is not None else workspace.firm_of(assessment_id)
        created[key] = firm_id
        if item.row.tags:
            tags[firm_id] = (*tags.get(firm_id, ()), *item.row.tags)
            workspace.set_tags(firm_id, tags[firm_id])
        ids.append(assessment_id)
    return ids
