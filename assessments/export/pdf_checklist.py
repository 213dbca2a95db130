"""The evidence checklist as a section of the PDF report (issue 11): per scheme, the documents its
criteria ask for, with the clause, and whether the firm has the file (present, missing, out of date,
and why), in the report's font and table style. Rows come from `assessments.checklist.checklist_rows`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak

from assessments.checklist import HEADINGS, Checklist, ChecklistRow, State, checklist, checklist_rows
from assessments.engine import Assessment
from assessments.export.pdf_styles import (
    FRAME_WIDTH,
    MUTED,
    STATUS_COLOUR,
    grid_style,
    long_table,
    para,
    styles,
)
from assessments.results import Status
from assessments.storage.workspace import EvidenceRecord

WIDTHS = (0.30, 0.30, 0.12, 0.28)  # shares of the frame: document, criterion and clause, state, detail
STATE_COLOUR: dict[State, colors.Color] = {
    State.PRESENT: STATUS_COLOUR[Status.MET],
    State.MISSING: MUTED,
    State.OUT_OF_DATE: STATUS_COLOUR[Status.NOT_MET],
    State.UNCHECKED: STATUS_COLOUR[Status.MANUAL],
}


def checklist_section(checklist: Checklist, lang: str) -> Iterator[Flowable]:
    """A heading, then one table per scheme (nothing at all if no criterion names a document)."""
    if not checklist.items:
        return
    s = styles(lang)
    yield para(HEADINGS["title"].get(lang), s.h1)
    if checklist.count(State.UNCHECKED):
        yield para(HEADINGS["unchecked"].get(lang), s.small)
    rows = checklist_rows(checklist, lang)
    for scheme in dict.fromkeys(r.scheme for r in rows):
        yield para(scheme, s.h2)
        yield _table([r for r in rows if r.scheme == scheme], lang)


def _table(rows: list[ChecklistRow], lang: str) -> Flowable:
    s = styles(lang)
    head = [para(HEADINGS[k].get(lang), s.cell_head) for k in ("document", "criterion", "state", "detail")]
    body = [
        [
            para(r.document, s.cell),
            [para(r.criterion, s.cell), para(f"{r.clause} · {r.trust}", s.cell_small)],
            para(r.state_text, s.cell, STATE_COLOUR[r.state]),
            para(r.detail, s.cell_small),
        ]
        for r in rows
    ]
    widths = [FRAME_WIDTH * share for share in WIDTHS]
    return long_table([head, *body], widths, grid_style(rows=len(body) + 1))


def checklist_pages(
    assessment: Assessment, evidence: Iterable[EvidenceRecord] | None, lang: str
) -> Iterator[Flowable]:
    """The section of the full report, on pages of its own; `evidence` None: the files were not consulted."""
    section = list(checklist_section(checklist(assessment, evidence), lang))
    if section:
        yield from section
        yield PageBreak()
