"""Export report (导出报告): the Excel workbook, the PDF report and/or the manager's two-page brief,
written in the background; or the full report or the brief printed (Qt's print dialog or its preview).

Each file is written to a temporary name beside its target and renamed only once every file is
complete, so a cancelled or failed export never leaves a half-written file, nor destroys the file it
would have replaced.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessments.engine import Assessment
from assessments.export.xlsx import write_xlsx
from assessments.model import ActionPlan, PlannedSpend
from assessments.storage import atomic
from desktop.paths import settings
from desktop.session import Session
from desktop.tasks import Task, start

Report = Callable[[int, str], None]
REPORT_LANGUAGES = {"zh": "中文", "en": "English"}
# The file names are in the language of the report, whatever the language of the window.
FILE_TITLES = {"zh": "专精特新自评", "en": "SRDI self-check"}
BRIEF_TITLES = {"zh": "专精特新自评简报", "en": "SRDI self-check brief"}
KINDS = ("xlsx", "pdf", "brief")
EXTENSIONS = {"xlsx": "xlsx", "pdf": "pdf", "brief": "pdf"}
WEIGHTS = {"xlsx": 1, "pdf": 3, "brief": 1}  # the full PDF takes about three times as long as the workbook
FOLDER_KEY = "export/folder"
KINDS_KEY = "export/kinds"  # the files ticked at the last export
DEFAULT_KINDS = ("xlsx", "pdf")
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # characters Windows refuses in a file name


def _write_pdf(
    assessment: Assessment, path: Path, lang: str, *, plan: ActionPlan | None, spend: PlannedSpend | None
) -> None:
    from assessments.export.pdf import write_pdf  # reportlab is loaded only when a PDF is asked for

    write_pdf(assessment, path, lang, plan=plan, spend=spend)


def _write_brief(
    assessment: Assessment, path: Path, lang: str, *, plan: ActionPlan | None, spend: PlannedSpend | None
) -> None:
    from assessments.export.pdf_short import write_short_pdf

    write_short_pdf(assessment, path, lang, plan=plan, spend=spend)


# Each writer also takes the document's action plan and planned spend as `plan=` and `spend=`.
WRITERS: dict[str, Callable[..., None]] = {"xlsx": write_xlsx, "pdf": _write_pdf, "brief": _write_brief}


# --- writing, off the UI thread ----------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    kind: str  # "xlsx" or "pdf"
    path: Path
    doing: str  # what the progress line says while it is written


@dataclass(frozen=True)
class ExportResult:
    written: tuple[Path, ...]
    failed: Path | None = None  # the target that could not be written
    error: OSError | None = None


def discard(paths: list[Path]) -> None:
    for path in paths:
        atomic.discard(path)


class _WriteFailed(Exception):
    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(str(error))
        self.path, self.error = path, error


def export_files(
    assessment: Assessment,
    targets: list[Target],
    lang: str,
    report: Report,
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> ExportResult:
    """Write every target, then move them into place; a cancel (report raising) leaves nothing."""
    in_the_way = next((t.path for t in targets if t.path.is_dir()), None)
    if in_the_way is not None:  # found now rather than after all the work
        return ExportResult((), in_the_way, IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))
    temps: list[Path] = []
    try:
        write_temps(assessment, targets, lang, report, temps, plan=plan, spend=spend)
        return move_into_place(temps, [t.path for t in targets])
    except _WriteFailed as failed:
        return ExportResult((), failed.path, failed.error)
    finally:
        discard(temps)  # whatever was not moved into place


def write_temps(
    assessment: Assessment,
    targets: list[Target],
    lang: str,
    report: Report,
    temps: list[Path],
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> None:
    """Each target to a temporary file beside it, listed in `temps` as soon as it exists."""
    done, total = 0, sum(WEIGHTS[t.kind] for t in targets)
    for target in targets:
        report(100 * done // total, target.doing)
        try:
            temps.append(atomic.new_temp(target.path))
            WRITERS[target.kind](assessment, temps[-1], lang, plan=plan, spend=spend)
        except OSError as error:
            raise _WriteFailed(target.path, error) from error
        done += WEIGHTS[target.kind]
    report(100, "")  # the last chance to cancel before a file of the user's is replaced


def move_into_place(temps: list[Path], paths: list[Path]) -> ExportResult:
    for index, (temp, path) in enumerate(zip(temps, paths, strict=True)):
        try:
            atomic.commit(temp, path)
        except OSError as error:
            return ExportResult(tuple(paths[:index]), path, error)
    return ExportResult(tuple(paths))


def write_error_text(path: Path, error: OSError) -> str:
    """Why a file could not be written, in the user's language, with what to do about it."""
    if path.is_dir():
        reason = QCoreApplication.translate(
            "ExportDialog", "a folder of that name is in the way. Choose another file name."
        )
    elif isinstance(error, PermissionError):
        reason = QCoreApplication.translate(
            "ExportDialog",
            "access was refused. The file may be open in Excel or a PDF viewer (close it), "
            "or the folder may be read-only (choose another folder).",
        )
    elif isinstance(error, FileNotFoundError):
        reason = QCoreApplication.translate(
            "ExportDialog", "the folder no longer exists. Choose another folder."
        )
    elif error.errno == errno.ENOSPC:
        reason = QCoreApplication.translate("ExportDialog", "the disk is full.")
    else:
        reason = error.strerror or str(error)
    return (
        QCoreApplication.translate("ExportDialog", "Could not write “%1”: %2")
        .replace("%1", str(path))
        .replace("%2", reason)
    )


