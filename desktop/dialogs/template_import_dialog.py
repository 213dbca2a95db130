"""The offline data-collection template: write a blank one, and import a filled one.

The import reads the workbook in the background. A clean workbook becomes a new assessment in the
workspace; a workbook with bad cells imports nothing and lists every problem (sheet!cell: what is
wrong) for the user to correct, with a button to copy the list.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessments.export.xlsx import TemplateError, read_template, write_template
from assessments.storage.srdi_file import AssessmentFile
from desktop.dialogs.export_dialog import Report
from desktop.i18n import lang
from desktop.session import Session
from desktop.tasks import Task, start

# The file name is in the language of the template, whatever the language of the window.
TEMPLATE_TITLES = {"zh": "专精特新数据采集表", "en": "SRDI data collection"}


def template_file_name(language: str) -> str:
    return f"{TEMPLATE_TITLES[language]}.xlsx"


def write_blank_template(path: Path, language: str) -> None:
    """The blank template, in `language`, for the assessment date of today (raises OSError)."""
    write_template(path, language, dt.date.today())  # atomic: the old file or the whole new one


def read_or_refuse(path: Path, report: Report) -> AssessmentFile | TemplateError:
    """The workbook's document, or the TemplateError listing its problems (a result, not a failure).

    `report` is checked for every row read, so a cancel stops the reading at once.
    """
    report(0, "")
    try:
        doc = read_template(path, report)
    except TemplateError as error:
        return error
    report(100, "")  # raises if the user cancelled meanwhile: then nothing is imported
    return doc


class State(Enum):
    READING = "reading"
    IMPORTED = "imported"
    REFUSED = "refused"  # the workbook has problems; nothing was imported
    FAILED = "failed"
    CANCELLED = "cancelled"


class TemplateImportDialog(QDialog):
    """Reads a filled template; on success opens it as a new assessment and closes itself."""

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.path = session, path
        self.setObjectName("templateImportDialog")
        self.state = State.READING
        self.task: Task | None = None
        self.assessment_id: int | None = None
        self.known_firm: QDialog | None = None  # the merge / keep both / skip choice for a known firm
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.message = QLabel(objectName="importMessage", wordWrap=True, visible=False)
        self.progress = QProgressBar(objectName="importProgress", textVisible=False)
        self.progress.setRange(0, 0)  # the reader gives no steps: a busy bar
        self.problems = QListWidget(objectName="templateProblems", visible=False)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problems.setWordWrap(True)
        self.copy_button = QPushButton(objectName="copyProblems", visible=False)
        self.copy_button.clicked.connect(self.copy_problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self.retranslate()

    def start(self) -> None:
        self.task = Task(partial(read_or_refuse, self.path))
        self.task.signals.finished.connect(self._on_task_finished)
        self.task.signals.failed.connect(self._on_task_failed)
        self.task.signals.cancelled.connect(self._on_task_cancelled)
        start(self.task)

    def reject(self) -> None:
        if self.task is not None and self.state == State.READING:
            self.task.cancel()
            self.state = State.CANCELLED  # a result arriving after this is dropped
        super().reject()

    def _on_task_finished(self, result: AssessmentFile | TemplateError) -> None:
        if self.state != State.READING:
            return
        if isinstance(result, TemplateError):
            self._show_problems(result)
            return
        from desktop.dialogs.firm_import_dialog import known_firm_dialog

        # A firm already in the workspace is never copied silently: merge, keep both or skip (issue 11).
        self.known_firm = known_firm_dialog(self.session, result, self.parentWidget())
        if self.known_firm is None:
            self.assessment_id = self.session.create(result)
        self.state = State.IMPORTED
        self.accept()
        if self.known_firm is not None:
            self.known_firm.open()

    def _on_task_failed(self, message: str) -> None:
        self._finish(State.FAILED, self.tr("The workbook could not be read: %1").replace("%1", message))

    def _on_task_cancelled(self) -> None:
        self.state = State.CANCELLED

    def _show_problems(self, error: TemplateError) -> None:
        for problem in error.problems:
            self.problems.addItem(problem.message.get(lang()))
        self._finish(State.REFUSED, self._refused_text(len(error.problems)))
        self.problems.setVisible(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setVisible(True)
        self.resize(max(self.width(), 640), 360)

    def _finish(self, state: State, message: str) -> None:
        """The reading line gives way to what went wrong."""
        self.state = state
        self.summary.setVisible(False)
        self.progress.setVisible(False)
        self.message.setText(message)
        self.message.setVisible(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def problem_lines(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def copy_problems(self) -> None:
        """Every line, or only the selected ones, to the clipboard (for an e-mail to the firm)."""
        chosen = [item.text() for item in self.problems.selectedItems()]
        QGuiApplication.clipboard().setText("\n".join(chosen or self.problem_lines()))

    def _refused_text(self, count: int) -> str:
        return (
            self.tr(
                "Nothing was imported: %1 has %2 problems. Correct these cells in the workbook, "
                "save it and import it again."
            )
            .replace("%1", self.path.name)
            .replace("%2", str(count))
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import data-collection template"))
        self.copy_button.setText(self.tr("Copy list"))
        if self.state == State.READING:
            self.summary.setText(self.tr("Reading %1…").replace("%1", self.path.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
