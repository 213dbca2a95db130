"""The action plan and the Xiamen support measures in the PDF report, and the summary's top actions.

The plan is the user's (owners, due dates, done) or, without one, built for the report and said so.
The measures: the ones claimable now and the near misses with their amounts, formulas and citations;
the ones to check with the agency briefly; the totals first.
"""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Spacer, Table

from assessments.export.labels import MEASURES, PLAN
from assessments.export.pdf_report import NOTE_CHARS, SHORT_CHARS, Report, boxed, heading
from assessments.export.pdf_styles import (
    ACCENT_TINT,
    FRAME_WIDTH,
    INK,
    MUTED,
    STATUS_COLOUR,
    WARN,
    Para,
    coloured,
    grid_style,
    long_table,
    para,
    table_style,
)
from assessments.export.support import (
    cite_text,
    flip_words,
    measure_numbers,
    open_first,
    ordered_flips,
    reasons_text,
    total,
)
from assessments.model import Action
from assessments.numbers import num
from assessments.results import Status
from assessments.support.matching import MatchStatus, MeasureMatch, expired_notice

FLIPS_SHOWN = 3  # more flips than this: "另有n项变化"
TOP_ACTIONS = 3

# Column → (label, width in mm); the action text takes the width left over.
PLAN_COLUMNS: dict[str, tuple[str, float | None]] = {
    "index": ("#", 6),
    "action": ("action", None),
    "effect": ("effect", 42),
    "measures": ("measures", 19),
    "money": ("money", 19),
    "owner": ("owner", 15),
    "due": ("due", 16.5),
    "done": ("done", 11.5),
}


# --- the summary's three most valuable actions --------------------------------------------------------


def has_plan(report: Report) -> bool:
    return bool(report.support.plan.actions)


def top_actions(report: Report) -> list[Flowable]:
    """The first three open actions of the plan: what to do, what it costs, by when and who."""
    st = report.st
    head = ("#", PLAN["action"].get(report.lang), PLAN["money"].get(report.lang), report.t("due_owner"))
    data: list[list] = [[para(h, st.cell_head) for h in head]]
    for i, action in enumerate(open_first(report.support.plan, TOP_ACTIONS), 1):
        data.append(
            [
                para(str(i), st.cell_centre),
                action_cell(report, action),
                money_cell(report, action),
                [due_cell(report, action), owner_cell(report, action)],
            ]
        )
    table = Table(data, colWidths=[8 * mm, FRAME_WIDTH - 62 * mm, 26 * mm, 28 * mm], repeatRows=1)
    table.setStyle(table_style(grid_style(rows=len(data), zebra=False)))
    return [table, para(report.t("top_from_plan"), st.small)]


# --- 行动计划 ---------------------------------------------------------------------------------------------


def plan_section(report: Report) -> Iterator[Flowable]:
    st, support = report.st, report.support
    yield heading(report.t("plan"), st.h1, "plan")
    if support.generated:
        yield boxed(para(PLAN["generated"].get(report.lang), st.cell), ACCENT_TINT)
    else:
        date = support.plan.generated_on.isoformat()
        yield para(PLAN["saved"].get(report.lang).format(date=date), st.small)
    if not support.plan.actions:
        yield para(PLAN["none"].get(report.lang), st.body)
        return
    yield para(PLAN["order"].get(report.lang), st.small)
    yield plan_table(report)


def plan_table(report: Report) -> LongTable:
    st = report.st
    fixed = sum(width or 0 for _, width in PLAN_COLUMNS.values()) * mm
    widths = [(width or 0) * mm or FRAME_WIDTH - fixed for _, width in PLAN_COLUMNS.values()]
    head = [label if label == "#" else PLAN[label].get(report.lang) for label, _ in PLAN_COLUMNS.values()]
    data: list[list] = [[para(h, st.cell_head_small) for h in head]]
    for i, action in enumerate(report.support.plan.actions, 1):
        cells = plan_cells(report, action, i)
        data.append([cells[key] for key in PLAN_COLUMNS])
    return long_table(data, widths, grid_style(rows=len(data)))


