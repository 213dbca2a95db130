"""One home for how a status or a verdict looks: its colours, its text mark and its translated name.

Colour is never the only signal (colour-blind users, grey print-outs): every status also carries a mark
(✓ ✗ ? ◐) and a word. Tables, cards, the ladder and the digital chart all read from here. Names are
translated in the "StatusStyle" context, spelled out in each call because lupdate needs a literal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from assessments.labels import SCORE_MARK, edge_reason, score_of, trust
from assessments.results import Row, Status, Verdict
from assessments.support.matching import MatchStatus
from desktop.i18n import lang


@dataclass(frozen=True)
class Tone:
    """A soft fill for surfaces, a dark ink for text on it, and a strong colour for edges and bars."""

    fill: str
    ink: str
    strong: str

    def qss(self) -> str:
        """A chip: coloured text on its soft fill."""
        return f"color: {self.ink}; background: {self.fill}; border-radius: 3px; padding: 1px 6px;"


GREEN = Tone("#e7f5ec", "#1d6b36", "#2e9e57")
AMBER_RED = Tone("#fdeee6", "#a8431b", "#e0703a")
GREY = Tone("#eef0f3", "#566170", "#a3acb8")
BLUE = Tone("#e8f0fb", "#245aa6", "#5b8fd6")
TEAL = Tone("#e4f4f1", "#17695f", "#3aa394")
MUTED = Tone("#f3f3f3", "#8a8f96", "#c6cad0")
SCORE = Tone("#eef1f6", "#3b4656", "#8b97a8")  # points earned below the maximum: neither met nor failed

STATUS_TONE = {Status.MET: GREEN, Status.NOT_MET: AMBER_RED, Status.UNKNOWN: GREY, Status.MANUAL: BLUE}
VERDICT_TONE = {
    Verdict.QUALIFIES: GREEN,
    Verdict.DOES_NOT_QUALIFY: AMBER_RED,
    Verdict.LIKELY: TEAL,
    Verdict.CANNOT_TELL: GREY,
    Verdict.NOT_IN_FORCE: MUTED,
}
STATUS_MARK = {Status.MET: "✓", Status.NOT_MET: "✗", Status.UNKNOWN: "?", Status.MANUAL: "◐"}
VERDICT_MARK = {
    Verdict.QUALIFIES: "✓",
    Verdict.DOES_NOT_QUALIFY: "✗",
    Verdict.LIKELY: "≈",
    Verdict.CANNOT_TELL: "?",
    Verdict.NOT_IN_FORCE: "—",
}
ON_EDGE_MARK = "⚠"
CONSTRAINT_MARK = "★"


def status_tone(status: Status) -> Tone:
    return STATUS_TONE[status]


def verdict_tone(verdict: Verdict) -> Tone:
    return VERDICT_TONE[verdict]


def colour(hex_code: str) -> QColor:
    return QColor(hex_code)


def set_state(widget: QWidget, name: str, on: bool) -> None:
    """Set a property app.qss reads (`[invalid="true"]`, `[warning="true"]`) and restyle the widget."""
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def paint_ink(label: QLabel, tone: Tone) -> None:
    """Text in the tone's ink (a gap in amber-red, "target reached" in green)."""
    qss = f"color: {tone.ink};"
    if label.styleSheet() != qss:
        label.setStyleSheet(qss)


def paint_chip(label: QLabel, text: str, tone: Tone) -> None:
    """Text on a tone; the style sheet is set only when the tone changes (setting one re-polishes)."""
    label.setText(text)
    qss = tone.qss()
    if label.styleSheet() != qss:
        label.setStyleSheet(qss)


def status_name(status: Status) -> str:
    return {
        Status.MET: QCoreApplication.translate("StatusStyle", "met"),
        Status.NOT_MET: QCoreApplication.translate("StatusStyle", "not met"),
        Status.UNKNOWN: QCoreApplication.translate("StatusStyle", "to confirm"),
        Status.MANUAL: QCoreApplication.translate("StatusStyle", "manual check"),
    }[status]


def verdict_name(verdict: Verdict) -> str:
    return {
        Verdict.QUALIFIES: QCoreApplication.translate("StatusStyle", "qualifies"),
        Verdict.DOES_NOT_QUALIFY: QCoreApplication.translate("StatusStyle", "does not qualify"),
        Verdict.LIKELY: QCoreApplication.translate("StatusStyle", "likely"),
        Verdict.CANNOT_TELL: QCoreApplication.translate("StatusStyle", "cannot tell yet"),
        Verdict.NOT_IN_FORCE: QCoreApplication.translate("StatusStyle", "not in force"),
    }[verdict]


