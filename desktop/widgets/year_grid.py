"""Figures by fiscal year as an editable grid with its ratio rows, a line for refused entries and the
domain checks' findings; the years and R&D pages each show one.

It works like a spreadsheet: Enter commits and moves down, Tab moves right, Delete clears the selected
cells, a block copied from Excel or WPS pastes in as one undo step, and a figure out of all proportion
asks "是否按元填写？" in a bar under the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessments.numbers import num
from assessments.plausibility import QUESTION
from desktop.i18n import lang
from desktop.models.year_grid_model import CellDoubt, Figure, Ratio, YearGridModel
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.checked_line_delegate import CheckedLineDelegate
from desktop.widgets.lazy_refresh import LazyRefresh
from desktop.wizard.form import HelpPanel

# Keys that end an entry and where they move, as in Excel and WPS: (rows, columns) to step.
MOVES = {
    Qt.Key.Key_Return: (1, 0),
    Qt.Key.Key_Enter: (1, 0),
    Qt.Key.Key_Tab: (0, 1),
    Qt.Key.Key_Backtab: (0, -1),
}


def move_of(event: QKeyEvent) -> tuple[int, int] | None:
    """Where a key moves the current cell: Enter down (Shift+Enter up), Tab right, Shift+Tab left."""
    step = MOVES.get(Qt.Key(event.key()))
    if (
        step is None
        or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
    ):
        return None
    shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    if shifted and step == (1, 0):
        return -1, 0
    if shifted and step == (0, 1):
        return 0, -1
    return step


def is_block(text: str) -> bool:
    """A copy of several cells (tab or line separated), not one figure."""
    return "\t" in text or "\n" in text.strip("\r\n")


class _FigureDelegate(CheckedLineDelegate):
    """A right-aligned line editor that checks the figure as it is typed; Enter and Tab commit it and
    move on (`entry_finished`), a pasted block goes to the grid (`block_pasted`)."""

    entry_finished = Signal(QPersistentModelIndex, int, int)  # the cell left, rows and columns to move
    block_pasted = Signal()

    def prepare(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setObjectName("gridEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.tr("to confirm"))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(editor, QLineEdit):
            return super().eventFilter(editor, event)
        if event.matches(QKeySequence.StandardKey.Paste) and is_block(QApplication.clipboard().text()):
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            self.block_pasted.emit()
            return True
        step = move_of(event)
        if step is None:
            return super().eventFilter(editor, event)
        view = self.parent()
        cell = QPersistentModelIndex(view.currentIndex())  # the cell being edited
        self.commitData.emit(editor)  # at once, not on Qt's queued call: the move must see the result
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.entry_finished.emit(cell, *step)
        return True


class _FigureView(QTableView):
    """The grid's table: `on_key` (the grid's) takes a key first while no cell is being edited."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool]) -> None:
        super().__init__()
        self.on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
        elif self.on_key(event):
            event.accept()
        elif move_of(event) is not None:
            event.ignore()  # Tab past the last cell: the focus goes on to the next input
        else:
            super().keyPressEvent(event)


