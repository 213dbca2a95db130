"""Small factories for the parts the panels build again and again: labels named for app.qss, rows of
widgets with their stretch, a table over its detail pane."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolButton,
    QWidget,
    QWidgetAction,
)


def label(name: str, text: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)
    return widget


def wrapped(text: str, name: str) -> QLabel:
    widget = label(name, text)
    widget.setWordWrap(True)
    return widget


def row(*parts: Any) -> QHBoxLayout:
    """Widgets with their stretch factors: row(a, 1, b, c) gives a the spare room."""
    layout = QHBoxLayout()
    layout.setSpacing(12)
    for part in parts:
        if isinstance(part, int):
            layout.setStretch(layout.count() - 1, part)
        else:
            layout.addWidget(part)
    return layout


def split(top: QWidget, bottom: QWidget, top_stretch: int, bottom_stretch: int = 1) -> QSplitter:
    """One above the other (a table over its detail pane); neither can be collapsed out of sight."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, top_stretch)
    splitter.setStretchFactor(1, bottom_stretch)
    splitter.setChildrenCollapsible(False)
    return splitter


def text_height(widget: QLabel, width: int) -> int:
    """The height a wrapped label needs at a width (QLabel over-estimates it for rich text)."""
    doc = QTextDocument()
    doc.setDefaultFont(widget.font())
    doc.setDocumentMargin(0)
    if widget.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(widget.text())
    else:
        doc.setPlainText(widget.text())
    doc.setTextWidth(max(width, 200))
    margins = widget.contentsMargins()
    return math.ceil(doc.size().height()) + margins.top() + margins.bottom()


def calendar_button(
    current: Callable[[], dt.date | None], picked: Callable[[dt.date], None], text: str, tip: str
) -> QToolButton:
    """A button beside a date field that opens a calendar on the field's date (today when it is empty);
    a click on a day calls `picked`. The field stays typeable and may stay empty (unknown)."""
    button = QToolButton()
    button.setObjectName("calendarButton")
    button.setText(text)  # a word, not an emoji: the bundled font has no emoji
    button.setToolTip(tip)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    calendar = QCalendarWidget(menu)
    calendar.setGridVisible(True)
    action = QWidgetAction(menu)
    action.setDefaultWidget(calendar)
    menu.addAction(action)
    button.setMenu(menu)
    button.calendar = calendar  # type: ignore[attr-defined]  # for tests and callers

    def on_show() -> None:
        day = current() or dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def on_chosen(day: QDate) -> None:
        menu.close()
        picked(dt.date(day.year(), day.month(), day.day()))

    menu.aboutToShow.connect(on_show)
    calendar.clicked.connect(on_chosen)
    calendar.activated.connect(on_chosen)
    return button
