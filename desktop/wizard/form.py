"""A form of bound inputs with the official definition of the focused field beside it.

Each row: label, input (with its unit), and an error line under it that appears only while the entry
is wrong. The help panel on the right shows what the official definition counts and its citation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assessments.help import help_for
from assessments.model import AMOUNT_CEILING
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import parts
from desktop.wizard import bindings as b


class HelpPanel(QFrame):
    """The definition of whatever field has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("helpTitle")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel()
        self.source.setObjectName("helpSource")
        self.source.setWordWrap(True)
        for widget in (self.title, self.body, self.source):
            layout.addWidget(widget)
        layout.addStretch()
        self.show_help("", "")

    def show_help(self, title: str, path: str) -> None:
        entry = help_for(path) if path else None
        self.title.setText(title or self.tr("Help"))
        if entry is None:
            self.body.setText(self.tr("Click a field to see what the official definition counts."))
            self.source.setText("")
            return
        self.body.setText(entry.text.get(lang()))
        self.source.setText(self.tr("Source: %1").replace("%1", entry.source) if entry.source else "")


class _FocusWatcher(QObject):
    def __init__(self, panel: HelpPanel, title: str, path: str, parent: QObject) -> None:
        super().__init__(parent)
        self.panel, self.title, self.path = panel, title, path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.panel.show_help(self.title, self.path)
        return False


class Form(QWidget):
    """Rows of bound inputs in a scroll area, with the help panel beside them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bindings: dict[str, b.Binding] = {}
        self.help = HelpPanel()
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.help)
        self._row = 0

    def section(self, title: str) -> QLabel:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        self.grid.addWidget(label, self._row, 0, 1, 3)
        self._row += 1
        return label

    def _add(self, path: str, title: str, widget: QWidget, unit: str = "") -> QLabel:
        label = QLabel(title)
        label.setBuddy(widget)
        label.setWordWrap(True)
        label.setMinimumWidth(160)
        label.setMaximumWidth(300)
        error = b.error_label()
        entry = help_for(path)
        if entry is not None:
            widget.setToolTip(entry.text.get(lang()))
        widget.installEventFilter(_FocusWatcher(self.help, title, path, widget))
        self.grid.addWidget(label, self._row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(widget, self._row, 1)
        if unit:
            self.grid.addWidget(QLabel(unit), self._row, 2)
        self.grid.addWidget(error, self._row + 1, 1, 1, 2)
        self._row += 2
        return error

    def text(
        self,
        path: str,
        title: str,
        parse: Callable[[str], b.Parsed] | None = None,
        display: Callable[[Any], str] = b.format_decimal,
        placeholder: str = "",
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(path)
        edit.setPlaceholderText(placeholder)
        error = self._add(path, title, edit)
        self.bindings[path] = b.TextBinding(self.session, path, edit, error, title, parse, display)
        return edit

    def decimal(
        self,
        path: str,
        title: str,
        unit: str = "",
        allow_negative: bool = False,
        integer: bool = False,
        ceiling: Decimal = AMOUNT_CEILING,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(path)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setPlaceholderText(self.tr("to confirm"))
        error = self._add(path, title, edit, unit)
        self.bindings[path] = b.TextBinding(
            self.session,
            path,
            edit,
            error,
            title,
            lambda text: b.parse_decimal(
                text, allow_negative=allow_negative, integer=integer, ceiling=ceiling
            ),
        )
        return edit

    def date(self, path: str, title: str) -> QLineEdit:
        """A date typed as users write it (2014/6/18, 2014年6月18日, 20140618…) or picked from a calendar;
        empty is "to confirm"."""
        edit = self.text(
            path, title, b.parse_date, lambda d: d.isoformat() if d else "", self.tr("e.g. 2014-6-18")
        )
        binding = self.bindings[path]
        button = parts.calendar_button(
            lambda: self.session.value(path),
            binding.set_value,
            self.tr("Calendar"),
            self.tr("Pick from a calendar"),
        )
        button.setObjectName(f"{path}.calendar")
        self.grid.addWidget(button, self._row - 2, 2)
        return edit

    def choice(self, path: str, title: str, choices: Sequence[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(path)
        error = self._add(path, title, combo)
        self.bindings[path] = b.ChoiceBinding(self.session, path, combo, error, title, choices)
        return combo

    def suggest(self, path: str, title: str, suggestions: Sequence[str]) -> QComboBox:
        """A free text with suggestions to pick from (the district)."""
        combo = QComboBox()
        combo.setObjectName(path)
        combo.addItems(list(suggestions))
        error = self._add(path, title, combo)
        self.bindings[path] = b.SuggestionBinding(self.session, path, combo, error, title)
        return combo

    def yes_no(self, path: str, title: str) -> QComboBox:
        return self.choice(path, title, b.yes_no())
