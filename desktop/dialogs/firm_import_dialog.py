"""Import firms (a `.srdifirms` file, or a `.srdi` file of a firm already in the workspace).

Per firm already there: merge, keep both or skip; per assessment of the same date and purpose that
differs, the two side by side and which to keep. Nothing is written until the user presses Import,
and then all of it in one transaction (assessments/storage/firm_import.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.evidence import EvidenceError
from assessments.storage.firm_import import (
    Choice,
    Clash,
    Decision,
    FirmPlan,
    ImportSummary,
    Keep,
    apply_import,
    differences,
    plan_import,
)
from assessments.storage.portable import (
    Pack,
    PackError,
    PasswordNeeded,
    WrongPassword,
    pack_of_document,
    read_pack,
)
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import WorkspaceError
from desktop.i18n import lang
from desktop.session import Session


class ClashBox(QGroupBox):
    """Two assessments of the same date and purpose, side by side, and which to keep."""

    def __init__(self, clash: Clash, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        purpose = self.tr("re-review") if clash.incoming.purpose == "review" else self.tr("new application")
        self.setTitle(
            self.tr("Assessment of %1 (%2): the file's differs from the stored one")
            .replace("%1", clash.incoming.on.isoformat())
            .replace("%2", purpose)
        )
        self.table = self._difference_table(clash)
        self.keep_combo = QComboBox()
        self.keep_combo.setObjectName("keepCombo")
        self.keep_combo.addItem(self.tr("Keep the stored one"), Keep.EXISTING)
        self.keep_combo.addItem(self.tr("Keep the one in the file (replaces the stored one)"), Keep.INCOMING)
        self.keep_combo.addItem(self.tr("Keep both"), Keep.BOTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.keep_combo)

    def keep(self) -> Keep:
        return Keep(self.keep_combo.currentData())

    def _difference_table(self, clash: Clash) -> QTableWidget:
        table = _difference_table(clash, self)
        table.setHorizontalHeaderLabels([self.tr("Input"), self.tr("Stored"), self.tr("In the file")])
        return table


def _difference_table(clash: Clash, box: ClashBox) -> QTableWidget:
    rows = differences(clash.existing, clash.incoming)
    table = QTableWidget(len(rows), 3, box)
    table.setObjectName("differenceTable")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for row, difference in enumerate(rows):
        for column, text in enumerate((difference.label.get(lang()), difference.stored, difference.incoming)):
            table.setItem(row, column, QTableWidgetItem(text))
    table.setMaximumHeight(min(240, 32 + 26 * max(1, len(rows))))
    return table


class FirmBox(QGroupBox):
    """One incoming firm: what importing it would do, and the user's choice."""

    def __init__(self, plan: FirmPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        code = plan.firm.credit_code
        name = plan.name or self.tr("(unnamed firm)")
        self.setTitle(f"{name} · {code}" if code else name)
        layout = QVBoxLayout(self)
        self.status = QLabel(self._status_text())
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.choice_combo = QComboBox()
        self.choice_combo.setObjectName("choiceCombo")
        self.clash_boxes = [ClashBox(clash, self) for clash in plan.clashes]
        if plan.match is not None:
            self.choice_combo.addItem(self.tr("Merge into the firm already there"), Choice.MERGE)
            self.choice_combo.addItem(self.tr("Keep both (a second firm of the same name)"), Choice.KEEP_BOTH)
            self.choice_combo.addItem(self.tr("Skip this firm"), Choice.SKIP)
            layout.addWidget(self.choice_combo)
            for box in self.clash_boxes:
                layout.addWidget(box)
            self.choice_combo.currentIndexChanged.connect(self._on_choice_combo_changed)

    def _status_text(self) -> str:
        plan = self.plan
        if plan.match is None:
            return self.tr("Not in the workspace yet: added with its assessments (%1).").replace(
                "%1", str(len(plan.added))
            )
        return (
            self.tr("Already in the workspace as “%1”: %2 new, %3 already there, %4 differ.")
            .replace("%2", str(len(plan.added)))
            .replace("%3", str(len(plan.identical)))
            .replace("%4", str(len(plan.clashes)))
            .replace("%1", plan.match.name)  # last: a name may hold "%2"
        )

    def _on_choice_combo_changed(self) -> None:
        for box in self.clash_boxes:
            box.setEnabled(self.decision().choice is Choice.MERGE)

    def decision(self) -> Decision:
        if self.plan.match is None:
            return Decision(Choice.MERGE)
        return Decision(Choice(self.choice_combo.currentData()), tuple(b.keep() for b in self.clash_boxes))


class FirmImportDialog(QDialog):
    imported = Signal(object)  # the ImportSummary

    def __init__(self, session: Session, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firmImportDialog")
        self.session, self.pack = session, pack
        self.plans = plan_import(session.workspace, pack)
        self.setWindowTitle(self.tr("Import firms"))
        self.firm_boxes = [FirmBox(plan) for plan in self.plans]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(760, 560)

    def _lay_out(self) -> None:
        content = QWidget()
        inner = QVBoxLayout(content)
        for box in self.firm_boxes:
            inner.addWidget(box)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nothing is imported until you press Import; then all of it, or nothing."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def decisions(self) -> list[Decision]:
        return [box.decision() for box in self.firm_boxes]

    def run_import(self) -> None:
        try:
            summary = apply_import(self.session.workspace, self.pack, self.plans, self.decisions())
        except (WorkspaceError, EvidenceError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr("The import failed and the workspace was left as it was: %1").replace(
                    "%1", str(error)
                ),
            )
            return
        self.accept()
        self._open_first(summary)
        self.imported.emit(summary)

    def _open_first(self, summary: ImportSummary) -> None:
        if summary.opened:
            self.session.open(summary.opened[0])


def known_firm_dialog(
    session: Session, doc: AssessmentFile, parent: QWidget | None
) -> FirmImportDialog | None:
    """The choice for a `.srdi` file of a firm already in the workspace; None for a new firm."""
    pack = pack_of_document(doc)
    if plan_import(session.workspace, pack)[0].match is None:
        return None
    return FirmImportDialog(session, pack, parent)


def read_firms_file(path: Path, parent: QWidget) -> Pack | None:
    """The file's firms, asking for the password as long as it is needed; None if the user gives up
    or the file cannot be read (the user was told why)."""
    password, prompt = "", ""
    while True:
        try:
            return read_pack(path, password)
        except (PasswordNeeded, WrongPassword) as error:
            prompt = error.text.get(lang()) if isinstance(error, WrongPassword) else ""
        except PackError as error:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("FirmImportDialog", "Cannot import the file"),
                error.text.get(lang()),
            )
            return None
        password = _ask_password(parent, prompt)
        if not password:
            return None


def _ask_password(parent: QWidget, problem: str) -> str:
    label = QCoreApplication.translate("FirmImportDialog", "Password of this firms file:")
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("FirmImportDialog", "Password"),
        f"{problem}\n{label}" if problem else label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else ""
