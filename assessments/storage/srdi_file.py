"""The portable assessment file (`.srdi`): versioned JSON holding the firm and the assessment settings.

Amounts are written as decimal strings ("1200.5") and read from strings or JSON numbers; numbers are
parsed straight to `Decimal`, never through a float. A file of an older format is upgraded by the
steps of `migrations.py`; a file of a newer format is refused with a clear message. Every problem is
reported as a `FileFormatError` naming the field path (e.g. `firm.years[1].revenue`) and what is
wrong, in Chinese and English. The format is described in `docs/file-format.md`.

Format 2 adds two optional sections beside the firm: `planned_spend` (the inputs of the support
measures) and `action_plan` (the plan the user edits: owners, due dates, done).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assessments.model import ActionPlan, Firm, Frozen, PlannedSpend, Purpose
from assessments.results import Text
from assessments.storage.atomic import write_text_atomic
from assessments.storage.file_errors import FileFormatError, NewerFormatError, Problem, problems_of
from assessments.storage.migrations import MIGRATIONS, Migrations, MissingMigration

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "AssessmentFile",
    "FileFormatError",
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
FORMAT_VERSION = 2
ENVELOPE = {"format", "format_version", "assessment", "firm", "planned_spend", "action_plan"}


class Settings(Frozen):
    """The assessment the file was saved for: its date picks the rules, its purpose the regime."""

    date: dt.date = Field(description="评估日期 (ISO 8601) / assessment date")
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
    format_version: Literal[2]  # = FORMAT_VERSION; a newer version changes this with a migration
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
    write_text_atomic(path, dumps(doc))


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
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        reason = Text(
            f"不是有效的JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）",
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        )
        raise FileFormatError([Problem("", None, reason)]) from exc
    return from_json(data, migrations)


def from_json(data: Any, migrations: Migrations = MIGRATIONS) -> AssessmentFile:
    """The file's content, upgraded to the current format and validated."""
    upgraded = _upgrade(_checked_envelope(data), migrations)
    try:
        doc = SrdiDocument.model_validate(upgraded)
    except ValidationError as exc:
        raise FileFormatError(problems_of(exc, upgraded)) from exc
    return AssessmentFile(
        firm=doc.firm,
        on=doc.assessment.date,
        purpose=doc.assessment.purpose,
        extras={k: v for k, v in upgraded.items() if k not in ENVELOPE},
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
