"""The portable assessment file (`.srdi`): versioned JSON holding the firm and the assessment settings.

Amounts are written as decimal strings ("1200.5") and read from strings or JSON numbers; numbers are
parsed straight to `Decimal`, never through a float. A file of an older format is upgraded by the
steps of `migrations.py`; a file of a newer format is refused with a clear message. Every problem is
reported as a `FileFormatError` naming the field path (e.g. `firm.years[1].revenue`) and what is
wrong, in Chinese and English. The format is described in `docs/file-format.md`.

Format 2 adds two optional sections beside the firm: `planned_spend` (the inputs of the support
measures) and `action_plan` (the plan the user edits: owners, due dates, done).

Before anything is validated the reader checks the file's size, its nesting depth and the length of
every number, so a hostile or damaged file is refused with the limit it breaks (`docs/limits.md`)
instead of exhausting memory, the stack or the CPU.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assessments.model import ActionPlan, Date, Firm, Frozen, PlannedSpend, Purpose
from assessments.results import Text
from assessments.storage.atomic import write_text_atomic
from assessments.storage.file_errors import (
    FileFormatError,
    FileWriteError,
    NewerFormatError,
    Problem,
    label_of,
    path_of,
    problems_of,
)
from assessments.storage.migrations import MIGRATIONS, Migrations, MissingMigration

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AssessmentFile",
    "FileFormatError",
    "FileWriteError",
    "NewerFormatError",
    "SrdiDocument",
    "dumps",
    "from_json",
    "load",
    "loads",
    "save",
    "to_json",
]

FORMAT = "srdi"
FORMAT_VERSION = 3
ENVELOPE = {"format", "format_version", "assessment", "firm", "planned_spend", "action_plan"}

# What a file may hold before it is parsed (docs/limits.md): far above any real assessment.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64  # an assessment nests 6 levels deep; other software's sections get the rest
MAX_NUMBER_CHARS = 100  # characters of one JSON number, sign and exponent included
MAX_EXPONENT = 100  # |power of ten| of one JSON number: 1e999999999 would take hours to expand


class Settings(Frozen):
    """The assessment the file was saved for: its date picks the rules, its purpose the regime."""

    date: Date = Field(description="评估日期 (ISO 8601) / assessment date")
    purpose: Purpose = Field(Purpose.NEW, description="new = 申报 (new application), review = 复核")


class SrdiDocument(BaseModel):
    """The whole file as validated; other top-level sections are kept as they are (extras)."""

    model_config = ConfigDict(
        frozen=True,
        extra="allow",
        title="SRDI self-check assessment file (.srdi)",
        json_schema_extra={"description": "专精特新达标自评 评估文件. Money in 万元 as decimal strings."},
    )

    format: Literal["srdi"]
    format_version: Literal[3]  # = FORMAT_VERSION; a newer version changes this with a migration
    assessment: Settings
    firm: Firm
    planned_spend: PlannedSpend | None = Field(
        None,
        description="支持措施所需的计划投入和企业自述 / planned spend and statements for the support measures",
    )
    action_plan: ActionPlan | None = Field(
        None, description="行动计划（用户可编辑）/ the action plan the user edits"
    )


@dataclass(frozen=True)
class AssessmentFile:
    firm: Firm
    on: dt.date
    purpose: Purpose = Purpose.NEW
    extras: dict[str, Any] = field(default_factory=dict)  # sections this release does not know
    spend: PlannedSpend | None = None
    plan: ActionPlan | None = None


# --- writing -----------------------------------------------------------------------------------


def to_json(doc: AssessmentFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "assessment": {"date": doc.on.isoformat(), "purpose": doc.purpose.value},
        "firm": doc.firm.model_dump(mode="json", exclude_defaults=True),
        **_section("planned_spend", doc.spend),
        **_section("action_plan", doc.plan),
        **_plain(doc.extras),
    }


def _section(key: str, model: Frozen | None) -> dict[str, Any]:
    return {} if model is None else {key: model.model_dump(mode="json", exclude_defaults=True)}


def dumps(doc: AssessmentFile) -> str:
    return json.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n"


def save(doc: AssessmentFile, path: Path) -> None:
    """Write the file; OSError (a FileWriteError when the content cannot be written) on failure."""
    try:
        text = dumps(doc)
        text.encode("utf-8")  # a lone surrogate kept in another program's section cannot be written
    except (ValueError, TypeError) as exc:
        raise FileWriteError(
            str(path), Text(f"内容无法写成JSON：{exc}", f"the content cannot be written as JSON: {exc}")
        ) from exc
    write_text_atomic(path, text)


def _plain(value: Any) -> Any:
    """Extras read with `parse_float=Decimal` written back as JSON numbers."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# --- reading -----------------------------------------------------------------------------------


