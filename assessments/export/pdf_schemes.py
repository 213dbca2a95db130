"""The detail pages: one criteria table per scheme, the ranked gaps, and where each IP item counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Spacer, Table

from assessments.export.labels import PDF_SCHEMES, VERDICT_HINT, VERDICT_SHORT, row_mark, row_status
from assessments.export.pdf_report import SHORT_CHARS, Report, action_cell, gap_amount, heading, score_text
from assessments.export.pdf_styles import (
    FRAME_WIDTH,
    INK,
    MUTED,
    STATUS_COLOUR,
    STATUS_TINT,
    WARN,
    Para,
    coloured,
    grid_style,
    long_table,
    para,
    table_style,
    verdict_colours,
)
from assessments.export.pdf_summary import digital_charts
from assessments.ip import IpDecision, count_ip
from assessments.labels import IP_STATUSES, IP_TYPES, trust
from assessments.model import IpItem
from assessments.numbers import points_num
from assessments.priorities import ranked_gaps
from assessments.results import Row, SchemeResult, Status
from assessments.rules.schema import CriteriaPack

# The order of the detail pages: as the summary reads (the city's targets, the ladder, then the titles
# beside it), so the ladder comes before the digital questionnaire's long detail.
SECTION_ORDER = (
    "xiamen_2026_targets",
    "sme_size",
    "innovative_sme",
    "srdi_sme",
    "little_giant",
    "hnte",
    "tech_sme",
    "digital_level",
)


def scheme_sections(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.t("schemes"), st.h1, "schemes")
    yield para(report.t("legend").format(tolerance=report.tolerance), st.small)
    for result in in_section_order(report.assessment.results.values()):
        yield CondPageBreak(70 * mm)
        yield from scheme_section(report, result)


def in_section_order(results: Iterable[SchemeResult]) -> list[SchemeResult]:
    """The results in SECTION_ORDER; a scheme not listed there keeps its place after them."""
    rank = {name: i for i, name in enumerate(SECTION_ORDER)}
    return sorted(results, key=lambda r: rank.get(r.scheme, len(rank)))


def scheme_section(report: Report, result: SchemeResult) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.text(result.title), st.h2, f"scheme-{result.scheme}", level=1)
    if result.pack_version:
        pack = report.labelled(report.t("pack"), f"{result.pack_version} · {result.document}")
        yield para(pack, st.small)
    yield verdict_box(report, result)
    for note in result.notes:
        yield para(f"• {report.text(note)}", st.small)
    if result.unverified:
        yield unverified_line(report, result)
    if not result.rows:
        yield para(report.t("no_rule"), st.body)
        return
    if result.scheme == "digital_level":
        yield from digital_charts(report)
    yield Spacer(1, 2 * mm)
    yield criteria_table(report, result)


def unverified_line(report: Report, result: SchemeResult) -> Para:
    """The scheme's one warning: which criteria rest on a single source (rows carry no mark)."""
    labels = list(dict.fromkeys(report.text(r.label) for r in result.unverified))
    return para(report.t("scheme_unverified").format(criteria=report.joined(labels)), report.st.small, WARN)


