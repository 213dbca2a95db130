"""Reading the cells of a filled workbook: figures, whole numbers, choices, and where a problem is.

Each reader takes a cell's raw value and returns the typed value, None for a blank cell, or raises
`BadCell` with the reason in both languages. `Problems` collects every bad cell as "sheet!cell: label
reason", so a workbook is refused with all its problems at once, never one at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl.utils import get_column_letter

from assessments.export.xlsx.lists import CHOICES, Choices
from assessments.ip_import import READERS, BadCell, ImportProblem
from assessments.numbers import NOT_A_NUMBER, NumberTextError, read_figure
from assessments.results import Text
from assessments.storage.xlsx_reader import Sheet


class Problems:
    """Every bad cell of a workbook, each named by its sheet and cell."""

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


def normal(text: Any) -> str:
    """A label or word compared without spaces or case."""
    return re.sub(r"\s+", "", str(text)).lower() if text is not None else ""


def filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


read_text: Callable[[Any], str | None] = READERS["title"]
read_date: Callable[[Any], Any] = READERS["granted_on"]
read_yes_no: Callable[[Any], bool | None] = READERS["high_value"]


def read_number(raw: Any, unit: str = "wan") -> Decimal | None:
    """A figure from a number cell or typed text, never through a rounded float.

    Typed text is read as the app's figures grid reads it, in `unit` (numbers.SUFFIXES): "12,500",
    "12万", "12,340,000元" (1,234 万元), "120人", full-width digits; "1,2" is refused with the reason,
    not read as 12.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise _not_a_number(raw)
    if isinstance(raw, int | float):
        return Decimal(repr(raw)) if isinstance(raw, float) and not raw.is_integer() else Decimal(int(raw))
    try:
        return read_figure(str(raw), unit)
    except NumberTextError as error:
        if error.reason == NOT_A_NUMBER:
            raise _not_a_number(raw) from None
        raise BadCell(Text(f"有误：{error.reason.zh}", f" is wrong: {error.reason.en}")) from None


def read_whole(raw: Any, unit: str = "count") -> int | None:
    value = read_number(raw, unit)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise BadCell(Text(f"不是整数（“{raw}”）", f" is not a whole number (“{raw}”)"))
    return int(value)


def _not_a_number(raw: Any) -> BadCell:
    return BadCell(Text(f"不是有效数字（“{raw}”）", f" is not a valid number (“{raw}”)"))


def choice_reader(choices: Choices) -> Callable[[Any], Any]:
    words = {normal(t.zh): k for k, t in choices.words.items()}
    words |= {normal(t.en): k for k, t in choices.words.items()}
    words |= {normal(k.value): k for k in choices.words if isinstance(k, Enum)}

    def read(raw: Any) -> Any:
        if raw is None or not str(raw).strip():
            return None
        if normal(raw) not in words:
            raise BadCell(
                Text(
                    f"无法识别（“{raw}”），请从下拉列表选择", f" not recognised (“{raw}”): pick from the list"
                )
            )
        return words[normal(raw)]

    return read


READ_KIND: dict[str, Callable[[Any], Any]] = {
    "date": read_date,
    "text": read_text,
    "number": read_number,
    "whole": read_whole,
    "rank": READERS["holder_rank"],  # "2", "第2名"
    **{c.name: choice_reader(c) for c in CHOICES},
}
