"""The overview pages: the one-page summary (targets, ladder, the plan's top actions) and the charts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from assessments.export import pdf_charts as charts
from assessments.export.labels import PDF_SCHEMES, STATUS, STATUS_MARK, VERDICT_SHORT
from assessments.export.pdf_report import Report, action_cell, boxed, gap_amount, heading, score_text
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
    para,
    table_style,
    verdict_colours,
)
from assessments.export.pdf_support import has_plan, top_actions
from assessments.labels import year_field
from assessments.numbers import fmt_unit
from assessments.priorities import RankedGap, top_gaps
from assessments.results import Row, SchemeResult, Status
from assessments.rules.schema import DigitalPack

LADDER = ("sme_size", "innovative_sme", "srdi_sme", "little_giant")
BESIDE = ("hnte", "tech_sme", "digital_level")


def summary(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield heading(report.t("summary"), st.h1, "summary")
    if report.assessment.issues:
        yield data_checks(report)
    targets = charts.targets(report.assessment)
    if targets:
        yield para(report.t("targets"), st.h2)
        yield target_cards(report, targets)
    yield para(report.t("ladder"), st.h2)
    yield ladder(report, LADDER, arrows=True)
    yield para(report.t("beside"), st.h2)
    yield ladder(report, BESIDE, arrows=False)
    yield para(report.t("top_actions"), st.h2)
    if has_plan(report):
        yield from top_actions(report)
    else:  # nothing in the plan: the most valuable gaps
        yield actions_table(report, top_gaps(report.assessment, 3))


def data_checks(report: Report) -> Table:
    """The validation issues first: with an error the results are not reliable."""
    st, issues = report.st, report.assessment.issues
    errors = [i for i in issues if i.severity == "error"]
    lead = report.t("errors_found").format(n=len(errors)) if errors else report.t("warnings_found")
    lines = [para(lead, st.body, STATUS_COLOUR[Status.NOT_MET] if errors else WARN)]
    for issue in issues:
        colour = STATUS_COLOUR[Status.NOT_MET] if issue.severity == "error" else WARN
        word = report.t(issue.severity)
        lines.append(
            Para(f"{coloured(f'[{word}]', colour)} {coloured(report.text(issue.message), INK)}", st.cell)
        )
    table = boxed(lines, STATUS_TINT[Status.NOT_MET if errors else Status.UNKNOWN])
    table.spaceAfter = 2 * mm
    return table


def target_cards(report: Report, targets: list[charts.Target]) -> Table:
    gutter = 4 * mm
    card_w = (FRAME_WIDTH - gutter * (len(targets) - 1)) / len(targets)
    cells: list[Any] = []
    widths: list[float] = []
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("PADDING", (0, 0), (-1, -1), 6)]
    for i, target in enumerate(targets):
        if i:
            cells.append("")
            widths.append(gutter)
        column, status = len(cells), target.row.status
        commands += [
            ("BACKGROUND", (column, 0), (column, 0), STATUS_TINT[status]),
            ("LINEABOVE", (column, 0), (column, 0), 2.5, STATUS_COLOUR[status]),
        ]
        cells.append(_target_card(report, target))
        widths.append(card_w)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _target_card(report: Report, target: charts.Target) -> list[Flowable]:
    st, row = report.st, target.row
    zh, en = fmt_unit(row.value, row.unit)
    colour = STATUS_COLOUR[row.status]
    return [
        para(report.text(charts.PANEL_TITLE[row.id]), st.cell, MUTED),
        para(report.pick(zh, en), st.card_value),
        para(f"{report.t('target')} {report.pick(*target.goal_text)}", st.cell),  # "> 10%" as "≥ 10.01%"
        Spacer(1, 1.5 * mm),
        para(_target_verdict(report, row), st.cell, colour),
    ]


def _target_verdict(report: Report, row: Row) -> str:
    if row.status is Status.MET:  # one phrase, not "✓ 已达到 ≈临界"
        return f"{STATUS_MARK[row.status]} {report.t('reached_on_edge' if row.on_edge else 'reached')}"
    if row.gap is not None and row.gap.amount is not None:
        subject, amount = _gap_subject(report, row), gap_amount(report, row)
        short = report.pick(
            f"{subject} {amount}", f" {amount}{subject}"
        )  # "Short by 51.25 万元 of FY2025 R&D"
        return f"{STATUS_MARK[row.status]} {report.t('short_by')}{short}"
    return f"{STATUS_MARK[row.status]} {report.text(STATUS[row.status])}"


def _gap_subject(report: Report, row: Row) -> str:
    """The input a gap is measured in, when it is a fiscal-year figure ("2025年研发费用")."""
    parts = row.gap.field.split(".") if row.gap else []
    if len(parts) == 3 and parts[0] == "years" and parts[1].isdigit():
        label = year_field(int(parts[1]), parts[2]).get(report.lang)
        return report.pick(label, f" of {label}")
    return ""


def ladder(report: Report, schemes: tuple[str, ...], arrows: bool) -> Table:
    results = [report.assessment.results[s] for s in schemes if s in report.assessment.results]
    arrow_w = 7 * mm if arrows else 3 * mm
    box_w = (FRAME_WIDTH - arrow_w * (len(results) - 1)) / len(results)
    cells: list[Any] = []
    widths: list[float] = []
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("PADDING", (0, 0), (-1, -1), 5)]
    for i, result in enumerate(results):
        if i:
            spacer = len(cells)
            commands += [
                ("LEFTPADDING", (spacer, 0), (spacer, 0), 0),
                ("RIGHTPADDING", (spacer, 0), (spacer, 0), 0),
                ("VALIGN", (spacer, 0), (spacer, 0), "MIDDLE"),
            ]
            cells.append(para("→" if arrows else "", report.st.arrow, MUTED))
            widths.append(arrow_w)
        text, tint = verdict_colours(result.verdict)
        column = len(cells)
        commands += [
            ("BACKGROUND", (column, 0), (column, 0), tint),
            ("LINEABOVE", (column, 0), (column, 0), 2.5, text),
        ]
        cells.append(_ladder_box(report, result))
        widths.append(box_w)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _ladder_box(report: Report, result: SchemeResult) -> list[Flowable]:
    st = report.st
    colour, _ = verdict_colours(result.verdict)
    box = [
        para(report.text(PDF_SCHEMES[result.scheme]), st.cell, MUTED),
        para(report.text(VERDICT_SHORT[result.verdict]), st.card_value, colour),
    ]
    score = score_text(report, result)
    if score:
        box.append(para(score, st.cell))
    box.append(para(report.text(result.summary), st.cell_small))
    return box


def actions_table(report: Report, gaps: list[RankedGap]) -> Flowable:
    st = report.st
    if not gaps:
        return para(report.t("no_actions"), st.body)
    data = [
        [para(h, st.cell_head) for h in ("#", report.t("scheme"), report.t("action"), report.t("amount"))]
    ]
    for i, item in enumerate(gaps, 1):
        data.append(
            [
                para(str(i), st.cell_centre),
                para(report.text(PDF_SCHEMES.get(item.scheme.scheme, item.scheme.title)), st.cell),
                action_cell(report, item),
                para(gap_amount(report, item.row), st.cell),
            ]
        )
    table = Table(data, colWidths=[8 * mm, 24 * mm, FRAME_WIDTH - 58 * mm, 26 * mm], repeatRows=1)
    table.setStyle(table_style(grid_style(rows=len(data), zebra=False)))
    return table


def chart_pages(report: Report) -> Iterator[Flowable]:
    """The targets against their lines; the questionnaire's charts head the digital scheme's section."""
    st = report.st
    targets = charts.targets_drawing(report.assessment, report.lang)
    if targets is None:
        return
    yield heading(report.t("charts"), st.h1, "charts")
    yield para(report.t("targets_chart"), st.h2)
    yield targets


def digital_charts(report: Report) -> Iterator[Flowable]:
    """The questionnaire's result: the next level, the three dimensions and the 16 scenes."""
    st, a = report.st, report.assessment
    result, pack = a.results.get("digital_level"), a.packs.get("digital_level")
    if result is None or not isinstance(pack, DigitalPack) or not result.rows:
        return
    yield para(report.t("digital_chart"), st.h2)
    level = next((r for r in result.rows if r.id == "level"), None)
    if level is not None and level.gap is not None:
        yield para(report.labelled(report.t("next_step"), report.text(level.gap.text)), st.small)
    yield KeepTogether(
        [para(report.t("dimensions"), st.body), charts.dimensions_drawing(result, pack, report.lang)]
    )
    yield KeepTogether([para(report.t("scenes"), st.body), charts.scenes_drawing(result, pack, report.lang)])
