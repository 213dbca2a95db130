"""Small factories for the parts the panels build again and again: labels named for app.qss, rows of
widgets with their stretch, a table over its detail pane."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QWidget


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
