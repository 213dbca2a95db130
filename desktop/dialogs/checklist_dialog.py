"""The evidence checklist of the open assessment in a window of its own, read against the files the
firm keeps in the workspace (assessments/evidence.py); "Refresh" reads them again after attaching one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from assessments.checklist import checklist
from assessments.evidence import list_evidence
from desktop.session import Session
from desktop.widgets.checklist_panel import ChecklistPanel


class ChecklistDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistDialog")
        self.session = session
        self.panel = ChecklistPanel()
        self.refresh_button = QPushButton(objectName="checklistRefresh")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Evidence checklist"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.resize(960, 640)
        self.refresh()

    def refresh(self) -> None:
        firm_id = self.session.firm_id
        records = list_evidence(self.session.workspace, firm_id) if firm_id is not None else []
        self.panel.set_checklist(checklist(self.session.assessment, records))
