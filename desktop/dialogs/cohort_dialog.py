"""The cohort of firms against Xiamen's 2026 targets, for park and city staff who check many firms at once.

Above, each target read completely (assessments/cohort.py): the city's figure, the median, the firms
meeting it on their own, who was left out and why, and a histogram that shows the outliers. The cohort
is computed in the background (desktop/tasks.py) on its own read-only connection, with progress and a
cancel, so the window never freezes; filters (district or park, tag, assessment year) re-read it. Below,
every firm and, on a second tab, the firms closest to each next title. Exports: CSV, the cohort workbook
and the PDF summary; a spreadsheet of many firms is imported through the batch import dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.cohort import TARGET_ROWS, Cohort, Member, Selection, assessment_years, cohort, members_of
from assessments.cohort_cache import MemberCache
from assessments.export.csv_file import write_csv
from assessments.results import Row
from assessments.storage.workspace import Workspace
from desktop import tasks
from desktop.dialogs.export_dialog import write_error_text
from desktop.i18n import lang
from desktop.models.cohort_table_model import FILTER_ROLE, FIRM_ROLE, SORT_ROLE, CohortTableModel, Column
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.cohort_histogram import CohortHistogram
from desktop.widgets.target_card import TargetCard

COHORT_ROWS = ("mean_rd_share", "mean_class1", "share_digital")
ALL = ""  # the combo data of "every district / tag / year"


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


def read_members(
    path: Path, year: int | None, report: Callable[[int, str], None]
) -> tuple[list[Member], list[int]]:
    """The members on a connection of the worker thread's own (a SQLite connection stays in its thread),
    reusing the members kept in the data folder's cache for assessments unchanged since."""
    workspace = Workspace(path, read_only=True)
    try:
        members = members_of(workspace, year, report, MemberCache(path.parent / "cache"))
        return members, assessment_years(workspace)
    finally:
        workspace.close()


