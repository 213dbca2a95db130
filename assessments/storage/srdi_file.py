"""The portable assessment file (`.srdi`): versioned JSON holding the firm and the assessment settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assessments.model import Firm, Purpose

FORMAT = "srdi"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class AssessmentFile:
    firm: Firm
    on: dt.date
    purpose: Purpose = Purpose.NEW
    extras: dict[str, Any] = field(default_factory=dict)  # sections later formats add (action plan…)


def to_json(doc: AssessmentFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "assessment": {"date": doc.on.isoformat(), "purpose": doc.purpose.value},
        "firm": doc.firm.model_dump(mode="json", exclude_defaults=True),
        **doc.extras,
    }


def from_json(data: dict[str, Any]) -> AssessmentFile:
    settings = data.get("assessment", {})
    extras = {k: v for k, v in data.items() if k not in {"format", "format_version", "assessment", "firm"}}
    return AssessmentFile(
        firm=Firm.model_validate(data.get("firm", {})),
        on=dt.date.fromisoformat(settings["date"]),
        purpose=Purpose(settings.get("purpose", "new")),
        extras=extras,
    )


def save(doc: AssessmentFile, path: Path) -> None:
    path.write_text(json.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load(path: Path) -> AssessmentFile:
    return from_json(json.loads(path.read_text(encoding="utf-8")))
