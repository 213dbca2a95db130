"""Help beside each input: the official definition of what to enter, with its citation.

The texts live in `resources/help/fields.toml`, keyed by document path (fiscal-year fields by their
name under `years`), each with zh and en text and a source.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from assessments.paths import resources_dir
from assessments.results import Text


@dataclass(frozen=True)
class FieldHelp:
    text: Text
    source: str


@cache
def catalogue() -> dict[str, FieldHelp]:
    with (resources_dir() / "help" / "fields.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {
        key: FieldHelp(Text(entry["zh"], entry["en"]), entry.get("source", "")) for key, entry in data.items()
    }


def help_for(path: str) -> FieldHelp | None:
    """Help for a path; `years.2025.revenue` and `years.plan.revenue` share `years.revenue`."""
    parts = path.split(".")
    key = f"years.{parts[-1]}" if parts[0] == "years" else path
    return catalogue().get(key)
