"""The manager's brief: exactly two A4 pages beside the full report (reportlab platypus).

Page 1: the firm, the Xiamen 2026 targets and the qualification ladder. Page 2: the three most valuable
actions with their cost, subsidy and the support measures that co-fund them, then the measures at a
glance. Each page is one frame that shrinks its content when a firm's texts run long (names of 200
characters, many data checks), so the brief is two pages for every firm; texts are cut before that
so the shrinking stays slight.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from assessments.engine import Assessment
from assessments.export.cells import clipped
from assessments.export.labels import PURPOSE
from assessments.export.pdf import fit, report_of
from assessments.export.pdf_charts import targets as target_rows
from assessments.export.pdf_report import Report, boxed, sample_note
from assessments.export.pdf_styles import (
    ACCENT,
    ACCENT_TINT,
    FONT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    STATUS_COLOUR,
    STATUS_TINT,
    WARN,
    Para,
    coloured,
    document_options,
    grid_style,
    para,
    styles,
    table_style,
)
from assessments.export.pdf_summary import BESIDE, LADDER, actions_table, ladder, target_cards
from assessments.export.pdf_support import (
    due_cell,
    effect_cell,
    has_plan,
    money_cell,
    owner_cell,
    total_line,
)
from assessments.export.support import open_first
from assessments.model import Action, ActionPlan, PlannedSpend
from assessments.numbers import num
from assessments.priorities import top_gaps
from assessments.results import Status
from assessments.storage.atomic import write_atomic
from assessments.support.matching import MatchStatus, MeasureMatch, expired_notice

PAGES = 2
TYPE_SCALE = 1.2  # two pages have room for a larger type than the full report's: no text below 8 pt
BRIEF_NAME_CHARS = 60  # the firm's name as the brief's title shows it
ISSUES_SHOWN = 3  # data checks listed on page 1; the rest are counted
MEASURES_SHOWN = 3  # support measures named per action
CLAIMABLE_SHOWN = 5  # measures claimable now, listed on page 2
# Cuts in characters, (Chinese, English): an English word takes about two Chinese characters' room.
MEASURE_CHARS = (36, 70)  # a measure's title in the actions table
ACTION_CHARS = (150, 300)  # an action's text in the actions table
OWNER_CHARS = (24, 48)  # an owner in the narrow due/owner column
MEASURE_STATUS = {
    MatchStatus.CLAIMABLE: ("measure_now", Status.MET),
    MatchStatus.NEAR_MISS: ("measure_near", Status.UNKNOWN),
    MatchStatus.CHECK: ("measure_check", Status.MANUAL),
}


def write_short_pdf(
    assessment: Assessment,
    path: Path | str,
    lang: str = "zh",
    *,
    generated: dt.date | None = None,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> None:
    """Write the two-page brief of `assessment` to `path` in `lang`; the arguments are `write_pdf`'s."""
    report = report_of(assessment, lang, generated, plan, spend)
    report.st = styles(report.lang, TYPE_SCALE)

    def build(temp: Path) -> None:
        doc = BriefDoc(str(temp), report)
        doc.build(brief_story(report))

    write_atomic(Path(path), build)


