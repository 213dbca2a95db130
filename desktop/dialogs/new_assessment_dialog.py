"""New assessment (新建评估): a new firm, or a new date for a firm already in the workspace."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from assessments.model import Firm, Profile, Purpose
from assessments.sample import with_sample_label
from assessments.storage.srdi_file import AssessmentFile
from desktop.i18n import lang
from desktop.session import Session


class NewAssessmentDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New assessment"))
        self.firm_combo = QComboBox()
        self.firm_combo.setObjectName("firmCombo")
        self.firm_combo.addItem(self.tr("A new firm"), None)
        for firm in session.workspace.firms():
            name = with_sample_label(firm.name or self.tr("(unnamed firm)"), firm.credit_code, lang())
            self.firm_combo.addItem(name, firm.id)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("Full registered name"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.purpose_combo = QComboBox()
        self.purpose_combo.setObjectName("purposeCombo")
        self.purpose_combo.addItem(self.tr("New application"), Purpose.NEW)
        self.purpose_combo.addItem(self.tr("Re-review of a title held"), Purpose.REVIEW)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Firm"), self.firm_combo)
        form.addRow(self.tr("Firm name"), self.name_edit)
        form.addRow(self.tr("Assessment date"), self.date_edit)
        form.addRow(self.tr("Purpose"), self.purpose_combo)
        form.addRow(buttons)
        self.firm_combo.currentIndexChanged.connect(self._on_firm_combo_changed)

    def _on_firm_combo_changed(self) -> None:
        self.name_edit.setEnabled(self.firm_id() is None)

    def firm_id(self) -> int | None:
        return self.firm_combo.currentData()

    def document(self) -> AssessmentFile:
        """The new document: an existing firm's latest data carried over, or an empty firm."""
        on = self.date_edit.date().toPython()
        purpose = Purpose(self.purpose_combo.currentData())
        firm_id = self.firm_id()
        if firm_id is not None:
            latest = self.session.workspace.assessments(firm_id)[0]
            firm = self.session.workspace.load(latest.id).firm
        else:
            firm = Firm(profile=Profile(name=self.name_edit.text().strip()))
        assert isinstance(on, dt.date)
        return AssessmentFile(firm=firm, on=on, purpose=purpose)