class YearGrid(QWidget):
    """The figures grid with its ratio rows, a status line for refused entries and the checks' findings."""

    def __init__(
        self,
        session: Session,
        figures: Sequence[Figure],
        ratios: Sequence[Ratio],
        help_panel: HelpPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.help = session, help_panel
        self.model = YearGridModel(session, figures, ratios, self)
        self.view = self._make_view()
        self.status = parts.wrapped("", "fieldError")
        self.status.setVisible(False)
        self.findings = parts.wrapped("", "gridFindings")
        self.doubt_bar = DoubtBar(self)
        self.doubt_bar.divide_button.clicked.connect(self.model.divide_doubted)
        self.doubt_bar.keep_button.clicked.connect(self.model.keep_doubted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.doubt_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.model.edit_accepted.connect(self._on_model_edit_accepted)
        self.model.doubted.connect(self.doubt_bar.show_doubts)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.lazy = LazyRefresh(self, self._show_findings)
        session.changed.connect(self.lazy.request)  # on another page: when shown
        self._show_findings()

    def _make_view(self) -> QTableView:
        view = _FigureView(self._on_view_key)
        view.setObjectName("yearGrid")
        view.setModel(self.model)
        self.delegate = _FigureDelegate(self.model, view)
        self.delegate.text_checked.connect(self._on_delegate_text_checked)
        self.delegate.entry_finished.connect(self._on_delegate_entry_finished)
        self.delegate.block_pasted.connect(self.paste)
        view.setItemDelegate(self.delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setMinimumSectionSize(110)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(28)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def fit_height(self) -> None:
        """Show every row without a scroll bar: the grid is short and a hidden row would be missed."""
        view = self.view
        height = view.verticalHeader().length() + view.horizontalHeader().sizeHint().height()
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def showEvent(self, event: QEvent) -> None:
        self.fit_height()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.model.refresh()
        self._show_findings()
        self.fit_height()

    def _on_model_edit_refused(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(True)

    def _on_model_edit_accepted(self, _path: str) -> None:
        self.status.setVisible(False)

    def _on_delegate_text_checked(self, error: str) -> None:
        self.status.setText(error)
        self.status.setVisible(bool(error))

    # --- as in a spreadsheet ---------------------------------------------------------------------

    def _on_view_key(self, event: QKeyEvent) -> bool:
        """A key on the grid while no cell is being edited; True if the grid took it."""
        step = move_of(event)
        if step is not None:
            moved = self.move_current(self.view.currentIndex(), *step)
            return moved or step[1] == 0  # Tab past the last cell goes on to the next input
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.clear_selection()
        else:
            return False
        return True

    def _on_delegate_entry_finished(self, cell: QPersistentModelIndex, rows: int, columns: int) -> None:
        if self.model.refused(cell) is None:  # a refused entry keeps the cell current, with its reason
            self.move_current(QModelIndex(cell), rows, columns)

    def move_current(self, cell: QModelIndex, rows: int, columns: int) -> bool:
        """Step from `cell`; Tab runs on to the next row's first column. False at the grid's edge."""
        if not cell.isValid():
            cell = self.model.index(0, 0)
        row, column = cell.row() + rows, cell.column() + columns
        last_column = self.model.columnCount() - 1
        if columns and not 0 <= column <= last_column:
            row, column = row + columns, 0 if columns > 0 else last_column
        if not (0 <= row < len(self.model.figures) and 0 <= column <= last_column):
            return False
        self.view.setCurrentIndex(self.model.index(row, column))
        return True

    def selected_cells(self) -> list[QModelIndex]:
        """The selected figure cells, by row then column (the ratio rows cannot be typed)."""
        cells = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        cells = [c for c in cells if c.isValid() and self.model.figure_of(c.row()) is not None]
        return sorted(cells, key=lambda c: (c.row(), c.column()))

    def clear_selection(self) -> None:
        """Delete: the selected figures become “to confirm”, as one undo step."""
        cells = self.selected_cells()
        if cells:
            self.model.write([(cell, "") for cell in cells], self.tr("Clear figures"))

    def copy(self) -> None:
        """The selected block as tab-separated text, as Excel and WPS read it."""
        cells = self.view.selectionModel().selectedIndexes()
        if not cells:
            return
        rows = sorted({c.row() for c in cells})
        columns = sorted({c.column() for c in cells})
        lines = [
            "\t".join(self.model.index(r, c).data(Qt.ItemDataRole.EditRole) or "" for c in columns)
            for r in rows
        ]
        QApplication.clipboard().setText("\n".join(lines))

    def paste(self) -> None:
        """A block copied from Excel or WPS goes in from the current cell as one undo step; one value
        fills every selected cell."""
        block = paste_block(QApplication.clipboard().text())
        if not block:
            return
        entries, outside = self._paste_entries(block)
        written = self.model.write(entries, self.tr("Paste figures"))
        if outside and not written.refused:
            self._on_model_edit_refused(
                self.tr("%1 values fell outside the figures and were left out.").replace("%1", str(outside))
            )

    def _paste_entries(self, block: list[list[str]]) -> tuple[list[tuple[QModelIndex, str]], int]:
        if len(block) == 1 and len(block[0]) == 1 and len(self.selected_cells()) > 1:
            return [(cell, block[0][0]) for cell in self.selected_cells()], 0
        start = self.selected_cells()[:1] or [self.model.index(0, 0)]
        top, left = start[0].row(), start[0].column()
        entries, outside = [], 0
        for r, line in enumerate(block):
            for c, text in enumerate(line):
                row, column = top + r, left + c
                if row < len(self.model.figures) and column < self.model.columnCount():
                    entries.append((self.model.index(row, column), text))
                else:
                    outside += 1
        return entries, outside

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        figure = self.model.figure_of(current.row()) if current.isValid() else None
        if figure is None:
            self.help.show_help(self.model.headerData(current.row(), Qt.Orientation.Vertical), "")
            return
        self.help.show_help(
            self.model.headerData(current.row(), Qt.Orientation.Vertical), f"years.{figure.name}"
        )

    def _show_findings(self) -> None:
        """The domain checks' errors and warnings about the cells shown, one per line."""
        seen: list[str] = []
        for row in range(len(self.model.figures)):
            for column in range(self.model.columnCount()):
                for issue in self.model.issues(self.model.index(row, column)):
                    text = ("✖ " if issue.severity == "error" else "⚠ ") + issue.message.get(lang())
                    if text not in seen:
                        seen.append(text)
        self.findings.setText("\n".join(seen))
        self.findings.setVisible(bool(seen))


def paste_block(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet copy: lines split by tabs; the copy's final line break is not a
    row of its own."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines] if any(lines) else []


class DoubtBar(QFrame):
    """A message bar under the grid, not a dialog: “是否按元填写？” for figures out of all proportion,
    with “Divide by 10,000” and “Keep as entered”."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doubtBar")
        self.text = parts.wrapped("", "doubtText")
        self.divide_button = QPushButton()
        self.divide_button.setObjectName("divideButton")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.divide_button)
        layout.addWidget(self.keep_button)
        self.setVisible(False)

    def show_doubts(self, cells: list[CellDoubt]) -> None:
        self.setVisible(bool(cells))
        if not cells:
            return
        question = QUESTION.get(lang())
        lines = [
            self.tr("%1: %2. %3 Divided by 10,000 it is %4 万元.")
            .replace("%1", cell.label)
            .replace("%2", cell.doubt.reason.get(lang()))
            .replace("%3", question)
            .replace("%4", num(cell.doubt.in_wan))
            for cell in cells
        ]
        self.text.setText("\n".join(lines))
        self.divide_button.setText(self.tr("Divide by 10,000"))
        self.keep_button.setText(self.tr("Keep as entered"))
