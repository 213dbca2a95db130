"""Import many firms from one spreadsheet (the batch template, or one firm's data-collection template).

The file is read in the background and shown row by row before anything is stored: each good row says
whether it adds an assessment to a firm already in the workspace (matched by credit code, else by exact
name) or creates a new firm; each bad row names its sheet, row and column. Only Import stores anything.
Once stored, the new firms' cohort figures are computed in the background and kept in the cohort
cache (Skip leaves that to the first opening of the cohort view), so the cohort view of the park's
firms opens at once afterwards.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.batch import Batch, BatchError, Planned, import_rows, plan_import, read_batch, write_template
from assessments.storage.workspace import WorkspaceError
from desktop import tasks
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import parts


class BatchImportDialog(QDialog):
    read_done = Signal()  # the file was read (or failed); the rows are on screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("batchImportDialog")
        self.batch: Batch | None = None
        self.planned: list[Planned] = []
        self.task: tasks.Task | None = None
        self.imported = 0  # firms stored by Import (then the cohort figures are being prepared)
        self.finished_import = False
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.resize(900, 600)
        self.retranslate()

    def _make_widgets(self) -> None:
        self.intro = parts.wrapped("", "batchIntro")
        self.choose_button = QPushButton(objectName="batchChoose")
        self.template_button = QPushButton(objectName="batchTemplate")
        self.status = parts.wrapped("", "batchStatus")
        self.rows = QTreeWidget(objectName="batchRows")
        self.rows.setRootIsDecorated(False)
        self.problems = QPlainTextEdit(objectName="batchProblems", readOnly=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.choose_button)
        tools.addWidget(self.template_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(lambda: self.read_file())
        self.template_button.clicked.connect(lambda: self.write_blank_template())
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

    # --- reading ------------------------------------------------------------------------------------

    def read_file(self, path: str = "") -> None:
        path = (
            path
            or QFileDialog.getOpenFileName(
                self, self.tr("Import firms"), "", self.tr("Excel workbooks (*.xlsx)")
            )[0]
        )
        if not path:
            return
        on = dt.date.today()
        task = tasks.Task(lambda report: read_batch(Path(path), on, report))
        task.signals.finished.connect(self._on_batch_read)
        task.signals.failed.connect(self._on_read_failed)
        self.task = task
        self.status.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.import_button.setEnabled(False)
        tasks.start(task)

    def _on_batch_read(self, batch: Batch) -> None:
        self.task, self.batch = None, batch
        self.planned = plan_import(batch, self.session.workspace.firms())
        self._show_rows()
        self.read_done.emit()

    def _on_read_failed(self, text: str) -> None:
        self.task = None
        self.status.setText(text)
        self.read_done.emit()

    def _show_rows(self) -> None:
        assert self.batch is not None
        self.rows.clear()
        by_row = {p.row.row: p for p in self.planned}
        for row in self.batch.rows:
            self.rows.addTopLevelItem(QTreeWidgetItem([str(row.row), row.name, self._what(row.row, by_row)]))
        self.problems.setPlainText("\n".join(p.text.get(lang()) for p in self.batch.all_problems))
        good, bad = len(self.batch.good), len(self.batch.bad)
        self.status.setText(
            self.tr("%1 firms can be imported; %2 rows have errors and will be left out.")
            .replace("%1", str(good))
            .replace("%2", str(bad))
        )
        self.import_button.setEnabled(good > 0 and not self.session.read_only)

    def _what(self, row: int, by_row: dict[int, Planned]) -> str:
        planned = by_row.get(row)
        if planned is None:
            return self.tr("Error: left out")
        if planned.firm_id is None:
            return self.tr("New firm")
        return self.tr("Adds an assessment to %1").replace("%1", planned.firm_name)

    # --- importing ----------------------------------------------------------------------------------

    def import_now(self) -> None:
        """Store the good rows: the user's confirmation is this click."""
        if not self.planned or self.imported:
            return
        try:
            import_rows(self.session.workspace, self.planned)
        except WorkspaceError as error:
            QMessageBox.warning(self, self.tr("Cannot import"), str(error))
            return
        self.imported = len(self.planned)
        self._prepare_cohort()

    def _prepare_cohort(self) -> None:
        """The imported firms' cohort figures into the cache, in the background; then the dialog closes."""
        from desktop.dialogs.cohort_dialog import read_members  # the cohort dialog opens this one

        path = self.session.workspace.path
        if not path.is_file():  # an in-memory workspace keeps no cache
            self._finish()
            return
        for widget in (self.import_button, self.choose_button, self.template_button):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Skip"))
        task = tasks.Task(lambda report: read_members(path, None, report))
        # Bound methods, not lambdas: Qt drops the connections if the dialog is gone before the task ends.
        task.signals.progressed.connect(self._show_preparing)
        task.signals.finished.connect(self._on_prepared)
        task.signals.failed.connect(
            self._on_prepared
        )  # only a cache: the cohort view computes what is missing
        task.signals.cancelled.connect(self._on_prepared)
        self.task = task
        self._show_preparing(0)
        tasks.start(task)

    def _on_prepared(self, *_result: object) -> None:
        self._finish()

    def _show_preparing(self, percent: int, _name: str = "") -> None:
        self.status.setText(
            self.tr("Imported %1 firms. Preparing their cohort figures… %2%")
            .replace("%1", str(self.imported))
            .replace("%2", str(percent))
        )

    def reject(self) -> None:
        if self.imported:  # Skip: the firms are stored; their figures are computed when first needed
            if self.task is not None:
                self.task.cancel()
            self._finish()
            return
        super().reject()

    def _finish(self) -> None:
        """Close as accepted, once (the preparing task may end after Skip)."""
        if not self.finished_import:
            self.finished_import = True
            self.accept()

    def write_blank_template(self, path: str = "") -> None:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self,
                self.tr("Blank batch template"),
                self.tr("SRDI batch template") + ".xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )[0]
        )
        if not path:
            return
        try:
            write_template(Path(path), lang())
        except (OSError, BatchError) as error:
            QMessageBox.warning(self, self.tr("Cannot write the file"), str(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import firms from a spreadsheet"))
        self.intro.setText(
            self.tr(
                "One firm per row of the batch template, or one firm's data-collection template. Nothing is "
                "stored until you press Import; a firm already in the workspace (same credit code, or the "
                "same name without one) gets a new assessment instead of a second copy."
            )
        )
        self.choose_button.setText(self.tr("Choose a spreadsheet…"))
        self.template_button.setText(self.tr("Write a blank batch template…"))
        self.import_button.setText(self.tr("Import"))
        self.rows.setHeaderLabels([self.tr("Row"), self.tr("Firm"), self.tr("What happens")])
        self.rows.header().setStretchLastSection(True)
        self.rows.setColumnWidth(1, 320)
        self.rows.sortByColumn(0, Qt.SortOrder.AscendingOrder)
