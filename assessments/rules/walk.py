"""Every rule value of a pack with the label and citation it sits under, and every citation it holds.

A value is a number, a flag, a date or a threshold's operator anywhere in the pack (thresholds, bands,
points, params, amounts, rates…), keyed by its path, e.g. `criteria.rd_share.thresholds.min.value` or
`measures.m02.benefit.city`. Its citation is the nearest `source` above it (a threshold's own source wins;
a support measure cites the pack's document and its number). The windows (`in_force`) are not values:
the diff shows them apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from assessments.results import Text
from assessments.rules.schema import AnyPack, Measure, MeasuresPack, Source

Value = Decimal | int | bool | dt.date | str
_LABELS = (
    ("label_zh", "label_en"),
    ("title_zh", "title_en"),
    ("name_zh", "name_en"),
    ("indicator", "indicator_en"),
)
_SKIPPED = {"in_force", "schema_version"}


@dataclass(frozen=True)
class Leaf:
    value: Value
    label: Text
    source: Source | None


def leaves(pack: AnyPack) -> dict[str, Leaf]:
    found: dict[str, Leaf] = {}
    for name in type(pack).model_fields:
        if name not in _SKIPPED:
            _walk(getattr(pack, name), name, _label(pack), _own_source(pack), pack, found)
    return found


def _walk(
    obj: Any, path: str, label: Text, source: Source | None, pack: AnyPack, found: dict[str, Leaf]
) -> None:
    if isinstance(obj, Source):
        return
    if isinstance(obj, BaseModel):
        _walk_model(obj, path, label, source, pack, found)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            _walk(value, f"{path}.{key}", label, source, pack, found)
    elif isinstance(obj, tuple | list):
        for index, value in enumerate(obj):
            _walk(value, f"{path}[{index}]", label, source, pack, found)
    elif isinstance(obj, Decimal | int | bool | dt.date) or path.endswith(".op"):
        found[path] = Leaf(obj, label, source)


def _walk_model(
    obj: BaseModel, path: str, label: Text, source: Source | None, pack: AnyPack, found: dict[str, Leaf]
) -> None:
    label = _label(obj) or label
    if isinstance(obj, Measure) and isinstance(pack, MeasuresPack):
        source = pack.source_of(obj)
    else:
        source = _own_source(obj) or source
    for name in type(obj).model_fields:
        _walk(getattr(obj, name), f"{path}.{name}", label, source, pack, found)


def _label(obj: BaseModel) -> Text | None:
    for zh, en in _LABELS:
        if getattr(obj, zh, ""):
            return Text(getattr(obj, zh), getattr(obj, en, "") or getattr(obj, zh))
    return None


def _own_source(obj: BaseModel) -> Source | None:
    source = getattr(obj, "source", None)
    return source if isinstance(source, Source) else None


def sources(obj: Any) -> list[Source]:
    """Every citation in a pack (criteria, thresholds, windows, measures…)."""
    if isinstance(obj, Source):
        return [obj]
    if isinstance(obj, BaseModel):
        return [s for name in type(obj).model_fields for s in sources(getattr(obj, name))]
    if isinstance(obj, dict):
        return [s for value in obj.values() for s in sources(value)]
    if isinstance(obj, tuple | list):
        return [s for value in obj for s in sources(value)]
    return []


def confidence_summary(pack: AnyPack) -> dict[str, int]:
    """How many citations of the pack carry each confidence tag, e.g. {"OT": 40, "S1": 3}."""
    counts = Counter(s.confidence.value for s in sources(pack))
    return dict(sorted(counts.items()))


def format_value(value: Value | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}" if value == value.to_integral() else str(value)
    return str(value)


def cite(source: Source | None) -> str:
    if source is None:
        return "—"
    return f"{source.cite} [{source.confidence.value}]"
