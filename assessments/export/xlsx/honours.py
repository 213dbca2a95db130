"""荣誉资质: titles and certificates, awards, R&D institutions, standards, and the quality and market
answers, as a template sheet a person fills in; and reading it back.

The sheet is a run of blocks, each opened by a section row whose text names it (either language):
titles (one row per title: granted on, valid until), three lists (one record per row, level and role
from drop-downs, a few blank rows to fill), and label / value rows for the rest. The reader finds the
blocks by those section rows, so a person who inserts rows into a list loses nothing. Each record is
checked by the model itself; a value out of its bounds is named by its cell, like every other problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ValidationError

from assessments.export.labels import (
    HONOURS_COLUMNS,
    HONOURS_FIELDS,
    HONOURS_HINTS,
    HONOURS_SECTIONS,
    INPUT,
    INSTRUCTIONS,
    SHEETS,
    TITLE_NAMES,
)
from assessments.export.xlsx.cell_readers import READ_KIND, Problems, filled, normal
from assessments.export.xlsx.cells import as_input, fit_rows, header, put, section, title, wide_note, widths
from assessments.export.xlsx.lists import CHOICE, Lists, date_rule
from assessments.export.xlsx.printing import print_setup
from assessments.export.xlsx.styles import BOX, DATE, NOTE_FONT, TEXT, WRAP
from assessments.model import Award, Honours, RdInstitution, Standard, Title
from assessments.results import Text
from assessments.storage.file_errors import reason_of
from assessments.storage.xlsx_reader import Sheet

BLANK_ROWS = 5  # empty rows offered under each list's entries
DEV_SCORE_YEARS = 3  # as the wizard: the assessment year and the two before
DEV_SCORE = Text("专精特新发展评价得分（{year}年，满分100）", "SRDI development score ({year}, of 100)")
_DEV_YEAR = re.compile(r"(\d{4})")
WIDTH = 5  # columns A–E


@dataclass(frozen=True)
class Column:
    field: str  # the model's field
    label: str  # key of HONOURS_COLUMNS
    kind: str  # a READ_KIND reader: "text", "date", "whole", or a drop-down's name


LISTS: dict[str, tuple[type[BaseModel], tuple[Column, ...]]] = {
    "awards": (
        Award,
        (
            Column("name", "name", "text"),
            Column("level", "level", "level"),
            Column("science_tech", "science_tech", "bool"),
            Column("rank", "rank", "rank"),
            Column("year", "year", "whole"),
        ),
    ),
    "rd_institutions": (
        RdInstitution,
        (
            Column("name", "name", "text"),
            Column("level", "level", "level"),
            Column("recognised_on", "recognised_on", "date"),
        ),
    ),
    "standards": (
        Standard,
        (
            Column("name", "name", "text"),
            Column("level", "standard_level", "standard_level"),
            Column("role", "role", "standard_role"),
            Column("year", "year", "whole"),
        ),
    ),
}
FIELD_KINDS: dict[str, str] = {
    "quality_award": "bool",
    "management_certified": "bool",
    "intl_product_cert": "bool",
    "own_brand": "bool",
    "info_system_core": "bool",
    "market_share_pct": "number",
    "market_rank": "whole",
    "market_leading": "bool",
    "chuangke_top500_year": "whole",
    "chuangke_top50_year": "whole",
    "official_digital_level": "whole",
    "local_feature_points": "number",
    "none_confirmed": "bool",
}
HINT_OF_KIND = {"bool": INPUT["yes_no"], "number": HONOURS_HINTS["number"], "whole": HONOURS_HINTS["number"]}
YEAR_FIELDS = ("chuangke_top500_year", "chuangke_top50_year")


# --- writing ---------------------------------------------------------------------------------------


def write_honours(ws: Worksheet, honours: Honours, lists: Lists, on: dt.date) -> None:
    lang = lists.lang
    widths(ws, (44, 22, 16, 16, 12))
    title(ws, SHEETS["honours"].get(lang))
    wide_note(ws, 2, INSTRUCTIONS["honours"].get(lang), WIDTH)
    row = _write_titles(ws, honours, lists, 4)
    for name, (_model, columns) in LISTS.items():
        row = _write_list(ws, name, columns, getattr(honours, name), lists, row + 1)
    _write_fields(ws, honours, lists, row + 1, on.year)
    fit_rows(ws, 4)  # labels that wrap (and long names) get the height they need
    print_setup(ws, 3, landscape=False, lang=lang)


def _write_titles(ws: Worksheet, honours: Honours, lists: Lists, row: int) -> int:
    lang = lists.lang
    section(ws, row, HONOURS_SECTIONS["titles"].get(lang), WIDTH)
    header(ws, row + 1, [HONOURS_COLUMNS[k].get(lang) for k in ("title", "granted_on", "expires_on")])
    first = row + 2
    for offset, (name, label) in enumerate(TITLE_NAMES.items()):
        held: Title | None = getattr(honours, name)
        put(ws, first + offset, 1, label.get(lang)).border = BOX
        as_input(put(ws, first + offset, 2, held.granted_on if held else None), DATE)
        as_input(put(ws, first + offset, 3, held.expires_on if held else None), DATE)
    last = first + len(TITLE_NAMES) - 1
    date_rule(ws, f"B{first}:C{last}", lang)
    return last + 1


def _write_list(
    ws: Worksheet, name: str, columns: tuple[Column, ...], records: tuple[Any, ...], lists: Lists, row: int
) -> int:
    lang = lists.lang
    section(ws, row, HONOURS_SECTIONS[name].get(lang), WIDTH)
    header(ws, row + 1, [HONOURS_COLUMNS[c.label].get(lang) for c in columns])
    first = row + 2
    last = first + len(records) + BLANK_ROWS - 1
    for r in range(first, last + 1):
        record = records[r - first] if r - first < len(records) else None
        for col, column in enumerate(columns, start=1):
            value = getattr(record, column.field) if record is not None else None
            cell = put(ws, r, col, _shown(column, value, lists))
            as_input(cell, DATE if column.kind == "date" else TEXT if column.kind == "text" else None)
    for col, column in enumerate(columns, start=1):
        letter = "ABCDE"[col - 1]
        span = f"{letter}{first}:{letter}{last}"
        if column.kind == "date":
            date_rule(ws, span, lang)
        elif column.kind in CHOICE:
            lists.drop_down(ws, column.kind, span)
    return last + 1


def _shown(column: Column, value: Any, lists: Lists) -> Any:
    if column.kind in CHOICE:
        return lists.word(CHOICE[column.kind], value)
    return value


def _write_fields(ws: Worksheet, honours: Honours, lists: Lists, row: int, year: int) -> None:
    lang = lists.lang
    section(ws, row, HONOURS_SECTIONS["other"].get(lang), WIDTH)
    header(ws, row + 1, [INPUT[k].get(lang) for k in ("item", "value", "hint")])
    for back in range(DEV_SCORE_YEARS):
        r = row + 2 + back
        put(ws, r, 1, DEV_SCORE.get(lang).format(year=year - back)).border = BOX
        as_input(put(ws, r, 2, honours.srdi_dev_scores.get(year - back)))
        put(ws, r, 3, HONOURS_HINTS["number"].get(lang)).font = NOTE_FONT
    for r, (name, kind) in enumerate(FIELD_KINDS.items(), start=row + 2 + DEV_SCORE_YEARS):
        put(ws, r, 1, HONOURS_FIELDS[name].get(lang)).border = BOX
        ws.cell(row=r, column=1).alignment = WRAP
        value = getattr(honours, name)
        if name == "none_confirmed" and not value:
            value = None  # blank: not said, rather than "no"
        as_input(put(ws, r, 2, lists.word(CHOICE["bool"], value) if kind == "bool" else value))
        hint = HONOURS_HINTS["year"] if name in YEAR_FIELDS else HINT_OF_KIND[kind]
        put(ws, r, 3, hint.get(lang)).font = NOTE_FONT
        if kind == "bool":
            lists.drop_down(ws, "bool", f"B{r}")


# --- reading ---------------------------------------------------------------------------------------


def read_honours(ws: Sheet, problems: Problems) -> Honours:
    """The honours of the sheet; every bad cell goes to `problems` (and the honours are then empty)."""
    blocks = _blocks(ws)
    before = len(problems.found)
    data: dict[str, Any] = {}
    if "titles" in blocks:
        data |= _read_titles(ws, blocks["titles"], problems)
    for name, (model, columns) in LISTS.items():
        if name in blocks:
            data[name] = _read_list(ws, blocks[name], model, columns, problems)
    where: dict[str, int] = {}
    if "other" in blocks:
        fields, where = _read_fields(ws, blocks["other"], problems)
        data |= fields
    try:
        honours = Honours(**data)  # the model's own bounds: a share over 100 %, a level 7
    except ValidationError as error:
        for detail in error.errors():
            name = ".".join(str(part) for part in detail["loc"][:2])
            if name not in where:
                name = str(detail["loc"][0])
            label = HONOURS_FIELDS.get(name) or _dev_label(name) or Text("", "")
            problems.add(ws, where.get(name, blocks["other"].start), 2, label, _reason(detail))
        return Honours()
    return honours if len(problems.found) == before else Honours()


def _blocks(ws: Sheet) -> dict[str, range]:
    """Block name → its rows (the header row first), found by the section rows' texts."""
    names = {normal(t.zh): k for k, t in HONOURS_SECTIONS.items()}
    names |= {normal(t.en): k for k, t in HONOURS_SECTIONS.items()}
    starts = [
        (row, names[normal(ws.value(row, 1))])
        for row in ws.row_numbers()
        if normal(ws.value(row, 1)) in names
    ]
    end = max(ws.row_numbers(), default=0) + 1
    bounds = [row for row, _name in starts[1:]] + [end]
    return {name: range(row + 1, stop) for (row, name), stop in zip(starts, bounds, strict=True)}


