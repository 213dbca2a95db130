"""A dialog of small inputs built from FieldSpecs; it serves every small list (IP items, awards, standards…).

Each input checks itself as the user types and shows the reason under it; OK stays disabled until every
entry can be kept. Empty inputs are "to confirm" (None), never a default guessed for the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.wizard import bindings as b


@dataclass(frozen=True)
class FieldSpec:
    """One input of a record dialog."""

    key: str
    title: str
    kind: str = "text"  # text, date, integer, decimal, choice
    choices: Sequence[tuple[str, Any]] = ()
    required: bool = False  # a choice without "to confirm"; a text that cannot stay empty
    minimum: int | None = None
    maximum: int | None = None


def parse_integer(text: str, minimum: int | None = None, maximum: int | None = None) -> b.Parsed:
    ok, value, error = b.parse_decimal(text, allow_negative=True, integer=True)
    if not ok or value is None:
        return ok, value, error
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        return False, None, _range_error(minimum, maximum)
    return True, value, ""


def _range_error(minimum: int | None, maximum: int | None) -> str:
    if maximum is None:
        text = QCoreApplication.translate("RecordDialog", "Enter a whole number of at least %1")
    else:
        text = QCoreApplication.translate("RecordDialog", "Enter a whole number from %1 to %2")
    return text.replace("%1", str(minimum)).replace("%2", str(maximum))


class RecordDialog(QDialog):
    """Inputs built from FieldSpecs by `build`; `values()` gives the parsed entries once OK is enabled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(600)
        self.specs: dict[str, FieldSpec] = {}
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setVerticalSpacing(4)
        self.form.setHorizontalSpacing(16)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def build(self, title: str, specs: Sequence[FieldSpec], values: dict[str, Any]) -> None:
        self.setWindowTitle(title)
        for spec in specs:
            self._add(spec, values.get(spec.key))
        self.check()

    # --- building --------------------------------------------------------------------------------

    def _add(self, spec: FieldSpec, value: Any) -> None:
        widget = self._combo(spec, value) if spec.kind == "choice" else self._line(spec, value)
        widget.setObjectName(spec.key)
        error = b.error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(self._with_calendar(widget) if spec.kind == "date" else parts.row(widget))
        box.addWidget(error)
        label = QLabel(spec.title.replace("&", "&&"))  # a buddy label reads "&" as a shortcut
        label.setBuddy(widget)
        label.setWordWrap(True)
        label.setFixedWidth(220)
        self.form.addRow(label, box)
        self.specs[spec.key], self.inputs[spec.key], self.errors[spec.key] = spec, widget, error

    def _with_calendar(self, edit: QLineEdit) -> QHBoxLayout:
        """A date field and its calendar: a picked day is written into the field and checked."""

        def picked(day: dt.date) -> None:
            edit.setText(day.isoformat())
            self.check()

        button = parts.calendar_button(
            lambda: b.parse_date(edit.text())[1],
            picked,
            QCoreApplication.translate("Form", "Calendar"),
            QCoreApplication.translate("Form", "Pick from a calendar"),
        )
        button.setObjectName(f"{edit.objectName() or 'date'}Calendar")
        return parts.row(edit, 1, button)

    def _combo(self, spec: FieldSpec, value: Any) -> QComboBox:
        combo = QComboBox()
        if not spec.required:
            combo.addItem(QCoreApplication.translate("Field", "To confirm"), None)
        for text, data in spec.choices:
            combo.addItem(text, data)
        found = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
        combo.setCurrentIndex(found)
        combo.currentIndexChanged.connect(self.check)
        return combo

    def _line(self, spec: FieldSpec, value: Any) -> QLineEdit:
        edit = QLineEdit("" if value is None else value.isoformat() if spec.kind == "date" else str(value))
        if spec.kind == "date":
            edit.setPlaceholderText(QCoreApplication.translate("Form", "e.g. 2014-6-18"))
        elif spec.kind != "text":
            edit.setPlaceholderText(QCoreApplication.translate("RecordDialog", "to confirm"))
        edit.textEdited.connect(self.check)
        return edit

    # --- checking --------------------------------------------------------------------------------

    def parse(self, key: str) -> b.Parsed:
        spec, widget = self.specs[key], self.inputs[key]
        if isinstance(widget, QComboBox):
            return True, widget.currentData(), ""
        text = widget.text()
        if spec.required and not text.strip():
            return False, None, QCoreApplication.translate("RecordDialog", "Required")
        return self._parser(spec)(text)

    @staticmethod
    def _parser(spec: FieldSpec) -> Callable[[str], b.Parsed]:
        match spec.kind:
            case "date":
                return b.parse_date
            case "integer":
                return lambda text: parse_integer(text, spec.minimum, spec.maximum)
            case "decimal":
                return b.parse_decimal
        return lambda text: (True, text.strip() or None, "")

    def check(self) -> bool:
        """Show every input's reason; enable OK only when all entries can be kept."""
        good = True
        for key, error in self.errors.items():
            ok, _value, reason = self.parse(key)
            error.setText(reason)
            error.setVisible(bool(reason))
            style.set_state(self.inputs[key], "invalid", not ok)
            good = good and ok
        self.ok_button.setEnabled(good)
        return good

    def values(self) -> dict[str, Any]:
        return {key: self.parse(key)[1] for key in self.inputs}

    def accept(self) -> None:
        if self.check():
            super().accept()