def plan_cells(report: Report, action: Action, index: int) -> dict[str, Flowable | list[Flowable]]:
    st = report.st
    numbers = measure_numbers(action.measures) if action.measures else "—"
    return {
        "index": para(str(index), st.cell_centre),
        "action": action_cell(report, action),
        "effect": effect_cell(report, action),
        "measures": para(numbers, st.numbers),
        "money": money_cell(report, action),
        "owner": owner_cell(report, action),
        "due": due_cell(report, action),
        "done": done_cell(report, action),
    }


def action_cell(report: Report, action: Action) -> list[Flowable]:
    st = report.st
    cell = [para(report.text(action.text), st.cell, MUTED if action.done else None)]
    if action.note:
        note = report.user_text(action.note, NOTE_CHARS)
        cell.append(para(report.labelled(PLAN["note"].get(report.lang), note), st.cell_small))
    return cell


def effect_cell(report: Report, action: Action) -> list[Flowable]:
    st, flips = report.st, ordered_flips(action.flips)
    if not flips:
        return [para(no_flip_text(report, action), st.cell_small)]
    shown = flips[:FLIPS_SHOWN]
    lines = [para(f"• {flip_words(f, report.assessment, report.lang)}", st.cell) for f in shown]
    if len(flips) > FLIPS_SHOWN:
        lines.append(para(report.t("more_flips").format(n=len(flips) - FLIPS_SHOWN), st.cell_small))
    return lines


def no_flip_text(report: Report, action: Action) -> str:
    """A title applied for obtains it; a claim or a renewal changes no input ("—")."""
    if any(c.unit == "title" for c in action.changes):
        return report.t("title_flip")
    return report.t("no_flip") if action.changes else "—"


def money_cell(report: Report, action: Action) -> Para:
    named = (
        ("cost", action.cost),
        ("subsidy", action.subsidy),
        ("net", action.net_cost if action.subsidy is not None else None),
    )
    lines = [coloured(f"{report.t(key)} {num(value)}", INK) for key, value in named if value is not None]
    return Para("<br/>".join(lines) or "—", report.st.cell)


def owner_cell(report: Report, action: Action) -> Para:
    if action.owner:
        return para(report.user_text(action.owner, SHORT_CHARS), report.st.cell)
    return para(report.t("to_assign"), report.st.cell, MUTED)


def due_cell(report: Report, action: Action) -> Para:
    if action.due is None:
        return para("—", report.st.cell)
    if action.due < report.generated and not action.done:
        overdue = coloured(report.t("overdue"), STATUS_COLOUR[Status.NOT_MET])
        return Para(f"{coloured(action.due.isoformat(), INK)}<br/>{overdue}", report.st.cell)
    return para(action.due.isoformat(), report.st.cell)


def done_cell(report: Report, action: Action) -> Para:
    if action.done:
        return para(report.t("done_yes"), report.st.cell, STATUS_COLOUR[Status.MET])
    return para(report.t("done_no"), report.st.cell, MUTED)


# --- 可申领的支持措施 ----------------------------------------------------------------------------------------


def measures_section(report: Report) -> Iterator[Flowable]:
    st, support = report.st, report.support
    yield heading(report.t("measures"), st.h1, "measures")
    if not support.matches:
        yield para(_measure_label(report, "none"), st.body)
        return
    notice = expired_notice(support.matches)
    if notice is not None:  # once for every measure: none is claimable, a newer pack may be installed
        yield para(report.text(notice), st.body, WARN)
        return
    yield para(_intro(report), st.small)
    if not support.spend_entered:
        yield para(_measure_label(report, "no_spend"), st.small, WARN)
    yield totals_box(report)
    yield from claimable_part(report)
    yield from near_part(report)
    yield from check_part(report)
    others = len(support.by_status(MatchStatus.NOT_ELIGIBLE))
    if others:
        yield Spacer(1, 2 * mm)
        yield para(report.t("not_eligible").format(n=others), st.small)


def _measure_label(report: Report, key: str) -> str:
    return MEASURES[key].get(report.lang)


