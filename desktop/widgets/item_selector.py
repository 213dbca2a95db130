"""One scored item of the digital questionnaire: its question, the options with their points, live points."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assessments.results import Row
from assessments.rules.schema import DigitalItem
from assessments.schemes.digital_level import pts
from desktop.widgets import parts
from desktop.widgets.choice_parts import ClickableText, clear_answer_button, clear_buttons
from desktop.wizard import bindings as b


class ItemSelector(QFrame):
    """One scored item: radio buttons (single choice) or check boxes (multiple choice), points live.

    `answered` carries the option keys chosen, or None when the answer is cleared.
    """

    answered = Signal(object)

    def __init__(self, item: DigitalItem, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("itemSelector")
        self.group = QButtonGroup(self)
        self.group.setExclusive(not item.multi)
        indicator = (item.indicator_en or item.indicator) if language == "en" else item.indicator
        self.title = QLabel(f"{item.id} {indicator}")
        self.title.setObjectName("choiceTitle")
        self.points = parts.label("itemPoints")
        self.clear_button = clear_answer_button()
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.kind = parts.label("choiceHint")
        self.error = b.error_label()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(parts.row(self.title, 1, self.points, self.clear_button))
        layout.addWidget(parts.wrapped(item.question, "choiceQuestion"))
        if item.description:
            layout.addWidget(parts.wrapped(item.description, "choiceHint"))
        layout.addWidget(self.kind)
        layout.addLayout(self._options())
        layout.addWidget(self.error)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self.clear_button.setVisible(False)
        self.retranslate()

    def _options(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for index, option in enumerate(self.item.options):
            button: QAbstractButton = QCheckBox(option.key) if self.item.multi else QRadioButton(option.key)
            button.setObjectName(f"option{option.key}")
            self.group.addButton(button, index)
            grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(ClickableText(option.text, button), index, 1)
            points = QLabel(f"+{pts(option.points)}")
            points.setObjectName("optionPoints")
            grid.addWidget(points, index, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        return grid

    def retranslate(self) -> None:
        if self.item.multi:
            self.kind.setText(self.tr("Tick all that apply; the points of the options ticked add up."))
        else:
            self.kind.setText(self.tr("Choose one."))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this item “to confirm”"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------------

    def keys(self) -> tuple[str, ...]:
        return tuple(o.key for i, o in enumerate(self.item.options) if self.group.button(i).isChecked())

    def set_keys(self, keys: tuple[str, ...]) -> None:
        if keys == self.keys():
            return
        if not self.item.multi:
            clear_buttons(self.group)
        for index, option in enumerate(self.item.options):
            self.group.button(index).setChecked(option.key in keys)
        self.clear_button.setVisible(bool(keys))

    def show_result(self, row: Row | None, language: str) -> None:
        """The engine's points for this item (or its input error)."""
        earned = "–" if row is None or row.points is None else pts(row.points)
        self.points.setText(
            self.tr("%1 / %2 points").replace("%1", earned).replace("%2", pts(self.item.max_points))
        )
        wrong = row is not None and row.points is None and bool(self.keys())
        self.error.setText(row.calc.get(language) if wrong and row else "")
        self.error.setVisible(wrong)

    def _on_group_id_clicked(self, index: int) -> None:
        option = self.item.options[index]
        keys = self.keys()
        if self.item.multi and self.group.button(index).isChecked():
            # "无" stands alone: ticking it clears the others, ticking another clears it
            keys = (option.key,) if option.exclusive else tuple(k for k in keys if not self._exclusive(k))
        self.set_keys(keys)
        self.answered.emit(keys or None)

    def _exclusive(self, key: str) -> bool:
        option = self.item.option(key)
        return option is not None and option.exclusive

    def _on_clear_button_clicked(self) -> None:
        self.set_keys(())
        self.answered.emit(None)