class CohortDialog(QDialog):
    computed = Signal()  # the figures on screen are those of the current selection

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("cohortDialog")
        self.members: list[Member] = []
        self.years: list[int] = []  # every year some firm was assessed in
        self.cohort = cohort([])
        self.task: tasks.Task | None = None
        self._writing: set[tasks.Task] = set()  # exports being written
        self._read_year: int | str | None = "never"  # the year the members were read for
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.resize(1180, 780)
        self.retranslate()
        self.compute()

    # --- widgets ------------------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.heading = parts.label("cohortHeading")
        self.intro = parts.wrapped("", "cohortIntro")
        self.district = QComboBox(objectName="cohortDistrict")
        self.tag = QComboBox(objectName="cohortTag")
        self.year = QComboBox(objectName="cohortYear")
        self.filter_labels = [QLabel() for _ in range(3)]
        self.progress = QProgressBar(objectName="cohortProgress", textVisible=False)
        self.progress_text = parts.label("cohortProgressText")
        self.cancel_button = QPushButton(objectName="cohortCancel")
        self.cards = {row_id: CohortCard() for row_id in COHORT_ROWS}
        self.charts = {target: CohortHistogram() for target in TARGET_ROWS}
        self.counts = parts.wrapped("", "cohortCounts")
        self.search = QLineEdit(objectName="cohortSearch", clearButtonEnabled=True)
        self.model = CohortTableModel(self.cohort, self)
        self.proxy = self._make_proxy()
        self.table = self._make_table()
        self.closest = QTreeWidget(objectName="cohortClosest")
        self.tabs = QTabWidget(objectName="cohortTabs")
        self._make_buttons()

    def _make_proxy(self) -> QSortFilterProxyModel:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterRole(FILTER_ROLE)
        proxy.setFilterKeyColumn(Column.FIRM)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return proxy

    def _make_buttons(self) -> None:
        self.export_button = QPushButton(objectName="cohortExport")
        self.workbook_button = QPushButton(objectName="cohortWorkbook")
        self.pdf_button = QPushButton(objectName="cohortPdf")
        self.import_button = QPushButton(objectName="cohortImport")
        self.tags_button = QPushButton(objectName="cohortTags", enabled=False)
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
        # Fixed widths: sizing columns to their contents reads every row, slow with 1,000 firms.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(110)
        header.setStretchLastSection(True)
        table.setColumnWidth(Column.FIRM, 260)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        for widget in (self.heading, self.intro):
            layout.addWidget(widget)
        layout.addLayout(self._filter_row())
        layout.addLayout(self._progress_row())
        layout.addLayout(self._cards_row())
        layout.addWidget(self.counts)
        self.tabs.addTab(self._firms_tab(), "")
        self.tabs.addTab(self.closest, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, combo in zip(self.filter_labels, (self.district, self.tag, self.year), strict=True):
            row.addWidget(label)
            row.addWidget(combo, 1)
        row.addStretch(1)
        row.addWidget(self.import_button)
        return row

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.progress_text)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        return row

    def _cards_row(self) -> QHBoxLayout:
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for row_id, target in zip(COHORT_ROWS, TARGET_ROWS, strict=True):
            column = QVBoxLayout()
            column.addWidget(self.cards[row_id], 1)
            column.addWidget(self.charts[target])
            cards.addLayout(column, 1)
        return cards

    def _firms_tab(self) -> QWidget:
        tab = QWidget()
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (self.tags_button, self.export_button, self.workbook_button, self.pdf_button):
            tools.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        return tab

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.workbook_button.clicked.connect(lambda: self.export_report("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_report("pdf"))
        self.import_button.clicked.connect(self.import_spreadsheet)
        self.tags_button.clicked.connect(self.edit_tags)
        self.cancel_button.clicked.connect(self.cancel)
        for combo in (self.district, self.tag, self.year):
            combo.activated.connect(self._on_filter_activated)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.open_button.clicked.connect(self.open_current)
        self.buttons.rejected.connect(self.reject)

    # --- computing in the background ---------------------------------------------------------------

    def compute(self) -> None:
        """Read the members for the chosen year in the background; the figures follow when done."""
        self.cancel()
        year = self.year.currentData() or None
        path = self.session.workspace.path
        task = tasks.Task(lambda report: read_members(path, year, report))
        task.signals.progressed.connect(self._on_task_progressed)
        task.signals.finished.connect(lambda found: self._on_members_read(task, year, *found))
        task.signals.cancelled.connect(lambda: self._on_task_stopped(task, self.tr("Cancelled.")))
        task.signals.failed.connect(lambda text: self._on_task_stopped(task, text))
        self.task = task
        self._show_busy(True)
        tasks.start(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress_text.setText(self.tr("Reading the firms…") if busy else "")
        for widget in (self.district, self.tag, self.year, self.import_button):
            widget.setEnabled(not busy)

    def _on_task_progressed(self, percent: int, name: str) -> None:
        self.progress.setValue(percent)
        if name:
            self.progress_text.setText(self.tr("Reading %1…").replace("%1", name))

    def _on_members_read(
        self, task: tasks.Task, year: int | None, members: list[Member], years: list[int]
    ) -> None:
        if task is not self.task:
            return  # a read the user replaced by another
        self.task, self.members, self.years, self._read_year = None, members, years, year
        self._show_busy(False)
        self._fill_filters()
        self.apply_selection()

    def _on_task_stopped(self, task: tasks.Task, text: str) -> None:
        if task is not self.task:
            return
        self.task = None
        self._show_busy(False)
        self.progress_text.setText(text)

    # --- the selection ------------------------------------------------------------------------------

    def selection(self) -> Selection:
        return Selection(
            self.district.currentData() or "", self.tag.currentData() or "", self.year.currentData() or None
        )

    def _on_filter_activated(self) -> None:
        if (self.year.currentData() or None) != self._read_year:
            self.compute()  # another year: other assessments, read again
        else:
            self.apply_selection()

    def apply_selection(self) -> None:
        self.cohort = cohort(self.members, self.selection())
        self.model.set_cohort(self.cohort)
        self._show_summary()
        self._show_closest()
        self.computed.emit()

    def _fill_filters(self) -> None:
        everyone = cohort(self.members)
        _fill(self.district, self.tr("All districts and parks"), everyone.districts)
        _fill(self.tag, self.tr("All tags"), everyone.tags)
        _fill(self.year, self.tr("Latest assessment"), [str(y) for y in self.years], self.years)

    # --- the cohort figures -------------------------------------------------------------------------

    def _show_summary(self) -> None:
        for row_id, target in zip(COHORT_ROWS, TARGET_ROWS, strict=True):
            reading = self.cohort.reading(target)
            self.cards[row_id].set_row(reading.as_row())
            self.charts[target].set_bins(reading.bins)
        self.counts.setText(self._counts_text())

    def _counts_text(self) -> str:
        members = self.cohort.members
        if not members:
            return (
                self.tr("No firm in this selection.")
                if self.members
                else self.tr("The workspace holds no firm yet.")
            )
        counted = len(self.cohort.counted)
        text = self.tr("%1 firms: %2 counted in the cohort figures").replace("%1", str(len(members)))
        text = text.replace("%2", str(counted))
        samples = sum(1 for m in members if m.sample)
        if samples:
            text += self.tr("; the built-in sample firm is left out")
        out_of_force = sum(1 for m in members if not m.sample and not m.in_force)
        if out_of_force:
            text += self.tr(
                "; %1 left out because the 2026 targets are not in force on their assessment date"
            ).replace("%1", str(out_of_force))
        return text + self.tr(". A firm whose figure is to confirm is left out of that figure only.")

    def _show_closest(self) -> None:
        self.closest.clear()
        for group in self.cohort.closest():
            top = QTreeWidgetItem([group.title.get(lang())])
            for rank, member in enumerate(group.members, start=1):
                found = member.next_title
                assert found is not None
                distance = self.tr("%1 not met, %2 to confirm").replace("%1", str(found.not_met))
                gaps = "; ".join(g.get(lang()) for g in found.gaps)
                top.addChild(
                    QTreeWidgetItem(
                        [f"{rank}. {member.name}", distance.replace("%2", str(found.unknown)), gaps]
                    )
                )
            self.closest.addTopLevelItem(top)
        for target in TARGET_ROWS:
            self._show_closest_target(target)
        for index in range(self.closest.topLevelItemCount()):
            self.closest.topLevelItem(index).setFirstColumnSpanned(True)  # a group's title, full width
        self.closest.expandAll()

    def _show_closest_target(self, target: str) -> None:
        reading = self.cohort.reading(target)
        top = QTreeWidgetItem([self.tr("Closest to the target: %1").replace("%1", reading.label.get(lang()))])
        for rank, member in enumerate(self.cohort.closest_to_target(target), start=1):
            figure = member.figures[target]
            gap = figure.gap.get(lang()) if figure.gap else ""
            top.addChild(QTreeWidgetItem([f"{rank}. {member.name}", figure.calc.get(lang()), gap]))
        self.closest.addTopLevelItem(top)

    # --- the firms ----------------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _on_table_current_row_changed(self, current: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())
        self.tags_button.setEnabled(current.isValid() and not self.session.read_only)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.open_firm(index)

    def open_current(self) -> None:
        self.open_firm(self.table.currentIndex())

    def open_firm(self, index: QModelIndex) -> None:
        """The firm's assessment becomes the main window's; the dialog has done its work."""
        firm = index.data(FIRM_ROLE) if index.isValid() else None
        if firm is None or firm.assessment_id is None:
            return
        if firm.assessment_id != self.session.assessment_id:
            self.session.open(firm.assessment_id)
        self.accept()

    def shown_names(self) -> list[str]:
        return [self.proxy.index(r, Column.FIRM).data() for r in range(self.proxy.rowCount())]

    def edit_tags(self, text: str | None = None) -> None:
        """Tags of the selected firm, comma-separated (a consultant's client groups)."""
        firm = self.table.currentIndex().data(FIRM_ROLE)
        if firm is None:
            return
        if text is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Tags"),
                self.tr("Tags of %1, separated by commas:").replace("%1", firm.name),
                text="、".join(firm.tags).replace("、", ", "),
            )
            if not ok:
                return
        tags = [t.strip() for t in text.replace("，", ",").replace("、", ",").split(",")]
        self.session.workspace.set_tags(firm.key, tags)
        kept = dict(self.session.workspace.tags()).get(firm.key, ())
        self.members = [_with_tags(m, kept) if m.key == firm.key else m for m in self.members]
        self._fill_filters()
        self.apply_selection()

    # --- exports and import -------------------------------------------------------------------------

    def export_csv(self, path: str = "") -> None:
        path = path or self._save_name(
            self.tr("Export the cohort as CSV"), ".csv", self.tr("CSV files (*.csv)")
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

    def export_report(self, kind: str, path: str = "") -> tasks.Task | None:
        """The cohort workbook or PDF summary, written in the background."""
        if not path:
            caption = (
                self.tr("Export the cohort workbook") if kind == "xlsx" else self.tr("Export the cohort PDF")
            )
            kinds = self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else self.tr("PDF files (*.pdf)")
            path = self._save_name(caption, f".{kind}", kinds)
        if not path:
            return None
        task = tasks.Task(_writer(kind, self.cohort, Path(path), lang()))
        self._writing.add(task)  # held until done: its signals must outlive the worker's run
        task.signals.failed.connect(lambda text: self._on_written(task, path, text))
        task.signals.finished.connect(lambda _: self._on_written(task, path, ""))
        self.progress_text.setText(self.tr("Writing %1…").replace("%1", path))
        return tasks.start(task)

    def _on_written(self, task: tasks.Task, path: str, error: str) -> None:
        self._writing.discard(task)
        if error:
            self.progress_text.setText("")
            QMessageBox.warning(self, self.tr("Cannot write the file"), error)
            return
        self.progress_text.setText(self.tr("Written: %1").replace("%1", path))

    def _save_name(self, caption: str, suffix: str, kinds: str) -> str:
        return QFileDialog.getSaveFileName(self, caption, self.tr("SRDI cohort") + suffix, kinds)[0]

    def import_spreadsheet(self) -> None:
        from desktop.dialogs.batch_import_dialog import BatchImportDialog  # pulls openpyxl in: on demand

        dialog = BatchImportDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.compute()

    # --- language and closing -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cohort of firms (park or city)"))
        self.heading.setText(self.tr("Xiamen 2026 targets across the firms of this workspace"))
        self.intro.setText(
            self.tr(
                "The city reads its targets over all its firms: the mean R&D share, the mean Class I count and "
                "the share of firms at the target digital level. Beside each: the median, the firms meeting it "
                "on their own and who was left out; the charts show outliers. The built-in sample firm never "
                "counts. Double-click a firm to open it."
            )
        )
        for label, text in zip(
            self.filter_labels,
            (self.tr("District or park"), self.tr("Tag"), self.tr("Assessment year")),
            strict=True,
        ):
            label.setText(text)
        self.cancel_button.setText(self.tr("Cancel"))
        self.search.setPlaceholderText(self.tr("Search firms by name, credit code or tag"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Every firm of the cohort, whatever the search shows"))
        self.workbook_button.setText(self.tr("Export workbook…"))
        self.pdf_button.setText(self.tr("Export PDF summary…"))
        self.import_button.setText(self.tr("Import firms from a spreadsheet…"))
        self.tags_button.setText(self.tr("Tags…"))
        self.open_button.setText(self.tr("Open firm"))
        self.tabs.setTabText(0, self.tr("Firms"))
        self.tabs.setTabText(1, self.tr("Closest to the next title"))
        self.closest.setHeaderLabels([self.tr("Firm"), self.tr("Distance"), self.tr("Gap")])
        self.closest.setColumnWidth(0, 320)  # a firm's name and its distance; the gap takes the rest
        self.closest.setColumnWidth(1, 260)
        self.counts.setText(self._counts_text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.cancel()  # a read still running stops at its next firm
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)


def _fill(combo: QComboBox, everything: str, texts: Any, data: Any = None) -> None:
    """The combo's choices, keeping the current one when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ALL)
    for text, value in zip(texts, data if data is not None else texts, strict=True):
        combo.addItem(text, value)
    found = combo.findData(current)
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)


def _with_tags(member: Member, tags: tuple[str, ...]) -> Member:
    from dataclasses import replace

    return replace(member, tags=tags)


def _writer(
    kind: str, found: Cohort, path: Path, language: str
) -> Callable[[Callable[[int, str], None]], None]:
    def write(_report: Callable[[int, str], None]) -> None:
        if kind == "xlsx":
            from assessments.export.cohort_xlsx import write_cohort_xlsx

            write_cohort_xlsx(found, path, language)
        else:
            from assessments.export.cohort_pdf import write_cohort_pdf

            write_cohort_pdf(found, path, language)

    return write
