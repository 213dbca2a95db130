"""Install a signed rule-pack update from a file (decision 12).

The user picks a `.srdipack`; the core verifies it (signature, trusted key and its dates, manifest,
schema) and says in plain words why it is refused, or shows what it changes: per scheme the windows and
every value with its old and new citation. Install writes the packs beside the shipped ones; then the
saved assessments of the workspace can be re-scored to list every verdict the update changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.results import Text
from assessments.rules.bundle import BundleRefused, VerifiedBundle, verify_bundle
from assessments.rules.diff import BundleDiff, diff_bundle, render_diff
from assessments.rules.install import check_installable, install_bundle
from assessments.rules.rescore import Rescored, Scored, changes, snapshot
from assessments.rules.walk import cite, format_value
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.status_style import verdict_name

MAX_COLUMN_PX = 300


def read_only_table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):  # a long text wraps within its column instead of pushing others out
        table.setColumnWidth(c, min(table.columnWidth(c), MAX_COLUMN_PX))
    table.resizeRowsToContents()


class RuleUpdateDialog(QDialog):
    packs_installed = Signal()  # the app re-assesses the open assessment under the new packs

    def __init__(
        self, session: Session, parent: QWidget | None = None, keys_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.keys_path = session, keys_path
        self.path: Path | None = None
        self.bundle: VerifiedBundle | None = None
        self.installed = False
        self.diff: BundleDiff | None = None
        self.refusal: Text | None = None
        self.before: dict[int, Scored] = {}
        self.rescored: list[Rescored] | None = None
        self.setObjectName("ruleUpdateDialog")
        self._make_widgets()
        self._lay_out()
        self._connect()
        self.resize(1000, 720)
        self.retranslate()

    def _make_widgets(self) -> None:
        self.heading = parts.label("ruleUpdateHeading")
        self.intro = parts.wrapped("", "ruleUpdateIntro")
        self.file_label = parts.label("ruleUpdateFile")
        self.choose_button = QPushButton(objectName="ruleUpdateChoose")
        self.status = parts.wrapped("", "ruleUpdateStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QPlainTextEdit(objectName="ruleUpdateSummary", readOnly=True)
        self.values = read_only_table("ruleUpdateValues", 6)
        self.rescore_button = QPushButton(objectName="ruleUpdateRescore", enabled=False)
        self.rescore_label = parts.wrapped("", "ruleUpdateRescoreSummary")
        self.verdicts = read_only_table("ruleUpdateVerdicts", 5)
        self.install_button = QPushButton(objectName="ruleUpdateInstall", enabled=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(parts.row(self.file_label, 1, self.choose_button))
        layout.addWidget(self.status)
        layout.addWidget(parts.split(self.summary, self.values, 1, 2), 3)
        layout.addLayout(parts.row(self.rescore_label, 1, self.rescore_button))
        layout.addWidget(self.verdicts, 2)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.install_button.clicked.connect(self.install)
        self.rescore_button.clicked.connect(self.rescore)
        self.buttons.rejected.connect(self.reject)

    # --- reading a bundle -----------------------------------------------------------------------

    def choose_file(self) -> None:
        path = QFileDialog.getOpenFileName(
            self, self.tr("Choose a rule update"), "", self.tr("Rule updates (*.srdipack);;All files (*)")
        )[0]
        if path:
            self.load_bundle(Path(path))

    def load_bundle(self, path: Path) -> None:
        """Verify the file and show the result; nothing is installed here."""
        self.path = path
        self.file_label.setText(str(path))
        self.bundle, self.diff, self.refusal, self.rescored = None, None, None, None
        self.installed = False
        try:
            bundle = verify_bundle(path, self.keys_path)
            check_installable(bundle)
        except BundleRefused as refusal:
            self.refusal = refusal.text
        else:
            self.bundle, self.diff = bundle, diff_bundle(bundle)
        self.install_button.setEnabled(self.bundle is not None)
        self.rescore_button.setEnabled(False)
        self._show()

    # --- installing -----------------------------------------------------------------------------

    def install(self) -> bool:
        if self.bundle is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.before = snapshot(self.session.workspace)  # scored under the packs in use until now
            install_bundle(self.bundle)
        except (OSError, BundleRefused) as error:
            message = error.text.get(lang()) if isinstance(error, BundleRefused) else str(error)
            QMessageBox.warning(self, self.tr("The rule update was not installed"), message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.installed = True
        self.install_button.setEnabled(False)
        self.rescore_button.setEnabled(True)
        self.status.setText(self._installed_text())
        self.packs_installed.emit()
        return True

    def rescore(self) -> None:
        """Every saved assessment scored again under the new packs: which verdicts change."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.rescored = changes(self.session.workspace, self.before)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_rescored()

    # --- showing --------------------------------------------------------------------------------

    def _show(self) -> None:
        self.status.setText(self._status_text())
        self.summary.setPlainText(render_diff(self.diff, lang(), values=False) if self.diff else "")
        fill_table(self.values, self._value_rows())
        self._show_rescored()

    def _status_text(self) -> str:
        if self.refusal is not None:
            return "✗ " + self.refusal.get(lang())
        if self.bundle is None:
            return self.tr("Choose a rule update file (.srdipack) to check it.")
        if self.installed:
            return self._installed_text()
        text = self.tr("✓ Signed by %1 (bundle %2, %3). Check the changes below, then install.")
        manifest = self.bundle.manifest
        return (
            text.replace("%1", self.bundle.signer.name)
            .replace("%2", manifest.bundle_id)
            .replace("%3", manifest.created.isoformat())
        )

    def _installed_text(self) -> str:
        text = self.tr("✓ Installed. The new rules apply from now on; the shipped rules stay as they were.")
        return text + " " + self.tr("Re-score the saved assessments to see which verdicts change.")

    def _value_rows(self) -> list[list[str]]:
        if self.diff is None:
            return []
        return [
            [
                f"{pack.scheme} {pack.version}",
                f"{change.label.get(lang())} ({change.path})",
                format_value(change.old),
                format_value(change.new),
                cite(change.old_source),
                cite(change.new_source),
            ]
            for pack in self.diff.packs
            for change in pack.changes
        ]

    def _show_rescored(self) -> None:
        self.verdicts.setVisible(self.rescored is not None)
        if self.rescored is None:
            self.rescore_label.setText("")
            fill_table(self.verdicts, [])
            return
        rows = [
            [
                item.firm,
                item.on.isoformat(),
                change.title.get(lang()),
                verdict_name(change.before),
                verdict_name(change.after),
            ]
            for item in self.rescored
            for change in item.changes
        ]
        fill_table(self.verdicts, rows)
        changed = sum(1 for item in self.rescored if item.changes)
        text = self.tr("%1 saved assessments re-scored: the verdicts of %2 change.")
        self.rescore_label.setText(text.replace("%1", str(len(self.rescored))).replace("%2", str(changed)))

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Install a rule update"))
        self.heading.setText(self.tr("Install a signed rule update"))
        self.intro.setText(
            self.tr(
                "A rule update is a file signed by the rule maintainers. It is checked before anything is "
                "installed; the new rules are kept beside the rules shipped with the app, never over them."
            )
        )
        self.file_label.setText(str(self.path) if self.path else self.tr("No file chosen"))
        self.choose_button.setText(self.tr("Choose a file…"))
        self.install_button.setText(self.tr("Install"))
        self.rescore_button.setText(self.tr("Re-score saved assessments"))
        self.values.setHorizontalHeaderLabels(
            [
                self.tr("Rule pack"),
                self.tr("Value"),
                self.tr("Old"),
                self.tr("New"),
                self.tr("Old citation"),
                self.tr("New citation"),
            ]
        )
        self.verdicts.setHorizontalHeaderLabels(
            [
                self.tr("Firm"),
                self.tr("Assessment date"),
                self.tr("Scheme"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