class BriefDoc(BaseDocTemplate):
    def __init__(self, path: str, report: Report) -> None:
        title = f"{report.t('brief')} · {report.firm_name}"
        super().__init__(
            path, **document_options(title, report.lang, report.firm_name, report.t("brief_subtitle"))
        )
        self.report = report
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0)
        self.addPageTemplates([PageTemplate("brief", [frame], onPage=self._page)])

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header (firm · date, the title) and "第 n 页 / 共 2 页"."""
        report = self.report
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        top = PAGE[1] - MARGIN_TOP + 6 * mm
        title = report.t("brief")
        date = f" · {report.assessment.on.isoformat()}"
        room = FRAME_WIDTH - stringWidth(title + date, FONT, 8) - 10 * mm
        canvas.drawString(MARGIN_X, top, fit(report.firm_line(), room, 8) + date)
        canvas.drawRightString(PAGE[0] - MARGIN_X, top, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE[0] - MARGIN_X, top - 2.5 * mm)
        footer = report.t("page").format(n=doc.page, total=PAGES)
        canvas.drawCentredString(PAGE[0] / 2, MARGIN_BOTTOM - 9 * mm, footer)
        canvas.restoreState()


def brief_story(report: Report) -> list[Flowable]:
    """Two pages, each shrunk to its frame when it would run over."""
    return [one_page(first_page(report)), PageBreak(), one_page(second_page(report))]


def one_page(content: list[Flowable]) -> KeepInFrame:
    return KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")


# --- page 1: where the firm stands ------------------------------------------------------------------


def first_page(report: Report) -> list[Flowable]:
    st = report.st
    content: list[Flowable] = [*title_block(report)]
    if report.assessment.issues:
        content.append(issues_box(report))
    targets = target_rows(report.assessment)
    if targets:
        content += [para(report.t("targets"), st.h2), target_cards(report, targets)]
    content += [
        para(report.t("ladder"), st.h2),
        ladder(report, LADDER, arrows=True),
        para(report.t("beside"), st.h2),
        ladder(report, BESIDE, arrows=False),
    ]
    open_rows = to_confirm(report)
    if open_rows:
        content += [Spacer(1, 3 * mm), para(report.t("to_confirm").format(n=open_rows), st.body, WARN)]
    return content


def title_block(report: Report) -> list[Flowable]:
    st, a = report.st, report.assessment
    name = clipped(a.firm.profile.name or "—", BRIEF_NAME_CHARS)
    facts = report.t("facts_line").format(
        date=a.on.isoformat(), purpose=report.text(PURPOSE[a.purpose]), generated=report.generated.isoformat()
    )
    block: list[Flowable] = [
        para(report.t("brief"), st.h1),
        para(name, st.firm),
        para(facts, st.small),
    ]
    if report.sample:
        block.append(sample_note(report))
    return block


def issues_box(report: Report) -> Table:
    """The data checks, the first few in full: with an error the results are not reliable."""
    st, issues = report.st, report.assessment.issues
    errors = [i for i in issues if i.severity == "error"]
    lead = report.t("errors_found").format(n=len(errors)) if errors else report.t("warnings_found")
    worst = STATUS_COLOUR[Status.NOT_MET] if errors else WARN
    lines = [para(lead, st.cell, worst)]
    for issue in sorted(issues, key=lambda i: i.severity != "error")[:ISSUES_SHOWN]:
        colour = STATUS_COLOUR[Status.NOT_MET] if issue.severity == "error" else WARN
        text = clipped(report.text(issue.message), 160)
        lines.append(
            Para(f"{coloured(f'[{report.t(issue.severity)}]', colour)} {coloured(text, MUTED)}", st.cell)
        )
    if len(issues) > ISSUES_SHOWN:
        lines.append(para(report.t("more_issues").format(n=len(issues) - ISSUES_SHOWN), st.cell_small))
    table = boxed(lines, STATUS_TINT[Status.NOT_MET if errors else Status.UNKNOWN])
    table.spaceBefore = 2 * mm
    return table


def to_confirm(report: Report) -> int:
    """How many criteria of the ladder and beside it wait for data or evidence."""
    results = report.assessment.results
    return sum(
        1
        for name in (*LADDER, *BESIDE)
        if name in results
        for row in results[name].rows
        if row.status is Status.UNKNOWN
    )


# --- page 2: what to do ---------------------------------------------------------------------------------


def second_page(report: Report) -> list[Flowable]:
    st = report.st
    content: list[Flowable] = [para(report.t("top_actions"), st.h1)]
    if has_plan(report):
        content += [para(report.t("actions_intro"), st.small), actions_with_support(report)]
    else:  # nothing in the plan: the most valuable gaps
        content.append(actions_table(report, top_gaps(report.assessment, 3)))
    content += support_glance(report)
    content += [
        Spacer(1, 4 * mm),
        boxed([para(report.t("brief_end"), st.cell), para(report.t("cover_note"), st.cell)], ACCENT_TINT),
    ]
    return content


# Column → (label key, width in mm); the action takes the width left over.
ACTION_COLUMNS: dict[str, float | None] = {"#": 6, "action": None, "money": 25, "support": 46, "due": 24}


def actions_with_support(report: Report) -> Table:
    st = report.st
    fixed = sum(w or 0 for w in ACTION_COLUMNS.values()) * mm
    widths = [(w or 0) * mm or FRAME_WIDTH - fixed for w in ACTION_COLUMNS.values()]
    head = [
        "#",
        report.t("action"),
        report.t("cost") + " / " + report.t("subsidy"),
        report.t("support_for"),
        report.t("due_owner"),
    ]
    data: list[list] = [[para(h, st.cell_head) for h in head]]
    for i, action in enumerate(open_first(report.support.plan, 3), 1):
        data.append(
            [
                para(str(i), st.cell_centre),
                [*brief_action(report, action), *effect_cell(report, action)],
                money_cell(report, action),
                support_cell(report, action),
                [due_cell(report, action), brief_owner(report, action)],
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(grid_style(rows=len(data), zebra=False)))
    return table


def brief_action(report: Report, action: Action) -> list[Flowable]:
    """The action's text, cut when long (its note stays in the full report)."""
    return [para(clipped(report.text(action.text), cut(report, ACTION_CHARS)), report.st.cell, ACCENT)]


