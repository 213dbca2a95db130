"""The comparison of two assessments as a small PDF (issue 11), in the report's font and table style:
the inputs that changed, then the results that changed, each flipped verdict with the criteria that
flipped it (◆). `compare_story` gives the flowables for a section of a longer report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reportlab.platypus import Flowable, SimpleDocTemplate

from assessments.compare import Comparison
from assessments.export.compare_words import scheme_rows, sides_line, w
from assessments.export.pdf_styles import (
    FRAME_WIDTH,
    WARN,
    document_options,
    grid_style,
    long_table,
    para,
    register_font,
    styles,
)
from assessments.storage.atomic import write_atomic

WIDTHS = (0.40, 0.24, 0.24, 0.12)  # shares of the frame: name, before, after, rule packs


def write_compare_pdf(comparison: Comparison, path: Path, lang: str = "zh") -> None:
    register_font()

    def build(temp: Path) -> None:
        doc = SimpleDocTemplate(str(temp), **document_options(w("title", lang), lang))
        doc.build(list(compare_story(comparison, lang)))

    write_atomic(Path(path), build)


def compare_story(comparison: Comparison, lang: str) -> Iterator[Flowable]:
    s = styles(lang)
    yield para(w("title", lang), s.h1)
    yield para(sides_line(comparison, lang), s.body)
    yield para(w("inputs", lang), s.h2)
    yield _inputs_table(comparison, lang) if comparison.inputs else para(w("none", lang), s.body)
    yield para(w("results", lang), s.h2)
    if comparison.changed_schemes:
        yield _results_table(comparison, lang)
        yield para(w("flip_note", lang), s.small)
    else:
        yield para(w("none", lang), s.body)


def _inputs_table(comparison: Comparison, lang: str) -> Flowable:
    s = styles(lang)
    head = [para(w(k, lang), s.cell_head) for k in ("input", "before", "after")]
    body = [[para(t.get(lang), s.cell) for t in (c.label, c.before, c.after)] for c in comparison.inputs]
    widths = [FRAME_WIDTH * 0.46, FRAME_WIDTH * 0.27, FRAME_WIDTH * 0.27]
    return long_table([head, *body], widths, grid_style(rows=len(body) + 1))


def _results_table(comparison: Comparison, lang: str) -> Flowable:
    s = styles(lang)
    head = [para(w(k, lang), s.cell_head) for k in ("scheme", "before", "after", "packs")]
    body = []
    for scheme in comparison.changed_schemes:
        for index, line in enumerate(scheme_rows(scheme, lang)):
            colour = WARN if index == 0 and line[4] else None  # a flipped verdict stands out
            body.append([para(t, s.cell if index == 0 else s.cell_small, colour) for t in line[:4]])
    widths = [FRAME_WIDTH * share for share in WIDTHS]
    return long_table([head, *body], widths, grid_style(rows=len(body) + 1))
