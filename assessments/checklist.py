"""The evidence checklist of an assessment: per scheme, the documents its criteria ask for (from the rule
packs, with the clause), each present, missing or out of date (issue 11).

A document is listed for a criterion the firm relies on (met, to confirm, or to be checked by hand): a
document for a criterion it does not meet cannot help the application, unless the firm holds the title
it proves and the title has lapsed, which the checklist reports as out of date. Every criterion met on
the firm's own word (decision 13) asks for its proof too.

A kept file (assessments/evidence.py) answers an item when it is attached to that criterion or is of a
kind the item accepts. It is out of date when past its expiry on the assessment date, when it covers a
year before the one the item must cover (上年度), or when the title it proves has expired in the firm's
data. Qt-free; the app's panel and both reports read `checklist_rows`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from assessments.engine import Assessment
from assessments.labels import trust
from assessments.model import AccountsBasis, Firm, Title
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules.schema import AnyPack, Confidence, EvidenceItem, Source
from assessments.storage.workspace import EvidenceRecord


class State(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    OUT_OF_DATE = "out_of_date"
    UNCHECKED = "unchecked"  # the firm's files were not consulted (a report made outside the workspace)


STATE_TEXT: dict[State, Text] = {
    State.PRESENT: Text("已备", "present"),
    State.MISSING: Text("缺少", "missing"),
    State.OUT_OF_DATE: Text("已过期", "out of date"),
    State.UNCHECKED: Text("待核对", "to check"),
}
OWN_WORD = "own_word"  # the item asking for the proof of a criterion met on the firm's own word


@dataclass(frozen=True)
class ChecklistItem:
    scheme: str
    scheme_title: Text
    criterion: str  # the criterion's row id
    criterion_label: Text
    id: str
    label: Text
    source: Source
    state: State
    reason: Text  # why it is missing or out of date; for a present item, what answers it
    files: tuple[EvidenceRecord, ...]  # the kept files that answer it (fresh ones if any)

    @property
    def key(self) -> str:
        """The criterion as evidence.py names it ("hnte/st_staff")."""
        return f"{self.scheme}/{self.criterion}"


@dataclass(frozen=True)
class Checklist:
    on: dt.date
    items: tuple[ChecklistItem, ...]

    def of(self, scheme: str) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.scheme == scheme)

    def count(self, state: State) -> int:
        return sum(1 for i in self.items if i.state is state)

    @property
    def schemes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.scheme for i in self.items))


def checklist(assessment: Assessment, records: Iterable[EvidenceRecord] | None = ()) -> Checklist:
    """The checklist of every scheme in ladder order, read against the firm's kept files; `None` when
    they are not known (a title expired in the firm's data is still out of date, the rest to check)."""
    kept = None if records is None else tuple(records)
    items = [
        item
        for scheme, result in assessment.results.items()
        for item in _scheme_items(assessment, result, assessment.packs.get(scheme), kept)
    ]
    return Checklist(assessment.on, tuple(items))


def _scheme_items(
    assessment: Assessment, result: SchemeResult, pack: AnyPack | None, kept: Sequence[EvidenceRecord] | None
) -> list[ChecklistItem]:
    criteria = getattr(pack, "criteria", {}) if pack is not None else {}
    found = []
    for row in result.rows:
        criterion = criteria.get(row.id)
        for item in criterion.evidence if criterion is not None else ():
            if _asked(assessment.firm, row, item):
                found.append(_checked(assessment, result, row, item, kept))
        if row.evidence_needed and row.status is Status.MET:
            found.append(_checked(assessment, result, row, own_word(row), kept))
    return found


def own_word(row: Row) -> EvidenceItem:
    """The proof of a criterion the firm met on its own word: asked by the criterion's own clause."""
    return EvidenceItem(
        id=OWN_WORD,
        label_zh=f"证明材料：{row.label.zh}",
        label_en=f"Proof: {row.label.en}",
        kinds=(),
        source=row.source,
    )


def _asked(firm: Firm, row: Row, item: EvidenceItem) -> bool:
    if item.only_if == "consolidated" and firm.profile.accounts_basis is not AccountsBasis.CONSOLIDATED:
        return False
    if row.status is not Status.NOT_MET:
        return True
    return bool(_titles(firm, item))  # a title held but lapsed: its certificate is out of date


def _checked(
    assessment: Assessment,
    result: SchemeResult,
    row: Row,
    item: EvidenceItem,
    kept: Sequence[EvidenceRecord] | None,
) -> ChecklistItem:
    key = f"{result.scheme}/{row.id}"
    files = None if kept is None else [r for r in kept if r.criterion == key or r.kind in item.kinds]
    state, reason, shown = _state(assessment, item, files)
    return ChecklistItem(
        result.scheme,
        result.title,
        row.id,
        row.label,
        item.id,
        Text(item.label_zh, item.label_en),
        item.source,
        state,
        reason,
        tuple(shown),
    )


def _state(
    assessment: Assessment, item: EvidenceItem, files: list[EvidenceRecord] | None
) -> tuple[State, Text, list[EvidenceRecord]]:
    lapsed = _lapsed_title(assessment.firm, item, assessment.on)
    if lapsed is not None:
        return State.OUT_OF_DATE, lapsed, files or []
    if files is None:
        return State.UNCHECKED, Text("", ""), []  # the report says once why (HEADINGS["unchecked"])
    if not files:
        return State.MISSING, Text("尚未保存该文件", "no such file kept yet"), []
    problems = [(f, _stale(f, item, assessment.on)) for f in files]
    fresh = [f for f, problem in problems if problem is None]
    if fresh:
        names = [f.original_name for f in fresh]
        return State.PRESENT, Text("、".join(names), ", ".join(names)), fresh
    return State.OUT_OF_DATE, problems[0][1] or Text("", ""), files


def _stale(record: EvidenceRecord, item: EvidenceItem, on: dt.date) -> Text | None:
    """Why a kept file no longer serves on `on`, or None."""
    if record.expires_on is not None and record.expires_on < on:
        day = record.expires_on.isoformat()
        return Text(f"{record.original_name}已于{day}到期", f"{record.original_name} expired on {day}")
    needed = on.year - 1  # 上年度: the last complete fiscal year (decision 2)
    if item.covers == "last_year" and record.year_covered is not None and record.year_covered < needed:
        return Text(
            f"{record.original_name}为{record.year_covered}年度，需{needed}年度",
            f"{record.original_name} covers FY{record.year_covered}; FY{needed} is needed",
        )
    return None


def _titles(firm: Firm, item: EvidenceItem) -> list[tuple[str, Title]]:
    found = [(name, getattr(firm.honours, name)) for name in item.honours]
    return [(name, title) for name, title in found if title is not None]


def _lapsed_title(firm: Firm, item: EvidenceItem, on: dt.date) -> Text | None:
    """The firm's own data says the title this certificate proves has expired (and no other serves)."""
    titles = _titles(firm, item)
    if not titles or any(t.expires_on is None or t.expires_on >= on for _, t in titles):
        return None
    day = max(t.expires_on for _, t in titles if t.expires_on is not None).isoformat()
    return Text(f"证书已于{day}到期", f"the certificate expired on {day}")


# --- for the reports ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistRow:
    """One line of the checklist in one language, for the workbook sheet and the PDF section."""

    scheme: str
    criterion: str
    document: str
    clause: str
    trust: str
    state: State
    state_text: str
    detail: str


def checklist_rows(items: Checklist | Iterable[ChecklistItem], lang: str = "zh") -> list[ChecklistRow]:
    """The checklist as plain text rows (scheme, criterion, document, clause, state, detail)."""
    listed = items.items if isinstance(items, Checklist) else tuple(items)
    return [
        ChecklistRow(
            i.scheme_title.get(lang),
            i.criterion_label.get(lang),
            i.label.get(lang),
            i.source.cite,
            trust(Confidence(i.source.confidence)).get(lang),
            i.state,
            STATE_TEXT[i.state].get(lang),
            i.reason.get(lang),
        )
        for i in listed
    ]


HEADINGS: dict[str, Text] = {
    "title": Text("申报材料清单", "Evidence checklist"),
    "scheme": Text("认定类别", "Scheme"),
    "criterion": Text("条件", "Criterion"),
    "document": Text("所需材料", "Document"),
    "clause": Text("依据", "Clause"),
    "trust": Text("可信度", "Confidence"),
    "state": Text("状态", "State"),
    "detail": Text("说明", "Detail"),
    "unchecked": Text(
        "本报告未读取企业保存的文件：“待核对”的材料请逐项核对是否备齐。",
        "This report did not read the firm's kept files: check each document marked “to check”.",
    ),
}