def _read_titles(ws: Sheet, rows: range, problems: Problems) -> dict[str, Title]:
    names = {normal(t.zh): k for k, t in TITLE_NAMES.items()} | {
        normal(t.en): k for k, t in TITLE_NAMES.items()
    }
    granted_label, expires_label = HONOURS_COLUMNS["granted_on"], HONOURS_COLUMNS["expires_on"]
    found: dict[str, Title] = {}
    for row in rows:
        name = names.get(normal(ws.value(row, 1)))
        if name is None or name in found:
            continue
        label = TITLE_NAMES[name]
        granted = problems.read(ws, row, 2, _joined(label, granted_label), READ_KIND["date"])
        expires = problems.read(ws, row, 3, _joined(label, expires_label), READ_KIND["date"])
        if granted is None and expires is not None:
            problems.add(
                ws,
                row,
                2,
                _joined(label, granted_label),
                Text("为空，但填了有效期", " is empty but a validity is given"),
            )
        elif granted is not None and expires is not None and expires < granted:
            problems.add(
                ws, row, 3, _joined(label, expires_label), Text("早于取得日期", " is before the date granted")
            )
        elif granted is not None:
            found[name] = Title(granted_on=granted, expires_on=expires)
    return found


def _joined(first: Text, second: Text) -> Text:
    return Text(f"{first.zh}的{second.zh}", f"{first.en}: {second.en.lower()}")