def verdict_hint(verdict: Verdict) -> str:
    """What the verdict means, for tooltips."""
    return {
        Verdict.QUALIFIES: QCoreApplication.translate(
            "StatusStyle", "Every condition is met on the figures entered."
        ),
        Verdict.DOES_NOT_QUALIFY: QCoreApplication.translate(
            "StatusStyle", "At least one condition is not met; see the gaps."
        ),
        Verdict.LIKELY: QCoreApplication.translate(
            "StatusStyle",
            "Everything that can be computed is met; items judged by experts or a platform remain.",
        ),
        Verdict.CANNOT_TELL: QCoreApplication.translate(
            "StatusStyle", "Some inputs are still empty; fill them in to get a verdict."
        ),
        Verdict.NOT_IN_FORCE: QCoreApplication.translate(
            "StatusStyle", "No rule of this scheme applies on the assessment date."
        ),
    }[verdict]


def status_text(status: Status) -> str:
    """Mark and word: "✓ met"."""
    return f"{STATUS_MARK[status]} {status_name(status)}"


def row_status_name(row: Row) -> str:
    """The status word of a criterion; a "yes" the firm must prove reads "met (evidence needed)"; a
    scored indicator below its maximum reads as its score, "5 / 6 分", as in the reports (labels.score_of)."""
    if row.partial_score:
        return score_of(row).get(lang())
    if row.evidence_needed and row.status is Status.MET:
        return QCoreApplication.translate("StatusStyle", "met (evidence needed)")
    return status_name(row.status)


def row_status_text(row: Row) -> str:
    """Mark and word of a criterion: "✓ met (evidence needed)" (decision 13), "· 5 / 6 分"."""
    return f"{row_mark(row)} {row_status_name(row)}"


def row_mark(row: Row) -> str:
    return SCORE_MARK if row.partial_score else STATUS_MARK[row.status]


def row_tone(row: Row) -> Tone:
    """A partial score is not a failure: slate, not amber-red."""
    return SCORE if row.partial_score else STATUS_TONE[row.status]


def verdict_text(verdict: Verdict) -> str:
    return f"{VERDICT_MARK[verdict]} {verdict_name(verdict)}"


def on_edge_text() -> str:
    return f"{ON_EDGE_MARK} " + QCoreApplication.translate("StatusStyle", "on the edge")


def on_edge_hint(row: Row) -> str:
    """What could flip it, in the row's own terms: a questionnaire answer, an item, the accounts."""
    return edge_reason(row).get(lang())


def unverified_text(row: Row) -> str:
    """The words of a rule resting on a single source: "Single source, to verify"."""
    return trust(row.source.confidence).get(lang())


def unverified_hint(row: Row) -> str:
    return QCoreApplication.translate(
        "StatusStyle",
        "This rule was read from a source tagged %1, not yet checked against the official text: "
        "treat the result as provisional.",
    ).replace("%1", row.source.confidence.value)


def confidence_name(row: Row) -> str:
    """How far the rule's source can be trusted, in plain words with the reference's tag: "Official text (OT)"."""
    return f"{trust(row.source.confidence).get(lang())} ({row.source.confidence.value})"


# --- the support measures' standing (desktop/widgets/support_view.py) ---------------------------------

AMBER = Tone("#fff5dc", "#8a5a00", "#e0a53a")
MEASURE_TONE = {
    MatchStatus.CLAIMABLE: GREEN,
    MatchStatus.NEAR_MISS: AMBER,
    MatchStatus.CHECK: BLUE,
    MatchStatus.NOT_ELIGIBLE: MUTED,
}
MEASURE_MARK = {
    MatchStatus.CLAIMABLE: "✓",
    MatchStatus.NEAR_MISS: "↗",
    MatchStatus.CHECK: "?",
    MatchStatus.NOT_ELIGIBLE: "—",
}


def measure_tone(status: MatchStatus) -> Tone:
    return MEASURE_TONE[status]


def measure_status_name(status: MatchStatus) -> str:
    return {
        MatchStatus.CLAIMABLE: QCoreApplication.translate("StatusStyle", "claimable now"),
        MatchStatus.NEAR_MISS: QCoreApplication.translate("StatusStyle", "near miss"),
        MatchStatus.CHECK: QCoreApplication.translate("StatusStyle", "check with the agency"),
        MatchStatus.NOT_ELIGIBLE: QCoreApplication.translate("StatusStyle", "not eligible"),
    }[status]


def measure_status_hint(status: MatchStatus) -> str:
    return {
        MatchStatus.CLAIMABLE: QCoreApplication.translate(
            "StatusStyle",
            "The firm holds a title the measure names and meets every condition the tool can check.",
        ),
        MatchStatus.NEAR_MISS: QCoreApplication.translate(
            "StatusStyle",
            "Within reach: close the gap named beside it (often a title the self-check says you meet).",
        ),
        MatchStatus.CHECK: QCoreApplication.translate(
            "StatusStyle",
            "The agency decides, or the tool lacks your own yes or no: ask before counting on it.",
        ),
        MatchStatus.NOT_ELIGIBLE: QCoreApplication.translate(
            "StatusStyle", "Not for this firm on the figures entered."
        ),
    }[status]


def measure_status_text(status: MatchStatus) -> str:
    return f"{MEASURE_MARK[status]} {measure_status_name(status)}"
