"""The qualification ladder: size class → 创新型 → 专精特新 → 小巨人, with 高企 and 科技型 beside it.

Each step shows its verdict in words and colour, its score and the rule-pack document it used; a click
opens that scheme's criteria.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from assessments.results import SchemeResult
from desktop.i18n import lang
from desktop.models.result_table_model import score_line
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.card import Card, chip

LADDER = ("sme_size", "innovative_sme", "srdi_sme", "little_giant")
BESIDE = ("hnte", "tech_sme")
SUMMARY_LINES = 3


class ClampedLabel(QLabel):
    """Word-wrapped text cut to a few lines with "…"; the full text is in the tooltip."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.lines = lines
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._clamp()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._clamp()

    def _clamp(self) -> None:
        budget = int(self.width() * self.lines * 0.9)  # wrapping wastes part of each line
        text = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, budget)
        if text != self.text():
            self.setText(text)
        self.setToolTip(self.full_text if text != self.full_text else "")


class LadderStep(Card):
    def __init__(self, scheme: str, parent: QWidget | None = None) -> None:
        super().__init__("ladderStep", parent)
        self.scheme = scheme
        self.result: SchemeResult | None = None
        self._shown: tuple[str, SchemeResult] | None = None  # (language, result) on screen
        self.title = parts.wrapped("", "ladderTitle")
        self.verdict = chip("verdictChip")
        self.score = parts.label("ladderScore")
        self.summary = ClampedLabel(SUMMARY_LINES)
        self.summary.setObjectName("ladderSummary")
        self.document = parts.wrapped("", "ladderDocument")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.score, self.summary, self.document):
            layout.addWidget(widget)
        layout.addStretch()

    def set_result(self, result: SchemeResult) -> None:
        language = lang()
        if self._shown == (language, result):
            return
        self.result, self._shown = result, (language, result)
        tone = style.verdict_tone(result.verdict)
        self.set_tone(tone)
        self.title.setText(result.title.get(language))
        style.paint_chip(self.verdict, style.verdict_text(result.verdict), tone)
        self.verdict.setToolTip(style.verdict_hint(result.verdict))
        self.score.setText(score_line(result))
        self.score.setVisible(result.score is not None)
        self.summary.set_full_text(result.summary.get(language))
        self.document.setText(self._document_line(result))
        self.setToolTip(self.tr("Open the criteria of %1").replace("%1", result.title.get(language)))

    def _document_line(self, result: SchemeResult) -> str:
        if not result.document:
            return self.tr("No rule pack in force")
        return self.tr("%1 · rules %2").replace("%1", result.document).replace("%2", result.pack_version)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.result is not None:
            self._shown = None
            self.set_result(self.result)
        super().changeEvent(event)


class LadderView(QWidget):
    scheme_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = {scheme: LadderStep(scheme) for scheme in (*LADDER, *BESIDE)}
        self.beside_caption = parts.wrapped("", "ladderCaption")
        self._lay_out()
        for scheme, step in self.steps.items():
            step.clicked.connect(lambda s=scheme: self.scheme_clicked.emit(s))
        self.retranslate()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(10)
        for i, scheme in enumerate(LADDER):
            grid.addWidget(self.steps[scheme], 0, 2 * i)
            grid.setColumnStretch(2 * i, 1)
            if i:
                grid.addWidget(self._arrow(), 0, 2 * i - 1)
        grid.addWidget(self.beside_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        for i, scheme in enumerate(BESIDE, start=1):
            grid.addWidget(self.steps[scheme], 1, 2 * i)

    @staticmethod
    def _arrow() -> QLabel:
        arrow = QLabel("→")
        arrow.setObjectName("ladderArrow")
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return arrow

    def set_results(self, results: Mapping[str, SchemeResult]) -> None:
        for scheme, step in self.steps.items():
            if scheme in results:
                step.set_result(results[scheme])

    def retranslate(self) -> None:
        self.beside_caption.setText(self.tr("Beside the ladder: titles that open direct routes to its steps"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