def _read_list(
    ws: Sheet, rows: range, model: type[BaseModel], columns: tuple[Column, ...], problems: Problems
) -> tuple[Any, ...]:
    records = []
    for row in rows[1:]:  # the first row is the header
        if not any(filled(ws.value(row, col)) for col in range(1, len(columns) + 1)):
            continue
        before = len(problems.found)
        values = {
            c.field: problems.read(ws, row, col, HONOURS_COLUMNS[c.label], READ_KIND[c.kind])
            for col, c in enumerate(columns, start=1)
        }
        if len(problems.found) > before:
            continue
        record = _record(
            ws, row, model, columns, {k: v for k, v in values.items() if v is not None}, problems
        )
        if record is not None:
            records.append(record)
    return tuple(records)


def _record(
    ws: Sheet,
    row: int,
    model: type[BaseModel],
    columns: tuple[Column, ...],
    values: dict[str, Any],
    problems: Problems,
) -> Any:
    try:
        return model(**values)
    except ValidationError as error:
        column_of = {c.field: (col, c) for col, c in enumerate(columns, start=1)}
        for detail in error.errors():
            col, column = column_of[str(detail["loc"][0])]
            problems.add(ws, row, col, HONOURS_COLUMNS[column.label], _reason(detail))
        return None


def _reason(detail: Any) -> Text:
    if detail["type"] == "missing":
        return Text("为空", " is empty")
    return reason_of(detail)


def _read_fields(ws: Sheet, rows: range, problems: Problems) -> tuple[dict[str, Any], dict[str, int]]:
    names = {normal(t.zh): k for k, t in HONOURS_FIELDS.items()} | {
        normal(t.en): k for k, t in HONOURS_FIELDS.items()
    }
    values: dict[str, Any] = {}
    where: dict[str, int] = {}
    scores: dict[int, Any] = {}
    for row in rows:
        year = _dev_score_year(ws.value(row, 1))
        if year is not None and year not in scores:
            label = Text(DEV_SCORE.zh.format(year=year), DEV_SCORE.en.format(year=year))
            scores[year] = problems.read(ws, row, 2, label, READ_KIND["number"])
            where[f"srdi_dev_scores.{year}"] = row
            continue
        name = names.get(normal(ws.value(row, 1)))
        if name is None or name in where:
            continue
        where[name] = row
        reader: Callable[[Any], Any] = READ_KIND[FIELD_KINDS[name]]
        value = problems.read(ws, row, 2, HONOURS_FIELDS[name], reader)
        if value is not None:
            values[name] = value
    values["srdi_dev_scores"] = {y: v for y, v in scores.items() if v is not None}
    return values, where


def _dev_label(name: str) -> Text | None:
    if not name.startswith("srdi_dev_scores."):
        return None
    year = name.split(".")[1]
    return Text(DEV_SCORE.zh.format(year=year), DEV_SCORE.en.format(year=year))


def _dev_score_year(label: Any) -> int | None:
    """The year in a development-score row's label ("专精特新发展评价得分（2026年，满分100）")."""
    text = normal(label)
    for words in (DEV_SCORE.zh, DEV_SCORE.en):
        head = normal(words.split("{year}")[0])
        if text.startswith(head) and (found := _DEV_YEAR.search(text[len(head) :])):
            return int(found.group(1))
    return None
