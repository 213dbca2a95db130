"""A dialog to add or edit one IP item; its base, RecordDialog, serves every small list (awards, standards…).

Each input checks itself as the user types and shows the reason under it; OK stays disabled until every
entry can be kept. Empty inputs are "to confirm" (None), never a default guessed for the user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assessments.ip import TRANSFERRED
from assessments.ip_import import IP_ORIGINS, IP_STATUSES, IP_TYPES
from assessments.model import IpItem, IpStatus, IpType
from desktop.i18n import lang
from desktop.session import Session
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


def set_list(session: Session, path: str, items: tuple[Any, ...], label: str) -> None:
    """Write a whole list (IP register, awards…) as its own undo step.

    `set_field` merges consecutive edits of one path, which suits typing into a field but would fold
    two separate additions into a single undo; a macro around the edit keeps each one apart.
    """
    if session.value(path) == items:
        return
    session.undo_stack.beginMacro(label)
    try:
        session.set_field(path, items, label)
    finally:
        session.undo_stack.endMacro()


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
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(spec.title.replace("&", "&&"))  # a buddy label reads "&" as a shortcut
        label.setBuddy(widget)
        label.setWordWrap(True)
        label.setFixedWidth(220)
        self.form.addRow(label, box)
        self.specs[spec.key], self.inputs[spec.key], self.errors[spec.key] = spec, widget, error

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
            edit.setPlaceholderText("YYYY-MM-DD")
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
            widget = self.inputs[key]
            widget.setProperty("invalid", not ok)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            good = good and ok
        self.ok_button.setEnabled(good)
        return good

    def values(self) -> dict[str, Any]:
        return {key: self.parse(key)[1] for key in self.inputs}

    def accept(self) -> None:
        if self.check():
            super().accept()


class IpItemDialog(RecordDialog):
    def __init__(self, item: IpItem | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start = item or IpItem(type=IpType.INVENTION, status=IpStatus.VALID)
        title = self.tr("Edit IP item") if item else self.tr("Add IP item")
        self.build(title, self._specs(), dict(start))
        self.inputs["origin"].currentIndexChanged.connect(self._on_origin_changed)
        self._on_origin_changed()

    def _specs(self) -> list[FieldSpec]:
        language, yes_no = lang(), b.yes_no()
        return [
            FieldSpec(
                "type", self.tr("Type"), "choice", [(t.get(language), k) for k, t in IP_TYPES.items()], True
            ),
            FieldSpec("number", self.tr("Number")),
            FieldSpec("title", self.tr("Title")),
            FieldSpec("granted_on", self.tr("Granted on"), "date"),
            FieldSpec(
                "status",
                self.tr("Status"),
                "choice",
                [(t.get(language), k) for k, t in IP_STATUSES.items()],
                True,
            ),
            FieldSpec(
                "origin",
                self.tr("How obtained"),
                "choice",
                [(t.get(language), k) for k, t in IP_ORIGINS.items()],
            ),
            FieldSpec("transferred_on", self.tr("Transferred to the firm on"), "date"),
            FieldSpec("supports_main_product", self.tr("Related to the main product"), "choice", yes_no),
            FieldSpec("applied_with_benefit", self.tr("Applied, with economic benefit"), "choice", yes_no),
            FieldSpec(
                "holder_rank", self.tr("The firm's rank among the right holders"), "integer", minimum=1
            ),
            FieldSpec(
                "high_value",
                self.tr("High value (overseas family, held over 10 years, pledged, or prize-winning)"),
                "choice",
                yes_no,
            ),
            FieldSpec(
                "used_in_hnte", self.tr("Already used in an earlier 高企 application"), "choice", yes_no, True
            ),
        ]

    def _on_origin_changed(self) -> None:
        """A transfer date only means something for an item assigned, given or merged in."""
        origin = self.inputs["origin"].currentData()
        transfer = self.inputs["transferred_on"]
        transfer.setEnabled(origin is None or origin in TRANSFERRED)
        if not transfer.isEnabled() and isinstance(transfer, QLineEdit):
            transfer.clear()
            self.check()

    def item(self) -> IpItem:
        return IpItem(**{k: v for k, v in self.values().items() if v is not None})
