"""One input widget ↔ one document path: validate as the user types, write only valid values.

A wrong entry keeps its text in the field with the reason beside it and changes nothing in the
document, so nothing is ever lost; an empty field means "to confirm" (None), never zero.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from assessments.dates import DateTextError, read_date
from assessments.lists import suggestions_with
from assessments.model import AMOUNT_CEILING, amount_problem, date_problem
from assessments.numbers import NumberTextError, read_figure
from assessments.storage.file_errors import reason_of
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import status_style as style

Parsed = tuple[bool, Any, str]  # ok, value, error message
_UNSET = object()


def parse_decimal(
    text: str,
    allow_negative: bool = False,
    integer: bool = False,
    ceiling: Decimal = AMOUNT_CEILING,
    unit: str = "",
) -> Parsed:
    """A figure within ±`ceiling` (the model's own bound), as typed or copied from Excel/WPS: "1,234",
    full-width digits and, given the `unit` (wan, staff, count), its unit word ("1,234万元", "12人").
    "1,2" and "1e30" are refused with the reason."""
    try:
        value = read_figure(text, unit)
    except NumberTextError as error:
        return False, None, error.reason.get(lang())
    if value is None:
        return True, None, ""
    beyond = amount_problem(value, ceiling)
    if beyond is not None:
        return False, None, beyond.get(lang())
    if value < 0 and not allow_negative:
        return False, None, QCoreApplication.translate("Field", "Cannot be negative")
    if integer and value != value.to_integral_value():
        return False, None, QCoreApplication.translate("Field", "Enter a whole number")
    return True, (int(value) if integer else value), ""


def parse_date(text: str) -> Parsed:
    """A date as Chinese users type it (2014/6/18, 2014-6-18, 2014年6月18日, 20140618, 2014.6.18)."""
    try:
        value = read_date(text)
    except DateTextError as error:
        return False, None, error.reason.get(lang())
    if value is None:
        return True, None, ""
    problem = date_problem(value)
    return (False, None, problem.get(lang())) if problem else (True, value, "")


def refusal(failure: ValueError) -> str:
    """One line saying why the model refused a value, in the app's language."""
    if isinstance(failure, ValidationError) and failure.errors():
        return reason_of(failure.errors()[0]).get(lang())
    return str(failure).splitlines()[-1]


def format_decimal(value: Any) -> str:
    if value is None:
        return ""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


class Binding(QObject):
    """Base: keeps one widget in step with `session.value(path)` and reports errors in `error_label`."""

    def __init__(self, session: Session, path: str, widget: QWidget, error_label: QLabel, name: str) -> None:
        super().__init__(widget)
        self.session, self.path, self.widget, self.error_label, self.name = (
            session,
            path,
            widget,
            error_label,
            name,
        )
        self.error = ""
        session.changed.connect(self._on_session_changed)

    def _on_session_changed(self, path: str) -> None:
        if path in ("", self.path) and not (self.error and self.widget.hasFocus()):
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _show(self, error: str) -> None:
        self.error = error
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        style.set_state(self.widget, "invalid", bool(error))

    def set_value(self, value: Any) -> None:
        """Write a value chosen outside the widget (a day picked from a calendar) and show it."""
        self._write(value)
        if not self.error:
            self.refresh()

    def _write(self, value: Any) -> None:
        try:
            self.session.set_field(self.path, value, self.name)
        except ValueError as failure:  # the model refused it: say so and keep the text
            self._show(refusal(failure))
        else:
            self._show("")


class TextBinding(Binding):
    def __init__(
        self,
        session: Session,
        path: str,
        edit: QLineEdit,
        error_label: QLabel,
        name: str,
        parse: Callable[[str], Parsed] | None = None,
        display: Callable[[Any], str] = format_decimal,
    ):
        super().__init__(session, path, edit, error_label, name)
        self.parse = parse or (lambda text: (True, text.strip() or None, ""))
        self.display = display
        self._before: Any = _UNSET  # the value when this round of typing began
        self._reverting = False
        edit.textEdited.connect(self._on_edited)
        edit.editingFinished.connect(self._on_finished)
        self.refresh()

    def refresh(self) -> None:
        edit: QLineEdit = self.widget
        value = self.session.value(self.path)
        if self._reverting:
            return  # undoing a wrong entry's prefix: the wrong text stays in the field with its reason
        if edit.hasFocus() and self.parse(edit.text())[:2] == (True, value):
            return  # the user's own typing: keep their formatting ("1,0" stays until they finish)
        self._before = _UNSET
        text = self.display(value)
        if edit.text() != text:
            edit.setText(text)
        self._show("")

    def _on_edited(self, text: str) -> None:
        if self._before is _UNSET:
            self._before = self.session.value(self.path)
        ok, value, error = self.parse(text)
        if not ok:
            # A wrong entry changes nothing: undo what its valid prefix wrote ("1" of "16" past a cap).
            if self.session.value(self.path) != self._before:
                self._reverting = True
                try:
                    self.session.set_field(self.path, self._before, self.name)
                finally:
                    self._reverting = False
            self._show(error)
            return
        if value != self.session.value(self.path):
            self._write(value)
        else:
            self._show("")

    def _on_finished(self) -> None:
        self._before = _UNSET
        if not self.error:
            edit: QLineEdit = self.widget
            edit.setText(self.display(self.session.value(self.path)))  # normalise "1,000" → "1000"


class ChoiceBinding(Binding):
    """A combo box whose first entry "to confirm" stands for None."""

    def __init__(
        self,
        session: Session,
        path: str,
        combo: QComboBox,
        error_label: QLabel,
        name: str,
        choices: Sequence[tuple[str, Any]],
    ) -> None:
        super().__init__(session, path, combo, error_label, name)
        combo.addItem(QCoreApplication.translate("Field", "To confirm"), None)
        for label, value in choices:
            combo.addItem(label, value)
        combo.activated.connect(self._on_activated)
        self.refresh()

    def refresh(self) -> None:
        combo: QComboBox = self.widget
        value = self.session.value(self.path)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
        if index < 0:  # a value the file holds but the list lacks: shown as it is, never as 待确认
            combo.addItem(str(getattr(value, "value", value)), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _on_activated(self, index: int) -> None:
        self._write(self.widget.itemData(index))


class SuggestionBinding(Binding):
    """An editable combo box for a free text with suggestions (the district): any text the file format
    accepts may be typed, a stored value shows as it is, and empty means "to confirm"."""

    def __init__(self, session: Session, path: str, combo: QComboBox, error_label: QLabel, name: str) -> None:
        super().__init__(session, path, combo, error_label, name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(QCoreApplication.translate("Field", "To confirm"))
        combo.activated.connect(self._on_chosen)
        combo.lineEdit().editingFinished.connect(self._on_chosen)
        self.refresh()

    def refresh(self) -> None:
        combo: QComboBox = self.widget
        value = self.session.value(self.path)
        for suggestion in suggestions_with(value, tuple(combo.itemText(i) for i in range(combo.count()))):
            if combo.findText(suggestion) < 0:
                combo.addItem(suggestion)
        combo.setCurrentIndex(combo.findText(value) if value else -1)
        combo.setEditText(value or "")

    def _on_chosen(self, *_args: Any) -> None:
        text = self.widget.currentText().strip() or None
        if text != self.session.value(self.path):
            self._write(text)


def yes_no() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("Field", "Yes"), True),
        (QCoreApplication.translate("Field", "No"), False),
    ]


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
