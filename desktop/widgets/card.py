"""The clickable, status-tinted frame of the target cards and the ladder's steps, and the chip they show a
status on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from desktop.widgets import parts
from desktop.widgets import status_style as style


class Card(QFrame):
    """A white card with a status-coloured edge; a click or Enter/Space emits `clicked`."""

    clicked = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._tone: style.Tone | None = None

    def set_tone(self, tone: style.Tone) -> None:
        if tone == self._tone:  # a style sheet re-polishes the card: only when the colour changes
            return
        self._tone = tone
        name = self.objectName()
        self.setStyleSheet(
            f"#{name} {{ background: #ffffff; border: 1px solid #e1e5ea; border-left: 5px solid {tone.strong};"
            f" border-radius: 6px; }} #{name}:focus {{ border-color: #1f5fbf; }}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def chip(object_name: str = "statusChip") -> QLabel:
    return parts.label(object_name)
