"""Bringing firms into the workspace (a firms file, or one `.srdi` file) without duplicating any silently.

`plan_import` matches every incoming firm with the workspace (credit code, or the exact name where a
side has no code: `Workspace.matching_firms`) and sorts its assessments: new ones (no assessment of
that date and purpose yet), ones already there unchanged, and clashes (same date and purpose, other
content). The user decides per firm (`Choice`): merge, keep both (a second firm, on purpose) or skip,
and per clash which to keep (`Keep`). `apply_import` then writes it all in one transaction, after the
evidence files are stored (content-addressed: a file no row refers to is harmless), so an import that
fails or is stopped half-way leaves the workspace exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from assessments.evidence import store_bytes
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, year_field
from assessments.results import Text
from assessments.rules.rescore import RECORD
from assessments.storage.portable import Pack, PackFirm
from assessments.storage.srdi_file import AssessmentFile, to_json
from assessments.storage.workspace import FirmEntry, ReadOnlyWorkspace, Workspace, WorkspaceError, Writer


class Choice(StrEnum):
    MERGE = "merge"  # into the firm already there (also what a firm not yet there gets: it is added)
    KEEP_BOTH = "keep_both"  # a second firm beside the one already there
    SKIP = "skip"


class Keep(StrEnum):
    EXISTING = "existing"
    INCOMING = "incoming"  # replaces the stored assessment
    BOTH = "both"


@dataclass(frozen=True)
class Clash:
    """An incoming assessment of the same date and purpose as a stored one, with other content."""

    incoming: AssessmentFile
    existing_id: int
    existing: AssessmentFile


@dataclass(frozen=True)
class FirmPlan:
    firm: PackFirm
    match: FirmEntry | None  # the firm already in the workspace (the most recently edited of several)
    added: tuple[AssessmentFile, ...]  # merge adds these
    identical: tuple[AssessmentFile, ...]  # already stored as they are
    clashes: tuple[Clash, ...]
    identical_ids: tuple[int, ...] = ()  # the stored rows the identical ones are

    @property
    def name(self) -> str:
        return self.firm.name or (self.firm.assessments[0].firm.profile.name if self.firm.assessments else "")


@dataclass(frozen=True)
class Decision:
    choice: Choice = Choice.MERGE
    keep: tuple[Keep, ...] = ()  # one per clash, in the plan's order; missing ones keep the existing


@dataclass
class ImportSummary:
    firms_added: int = 0
    firms_merged: int = 0
    firms_skipped: int = 0
    assessments_added: int = 0
    assessments_replaced: int = 0
    evidence_added: int = 0
    opened: list[int] = field(default_factory=list)  # the row holding each incoming assessment (or kept)


# --- planning -------------------------------------------------------------------------------------


def plan_import(workspace: Workspace, pack: Pack) -> list[FirmPlan]:
    return [_plan_firm(workspace, firm) for firm in pack.firms]


def _plan_firm(workspace: Workspace, firm: PackFirm) -> FirmPlan:
    name, code = _identity(firm)
    matches = workspace.matching_firms(name, code)
    if not matches:
        return FirmPlan(firm, None, firm.assessments, (), ())
    match = matches[0]
    stored = _stored(workspace, match.id)
    added, identical, clashes, identical_ids = [], [], [], []
    for doc in firm.assessments:
        same_key = [(i, d) for i, d in stored if (d.on, d.purpose) == (doc.on, doc.purpose)]
        twins = [i for i, d in same_key if _same(d, doc)]
        if not same_key:
            added.append(doc)
        elif twins:
            identical.append(doc)
            identical_ids.append(twins[0])
        else:
            clashes.append(Clash(doc, *same_key[0]))
    return FirmPlan(firm, match, tuple(added), tuple(identical), tuple(clashes), tuple(identical_ids))


def _identity(firm: PackFirm) -> tuple[str, str]:
    """The firm's name and credit code as the pack says, else as its latest assessment says."""
    latest = firm.assessments[-1].firm.profile if firm.assessments else None
    name = firm.name or (latest.name if latest else "")
    code = firm.credit_code or (latest.credit_code or "" if latest else "")
    return name, code


def _stored(workspace: Workspace, firm_id: int) -> list[tuple[int, AssessmentFile]]:
    """The firm's readable assessments (an unreadable row cannot clash: it is left as it is)."""
    stored = []
    for entry in workspace.assessments(firm_id):
        try:
            stored.append((entry.id, workspace.load(entry.id)))
        except (WorkspaceError, KeyError):
            continue
    return stored


def _same(a: AssessmentFile, b: AssessmentFile) -> bool:
    return _canonical(a) == _canonical(b)


def _canonical(doc: AssessmentFile) -> str:
    return json.dumps(_content(doc), sort_keys=True, ensure_ascii=False)


def _content(doc: AssessmentFile) -> dict[str, object]:
    """The document as the user made it: the record of the rule packs it was computed under is the
    app's, not an input (a file saved before it existed is the same assessment)."""
    return {k: v for k, v in to_json(doc).items() if k != RECORD}


