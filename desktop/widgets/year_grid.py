"""Figures by fiscal year as an editable grid with its ratio rows, a line for refused entries and the
domain checks' findings; the years and R&D pages each show one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import lang
from desktop.models.year_grid_model import Figure, Ratio, YearGridModel
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.checked_line_delegate import CheckedLineDelegate
from desktop.widgets.lazy_refresh import LazyRefresh
from desktop.wizard.form import HelpPanel


class _FigureDelegate(CheckedLineDelegate):
    """A right-aligned line editor that checks the figure as it is typed."""

    def prepare(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setObjectName("gridEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.tr("to confirm"))


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.model.edit_accepted.connect(self._on_model_edit_accepted)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.lazy = LazyRefresh(self, self._show_findings)
        session.changed.connect(self.lazy.request)  # on another page: when shown
        self._show_findings()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("yearGrid")
        view.setModel(self.model)
        self.delegate = _FigureDelegate(self.model, view)
        self.delegate.text_checked.connect(self._on_delegate_text_checked)
        view.setItemDelegate(self.delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
