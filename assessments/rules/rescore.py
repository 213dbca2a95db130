"""Re-scoring saved assessments under new rule packs (decision 12): which verdicts an update changes.

Take `snapshot(workspace)` before installing, `changes(workspace, before)` after: the packs are re-read
in between (`install_bundle` clears the cache), so the two runs of the engine differ only by the rules.
The workspace is only read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from assessments.engine import assess
from assessments.results import Text, Verdict
from assessments.storage.srdi_file import AssessmentFile


class ReadableWorkspace(Protocol):
    def firms(self) -> list: ...
    def assessments(self, firm_id: int) -> list: ...
    def load(self, assessment_id: int) -> AssessmentFile: ...


@dataclass(frozen=True)
class Scored:
    firm: str
    on: dt.date
    purpose: str
    verdicts: dict[str, tuple[Verdict, str, Text]]  # scheme → verdict, pack version, scheme title


@dataclass(frozen=True)
class VerdictChange:
    scheme: str
    title: Text
    before: Verdict
    after: Verdict
    version_before: str
    version_after: str


@dataclass(frozen=True)
class Rescored:
    assessment_id: int
    firm: str
    on: dt.date
    purpose: str
    changes: tuple[VerdictChange, ...]


def snapshot(workspace: ReadableWorkspace) -> dict[int, Scored]:
    """Every readable saved assessment scored with the packs loaded now."""
    scored = {}
    for firm in workspace.firms():
        for entry in workspace.assessments(firm.id):
            doc = _load(workspace, entry.id)
            if doc is not None:
                scored[entry.id] = _score(firm.name, doc)
    return scored


def changes(workspace: ReadableWorkspace, before: dict[int, Scored]) -> list[Rescored]:
    """Per saved assessment, the schemes whose verdict differs now from `before` (all listed, even none)."""
    after = snapshot(workspace)
    return [_compare(aid, before[aid], after[aid]) for aid in before if aid in after]


def _load(workspace: ReadableWorkspace, assessment_id: int) -> AssessmentFile | None:
    try:
        return workspace.load(assessment_id)
    except Exception:  # an unreadable stored assessment is the workspace's to report, not a re-score's
        return None


def _score(firm: str, doc: AssessmentFile) -> Scored:
    result = assess(doc.firm, doc.on, doc.purpose)
    verdicts = {s: (r.verdict, r.pack_version, r.title) for s, r in result.results.items()}
    return Scored(firm, doc.on, doc.purpose.value, verdicts)


def _compare(assessment_id: int, old: Scored, new: Scored) -> Rescored:
    found = []
    for scheme, (after, version_after, title) in new.verdicts.items():
        before, version_before, _ = old.verdicts.get(scheme, (Verdict.NOT_IN_FORCE, "", title))
        if before != after:
            found.append(VerdictChange(scheme, title, before, after, version_before, version_after))
    return Rescored(assessment_id, new.firm, new.on, new.purpose, tuple(found))
