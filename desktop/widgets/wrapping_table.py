"""A table of wrapped text whose rows fit their text, up to a few lines; column widths set in one call."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MAX_ROW_LINES = 5  # taller cells are cut; the tooltip and the detail pane hold the whole text


class WrappingTable(QTableView):
    """A table of wrapped text whose rows fit their text, up to a few lines, whenever the text or the
    column widths change (a long cell is cut; its tooltip and the detail pane hold the whole text)."""

    def __init__(self, name: str, max_lines: int = MAX_ROW_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_lines = max_lines
        self._fit_pending = False
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.sectionResized.connect(self.fit_later)

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        changes = (
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        )
        for signal in changes:
            signal.connect(self.fit_later)

    def fit_later(self, *_args: object) -> None:
        """Once, after the current burst of changes (a resize sends one signal per column); a hidden
        table waits until it is shown (a what-if edit on another tab should not pay for it)."""
        if not self._fit_pending:
            self._fit_pending = True
            if self.isVisible():
                QTimer.singleShot(0, self, self.fit_rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            QTimer.singleShot(0, self, self.fit_rows)

    def fit_rows(self) -> None:
        self._fit_pending = False
        self.resizeRowsToContents()
        cap = self.fontMetrics().lineSpacing() * self.max_lines + 8
        for row in range(self.model().rowCount() if self.model() is not None else 0):
            if self.rowHeight(row) > cap:
                self.setRowHeight(row, cap)
        QTimer.singleShot(0, self, self._keep_selection_in_view)  # once the new heights are laid out

    def _keep_selection_in_view(self) -> None:
        """Rows grew or shrank: the selected one stays in view."""
        selected = self.selectionModel().selectedRows() if self.selectionModel() is not None else []
        if selected:
            self.scrollTo(selected[0])


def set_widths(view: QTableView, widths: dict, stretch: tuple) -> None:
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
