"""Upgrading older `.srdi` files: one function per format step, version n → n + 1.

A format change adds a step here (and bumps `FORMAT_VERSION` in `srdi_file.py`), so a file saved by
any earlier release still opens. A step receives the whole JSON document of version n and returns the
document of version n + 1; the registry stamps the new version number, so a step only moves data.
Steps work on a copy, so they may change `doc` in place.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
Step = Callable[[Document], Document]


class MissingMigration(LookupError):
    """No registered step leads from a file's version towards the current one."""

    def __init__(self, version: int) -> None:
        super().__init__(f"no migration from format_version {version} to {version + 1}")
        self.version = version


class Migrations:
    """A registry of upgrade steps keyed by the version they start from."""

    def __init__(self) -> None:
        self._steps: dict[int, Step] = {}

    def register(self, from_version: int) -> Callable[[Step], Step]:
        def add(step: Step) -> Step:
            if from_version in self._steps:
                raise ValueError(f"a migration from format_version {from_version} is already registered")
            self._steps[from_version] = step
            return step

        return add

    def upgrade(self, data: Document, version: int, target: int) -> Document:
        """The document moved from `version` to `target`, step by step; the input is left untouched."""
        doc = copy.deepcopy(data)
        while version < target:
            step = self._steps.get(version)
            if step is None:
                raise MissingMigration(version)
            doc = step(doc)
            version += 1
            doc["format_version"] = version
        return doc


# The app's registry: one step per format change.
MIGRATIONS = Migrations()

# Format 2 gives the top-level names `planned_spend` and `action_plan` a meaning (support measures and
# the action plan). Format 1 kept any unknown top-level section as it was, so a version-1 file may hold
# a section of that name written by other software: it is kept under a name of its own ("…_v1"), never
# read as the new section and never dropped.
V2_SECTIONS = ("planned_spend", "action_plan")


@MIGRATIONS.register(1)
def _make_room_for_support_sections(doc: Document) -> Document:
    for key in V2_SECTIONS:
        if key in doc:
            doc[_free_name(doc, f"{key}_v1")] = doc.pop(key)
    return doc


# Format 3 adds `firm.ip_none_confirmed` and `firm.honours.none_confirmed` (decision 14: an empty list
# is not an answer). An older file never had them, so its empty lists read "to confirm" as they should:
# the step moves nothing; the bump only makes an older release say "newer file" instead of refusing
# an unknown field.
@MIGRATIONS.register(2)
def _confirmations_default_to_open(doc: Document) -> Document:
    return doc


def _free_name(doc: Document, name: str) -> str:
    candidate, n = name, 2
    while candidate in doc:
        candidate, n = f"{name}_{n}", n + 1
    return candidate
