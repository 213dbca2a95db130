"""One Xiamen 2026 target as a card: the firm's figure, the target, the gap to close and the status."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from assessments.results import Row, Status, Text
from desktop.i18n import lang
from desktop.models.result_table_model import gap_quantity_text, quantity_text
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.card import Card, chip


class TargetCard(Card):
    """Value against target; the gap as a quantity with the engine's full sentence under it."""

    row_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("targetCard", parent)
        self.row: Row | None = None
        self.goal: Text | None = None
        self._shown: tuple[str, Row, Text | None] | None = None  # (language, row, goal) on screen
        self.title = parts.wrapped("", "targetTitle")
        self.value = parts.label("targetValue")
        self.requirement = parts.label("targetRequirement")
        self.status = chip()
        self.on_edge = chip()
        self.unverified = chip()
        self.gap_amount = parts.label("targetGapAmount")
        self.gap = parts.wrapped("", "targetGap")
        self._lay_out()
        self.clicked.connect(self._on_self_clicked)

    def _lay_out(self) -> None:
        figures = QHBoxLayout()
        figures.addWidget(self.value)
        figures.addWidget(self.requirement, 1, Qt.AlignmentFlag.AlignBottom)
        marks = QHBoxLayout()
        marks.setSpacing(6)
        for widget in (self.status, self.on_edge, self.unverified):
            marks.addWidget(widget)
        marks.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(figures)
        layout.addLayout(marks)
        layout.addWidget(self.gap_amount)
        layout.addWidget(self.gap)
        layout.addStretch()

    def set_row(self, row: Row, goal: Text | None = None) -> None:
        """Show a row; an unchanged one costs nothing (most what-if edits leave most cards alone).

        `goal` is the target as the next value shown ("≥ 10.01%" for "> 10%"); the rule's own words
        are in the tooltip. Without one the card shows the requirement as written.
        """
        language = lang()
        if self._shown == (language, row, goal):
            return
        self.row, self.goal, self._shown = row, goal, (language, row, goal)
        tone = style.row_tone(row)
        self.set_tone(tone)
        self.title.setText(row.label.get(language))
        self.value.setText(quantity_text(row.value, row.unit))
        target = (goal or row.requirement).get(language)
        self.requirement.setText(self.tr("target %1").replace("%1", target))
        self.requirement.setToolTip(row.requirement.get(language))
        style.paint_chip(self.status, style.row_status_text(row), tone)
        self._set_marks(row)
        self._set_gap(row)
        self.setToolTip(row.calc.get(language))

    def _set_marks(self, row: Row) -> None:
        self.on_edge.setVisible(row.on_edge)
        style.paint_chip(self.on_edge, style.on_edge_text(), style.AMBER_RED)
        self.on_edge.setToolTip(style.on_edge_hint(row))
        self.unverified.setVisible(not row.verified)
        style.paint_chip(self.unverified, style.unverified_text(row), style.GREY)
        self.unverified.setToolTip(style.unverified_hint(row))

    def _set_gap(self, row: Row) -> None:
        gap = row.gap
        style.paint_ink(self.gap_amount, style.row_tone(row))
        if gap is None:
            met = row.status is Status.MET
            self.gap_amount.setText(self.tr("Target reached") if met else "")
            self.gap_amount.setVisible(met)
            self.gap.setText("" if met else self._open_reason(row))
            return
        amount = gap_quantity_text(gap)
        self.gap_amount.setText(self.tr("Gap: %1").replace("%1", amount) if amount else self.tr("Gap"))
        self.gap_amount.setVisible(True)
        self.gap.setText(gap.text.get(lang()))

    @staticmethod
    def _open_reason(row: Row) -> str:
        """Why a target is still open: the engine's note, or the calculation naming the missing input."""
        return (row.note or row.calc).get(lang())

    def _on_self_clicked(self) -> None:
        if self.row is not None:
            self.row_clicked.emit(self.row.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.row is not None:
            self._shown = None
            self.set_row(self.row, self.goal)
        super().changeEvent(event)
