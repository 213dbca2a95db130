"""What an input change does to the results: apply it with `set_path`, assess again, list the flips.

A flip is a verdict, a criterion's status or a criterion's points that differ after the change; nothing
here predicts, everything is read off the engine's second run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.model import Change, Flip, IpItem, IpOrigin, IpType, Title
from assessments.numbers import num
from assessments.results import SchemeResult, Status, Text, Verdict
from assessments.storage.srdi_file import AssessmentFile

VERDICT_RANK = {
    Verdict.NOT_IN_FORCE: -1,
    Verdict.DOES_NOT_QUALIFY: 0,
    Verdict.CANNOT_TELL: 1,
    Verdict.LIKELY: 2,
    Verdict.QUALIFIES: 3,
}
STATUS_RANK = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MANUAL: 2, Status.MET: 3}
VERDICT_LABELS = {
    Verdict.QUALIFIES: Text("符合", "qualifies"),
    Verdict.DOES_NOT_QUALIFY: Text("不符合", "does not qualify"),
    Verdict.LIKELY: Text("可能符合", "likely"),
    Verdict.CANNOT_TELL: Text("无法判断", "cannot tell"),
    Verdict.NOT_IN_FORCE: Text("无适用规则", "no rule"),
}
STATUS_LABELS = {
    Status.MET: Text("达标", "met"),
    Status.NOT_MET: Text("未达标", "not met"),
    Status.UNKNOWN: Text("待确认", "to confirm"),
    Status.MANUAL: Text("需人工确认", "manual"),
}
PLANNED_IP = Text("（计划）新增Ⅰ类知识产权", "(planned) new Class I IP")


@dataclass(frozen=True)
class Outcome:
    """An input change and what the engine says after it."""

    changes: tuple[Change, ...]
    after: Assessment
    flips: tuple[Flip, ...]


def outcome(assessment: Assessment, changes: tuple[Change, ...]) -> Outcome:
    doc = AssessmentFile(assessment.firm, assessment.on, assessment.purpose)
    for change in changes:
        doc = _apply(doc, change)
    after = assess(doc.firm, doc.on, doc.purpose, overrides=dict(assessment.packs))
    return Outcome(changes, after, tuple(flips(assessment, after)))


def _apply(doc: AssessmentFile, change: Change) -> AssessmentFile:
    if change.path == "ip":
        return set_path(doc, "ip", (*doc.firm.ip, *_planned_ip(int(change.value), doc.on)))
    if change.unit == "level":
        return set_path(doc, change.path, int(change.value))
    if change.unit == "title":  # the title obtained on the assessment date
        return set_path(doc, change.path, Title(granted_on=doc.on))
    return set_path(doc, change.path, change.value)


def _planned_ip(count: int, on: dt.date) -> list[IpItem]:
    """New Class I items as every scheme counts them: own invention patents, first holder, in use."""
    item = IpItem(
        type=IpType.INVENTION,
        title=PLANNED_IP.zh,
        granted_on=on,
        origin=IpOrigin.OWN_RD,
        supports_main_product=True,
        applied_with_benefit=True,
        holder_rank=1,
    )
    return [item] * count


def flips(before: Assessment, after: Assessment) -> Iterable[Flip]:
    for scheme, old in before.results.items():
        new = after.results.get(scheme)
        if new is None:
            continue
        if new.verdict is not old.verdict:
            yield Flip(scheme=scheme, kind="verdict", before=old.verdict.value, after=new.verdict.value)
        yield from _row_flips(old, new)


def _row_flips(old: SchemeResult, new: SchemeResult) -> Iterable[Flip]:
    rows = {r.id: r for r in new.rows}
    for row in old.rows:
        other = rows.get(row.id)
        if other is None:
            continue
        if other.status is not row.status:
            yield Flip(
                scheme=old.scheme,
                row=row.id,
                kind="status",
                before=row.status.value,
                after=other.status.value,
            )
        if row.points is not None and other.points is not None and other.points != row.points:
            yield Flip(
                scheme=old.scheme, row=row.id, kind="points", before=str(row.points), after=str(other.points)
            )


def gain(flip: Flip) -> Decimal:
    """+1 for a better verdict or status, −1 for a worse one; points gained or lost."""
    if flip.kind == "points":
        return Decimal(flip.after) - Decimal(flip.before)
    ranks = VERDICT_RANK if flip.kind == "verdict" else STATUS_RANK
    kind = Verdict if flip.kind == "verdict" else Status
    step = ranks[kind(flip.after)] - ranks[kind(flip.before)]
    return Decimal((step > 0) - (step < 0))


def flip_text(flip: Flip, assessment: Assessment) -> Text:
    """A flip in words, e.g. 创新型中小企业：无法判断 → 符合; 专精特新中小企业 · 2025年研发费用总额：未达标 → 达标."""
    result = assessment.results[flip.scheme]
    where = result.title
    if flip.row:
        row = next((r for r in result.rows if r.id == flip.row), None)
        where = where + Text(" · ", " · ") + (row.label if row is not None else Text(flip.row, flip.row))
    if flip.kind == "points":
        change = Text(
            f"{num(Decimal(flip.before))} → {num(Decimal(flip.after))}分",
            f"{flip.before} → {flip.after} points",
        )
    else:
        labels = VERDICT_LABELS if flip.kind == "verdict" else STATUS_LABELS
        kind = Verdict if flip.kind == "verdict" else Status
        old, new = labels[kind(flip.before)], labels[kind(flip.after)]
        change = Text(f"{old.zh} → {new.zh}", f"{old.en} → {new.en}")
    return where + Text("：", ": ") + change
