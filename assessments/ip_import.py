"""Reading an IP register from an .xlsx list: the first sheet, a header row of Chinese column names.

Each bad cell becomes a problem naming its sheet and cell (e.g. `Sheet1!D5：授权日期无法识别（“2023/13/01”）：月份应在1至12之间`);
a row with a bad cell is left out and every other row is read, so the user can import the good rows and
fix the rest. An empty cell is "to confirm" (None), never a guess. The file is opened and its rows
streamed within the limits of `storage/xlsx_reader.py`, and at most `MAX_IP_ROWS` items are read; a
file over a limit, damaged, or not a workbook at all is a single problem that names the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from assessments.dates import DateTextError, read_date
from assessments.labels import IP_ORIGINS, IP_STATUSES, IP_TYPES
from assessments.model import IpItem, IpOrigin, IpStatus, IpType
from assessments.results import Text
from assessments.storage.xlsx_reader import (
    SpreadsheetError,
    first_sheet,
    open_workbook,
    over_limit,
    sheet_rows,
)

# The words the register uses; the UI shows the same words, so a list exported by hand reads back.
_TYPE_SYNONYMS = {
    "发明": IpType.INVENTION,
    "实用新型": IpType.UTILITY_MODEL,
    "外观设计": IpType.DESIGN,
    "外观专利": IpType.DESIGN,
    "计算机软件著作权": IpType.SOFTWARE_COPYRIGHT,
    "软著": IpType.SOFTWARE_COPYRIGHT,
    "集成电路布图设计": IpType.IC_LAYOUT,
    "布图设计": IpType.IC_LAYOUT,
    "农作物品种": IpType.CROP_VARIETY,
    "新药": IpType.NEW_DRUG,
    "一级中药保护品种": IpType.TCM_GRADE1,
    "注册商标": IpType.TRADEMARK,
}
_STATUS_SYNONYMS = {
    "授权": IpStatus.VALID,
    "已授权": IpStatus.VALID,
    "有效期内": IpStatus.VALID,
    "审查中": IpStatus.PENDING,
    "在审": IpStatus.PENDING,
    "受理": IpStatus.PENDING,
    "失效": IpStatus.LAPSED,
    "无效": IpStatus.LAPSED,
    "终止": IpStatus.LAPSED,
}
_ORIGIN_SYNONYMS = {
    "原始取得": IpOrigin.OWN_RD,
    "自行研发": IpOrigin.OWN_RD,
    "自主": IpOrigin.OWN_RD,
    "转让": IpOrigin.ASSIGNMENT,
    "继受取得": IpOrigin.ASSIGNMENT,
    "赠与": IpOrigin.GIFT,
    "独占许可": IpOrigin.LICENCE,
}
_YES = {"是", "有", "y", "yes", "true", "√", "✓", "1"}
_NO = {"否", "无", "n", "no", "false", "×", "✗", "0"}

# Column → (its label in both languages, the header words that name it).
COLUMNS: dict[str, tuple[Text, tuple[str, ...]]] = {
    "type": (Text("类型", "type"), ("类型", "知识产权类型", "类别")),
    "number": (Text("编号", "number"), ("编号", "专利号", "登记号", "证书号")),
    "title": (Text("名称", "title"), ("名称", "知识产权名称", "专利名称")),
    "granted_on": (Text("授权日期", "grant date"), ("授权日期", "授权日", "登记日期")),
    "status": (Text("状态", "status"), ("状态", "法律状态")),
    "origin": (Text("获得方式", "how obtained"), ("获得方式", "取得方式")),
    "transferred_on": (Text("转入日期", "transfer date"), ("转入日期", "受让日期")),
    "supports_main_product": (Text("与主导产品相关", "related to the main product"), ("与主导产品相关",)),
    "applied_with_benefit": (
        Text("实际应用并产生效益", "applied with economic benefit"),
        ("实际应用并产生效益", "实际应用并产生经济效益"),
    ),
    "holder_rank": (Text("权利人排名", "rank among right holders"), ("权利人排名", "排名")),
    "high_value": (Text("高价值", "high value"), ("高价值", "高价值专利")),
    "used_in_hnte": (Text("已用于高企申请", "used in an earlier HNTE application"), ("已用于高企申请",)),
}
HEADER_ROWS_SEARCHED = 10
MAX_IP_ROWS = 10_000  # data rows of an IP list; the sheet's own limits are in storage/xlsx_reader.py
EARLIEST_YEAR = 1950


class BadCell(ValueError):
    """A cell that cannot be read; carries the reason in both languages (without the cell name)."""

    def __init__(self, reason: Text) -> None:
        super().__init__(reason.en)
        self.reason = reason


@dataclass(frozen=True)
class ImportProblem:
    where: str  # "Sheet1!D5", or "" for the file as a whole
    message: Text  # the full message, cell first


@dataclass(frozen=True)
class IpImport:
    items: tuple[IpItem, ...]
    problems: tuple[ImportProblem, ...]
    rows: int  # data rows read, good and bad


Report = Callable[[int, str], None]


def read_ip_workbook(path: Path, report: Report | None = None) -> IpImport:
    """The IP items of the first sheet; `report(percent, "")` is called for every row and may raise to
    cancel. A file over a limit, damaged or not a workbook is one problem naming the file."""
    path, report = Path(path), report or _quiet
    try:
        with open_workbook(path, on_step=lambda percent: report(percent, "")) as book:
            return _read_sheet(first_sheet(book, path), path, report)
    except SpreadsheetError as error:
        return IpImport((), (ImportProblem("", error.text),), 0)


def _quiet(_percent: int, _text: str) -> None:
    pass


def _read_sheet(sheet: Any, path: Path, report: Report) -> IpImport:
    rows = sheet_rows(sheet, path, lambda percent: report(percent, ""))
    header = _header_row(rows)
    if header is None:
        return _no_header(sheet.title)
    columns = _columns(header)
    items, problems, count = [], [], 0
    for number, values in rows:
        count += 1
        if count > MAX_IP_ROWS:
            return _too_many(path, sheet.title)
        item, bad = _read_row(sheet.title, number, values, columns)
        problems += bad
        if item is not None:
            items.append(item)
    report(100, "")
    return IpImport(tuple(items), tuple(problems), count)


def _no_header(title: str) -> IpImport:
    where = f"{title}!A1"
    message = Text(
        f"{where}：前{HEADER_ROWS_SEARCHED}行中找不到表头（须有“类型”列）",
        f"{where}: no header row in the first {HEADER_ROWS_SEARCHED} rows (a “类型” column is needed)",
    )
    return IpImport((), (ImportProblem(where, message),), 0)


def _too_many(path: Path, title: str) -> IpImport:
    what = Text(f"工作表“{title}”的知识产权条目过多", f"the sheet “{title}” lists too many IP items")
    limit = Text(f"{MAX_IP_ROWS:,}条", f"{MAX_IP_ROWS:,} items")
    return IpImport((), (ImportProblem("", over_limit(path, what, limit).text),), MAX_IP_ROWS + 1)


def _normal(text: Any) -> str:
    return re.sub(r"\s+", "", str(text)).removeprefix("是否").lower() if text is not None else ""


def _header_row(rows: Iterator[tuple[int, tuple[Any, ...]]]) -> tuple[Any, ...] | None:
    """The values of the header row (taking the rows up to it from `rows`), if among the first rows."""
    names = {_normal(n) for n in COLUMNS["type"][1]}
    for number, values in rows:
        if number > HEADER_ROWS_SEARCHED:
            return None
        if any(_normal(v) in names for v in values):
            return values
    return None


def _columns(header: Iterable[Any]) -> dict[str, int]:
    """Field → column index (0-based) for every header cell we recognise; others are ignored."""
    wanted = {_normal(name): field for field, (_label, names) in COLUMNS.items() for name in names}
    found: dict[str, int] = {}
    for index, value in enumerate(header):
        field = wanted.get(_normal(value))
        if field is not None and field not in found:
            found[field] = index
    return found


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_row(
    sheet: str, row: int, values: tuple[Any, ...], columns: dict[str, int]
) -> tuple[IpItem | None, list[ImportProblem]]:
    fields: dict[str, Any] = {}
    problems = []
    for field, index in columns.items():
        raw = values[index] if index < len(values) else None
        try:
            value = READERS[field](raw)
        except BadCell as bad:
            problems.append(_problem(sheet, index, row, field, bad.reason))
            continue
        if value is not None:
            fields[field] = value
        elif field == "type":  # the one column a row cannot do without
            problems.append(_problem(sheet, index, row, field, Text("为空", " is empty")))
    if problems:
        return None, problems
    return IpItem(**fields), []


def _col(index: int | None) -> str:
    return get_column_letter(index + 1) if index is not None else "?"


def _problem(sheet: str, index: int, row: int, field: str, reason: Text) -> ImportProblem:
    where = f"{sheet}!{_col(index)}{row}"
    label = COLUMNS[field][0]
    return ImportProblem(where, Text(f"{where}：{label.zh}{reason.zh}", f"{where}: {label.en}{reason.en}"))


def _unrecognised(raw: Any, why: Text | None = None) -> BadCell:
    if why is None:
        return BadCell(Text(f"无法识别（“{raw}”）", f" not recognised (“{raw}”)"))
    return BadCell(Text(f"无法识别（“{raw}”）：{why.zh}", f" not recognised (“{raw}”): {why.en}"))


# --- one reader per column ----------------------------------------------------------------------


def _text(raw: Any) -> str | None:
    if _blank(raw):
        return None
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a number typed into a general cell
    return str(raw).strip()


def _word(raw: Any, names: dict[Any, Text], synonyms: dict[str, Any]) -> Any:
    if _blank(raw):
        return None
    words = {_normal(t.zh): key for key, t in names.items()}
    words |= {_normal(t.en): key for key, t in names.items()}
    words |= {_normal(key.value): key for key in names}
    words |= {_normal(word): key for word, key in synonyms.items()}
    found = words.get(_normal(raw))
    if found is None:
        raise _unrecognised(raw)
    return found


def _date(raw: Any) -> dt.date | None:
    if _blank(raw):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _serial_date(raw)
    try:
        return read_date(str(raw))
    except DateTextError as error:
        raise _unrecognised(raw, error.reason) from None


def _serial_date(raw: float) -> dt.date:
    """An Excel day number in a cell not formatted as a date."""
    try:
        value = from_excel(raw)
    except (ValueError, OverflowError, TypeError):
        raise _unrecognised(raw) from None
    # A small number (a year such as 2023 is day 2023 = 1905) is a typing slip, not a grant date.
    if not isinstance(value, dt.datetime) or value.year < EARLIEST_YEAR:
        raise _unrecognised(raw)
    return value.date()


def _yes_no(raw: Any) -> bool | None:
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        return raw
    word = _normal(_text(raw))
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise BadCell(Text(f"无法识别（“{raw}”），请填“是”或“否”", f" not recognised (“{raw}”): enter 是 or 否"))


def _rank(raw: Any) -> int | None:
    if _blank(raw):
        return None
    text = _normal(raw).removeprefix("第").removesuffix("名")
    try:
        number = float(text)
    except ValueError:
        number = 0.5
    if not number.is_integer() or number < 1:
        raise BadCell(Text(f"须为1或以上的整数（“{raw}”）", f" must be a whole number from 1 (“{raw}”)"))
    return int(number)


READERS: dict[str, Callable[[Any], Any]] = {
    "type": lambda raw: _word(raw, IP_TYPES, _TYPE_SYNONYMS),
    "number": _text,
    "title": _text,
    "granted_on": _date,
    "status": lambda raw: _word(raw, IP_STATUSES, _STATUS_SYNONYMS),
    "origin": lambda raw: _word(raw, IP_ORIGINS, _ORIGIN_SYNONYMS),
    "transferred_on": _date,
    "supports_main_product": _yes_no,
    "applied_with_benefit": _yes_no,
    "holder_rank": _rank,
    "high_value": _yes_no,
    "used_in_hnte": _yes_no,
}