def brief_owner(report: Report, action: Action) -> Para:
    if action.owner:
        return para(clipped(action.owner, cut(report, OWNER_CHARS)), report.st.cell)
    return owner_cell(report, action)  # "待指定"


def cut(report: Report, chars: tuple[int, int]) -> int:
    return chars[0] if report.zh else chars[1]


def support_cell(report: Report, action: Action) -> list[Flowable]:
    """The measures that co-fund the action, each with its amount and whether it is claimable now."""
    st = report.st
    by_number = {m.number: m for m in report.support.matches}
    found = [by_number[n] for n in action.measures if n in by_number]
    if not found:
        return [para(report.t("no_support"), st.cell, MUTED)]
    lines = [measure_line(report, m) for m in found[:MEASURES_SHOWN]]
    if len(found) > MEASURES_SHOWN:
        lines.append(para(report.t("more_measures").format(n=len(found) - MEASURES_SHOWN), st.cell_small))
    return lines


def measure_line(report: Report, found: MeasureMatch) -> Para:
    key, status = MEASURE_STATUS.get(found.status, ("measure_check", Status.MANUAL))
    title = f"({found.number}) {clipped(report.text(found.title), cut(report, MEASURE_CHARS))}"
    amount = ""
    if found.amount is not None:
        amount = f" · {report.t('up_to') + ' ' if found.up_to else ''}{num(found.amount)}" + report.pick(
            "万元", " 万元"
        )
    state = coloured(f" · {report.t(key)}", STATUS_COLOUR[status])
    return Para(f"{coloured(title + amount, MUTED)}{state}", report.st.cell_small)


def support_glance(report: Report) -> list[Flowable]:
    """The totals of the support measures and the ones claimable now."""
    st, support = report.st, report.support
    if not support.matches:
        return []
    content: list[Flowable] = [para(report.t("support_heading"), st.h2)]
    notice = expired_notice(support.matches)
    if notice is not None:  # none is claimable: the measures have expired
        return [*content, para(report.text(notice), st.cell, WARN)]
    for status, key in ((MatchStatus.CLAIMABLE, "claimable"), (MatchStatus.NEAR_MISS, "near")):
        content.append(para(total_line(report, status, key), st.cell))
    claimable = support.by_status(MatchStatus.CLAIMABLE)
    if claimable:
        content.append(Spacer(1, 1.5 * mm))
        content += [measure_line(report, m) for m in claimable[:CLAIMABLE_SHOWN]]
        if len(claimable) > CLAIMABLE_SHOWN:
            content.append(
                para(report.t("more_measures").format(n=len(claimable) - CLAIMABLE_SHOWN), st.cell_small)
            )
    return content
