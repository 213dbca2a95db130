"""Export firms (导出企业): the chosen firms with all their assessments and evidence as one `.srdifirms`
file to carry to another PC, protected by a password if the user gives one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from assessments.storage.portable import DEFAULT_KDF, SUFFIX, PackError, pack_of_workspace, write_pack
from assessments.storage.workspace import WorkspaceError
from desktop.i18n import lang
from desktop.session import Session

FIRM_ROLE = Qt.ItemDataRole.UserRole


class FirmExportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firmExportDialog")
        self.session = session
        self.kdf = DEFAULT_KDF  # the key derivation's cost (tests lower it)
        self.setWindowTitle(self.tr("Export firms"))
        self.firm_list = QListWidget()
        self.firm_list.setObjectName("firmList")
        for firm in session.workspace.firms():
            item = QListWidgetItem(firm.name or self.tr("(unnamed firm)"))
            item.setData(FIRM_ROLE, firm.id)
            item.setCheckState(
                Qt.CheckState.Checked if firm.id == session.firm_id else Qt.CheckState.Unchecked
            )
            self.firm_list.addItem(item)
        self.password = _password_edit("passwordEdit")
        self.repeat = _password_edit("repeatEdit")
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(520, 440)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The firms you tick travel with all their assessments and evidence in one file. "
                "A password encrypts it (AES-256-GCM); without the password nobody can open it, you included."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.firm_list, 1)
        form = QFormLayout()
        form.addRow(self.tr("Password (optional)"), self.password)
        form.addRow(self.tr("Repeat the password"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[int]:
        items = (self.firm_list.item(i) for i in range(self.firm_list.count()))
        return [int(item.data(FIRM_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def check(self) -> str:
        """Why the export cannot start yet ("" when it can)."""
        if not self.chosen():
            return self.tr("Tick at least one firm.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _on_buttons_accepted(self) -> None:
        self.problem.setText(self.check())
        if self.problem.text():
            return
        name = f"{self.session.workspace.firm(self.chosen()[0]).name or 'firms'}{SUFFIX}"
        path = QFileDialog.getSaveFileName(
            self, self.tr("Export firms"), name, self.tr("Firms files (*%1)").replace("%1", SUFFIX)
        )[0]
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the file; False (and the user is told why) if it cannot be written."""
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a second
        try:
            pack, unreadable = pack_of_workspace(self.session.workspace, self.chosen())
            write_pack(path, pack, self.password.text(), self.kdf)
        except PackError as error:
            return self._failed(error.text.get(lang()))
        except (OSError, WorkspaceError) as error:
            return self._failed(str(error))
        finally:
            QApplication.restoreOverrideCursor()
        self._done(path, unreadable)
        return True

    def _failed(self, reason: str) -> bool:
        QMessageBox.warning(self, self.tr("Cannot export the firms"), reason)
        return False

    def _done(self, path: Path, unreadable: list[str]) -> None:
        if unreadable:
            QMessageBox.information(
                self,
                self.tr("Exported, with assessments left out"),
                self.tr("These assessments cannot be read and were left out:") + "\n" + "\n".join(unreadable),
            )
        if self.parent() is not None and hasattr(self.parent(), "statusBar"):
            self.parent().statusBar().showMessage(
                self.tr("Firms exported: %1").replace("%1", str(path)), 10000
            )
        self.accept()


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
