"""Re-scoring saved assessments under other rule packs (decision 12, issue 11).

Two uses. After a rule update, which verdicts of the whole workspace change:

Take `snapshot(workspace)` before installing, `changes(workspace, before)` after: the packs are re-read
in between (`install_bundle` clears the cache), so the two runs of the engine differ only by the rules.
The workspace is only read.

For one saved assessment, `rescore(doc, rules_on)` computes it under the packs in force on another date
(today by default) or from another pack folder, beside the result it was saved with, and hands back the
document to save if the user accepts; nothing is written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from assessments.engine import SCHEMES, Assessment, assess, packs_in_force
from assessments.model import Purpose
from assessments.results import Text, Verdict
from assessments.rules.catalogue import NoPackInForce, pack_for
from assessments.rules.loader import all_packs, key_of, load_pack, pack_paths
from assessments.rules.schema import AnyPack
from assessments.storage.srdi_file import AssessmentFile

if TYPE_CHECKING:  # the comparison's words come from the exports: not loaded with the app's start
    from assessments.compare import Comparison


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
    result = assess_open(doc)  # as the app shows it: an accepted re-score keeps its packs through an update
    verdicts = {s: (r.verdict, r.pack_version, r.title) for s, r in result.results.items()}
    return Scored(firm, doc.on, doc.purpose.value, verdicts)


def _compare(assessment_id: int, old: Scored, new: Scored) -> Rescored:
    found = []
    for scheme, (after, version_after, title) in new.verdicts.items():
        before, version_before, _ = old.verdicts.get(scheme, (Verdict.NOT_IN_FORCE, "", title))
        if before != after:
            found.append(VerdictChange(scheme, title, before, after, version_before, version_after))
    return Rescored(assessment_id, new.firm, new.on, new.purpose, tuple(found))


# --- the packs a saved result was computed under (issue 11) ----------------------------------------
#
# A saved assessment records, in the JSON section `rule_packs` of its document (kept by the workspace and
# the .srdi file like any other section), the version of each scheme's pack its result is computed under:
# each save records the packs in force for its date and purpose. A re-score (`rescore`) compares that
# result with the same figures under the packs of another date or folder, and changes nothing; if the
# user accepts, `Rescore.accepted` records those packs with the date they were chosen on, and from then
# on the app computes the assessment under them (`assess_open`) until its date or purpose changes.

RECORD = "rule_packs"


@dataclass(frozen=True)
class PackRecord:
    on: dt.date  # the assessment date the record was made for
    purpose: str
    rules_on: dt.date  # the date whose packs were chosen (the assessment date unless re-scored)
    packs: dict[str, str]  # scheme → version

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.on.isoformat(),
            "purpose": self.purpose,
            "rules_on": self.rules_on.isoformat(),
            "packs": dict(sorted(self.packs.items())),
        }


def recorded(doc: AssessmentFile) -> PackRecord | None:
    """The record of the packs, if the document has one made for its own date and purpose."""
    raw = doc.extras.get(RECORD)
    try:
        record = PackRecord(
            dt.date.fromisoformat(raw["date"]),
            str(raw["purpose"]),
            dt.date.fromisoformat(raw["rules_on"]),
            {str(k): str(v) for k, v in raw["packs"].items()},
        )
    except (TypeError, KeyError, ValueError, AttributeError):  # none, or written by hand: not a record
        return None
    return record if (record.on, record.purpose) == (doc.on, doc.purpose.value) else None


def with_record(
    doc: AssessmentFile, packs: Mapping[str, AnyPack], rules_on: dt.date | None = None
) -> AssessmentFile:
    record = PackRecord(
        doc.on, doc.purpose.value, rules_on or doc.on, {s: p.version for s, p in packs.items()}
    )
    return replace(doc, extras={**doc.extras, RECORD: record.to_json()})


def stamped(doc: AssessmentFile) -> AssessmentFile:
    """The document with the record of the packs the app computes it under: an accepted re-score's packs
    (a record whose rules are of another date) are kept; otherwise the packs in force for its date."""
    record = recorded(doc)
    if record is not None and record.rules_on != doc.on:
        return doc
    return with_record(doc, packs_in_force(doc.on, doc.purpose))


def rescored_pins(doc: AssessmentFile) -> dict[str, AnyPack]:
    """The packs of an accepted re-score (rules of another date), which the open assessment keeps."""
    record = recorded(doc)
    return pinned(doc)[0] if record is not None and record.rules_on != doc.on else {}


def assess_open(doc: AssessmentFile) -> Assessment:
    """The assessment as the app shows it: under the packs in force for its date, or under those of an
    accepted re-score (so a rule update reaches every assessment but those the user re-scored)."""
    return assess(doc.firm, doc.on, doc.purpose, overrides=rescored_pins(doc) or None)


def pinned(
    doc: AssessmentFile, pool: tuple[AnyPack, ...] | None = None
) -> tuple[dict[str, AnyPack], tuple[str, ...]]:
    """The recorded packs found among the packs the app has, and the `scheme version` of those it lacks."""
    record = recorded(doc)
    if record is None:
        return {}, ()
    known = {key_of(p): p for p in (all_packs() if pool is None else pool)}
    found = {s: known[(s, v)] for s, v in record.packs.items() if (s, v) in known}
    missing = tuple(f"{s} {v}" for s, v in record.packs.items() if (s, v) not in known)
    return found, missing


def assess_saved(doc: AssessmentFile) -> Assessment:
    """The saved result: the assessment under the packs it records (those the app no longer has: today's)."""
    return assess(doc.firm, doc.on, doc.purpose, overrides=pinned(doc)[0] or None)


def packs_on(
    rules_on: dt.date, purpose: Purpose, pool: tuple[AnyPack, ...] | None = None
) -> dict[str, AnyPack]:
    """The pack of each scheme in force on `rules_on` among `pool` (the app's packs by default)."""
    packs = all_packs() if pool is None else pool
    chosen = {}
    for scheme in ("conventions", *(name for name, _ in SCHEMES)):
        try:
            chosen[scheme] = pack_for(scheme, purpose, rules_on, packs)
        except NoPackInForce:
            continue
    return chosen


def packs_in_dir(folder: Path) -> tuple[AnyPack, ...]:
    """Every `<scheme>/<version>.toml` pack of a folder (a pack directory override); PackError if one is bad."""
    return tuple(load_pack(path) for path in pack_paths(folder))


@dataclass(frozen=True)
class Rescore:
    """A saved assessment and the same firm under other packs; `accepted` is the document to save."""

    original: Assessment
    rescored: Assessment
    comparison: Comparison
    accepted: AssessmentFile
    rules_on: dt.date
    missing: tuple[str, ...]  # recorded packs the app no longer has (the original used today's instead)
    kept: tuple[str, ...]  # schemes with no pack on `rules_on`: re-scored under their own date's pack


def rescore(
    doc: AssessmentFile, rules_on: dt.date | None = None, pool: tuple[AnyPack, ...] | None = None
) -> Rescore:
    """The saved assessment under the packs in force on `rules_on` (today by default), the firm's figures
    and assessment date unchanged. Reads only: the caller saves `accepted` when the user accepts."""
    from assessments.compare import compare

    when = rules_on or dt.date.today()
    overrides, missing = pinned(doc)
    original = assess(doc.firm, doc.on, doc.purpose, overrides=overrides or None)
    chosen = packs_on(when, doc.purpose, pool)
    rescored = assess(doc.firm, doc.on, doc.purpose, overrides=chosen)
    kept = tuple(s for s in rescored.packs if s not in chosen)
    labels = (_side(doc.on), _side(when))
    return Rescore(
        original,
        rescored,
        compare(original, rescored, labels),
        with_record(doc, dict(rescored.packs), when),
        when,
        missing,
        kept,
    )


def _side(rules_on: dt.date) -> Text:
    return Text(f"{rules_on.isoformat()}适用的规则", f"Rules in force on {rules_on.isoformat()}")


def saved_history(
    workspace: ReadableWorkspace, firm_id: int
) -> list[tuple[object, AssessmentFile, Assessment]]:
    """The firm's readable assessments, oldest first: each entry, its document and its saved result."""
    found = []
    for entry in sorted(workspace.assessments(firm_id), key=lambda e: (e.on, e.id)):
        doc = _load(workspace, entry.id)
        if doc is not None:
            found.append((entry, doc, assess_saved(doc)))
    return found
