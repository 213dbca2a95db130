"""The cohort of firms against Xiamen's 2026 targets, for park and city staff who check many firms at once.

Above, the city's own reading (decision 6): the mean R&D share, the mean Class I count and the share at
digital level 2 or higher, with how many firms count and how many are left out. Below, every firm with
its latest assessment; a double-click opens it in the main window. The list exports to CSV for Excel
(assessments/export/csv_file.py: text that looks like a formula is neutralised, figures stay numbers).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessments.cohort import Cohort, cohort_of
from assessments.export.csv_file import write_csv
from assessments.results import Row
from desktop.dialogs.export_dialog import write_error_text
from desktop.i18n import lang
from desktop.models.cohort_table_model import FILTER_ROLE, FIRM_ROLE, SORT_ROLE, CohortTableModel, Column
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.target_card import TargetCard

COHORT_ROWS = ("mean_rd_share", "mean_class1", "share_digital")


class CohortCard(TargetCard):
    """A cohort target: the cohort's figure against the target, and always how it was counted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortCard")
        self.setCursor(Qt.CursorShape.ArrowCursor)  # shows, opens nothing
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _set_gap(self, row: Row) -> None:
        self.gap_amount.setVisible(False)
        self.gap.setText(row.calc.get(lang()))


class CohortDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("cohortDialog")
        self.cohort = self._read_cohort()
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.resize(1100, 700)
        self.retranslate()
        self._show_summary()

    def _read_cohort(self) -> Cohort:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # ~10 ms a firm
        try:
            return cohort_of(self.session.workspace)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _make_widgets(self) -> None:
        self.heading = parts.label("cohortHeading")
        self.intro = parts.wrapped("", "cohortIntro")
        self.cards = {row_id: CohortCard() for row_id in COHORT_ROWS}
        self.counts = parts.wrapped("", "cohortCounts")
        self.search = QLineEdit(objectName="cohortSearch", clearButtonEnabled=True)
        self.export_button = QPushButton(objectName="cohortExport")
        self.model = CohortTableModel(self.cohort, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(FILTER_ROLE)
        self.proxy.setFilterKeyColumn(Column.FIRM)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = self._make_table()
        self.open_button = QPushButton(objectName="cohortOpen", enabled=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

    def _make_table(self) -> QTableView:
        table = QTableView(objectName="cohortTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.FIRM, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)  # room for a figure and its mark in either language
        header.setSectionResizeMode(Column.FIRM, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(cards)
        layout.addWidget(self.counts)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.open_button.clicked.connect(self.open_current)
        self.buttons.rejected.connect(self.reject)

    # --- the cohort figures -------------------------------------------------------------------

    def _show_summary(self) -> None:
        summary = self.cohort.summary
        for row_id, card in self.cards.items():
            card.setVisible(summary is not None)
            if summary is not None:
                card.set_row(next(r for r in summary.rows if r.id == row_id))
        self.counts.setText(self._counts_text())

    def _counts_text(self) -> str:
        firms, counted = len(self.cohort.firms), len(self.cohort.included)
        if not firms:
            return self.tr("The workspace holds no firm yet.")
        text = self.tr("%1 firms: %2 counted in the cohort figures").replace("%1", str(firms))
        text = text.replace("%2", str(counted))
        left_out = len(self.cohort.left_out)
        if left_out:
            text += self.tr(
                "; %1 left out because the 2026 targets are not in force on their assessment date"
            ).replace("%1", str(left_out))
        text += self.tr(". A firm whose figure is to confirm is left out of that mean only.")
        return text + self._ip_open_text()

    def _ip_open_text(self) -> str:
        """How many firms the Class I mean leaves out because their IP register is blank (decision 14)."""
        if not self.cohort.ip_open:
            return ""
        return " " + self.tr(
            "%1 firm(s) left out of the Class I mean: the IP register is neither filled in nor confirmed "
            "as having no IP."
        ).replace("%1", str(self.cohort.ip_open))

    # --- the firms ----------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_table_current_row_changed(self, current: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_firm(index)

    def open_current(self) -> None:
        self.open_firm(self.table.currentIndex())

    def open_firm(self, index: QModelIndex) -> None:
        """The firm's assessment becomes the main window's; the dialog has done its work."""
        firm = index.data(FIRM_ROLE) if index.isValid() else None
        if firm is None:
            return
        if firm.assessment_id != self.session.assessment_id:
            self.session.open(firm.assessment_id)
        self.accept()

    def shown_names(self) -> list[str]:
        return [self.proxy.index(r, Column.FIRM).data() for r in range(self.proxy.rowCount())]

    # --- CSV ----------------------------------------------------------------------------------

    def export_csv(self, path: str = "") -> None:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Export the cohort as CSV"), self._file_name(), self.tr("CSV files (*.csv)")
            )[0]
        )
        if path:
            self.write_csv(Path(path))

    def write_csv(self, path: Path) -> bool:
        header, rows = self.model.csv_header(), self.model.csv_rows()
        try:
            write_csv(path, header, rows)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot write the CSV file"), write_error_text(path, error))
            return False
        return True

    def _file_name(self) -> str:
        return self.tr("SRDI cohort") + ".csv"

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cohort of firms (park or city)"))
        self.heading.setText(self.tr("Xiamen 2026 targets across the firms of this workspace"))
        self.intro.setText(
            self.tr(
                "The city reads its targets over all its firms: the mean R&D share, the mean Class I "
                "count and the share of firms at the target digital level (the cards show each target). "
                "Each firm counts with its latest assessment. Double-click a firm to open it."
            )
        )
        self.search.setPlaceholderText(self.tr("Search firms by name or credit code"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Every firm of the cohort, whatever the search shows"))
        self.open_button.setText(self.tr("Open firm"))
        self.counts.setText(self._counts_text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