def verdict_box(report: Report, result: SchemeResult) -> Table:
    st = report.st
    colour, tint = verdict_colours(result.verdict)
    hint = VERDICT_HINT.get(result.verdict)
    word = report.text(VERDICT_SHORT[result.verdict]) + (report.bracketed(report.text(hint)) if hint else "")
    detail = [para(report.text(result.summary), st.cell)]
    score = score_text(report, result)
    if score:
        detail.append(para(score, st.cell))
    table = Table([[para(word, st.body, colour), detail]], colWidths=[48 * mm, FRAME_WIDTH - 48 * mm])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("LINEBEFORE", (0, 0), (0, 0), 3, colour),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("PADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.spaceAfter = 1.5 * mm
    return table


# Column → (label key, width in mm); the calculation takes the width left over.
CRITERIA_COLUMNS: dict[str, tuple[str, float | None]] = {
    "label": ("criterion", 30),
    "calc": ("calc", None),
    "requirement": ("requirement", 33),
    "points": ("points", 14),
    "status": ("status", 17),
    "source": ("source", 32),
}


def criteria_table(report: Report, result: SchemeResult) -> LongTable:
    """One row per criterion; the points column only for a scored scheme."""
    st = report.st
    scored = any(r.points is not None for r in result.rows)
    columns = [c for c in CRITERIA_COLUMNS if c != "points" or scored]
    fixed = sum(CRITERIA_COLUMNS[c][1] or 0 for c in columns) * mm
    widths = [(CRITERIA_COLUMNS[c][1] or 0) * mm or FRAME_WIDTH - fixed for c in columns]
    data = [[para(report.t(CRITERIA_COLUMNS[c][0]), st.cell_head) for c in columns]]
    commands = grid_style(rows=len(result.rows) + 1)
    status_col = columns.index("status")
    for i, row in enumerate(result.rows, 1):
        cells = criteria_cells(report, row)
        data.append([cells[c] for c in columns])
        if not row.partial_score:  # points earned are not a failure: no red
            commands.append(("BACKGROUND", (status_col, i), (status_col, i), STATUS_TINT[row.status]))
    return long_table(data, widths, commands)


def criteria_cells(report: Report, row: Row) -> dict[str, Flowable | list[Flowable]]:
    st = report.st
    label = [para(report.text(row.label), st.cell)]
    if row.on_edge:
        label.append(para(report.t("on_edge"), st.cell, WARN))
    calc = [para(report.text(row.calc), st.cell)]
    if row.gap is not None:
        room = row.partial_score  # points still to gain are room, not a shortfall: no red (issue 12)
        gap = report.labelled(report.t("room" if room else "gap"), report.text(row.gap.text))
        calc.append(para(gap, st.cell_small, MUTED if room else STATUS_COLOUR[Status.NOT_MET]))
    if row.note is not None:
        calc.append(para(report.labelled(report.t("note"), report.text(row.note)), st.cell_small))
    return {
        "label": label,
        "calc": calc,
        "requirement": para(report.text(row.requirement), st.cell),
        "points": para(points_text(row), st.cell),
        "status": para(
            f"{row_mark(row)} {report.text(row_status(row))}",
            st.cell,
            INK if row.partial_score else STATUS_COLOUR[row.status],
        ),
        "source": source_cell(report, row),
    }


def points_text(row: Row) -> str:
    if row.points is None:
        return "—"
    got = points_num(row.points)
    if row.points_max is not None and row.points_max != row.points:
        got += f"–{points_num(row.points_max)}"
    return f"{got} / {points_num(row.max_points)}" if row.max_points is not None else got


def source_cell(report: Report, row: Row) -> Para:
    words = report.text(trust(row.source.confidence))
    return Para(f"{coloured(row.source.cite, INK)} {coloured('· ' + words, MUTED)}", report.st.cell)


def gap_section(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.t("gaps"), st.h1, "gaps")
    gaps = ranked_gaps(report.assessment)
    if not gaps:
        yield para(report.t("no_gaps"), st.body)
        return
    yield para(report.t("gaps_intro"), st.small)
    data = [
        [para(h, st.cell_head) for h in ("#", report.t("scheme"), report.t("action"), report.t("amount"))]
    ]
    for i, item in enumerate(gaps, 1):
        data.append(
            [
                para(str(i), st.cell_centre),
                para(report.text(item.scheme.title), st.cell),
                action_cell(report, item),
                para(gap_amount(report, item.row), st.cell),
            ]
        )
    widths = [8 * mm, 32 * mm, FRAME_WIDTH - 66 * mm, 26 * mm]
    yield long_table(data, widths, grid_style(rows=len(data)))


def ip_schemes(report: Report) -> list[tuple[SchemeResult, CriteriaPack]]:
    found = []
    for name, result in report.assessment.results.items():
        pack = report.assessment.packs.get(name)
        if isinstance(pack, CriteriaPack) and pack.ip is not None:
            found.append((result, pack))
    return found


def ip_section(report: Report) -> Iterator[Flowable]:
    st, firm = report.st, report.assessment.firm
    yield heading(report.t("ip"), st.h1, "ip")
    if not firm.ip:
        yield para(report.t("no_ip"), st.body)
        return
    yield para(report.t("ip_intro"), st.small)
    schemes = ip_schemes(report)
    decisions = [_decisions(report, result, pack) for result, pack in schemes]
    head = [para(h, st.cell_head) for h in ("#", report.t("ip_item"), report.t("ip_title"))]
    head += [para(report.text(PDF_SCHEMES[r.scheme]), st.cell_head_small) for r, _ in schemes]
    data = [head]
    commands = grid_style(rows=len(firm.ip) + 1)
    for i, item in enumerate(firm.ip):
        marks = [d[i] for d in decisions]
        data.append(_ip_row(report, i, item, marks, [r for r, _ in schemes]))
    mark_w = 15 * mm
    widths = [8 * mm, 34 * mm, FRAME_WIDTH - 42 * mm - mark_w * len(schemes), *([mark_w] * len(schemes))]
    yield long_table(data, widths, commands)


def _decisions(report: Report, result: SchemeResult, pack: CriteriaPack) -> tuple[IpDecision, ...]:
    assert pack.ip is not None
    # 高企 counts on its application date, as its evaluator does.
    on = result.facts.get("application_date")
    on = on if isinstance(on, dt.date) else report.assessment.on
    return count_ip(report.assessment.firm.ip, pack.ip, on).decisions


def _ip_row(
    report: Report, index: int, item: IpItem, decisions: list[IpDecision], results: list[SchemeResult]
) -> list[Flowable | list[Flowable]]:
    st = report.st
    kind = "<br/>".join(
        [
            coloured(report.text(IP_TYPES[item.type]), INK),
            coloured(report.user_text(item.number or "—", SHORT_CHARS), MUTED),
            coloured(report.text(IP_STATUSES[item.status]), MUTED),
        ]
    )
    reasons: dict[str, list[str]] = {}
    marks = []
    for decision, result in zip(decisions, results, strict=True):
        mark, colour = _ip_mark(decision)
        marks.append(para(mark, st.mark, colour))
        if decision.counted is not True:
            reasons.setdefault(report.text(decision.reason), []).append(
                report.text(PDF_SCHEMES[result.scheme])
            )
    title = [para(report.user_text(item.title or "—"), st.cell)]
    for reason, names in reasons.items():
        title.append(para(reason + report.bracketed(report.joined(names)), st.cell_small))
    return [para(str(index + 1), st.cell_centre), Para(kind, st.cell), title, *marks]


def _ip_mark(decision: IpDecision) -> tuple[str, Color]:
    if decision.klass is None:
        return "—", MUTED
    if decision.counted is True:
        return ("✓Ⅰ" if decision.klass == "I" else "✓Ⅱ"), STATUS_COLOUR[Status.MET]
    if decision.counted is None:
        return "?", STATUS_COLOUR[Status.UNKNOWN]
    return "×", STATUS_COLOUR[Status.NOT_MET]
