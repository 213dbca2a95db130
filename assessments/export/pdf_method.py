"""The method page and the disclaimer.

The conventions and decisions come from `resources/report/method.toml`; the facts of this assessment
(data years, rule packs and their dates, the rules below S2 it used) from the assessment itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from assessments.export.labels import PDF_SCHEMES, PURPOSE
from assessments.export.pdf_report import Report, heading, key_values, packs_table
from assessments.export.pdf_styles import FRAME_WIDTH, WARN, grid_style, long_table, para
from assessments.labels import trust
from assessments.results import Row, SchemeResult
from assessments.rules.schema import Confidence, CriteriaPack
from assessments.schemes.common import Context


def method_section(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.t("method"), st.h1, "method")
    yield para(report.t("facts"), st.h2)
    yield key_values(report, data_years(report))
    yield Spacer(1, 3 * mm)
    yield packs_table(report, with_dates=True)
    suffix = report.suffix
    for section in report.method["sections"]:
        yield para(section["title" + suffix], st.h2)
        for text in section["paragraphs" + suffix]:
            yield para(text.format(tolerance=report.tolerance), st.body)
    yield CondPageBreak(50 * mm)
    yield para(report.t("unverified"), st.h2)
    yield unverified_table(report)


def data_years(report: Report) -> list[tuple[str, str]]:
    a = report.assessment
    conventions = a.packs["conventions"]
    assert isinstance(conventions, CriteriaPack)
    last = Context(a.firm, a.on, a.purpose, conventions).last_fy
    fy = report.t("fy").format
    pairs = [
        (report.t("date"), f"{a.on.isoformat()} · {report.text(PURPOSE[a.purpose])}"),
        (report.t("last_fy"), fy(year=last)),
        (report.t("last_two"), f"{fy(year=last - 1)} – {fy(year=last)}"),
        (report.t("last_three"), f"{fy(year=last - 2)} – {fy(year=last)}"),
    ]
    hnte = a.results.get("hnte")
    if hnte is not None and hnte.facts.get("rd_window"):
        first, end = hnte.facts["rd_window"]
        on = hnte.facts["application_date"]
        pairs.append(
            (
                report.text(PDF_SCHEMES["hnte"]),
                report.t("hnte_window").format(date=on.isoformat(), first=first, last=end),
            )
        )
    tech = a.results.get("tech_sme")
    if tech is not None and tech.facts.get("data_year"):
        pairs.append(
            (report.text(PDF_SCHEMES["tech_sme"]), report.t("tech_year").format(year=tech.facts["data_year"]))
        )
    return pairs


def unverified_rows(report: Report) -> list[tuple[SchemeResult, str, list[Row]]]:
    """Rules resting on a single source that this assessment used: one entry per scheme and document."""
    found = []
    for result in report.assessment.results.values():
        by_doc: dict[tuple[str, str], list[Row]] = {}
        for row in result.rows:
            if not row.verified:
                by_doc.setdefault((row.source.doc, row.source.confidence.value), []).append(row)
        for (doc, tag), rows in by_doc.items():
            articles = list(dict.fromkeys(r.source.article for r in rows if r.source.article))
            cite = f"{doc} {report.joined(articles, strong=True)}".strip()
            found.append((result, f"{cite} · {report.text(trust(Confidence(tag)))}", rows))
    return found


def unverified_table(report: Report) -> Flowable:
    st = report.st
    entries = unverified_rows(report)
    if not entries:
        return para(report.t("none_unverified"), st.body)
    head = [report.t("scheme"), report.t("source"), report.t("rows_using")]
    data = [[para(h, st.cell_head) for h in head]]
    for result, cite, rows in entries:
        labels = report.joined(list(dict.fromkeys(report.text(r.label) for r in rows)), strong=True)
        data.append(
            [
                para(report.text(PDF_SCHEMES[result.scheme]), st.cell),
                para(cite, st.cell, WARN),
                para(labels, st.cell),
            ]
        )
    return long_table(data, [24 * mm, 62 * mm, FRAME_WIDTH - 86 * mm], grid_style(rows=len(data)))


def disclaimer(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.t("disclaimer"), st.h1, "disclaimer")
    suffix = report.suffix
    for text in report.method["disclaimer"]["paragraphs" + suffix]:
        yield para(text, st.body)
