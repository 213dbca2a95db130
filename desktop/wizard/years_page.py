"""Page 2: the financial figures of the last three fiscal years and this year's plan, as a grid."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.i18n import lang
from desktop.models.year_grid_model import Figure, Ratio, YearGridModel
from desktop.session import Session
from desktop.wizard.form import HelpPanel

FIGURES = (
    Figure("revenue"),
    Figure("main_revenue"),
    Figure("net_profit", allow_negative=True),
    Figure("total_assets"),
    Figure("total_liabilities"),
    Figure("net_assets", allow_negative=True),  # negative when liabilities exceed assets
    Figure("hitech_revenue"),
    Figure("total_income"),
    Figure("costs_expenses"),
    Figure("qualified_equity"),
)


class _FigureDelegate(QStyledItemDelegate):
    """A right-aligned line editor that checks the text as it is typed."""

    text_checked = Signal(str)  # the reason the text would be refused, or ""

    def __init__(self, model: YearGridModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("gridEditor")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.tr("to confirm"))
        editor.textEdited.connect(partial(self._on_editor_text_edited, editor, QPersistentModelIndex(index)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def _on_editor_text_edited(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        error = self.model.check(index, text)
        editor.setProperty("invalid", bool(error))
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        self.text_checked.emit(error)


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
        self.status = QLabel()
        self.status.setObjectName("fieldError")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.findings = QLabel()
        self.findings.setObjectName("gridFindings")
        self.findings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addWidget(self.findings)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.model.edit_accepted.connect(self._on_model_edit_accepted)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        session.changed.connect(self._on_session_changed)
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

    def _on_session_changed(self, _path: str) -> None:
        self._show_findings()

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


class YearsPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.help = HelpPanel()
        self.grid = YearGrid(session, FIGURES, self._ratios(), self.help)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.grid)
        column.addStretch()
        layout.addLayout(column, 1)
        layout.addWidget(self.help)
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    def _ratios(self) -> list[Ratio]:
        return [
            Ratio(lambda: self.tr("Main-revenue share (%)"), "main_revenue", "revenue"),
            Ratio(lambda: self.tr("Debt ratio (%)"), "total_liabilities", "total_assets"),
            Ratio(lambda: self.tr("Net margin (%)"), "net_profit", "revenue"),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Financial figures"))
        last = self.session.doc.on.year - 1
        self.setSubTitle(
            self.tr(
                "From the annual accounts, in 10k CNY (万元). FY%1 is the last complete year before the "
                "assessment date; the last column is this year's plan, used only for what-if projections. "
                "Leave unknown cells empty: they stay “to confirm”."
            ).replace("%1", str(last))
        )
        self.grid.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "assessment.date"):
            self.retranslate()