def _intro(report: Report) -> str:
    support = report.support
    start = support.start.isoformat() if support.start else "—"
    end = support.end.isoformat() if support.end else report.t("open_end")
    return _measure_label(report, "intro").format(doc=support.document, start=start, end=end)


def totals_box(report: Report) -> Table:
    st, support = report.st, report.support
    lines = []
    for status, key in ((MatchStatus.CLAIMABLE, "claimable"), (MatchStatus.NEAR_MISS, "near")):
        lines.append(para(total_line(report, status, key), st.body))
    lines.append(para(report.t("total_check").format(n=len(support.by_status(MatchStatus.CHECK))), st.body))
    table = boxed(lines, ACCENT_TINT)
    table.spaceAfter = 2 * mm
    return table


def total_line(report: Report, status: MatchStatus, key: str) -> str:
    """ "现在可申领：2项，已知金额合计50万元"; no known amount: the count and why."""
    found = report.support.by_status(status)
    count, amount, up_to = total(found)
    if not any(m.amount is not None for m in found):
        return report.t(f"count_{key}").format(n=count) + (report.t("unpriced") if count else "")
    text = report.t(f"total_{key}").format(n=count, amount=num(amount))
    return text + (report.t("total_up_to") if up_to else "")


def claimable_part(report: Report) -> Iterator[Flowable]:
    st = report.st
    yield para(report.t("claimable"), st.h2)
    found = report.support.by_status(MatchStatus.CLAIMABLE)
    if not found:
        yield para(report.t("none_claimable"), st.body)
        return
    yield measures_table(report, found, with_gap=False)


def near_part(report: Report) -> Iterator[Flowable]:
    found = report.support.by_status(MatchStatus.NEAR_MISS)
    if found:
        yield CondPageBreak(40 * mm)
        yield para(report.t("near"), report.st.h2)
        yield measures_table(report, found, with_gap=True)


def check_part(report: Report) -> Iterator[Flowable]:
    st = report.st
    found = report.support.by_status(MatchStatus.CHECK)
    if not found:
        return
    yield CondPageBreak(30 * mm)
    yield para(report.t("check"), st.h2)
    head = ["#", _measure_label(report, "title"), report.t("amount_wan"), report.t("check_what")]
    data: list[list] = [[para(h, st.cell_head) for h in head]]
    for m in found:
        data.append(
            [
                para(str(m.number), st.cell_centre),
                para(report.text(m.title), st.cell),
                para(amount_text(report, m), st.cell),
                para(reasons_text(m, report.lang), st.cell_small),
            ]
        )
    widths = [8 * mm, 52 * mm, 18 * mm, FRAME_WIDTH - 78 * mm]
    yield long_table(data, widths, grid_style(rows=len(data)))


def measures_table(report: Report, found: list[MeasureMatch], with_gap: bool) -> LongTable:
    st = report.st
    head = ["#", report.t("measure"), report.t("amount_wan"), _measure_label(report, "formula")]
    widths = [8 * mm, 52 * mm, 18 * mm]
    if with_gap:
        head.append(report.t("unlock"))
        widths += [(FRAME_WIDTH - 78 * mm) / 2] * 2
    else:
        widths.append(FRAME_WIDTH - 78 * mm)
    data: list[list] = [[para(h, st.cell_head) for h in head]]
    for m in found:
        row = [
            para(str(m.number), st.cell_centre),
            measure_cell(report, m),
            para(amount_text(report, m), st.cell),
            para(report.text(m.formula), st.cell),
        ]
        if with_gap:
            row.append(para(reasons_text(m, report.lang), st.cell))
        data.append(row)
    return long_table(data, widths, grid_style(rows=len(data)))


def measure_cell(report: Report, found: MeasureMatch) -> list[Flowable]:
    st = report.st
    return [
        para(report.text(found.title), st.cell),
        para(report.text(found.agency), st.cell_small),
        para(report.labelled(report.t("source"), cite_text(found, report.lang)), st.cell_small),
    ]


def amount_text(report: Report, found: MeasureMatch) -> str:
    if found.amount is None:
        return "—"
    return f"{report.t('up_to')} {num(found.amount)}" if found.up_to else num(found.amount)