def load(path: Path, migrations: Migrations = MIGRATIONS) -> AssessmentFile:
    """The file at `path`; OSError if it cannot be read, FileFormatError if its content is wrong."""
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        raise FileFormatError([_too_big(path.stat().st_size)], str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            [Problem("", None, Text("文件不是UTF-8编码的文本", "the file is not UTF-8 text"))], str(path)
        ) from exc
    try:
        return loads(text, migrations)
    except FileFormatError as exc:
        raise exc.at(str(path)) from exc.__cause__


def loads(text: str, migrations: Migrations = MIGRATIONS) -> AssessmentFile:
    if len(text) > MAX_FILE_BYTES:
        raise FileFormatError([_too_big(len(text))])
    return from_json(_parsed(text), migrations)


def _parsed(text: str) -> Any:
    """The JSON of `text`, numbers as exact Decimals and ints, every number checked before it is built."""
    try:
        return json.loads(text, parse_float=_decimal, parse_int=_int, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        reason = Text(
            f"不是有效的JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）",
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        )
        raise FileFormatError([Problem("", None, reason)]) from exc
    except RecursionError as exc:
        raise FileFormatError([_too_deep()]) from exc
    except _BadNumber as exc:
        raise FileFormatError([Problem("", None, exc.reason, exc.literal)]) from exc


class _BadNumber(ValueError):
    """A JSON number beyond the reader's limits; raised from inside the parser's hooks."""

    def __init__(self, literal: str, reason: Text) -> None:
        super().__init__(reason.en)
        self.literal = literal if len(literal) <= 40 else literal[:37] + "…"
        self.reason = reason


def _checked_literal(literal: str) -> str:
    if len(literal) > MAX_NUMBER_CHARS:
        raise _BadNumber(
            literal,
            Text(
                f"数字过长：一个数字最多{MAX_NUMBER_CHARS}个字符（共{len(literal)}个）",
                f"number too long: at most {MAX_NUMBER_CHARS} characters per number ({len(literal)} given)",
            ),
        )
    return literal


def _decimal(literal: str) -> Decimal:
    value = Decimal(_checked_literal(literal))
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise _BadNumber(
            literal,
            Text(
                f"数字超出范围：数量级不能超过10的±{MAX_EXPONENT}次方",
                f"number out of range: its magnitude must lie within 10^±{MAX_EXPONENT}",
            ),
        )
    return value


def _int(literal: str) -> int:
    return int(_checked_literal(literal))


def _constant(literal: str) -> Any:
    raise _BadNumber(
        literal, Text(f"不是有效的数字：JSON中不允许 {literal}", f"not a valid number: JSON has no {literal}")
    )


def _too_big(size: int) -> Problem:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return Problem(
        "",
        None,
        Text(
            f"文件过大：最大{limit} MB（此文件{size / 1024 / 1024:.1f} MB）",
            f"the file is too large: at most {limit} MB (this one is {size / 1024 / 1024:.1f} MB)",
        ),
    )


def _too_deep() -> Problem:
    return Problem(
        "",
        None,
        Text(
            f"嵌套层数过多：JSON对象和列表最多嵌套{MAX_DEPTH}层",
            f"nested too deeply: JSON objects and lists may nest at most {MAX_DEPTH} levels",
        ),
    )


def _checked_structure(data: Any) -> None:
    """Refuse nesting beyond MAX_DEPTH and lone surrogates (no file can hold them), without recursion.

    A quick walk that counts depth only; a file it doubts is walked again with every location kept,
    to name the first offending place exactly as before.
    """
    if not _plainly_sound(data):
        _located_check(data)


def _plainly_sound(data: Any) -> bool:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            if depth >= MAX_DEPTH:
                return False
            for key, value in node.items():
                if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                    return False
                stack.append((value, depth + 1))
        elif isinstance(node, list):
            if depth >= MAX_DEPTH:
                return False
            stack.extend((child, depth + 1) for child in node)
        elif isinstance(node, str) and not node.isascii() and _SURROGATE.search(node):
            return False
    return True


def _located_check(data: Any) -> None:
    stack: list[tuple[Any, tuple[int | str, ...]]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, dict | list) and len(loc) >= MAX_DEPTH:
            raise FileFormatError([_too_deep()])
        if isinstance(node, dict):
            stack.extend((key, (*loc, "[key]")) for key in node)
            stack.extend((value, (*loc, key)) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((child, (*loc, i)) for i, child in enumerate(node))
        elif isinstance(node, str) and _SURROGATE.search(node):
            raise FileFormatError([_surrogate(loc, data, node)])


def _surrogate(loc: tuple[int | str, ...], data: Any, text: str) -> Problem:
    reason = Text("含有无效字符（孤立的代理项）", "holds an invalid character (a lone surrogate)")
    where = label_of(loc, data) if isinstance(data, dict) else None
    return Problem(path_of(loc), where, reason, text.encode("utf-8", "backslashreplace").decode())


_SURROGATE = re.compile("[\ud800-\udfff]")


def from_json(data: Any, migrations: Migrations = MIGRATIONS) -> AssessmentFile:
    """The file's content, upgraded to the current format and validated."""
    _checked_structure(data)
    upgraded = _upgrade(_checked_envelope(data), migrations)
    try:
        doc = SrdiDocument.model_validate(upgraded)
    except ValidationError as exc:
        raise FileFormatError(problems_of(exc, upgraded)) from exc
    current = upgraded is data  # not copied by an upgrade: the extras must not share the caller's objects
    return AssessmentFile(
        firm=doc.firm,
        on=doc.assessment.date,
        purpose=doc.assessment.purpose,
        extras={k: copy.deepcopy(v) if current else v for k, v in upgraded.items() if k not in ENVELOPE},
        spend=doc.planned_spend,
        plan=doc.action_plan,
    )


def _checked_envelope(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise FileFormatError(
            [Problem("", None, Text("文件内容应为JSON对象", "the file must hold a JSON object"))]
        )
    if data.get("format") != FORMAT:
        raise FileFormatError(
            [
                Problem(
                    "format",
                    None,
                    Text(
                        f'不是专精特新评估文件（应为 "{FORMAT}"）',
                        f'not an SRDI assessment file (expected "{FORMAT}")',
                    ),
                    data.get("format"),
                )
            ]
        )
    return data


def _upgrade(data: dict[str, Any], migrations: Migrations) -> dict[str, Any]:
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        reason = Text("应为整数版本号", "must be a whole version number")
        raise FileFormatError([Problem("format_version", None, reason, version)])
    if version > FORMAT_VERSION:
        raise NewerFormatError(version, FORMAT_VERSION)
    if version == FORMAT_VERSION:  # nothing to upgrade: validation reads the document without changing it
        return data
    try:
        return migrations.upgrade(data, version, FORMAT_VERSION)
    except MissingMigration as exc:
        reason = Text(
            f"无法从格式版本{exc.version}升级（缺少升级步骤）",
            f"cannot upgrade from format version {exc.version} (no migration step)",
        )
        raise FileFormatError([Problem("format_version", None, reason)]) from exc
    except (KeyError, TypeError, ValueError) as exc:
        reason = Text(f"旧版文件内容无法升级：{exc!r}", f"the older file cannot be upgraded: {exc!r}")
        raise FileFormatError([Problem("format_version", None, reason)]) from exc
