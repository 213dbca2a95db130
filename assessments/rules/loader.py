"""Reading rule packs from TOML with every number as a Decimal."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter

from assessments.paths import resources_dir
from assessments.rules.schema import AnyPack, CriteriaPack, DigitalPack, MeasuresPack, SizePack

_PACK = TypeAdapter(AnyPack)
_KINDS = {
    "criteria": CriteriaPack,
    "sme_size": SizePack,
    "digital_questionnaire": DigitalPack,
    "support_measures": MeasuresPack,
}


class PackError(ValueError):
    """A shipped or user-supplied rule pack that does not fit the schema."""


def rules_dir() -> Path:
    return resources_dir() / "rules"


def load_pack(path: Path) -> AnyPack:
    with path.open("rb") as handle:
        data = tomllib.load(handle, parse_float=Decimal)
    kind = data.get("kind", "criteria")
    if kind not in _KINDS:
        raise PackError(f"{path.name}: unknown pack kind {kind!r}")
    try:
        return _KINDS[kind].model_validate(data)
    except ValueError as error:
        raise PackError(f"{path}: {error}") from error


def pack_paths(root: Path | None = None) -> list[Path]:
    return sorted((root or rules_dir()).glob("*/*.toml"))


@cache
def all_packs() -> tuple[AnyPack, ...]:
    return tuple(load_pack(p) for p in pack_paths())
