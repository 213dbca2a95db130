"""A cohort of firms against Xiamen's 2026 targets: the reading of park and city staff (decision 6).

The city states its targets over all its SRDI firms: the mean R&D share above 10%, the mean Class I
count above 8, and at least 90% of firms at digital level 2 or higher. Each firm in the workspace
counts with its latest assessment, re-assessed with the rules in force on that assessment's date. A
firm whose targets are not in force on that date (the measures end on 2026-12-31) is listed but left
out of the cohort figures; a firm whose figure is still to confirm is left out of that one mean only.
A firm that has neither entered its IP register nor confirmed it has none is one of those (decision
14): its Class I count is to confirm, not zero, and the cohort says how many such firms it left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assessments.engine import assess
from assessments.lists import ip_open
from assessments.model import Purpose
from assessments.results import Row, SchemeResult, Verdict
from assessments.rules.catalogue import pack_for
from assessments.rules.schema import CriteriaPack
from assessments.schemes.xiamen_2026_targets import CohortSummary, cohort
from assessments.storage.workspace import AssessmentEntry, FirmEntry, Workspace

SCHEME = "xiamen_2026_targets"
TARGET_ROWS = ("rd_share", "class1_ip", "digital_level")


@dataclass(frozen=True)
class CohortFirm:
    """One firm as the cohort counts it: its latest assessment and the targets' result on that date."""

    firm_id: int
    assessment_id: int
    name: str
    credit_code: str
    on: dt.date
    purpose: Purpose
    result: SchemeResult
    ip_open: bool = False  # the IP register is neither filled in nor confirmed empty

    @property
    def in_force(self) -> bool:
        return self.result.verdict is not Verdict.NOT_IN_FORCE

    def target(self, row_id: str) -> Row | None:
        """The firm's row of one target (`TARGET_ROWS`); None when the targets are not in force."""
        return next((r for r in self.result.rows if r.id == row_id), None)


@dataclass(frozen=True)
class Cohort:
    firms: tuple[CohortFirm, ...]
    summary: CohortSummary | None  # None when no firm's targets are in force

    @property
    def included(self) -> tuple[CohortFirm, ...]:
        return tuple(f for f in self.firms if f.in_force)

    @property
    def left_out(self) -> tuple[CohortFirm, ...]:
        """Firms whose targets are not in force on their assessment date: listed, never averaged."""
        return tuple(f for f in self.firms if not f.in_force)

    def to_confirm(self, row_id: str) -> int:
        """How many counted firms leave this target's figure empty (left out of that mean only)."""
        return sum(1 for f in self.included if (row := f.target(row_id)) is not None and row.value is None)

    @property
    def ip_open(self) -> int:
        """Counted firms left out of the Class I mean because their IP register is not filled in."""
        return sum(1 for f in self.included if f.ip_open)


def cohort_of(workspace: Workspace, on: dt.date | None = None) -> Cohort:
    """Every firm of the workspace with its latest assessment dated on or before `on` (None: the latest).

    A firm with no assessment by then is not part of the cohort.
    """
    firms = tuple(f for entry in workspace.firms() if (f := _firm(workspace, entry, on)) is not None)
    included = [f for f in firms if f.in_force]
    summary = cohort([f.result for f in included], _pack(included)) if included else None
    return Cohort(firms, summary)


def _firm(workspace: Workspace, entry: FirmEntry, on: dt.date | None) -> CohortFirm | None:
    latest = _latest(workspace.assessments(entry.id), on)
    if latest is None:
        return None
    doc = workspace.load(latest.id)
    result = assess(doc.firm, doc.on, doc.purpose)[SCHEME]
    name = doc.firm.profile.name or entry.name
    code = doc.firm.profile.credit_code or entry.credit_code
    return CohortFirm(entry.id, latest.id, name, code, doc.on, doc.purpose, result, ip_open(doc.firm))


def _latest(entries: list[AssessmentEntry], on: dt.date | None) -> AssessmentEntry | None:
    # The workspace lists a firm's assessments newest first.
    return next((e for e in entries if on is None or e.on <= on), None)


def _pack(included: list[CohortFirm]) -> CriteriaPack:
    """The cohort thresholds of the pack in force on the latest date counted."""
    latest = max(included, key=lambda f: f.on)
    pack = pack_for(SCHEME, latest.purpose, latest.on)
    assert isinstance(pack, CriteriaPack)
    return pack
