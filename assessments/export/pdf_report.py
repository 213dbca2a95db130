"""The report being written (its assessment and language) and the building blocks all sections use."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from assessments.engine import Assessment
from assessments.export.cells import clipped
from assessments.export.labels import PDF
from assessments.export.pdf_labels import SHORT
from assessments.export.pdf_styles import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    STATUS_TINT,
    WARN,
    Para,
    Styles,
    coloured,
    grid_style,
    long_table,
    para,
    styles,
    table_style,
)
from assessments.export.support import Support
from assessments.gaps import gap_unit
from assessments.numbers import fmt_pct, points_num
from assessments.paths import resources_dir
from assessments.priorities import RankedGap
from assessments.results import Row, SchemeResult, Status, Text
from assessments.rules.schema import AnyPack, CriteriaPack
from assessments.sample import SAMPLE_LABEL, SAMPLE_NOTE, is_sample

LABELS = {**PDF, **SHORT}
METHOD_FILE = resources_dir() / "report" / "method.toml"
# Texts the user typed are cut (with a note giving the full length) so that no table row outgrows a
# page: the model allows 200 characters for names, 500 for a product or IP title, 2,000 for a note.
NAME_CHARS = 80  # the firm name on the cover and in every page header
SHORT_CHARS = 200  # a name in a narrow column: an owner, an IP number, the district
USER_CHARS = 600  # a product or an IP title
NOTE_CHARS = 2_000  # an action's note, in the plan's widest column


@dataclass
class Report:
    """What every section needs: the assessment, the language and its styles, the method text, the plan
    and the support measures."""

    assessment: Assessment
    lang: str
    generated: dt.date
    support: Support
    st: Styles = field(init=False)

    def __post_init__(self) -> None:
        self.st = styles(self.lang)

    def t(self, key: str) -> str:
        return LABELS[key].get(self.lang)

    def text(self, text: Text) -> str:
        return text.get(self.lang)

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    def pick(self, zh: str, en: str) -> str:
        return zh if self.zh else en

    def labelled(self, label: str, text: str) -> str:
        """The label before its text: "差距：…" or "Gap: …"."""
        return f"{label}：{text}" if self.zh else f"{label}: {text}"

    def bracketed(self, text: str) -> str:
        return f"（{text}）" if self.zh else f" ({text})"

    def joined(self, items: list[str], strong: bool = False) -> str:
        """Items joined with 、 (or ； between items that hold 、 themselves)."""
        if self.zh:
            return ("；" if strong else "、").join(items)
        return ("; " if strong else ", ").join(items)

    @property
    def suffix(self) -> str:
        """The language suffix of the method file's keys."""
        return "_zh" if self.zh else "_en"

    @property
    def firm_name(self) -> str:
        """The name as the cover and every page header show it: shortened when very long."""
        return clipped(self.assessment.firm.profile.name or "—", NAME_CHARS)

    def user_text(self, text: str, limit: int = USER_CHARS) -> str:
        """A text the user typed (a product, an IP title, a note), cut with a note when very long."""
        note = self.t("cut").replace("{n}", f"{len(text):,}")
        return clipped(text, limit, note)

    @cached_property
    def sample(self) -> bool:
        """The firm is the app's built-in sample: every page says so, its figures are invented."""
        return is_sample(self.assessment.firm)  # by its credit code, as the workspace knows it

    def firm_line(self) -> str:
        """The firm's name as a page header shows it, with "（示例）" for the sample."""
        return self.firm_name + (self.bracketed(self.text(SAMPLE_LABEL)) if self.sample else "")

    @cached_property
    def method(self) -> dict[str, Any]:
        return tomllib.loads(METHOD_FILE.read_text(encoding="utf-8"))

    @cached_property
    def tolerance(self) -> str:
        conventions = self.assessment.packs["conventions"]
        assert isinstance(conventions, CriteriaPack)
        return fmt_pct(Decimal(str(conventions.criterion("on_edge").params["relative_tolerance"])) * 100)


def heading(text: str, style: Any, key: str, level: int = 0) -> Para:
    """A heading that is also an outline entry (bookmark) of the PDF."""
    flowable = para(text, style)
    flowable.outline = (key, text, level)  # type: ignore[attr-defined]
    return flowable


def key_values(report: Report, pairs: list[tuple[str, str]]) -> Table:
    st = report.st
    data = [[para(k, st.cell, MUTED), para(v, st.body)] for k, v in pairs]
    table = Table(data, colWidths=[42 * mm, FRAME_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def boxed(content: Flowable | list[Flowable], tint: Any) -> Table:
    table = Table([[content]], colWidths=[FRAME_WIDTH])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("PADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def sample_note(report: Report) -> Table:
    """The box under the firm's name when the firm is the built-in sample."""
    table = boxed(para(report.text(SAMPLE_NOTE), report.st.body, WARN), STATUS_TINT[Status.UNKNOWN])
    table.spaceAfter = 3 * mm
    return table


def _window(pack: AnyPack, report: Report) -> str:
    a = report.assessment
    for w in pack.in_force:
        if (
            w.purpose == a.purpose.value
            and w.effective_from <= a.on
            and (w.effective_to is None or a.on <= w.effective_to)
        ):
            end = w.effective_to.isoformat() if w.effective_to else report.t("open_end")
            return f"{w.effective_from.isoformat()} – {end}"
    return "—"


def packs_table(report: Report, with_dates: bool) -> Table:
    st = report.st
    head = [report.t("scheme"), report.t("version"), report.t("document")]
    widths = [48 * mm, 18 * mm, FRAME_WIDTH - 66 * mm]
    if with_dates:
        head.append(report.t("in_force"))
        widths = [42 * mm, 16 * mm, FRAME_WIDTH - 100 * mm, 42 * mm]
    rows = []
    for pack in report.assessment.packs.values():
        cells = [Text(pack.title_zh, pack.title_en).get(report.lang), pack.version, pack.document]
        if with_dates:
            cells.append(_window(pack, report))
        rows.append([para(c, st.cell) for c in cells])
    data = [[para(h, st.cell_head) for h in head], *rows]
    return long_table(data, widths, grid_style(rows=len(data)))


def score_text(report: Report, result: SchemeResult) -> str:
    if result.score is None:
        return ""
    score = points_num(result.score)  # points as kept, as in the app and the summary (58.875, not 58.88)
    if result.score_max is not None and result.score_max != result.score:
        score += f"–{points_num(result.score_max)}"
    text = f"{report.t('score')} {score}"
    if result.pass_score is not None:
        text += report.bracketed(f"{report.t('pass')} {points_num(result.pass_score)}")
    return text


def gap_amount(report: Report, row: Row) -> str:
    if row.gap is None or row.gap.amount is None:
        return "—"
    return report.pick(*gap_unit(row.gap.amount, row.gap.unit))  # a share's gap in percentage points


def action_cell(report: Report, item: RankedGap) -> Para:
    text = f"{coloured(report.text(item.row.label), ACCENT)}<br/>{coloured(report.text(item.gap.text), INK)}"
    if item.blocking:
        text += f"<br/>{coloured('★ ' + report.t('unblocks'), WARN)}"
    return Para(text, report.st.cell)
