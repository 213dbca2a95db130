"""The parts the questionnaire's selectors (scored items, graded scenes) are built of: option texts that
click their button, the flat "Clear" button, and clearing an exclusive group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QLabel, QPushButton, QWidget


class ClickableText(QLabel):
    """A wrapped text that clicks its button, so the whole option is a target, not only the dot."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setObjectName("choiceText")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        super().mouseReleaseEvent(event)


def clear_buttons(group: QButtonGroup) -> None:
    """Uncheck every button of an exclusive group (Qt refuses to while it is exclusive)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


def clear_answer_button() -> QPushButton:
    """The flat "Clear" link that leaves an answer "to confirm"; the selector names it and shows it."""
    button = QPushButton()
    button.setObjectName("clearAnswer")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
