"""Where the user is in the wizard: "第 2 步 / 共 7 步", then every step by name, with a badge counting
the inputs it still holds to confirm; a click on a step jumps to it.

It only shows: the wizard tells it the steps, the current one and the counts (`set_steps`, `set_current`,
`set_open_counts`) and listens to `step_chosen`. One row above the page, so the page keeps its width
(the figures grid needs all of it at 1366×768); a window too narrow for every name scrolls the row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


class StepChip(QPushButton):
    """One step: its number and name, and a badge with how many inputs it still holds to confirm."""

    def __init__(self, number: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepChip")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.name = QLabel(f"{number} {name}")
        self.name.setObjectName("stepName")
        self.badge = QLabel()
        self.badge.setObjectName("stepBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(5)
        layout.addWidget(self.name)
        layout.addWidget(self.badge)
        for label in (self.name, self.badge):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the button takes the click
        self.setAccessibleName(name)

    def set_open(self, count: int, tooltip: str) -> None:
        self.badge.setText(str(count))
        self.badge.setVisible(count > 0)
        self.setToolTip(tooltip)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # QPushButton measures its own text (none); the labels decide
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class StepIndicator(QFrame):
    step_chosen = Signal(int)  # the step id the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepIndicator")
        self.position = QLabel()
        self.position.setObjectName("stepPosition")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.step_chosen)
        self.chips: dict[int, StepChip] = {}
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.position)
        self.area = _scrolling(self._row)
        layout.addWidget(self.area, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._names: dict[int, str] = {}
        self._counts: dict[int, int] = {}
        self._current: int | None = None
        self._total_step: int | None = None  # the step whose badge counts every step (the review)

    # --- what the wizard tells it -----------------------------------------------------------------

    def set_steps(self, steps: Sequence[tuple[int, str]], total_step: int | None = None) -> None:
        """The steps in order (id, name); `total_step` counts what every other step holds."""
        for chip in self.chips.values():
            self.group.removeButton(chip)
            chip.deleteLater()
        self.chips, self._names, self._total_step = {}, dict(steps), total_step
        for number, (step_id, name) in enumerate(steps, start=1):
            chip = StepChip(number, name)
            self.group.addButton(chip, step_id)
            self._row.insertWidget(self._row.count() - 1, chip)  # before the closing stretch
            self.chips[step_id] = chip
        self._show_counts()
        if self._current is not None:
            self.set_current(self._current)
        self._fit_height()

    def set_current(self, step_id: int) -> None:
        self._current = step_id
        chip = self.chips.get(step_id)
        if chip is not None:
            chip.setChecked(True)
        self._show_position()

    def set_open_counts(self, counts: dict[int, int]) -> None:
        """How many inputs each step still holds to confirm (a step not named holds none)."""
        self._counts = dict(counts)
        self._show_counts()
        self._show_position()

    # --- what it shows ------------------------------------------------------------------------------

    def position_text(self) -> str:
        return self.position.text()

    def open_count(self, step_id: int) -> int:
        """The number on the step's badge (0 when it shows none)."""
        badge = self.chips[step_id].badge
        return int(badge.text()) if badge.isVisibleTo(self.chips[step_id]) else 0

    def name_text(self, step_id: int) -> str:
        return self.chips[step_id].name.text()

    def _total(self) -> int:
        return sum(n for step, n in self._counts.items() if step != self._total_step)

    def _show_position(self) -> None:
        ids = list(self.chips)
        if self._current not in ids:
            return
        text = self.tr("Step %1 of %2").replace("%1", str(ids.index(self._current) + 1))
        text = text.replace("%2", str(len(ids)))
        total = self._total()
        if total:
            text += " · " + self.tr("%1 to confirm").replace("%1", str(total))
        self.position.setText(text)

    def _show_counts(self) -> None:
        for step_id, chip in self.chips.items():
            count = self._total() if step_id == self._total_step else self._counts.get(step_id, 0)
            chip.set_open(count, self._tooltip(self._names[step_id], count))

    def _tooltip(self, name: str, count: int) -> str:
        if count == 0:
            return self.tr("%1: nothing to confirm").replace("%1", name)
        return self.tr("%1: %2 inputs to confirm").replace("%1", name).replace("%2", str(count))

    def _fit_height(self) -> None:
        """As tall as a chip, plus the scroll bar when the names do not fit the width."""
        content = self.area.widget()
        scrolls = content.sizeHint().width() > self.area.width()
        extra = self.area.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.area.setFixedHeight(content.sizeHint().height() + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_position()
            self._show_counts()
        super().changeEvent(event)


def _scrolling(row: QHBoxLayout) -> QScrollArea:
    """The chips in a row that scrolls sideways when the window is too narrow for every name."""
    row.addStretch()
    content = QWidget()
    content.setObjectName("stepRow")
    content.setLayout(row)
    area = QScrollArea()
    area.setObjectName("stepScroll")
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return area