def default_title(name: str, on: str, lang: str, kind: str = "pdf") -> str:
    firm = UNSAFE.sub("", name).strip() or "firm"
    titles = BRIEF_TITLES if kind == "brief" else FILE_TITLES
    return f"{firm}_{on}_{titles[lang]}"


# --- the dialog ---------------------------------------------------------------------------------


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ExportDialog(QDialog):
    """Choose the files, the language and the folder; Export writes them in the background."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("exportDialog")
        self.state = State.IDLE
        self.task: Task | None = None
        self.written: tuple[Path, ...] = ()
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.retranslate()
        self._fill_defaults()

    def _make_widgets(self) -> None:
        self.heading = QLabel(objectName="exportHeading", wordWrap=True)
        self.files_title = QLabel(objectName="sectionTitle")
        ticked = _ticked_kinds()
        self.checks = {kind: QCheckBox(objectName=f"{kind}Check", checked=kind in ticked) for kind in KINDS}
        self.name_edits = {kind: QLineEdit(objectName=f"{kind}Name") for kind in KINDS}
        self.hints = {kind: QLabel(objectName="exportHint", wordWrap=True) for kind in KINDS}
        self.language_label = QLabel()
        self.language_combo = QComboBox(objectName="languageCombo")
        for code, name in REPORT_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.print_label = QLabel()
        self.print_combo = QComboBox(objectName="printReportCombo")
        self.preview_button = QPushButton(objectName="printPreview")
        self.print_button = QPushButton(objectName="printReport")
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit(objectName="folderEdit")
        self.choose_button = QPushButton(objectName="chooseFolder")
        self.note = QLabel(objectName="exportNote", wordWrap=True)
        self.progress = QProgressBar(objectName="exportProgress", textVisible=False)
        self.progress_text = QLabel(objectName="exportProgressText")
        self.cancel_button = QPushButton(objectName="cancelExport")
        self.outcome = QLabel(objectName="exportOutcome", wordWrap=True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(objectName="openFolder")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)

    def _lay_out(self) -> None:
        files = QGridLayout()
        files.setColumnStretch(1, 1)
        for row, kind in enumerate(KINDS):
            files.addWidget(self.checks[kind], 2 * row, 0)
            files.addWidget(self.name_edits[kind], 2 * row, 1)
            files.addWidget(QLabel(f".{EXTENSIONS[kind]}"), 2 * row, 2)
            files.addWidget(self.hints[kind], 2 * row + 1, 1, 1, 2)
        where = QGridLayout()
        where.setColumnStretch(1, 1)
        where.addWidget(self.language_label, 0, 0)
        where.addWidget(self.language_combo, 0, 1, 1, 2)
        where.addWidget(self.folder_label, 1, 0)
        where.addWidget(self.folder_edit, 1, 1)
        where.addWidget(self.choose_button, 1, 2)
        layout = QVBoxLayout(self)
        for part in (self.heading, self.files_title, files, where, self.note, self._progress_row()):
            _add(layout, part)
        layout.addWidget(self._outcome_panel())
        layout.addStretch(1)
        layout.addLayout(self._print_row())
        layout.addWidget(self.buttons)
        self.resize(600, 0)

    def _print_row(self) -> QHBoxLayout:
        """Print the full report or the brief, in the report language chosen above."""
        row = QHBoxLayout()
        row.addWidget(self.print_label)
        row.addWidget(self.print_combo, 1)
        row.addWidget(self.preview_button)
        row.addWidget(self.print_button)
        return row

    def _progress_row(self) -> QWidget:
        self.progress_box = QWidget(objectName="exportProgressBox", visible=False)
        row = QHBoxLayout(self.progress_box)
        row.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.progress_text)
        column.addWidget(self.progress)
        row.addLayout(column, 1)
        row.addWidget(self.cancel_button)
        return self.progress_box

    def _outcome_panel(self) -> QFrame:
        self.outcome_panel = QFrame(objectName="exportOutcomePanel", visible=False)
        row = QHBoxLayout(self.outcome_panel)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.open_folder_button)
        return self.outcome_panel

    def _connect(self) -> None:
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        for kind in KINDS:
            self.checks[kind].toggled.connect(self._on_inputs_edited)
            self.name_edits[kind].textChanged.connect(self._on_inputs_edited)
        self.folder_edit.textChanged.connect(self._on_inputs_edited)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)

    def _fill_defaults(self) -> None:
        self._shown_lang = self.report_lang()
        for kind in KINDS:
            self.name_edits[kind].setText(self._default_title(self._shown_lang, kind))
        self.folder_edit.setText(str(_last_folder()))

    # --- inputs -------------------------------------------------------------------------------

    def report_lang(self) -> str:
        return self.language_combo.currentData()

    def _default_title(self, lang: str, kind: str) -> str:
        doc = self.session.doc
        return default_title(doc.firm.profile.name, doc.on.isoformat(), lang, kind)

    def _on_language_combo_changed(self) -> None:
        """Default names follow the report's language; names the user typed stay."""
        for kind, edit in self.name_edits.items():
            if edit.text() == self._default_title(self._shown_lang, kind):
                edit.setText(self._default_title(self.report_lang(), kind))
        self._shown_lang = self.report_lang()

    def print_kind(self) -> str:
        return self.print_combo.currentData()

    def _on_preview_button_clicked(self) -> None:
        self._print(preview=True)

    def _on_print_button_clicked(self) -> None:
        self._print(preview=False)

    def _print(self, preview: bool) -> None:
        from desktop.printing import print_report  # the PDF renderer is loaded only to print

        doc = self.session.doc
        print_report(
            self,
            self.session.assessment,
            self.print_kind(),
            self.report_lang(),
            preview=preview,
            plan=doc.plan,
            spend=doc.spend,
        )

    def _on_choose_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def targets(self) -> list[Target]:
        folder = Path(self.folder_edit.text().strip())
        return [
            Target(
                kind, folder / f"{self.name_edits[kind].text().strip()}.{EXTENSIONS[kind]}", self._doing(kind)
            )
            for kind in KINDS
            if self.checks[kind].isChecked()
        ]

    def _doing(self, kind: str) -> str:
        if kind == "xlsx":
            return self.tr("Writing the Excel workbook…")
        if kind == "brief":
            return self.tr("Writing the brief…")
        return self.tr("Writing the PDF report…")

    def input_problem(self) -> str:
        """Why Export cannot start yet ("" when it can)."""
        if not any(check.isChecked() for check in self.checks.values()):
            return self.tr("Tick at least one file to write.")
        if any(self.checks[k].isChecked() and not self.name_edits[k].text().strip() for k in KINDS):
            return self.tr("Give each file a name.")
        if any(UNSAFE.search(edit.text()) for edit in self.name_edits.values()):
            return self.tr('A file name cannot contain any of  < > : " / \\ | ? *')
        paths = [t.path for t in self.targets()]
        if len(set(paths)) < len(paths):
            return self.tr("The PDF report and the brief need different names.")
        folder = self.folder_edit.text().strip()
        if not folder or not Path(folder).is_dir():
            return self.tr("Choose a folder that exists.")
        return ""

    def _replaced(self) -> str:
        """The files an export would replace (a note, not a problem: the user may mean to)."""
        names = [t.path.name for t in self.targets() if t.path.is_file()]
        return (
            self.tr("%1 already exists and will be replaced.").replace("%1", "、".join(names))
            if names
            else ""
        )

    def _on_inputs_edited(self) -> None:
        if self.state != State.RUNNING:
            self._set_state(State.IDLE)  # the last outcome was about other settings

    def _check_inputs(self) -> None:
        running = self.state == State.RUNNING
        for kind in KINDS:
            self.name_edits[kind].setEnabled(self.checks[kind].isChecked() and not running)
        problem = self.input_problem()
        note = problem or (self._replaced() if self.state == State.IDLE else "")
        self.note.setText(note)
        self.note.setProperty("problem", bool(problem))
        _repolish(self.note)
        self.note.setVisible(bool(note))
        self.export_button.setEnabled(not running and not problem)

    # --- exporting ----------------------------------------------------------------------------

    def export(self) -> None:
        if self.state == State.RUNNING or self.input_problem():
            return
        doc = self.session.doc
        work = partial(
            export_files,
            self.session.assessment,
            self.targets(),
            self.report_lang(),
            plan=doc.plan,
            spend=doc.spend,
        )
        self.task = Task(work)
        self.task.signals.progressed.connect(self._on_task_progressed)
        self.task.signals.finished.connect(self._on_task_finished)
        self.task.signals.failed.connect(self._on_task_failed)
        self.task.signals.cancelled.connect(self._on_task_cancelled)
        self.progress.setValue(0)
        self._set_state(State.RUNNING)
        start(self.task)

    def cancel(self) -> None:
        if self.task is not None and self.state == State.RUNNING:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_text.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        self.cancel()  # closing the dialog must not leave an export running unseen
        super().reject()

    def _on_task_progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        if text and self.cancel_button.isEnabled():
            self.progress_text.setText(text)

    def _on_task_finished(self, result: ExportResult) -> None:
        self.written = result.written
        if result.error is None:
            settings().setValue(FOLDER_KEY, str(result.written[0].parent))
            settings().setValue(KINDS_KEY, [k for k in KINDS if self.checks[k].isChecked()])
            self._show_outcome(State.DONE, self._written_text(result.written))
            return
        text = write_error_text(result.failed, result.error)
        if result.written:
            text += "\n" + self._written_text(result.written)
        self._show_outcome(State.FAILED, text)

    def _on_task_failed(self, message: str) -> None:
        self._show_outcome(State.FAILED, self.tr("The export failed: %1").replace("%1", message))

    def _on_task_cancelled(self) -> None:
        self._show_outcome(State.CANCELLED, self.tr("Export cancelled: no file was written."))

    def _written_text(self, paths: tuple[Path, ...]) -> str:
        folder = paths[0].parent
        names = "\n".join(f"  {path.name}" for path in paths)
        return self.tr("Written to %1:").replace("%1", str(folder)) + "\n" + names

    def _show_outcome(self, state: State, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setProperty("tone", state.value)
        _repolish(self.outcome)
        self.open_folder_button.setVisible(bool(self.written))
        self._set_state(state)

    def _set_state(self, state: State) -> None:
        self.state = state
        running = state == State.RUNNING
        self.progress_box.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.outcome_panel.setVisible(state not in (State.IDLE, State.RUNNING))
        others = (
            self.language_combo,
            self.folder_edit,
            self.choose_button,
            self.preview_button,
            self.print_button,
        )
        for widget in (*self.checks.values(), *others):
            widget.setEnabled(not running)
        self._check_inputs()

    def _on_open_folder_button_clicked(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report"))
        doc = self.session.doc
        firm = doc.firm.profile.name or self.tr("(unnamed firm)")
        self.heading.setText(
            self.tr("The report of %1 as assessed on %2.")
            .replace("%1", firm)
            .replace("%2", doc.on.isoformat())
        )
        self.files_title.setText(self.tr("Files to write"))
        self.checks["xlsx"].setText(self.tr("Excel workbook"))
        self.checks["pdf"].setText(self.tr("PDF report"))
        self.checks["brief"].setText(self.tr("PDF brief for the manager (2 pages)"))
        self.hints["xlsx"].setText(
            self.tr("Every figure, with live formulas for each ratio and check: to verify and correct.")
        )
        self.hints["pdf"].setText(
            self.tr("Summary, charts and every criterion with its source: to read, print or send.")
        )
        self.hints["brief"].setText(
            self.tr(
                "The targets, the ladder and the three most valuable actions with their cost and support."
            )
        )
        self._retranslate_print()
        self.language_label.setText(self.tr("Report language"))
        self.folder_label.setText(self.tr("Folder"))
        self.choose_button.setText(self.tr("Choose…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.export_button.setText(self.tr("Export"))

    def _retranslate_print(self) -> None:
        self.print_label.setText(self.tr("Print"))
        chosen = self.print_combo.currentData() or _last_print_kind()
        self.print_combo.clear()
        self.print_combo.addItem(self.tr("Full report"), "full")
        self.print_combo.addItem(self.tr("Brief (2 pages)"), "brief")
        self.print_combo.setCurrentIndex(max(0, self.print_combo.findData(chosen)))
        self.preview_button.setText(self.tr("Print preview…"))
        self.print_button.setText(self.tr("Print…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _add(layout: QVBoxLayout, part: QWidget | QGridLayout) -> None:
    if isinstance(part, QWidget):
        layout.addWidget(part)
    else:
        layout.addLayout(part)


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _ticked_kinds() -> tuple[str, ...]:
    """The files ticked at the last export that wrote them; the workbook and the full report at first."""
    value = settings().value(KINDS_KEY, list(DEFAULT_KINDS))
    kinds = tuple(k for k in ([value] if isinstance(value, str) else value or []) if k in KINDS)
    return kinds or DEFAULT_KINDS


def _last_print_kind() -> str:
    from desktop.printing import last_report

    return last_report()


def _last_folder() -> Path:
    """Where the user exported last; otherwise the Documents folder."""
    last = settings().value(FOLDER_KEY, "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