@dataclass(frozen=True)
class Difference:
    """One input that two assessments hold differently, for showing them side by side."""

    label: Text
    stored: str
    incoming: str


def differences(stored: AssessmentFile, incoming: AssessmentFile) -> list[Difference]:
    """Every input that differs, named as the app names it where it can ("2025年营业收入")."""
    old, new = _flat(_content(stored)), _flat(_content(incoming))
    return [
        Difference(_label(key), _shown(old.get(key)), _shown(new.get(key)))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    ]


def _flat(value: object, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], object]:
    """Leaves by path; fiscal years keyed by their year, so an added year does not shift the others."""
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _flat(item, (*prefix, str(key))).items()}
    if isinstance(value, list) and value and all(isinstance(i, dict) and "year" in i for i in value):
        years = {str(item["year"]): {k: v for k, v in item.items() if k != "year"} for item in value}
        return _flat(years, prefix)
    if isinstance(value, list) and value and all(isinstance(i, dict | list) for i in value):
        return {k: v for n, item in enumerate(value, 1) for k, v in _flat(item, (*prefix, str(n))).items()}
    return {prefix: value}


def _label(key: tuple[str, ...]) -> Text:
    if len(key) == 4 and key[:2] == ("firm", "years") and key[3] in YEAR_FIELDS and key[2].isdigit():
        return year_field(int(key[2]), key[3])
    if len(key) == 3 and key[:2] == ("firm", "profile") and key[2] in PROFILE_FIELDS:
        return PROFILE_FIELDS[key[2]]
    path = ".".join(key[1:] if key[0] == "firm" else key)
    return Text(path, path)


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


# --- applying -------------------------------------------------------------------------------------


def apply_import(
    workspace: Workspace, pack: Pack, plans: Sequence[FirmPlan], decisions: Sequence[Decision]
) -> ImportSummary:
    """Store what the user chose: the evidence files first, then every row in one transaction."""
    if workspace.read_only:  # refused before a single evidence file is copied
        raise ReadOnlyWorkspace("read-only")
    chosen = [(p, d) for p, d in zip(plans, decisions, strict=True) if d.choice is not Choice.SKIP]
    for plan, _decision in chosen:
        for record in plan.firm.evidence:
            store_bytes(workspace.evidence_folder, pack.blobs[record.sha256], record.sha256)
    summary = ImportSummary(firms_skipped=len(plans) - len(chosen))
    with workspace.writing() as writer:
        for plan, decision in chosen:
            if plan.match is None or decision.choice is Choice.KEEP_BOTH:
                _add_firm(writer, plan.firm, summary)
            else:
                _merge(workspace, writer, plan, decision, summary)
    return summary


def _add_firm(writer: Writer, firm: PackFirm, summary: ImportSummary) -> None:
    name, code = _identity(firm)
    firm_id = writer.add_firm(name, code)
    for doc in firm.assessments:
        summary.opened.append(writer.add_assessment(firm_id, doc))
    for record in firm.evidence:
        writer.add_evidence(replace(record, firm_id=firm_id, id=0))
    summary.firms_added += 1
    summary.assessments_added += len(firm.assessments)
    summary.evidence_added += len(firm.evidence)


def _merge(
    workspace: Workspace, writer: Writer, plan: FirmPlan, decision: Decision, summary: ImportSummary
) -> None:
    assert plan.match is not None
    firm_id = plan.match.id
    for doc in plan.added:
        summary.opened.append(writer.add_assessment(firm_id, doc))
    summary.assessments_added += len(plan.added)
    summary.opened.extend(plan.identical_ids)
    replaced: set[int] = set()
    for n, clash in enumerate(plan.clashes):
        keep = decision.keep[n] if n < len(decision.keep) else Keep.EXISTING
        _settle(writer, firm_id, clash, keep, replaced, summary)
    _merge_evidence(workspace, writer, plan.firm, firm_id, summary)
    summary.firms_merged += 1


def _settle(
    writer: Writer, firm_id: int, clash: Clash, keep: Keep, replaced: set[int], summary: ImportSummary
) -> None:
    """One clash as the user chose; a second incoming assessment for a row already replaced is added
    beside it rather than overwriting the first."""
    if keep is Keep.EXISTING:
        summary.opened.append(clash.existing_id)
    elif keep is Keep.INCOMING and clash.existing_id not in replaced:
        writer.replace_assessment(clash.existing_id, clash.incoming)
        replaced.add(clash.existing_id)
        summary.opened.append(clash.existing_id)
        summary.assessments_replaced += 1
    else:
        summary.opened.append(writer.add_assessment(firm_id, clash.incoming))
        summary.assessments_added += 1


def _merge_evidence(
    workspace: Workspace, writer: Writer, firm: PackFirm, firm_id: int, summary: ImportSummary
) -> None:
    """Add the attachments the firm does not have yet (the same file for the same criterion or input)."""
    have = {(r.sha256, r.criterion, r.field) for r in workspace.evidence(firm_id)}
    for record in firm.evidence:
        key = (record.sha256, record.criterion, record.field)
        if key not in have:
            writer.add_evidence(replace(record, firm_id=firm_id, id=0))
            have.add(key)
            summary.evidence_added += 1
