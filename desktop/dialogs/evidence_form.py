"""What a file added as evidence is: the criterion or input it proves, its kind and its dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from assessments.dates import DateTextError, read_date
from assessments.engine import Assessment
from assessments.evidence import KIND_LABELS, Kind
from assessments.labels import PROFILE_FIELDS, YEAR_FIELDS, year_field
from assessments.storage.srdi_file import AssessmentFile
from desktop.i18n import lang

_FIRST_YEAR, _LAST_YEAR = 1980, 2100  # a year an audit or ledger can cover


class EvidenceForm(QDialog):
    def __init__(
        self, path: Path, assessment: Assessment, doc: AssessmentFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceForm")
        self.path = path
        self.setWindowTitle(self.tr("Add evidence"))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self._fill_targets(assessment, doc)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(label.get(lang()), kind)
        example = QCoreApplication.translate("Form", "e.g. 2014-6-18")
        self.issued_edit = _edit("issuedEdit", example)
        self.expires_edit = _edit("expiresEdit", example)
        self.year_edit = _edit("yearEdit", self.tr("e.g. 2025"))
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), QLabel(path.name))
        form.addRow(self.tr("Proves"), self.target_combo)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Issued on"), self.issued_edit)
        form.addRow(self.tr("Valid until"), self.expires_edit)
        form.addRow(self.tr("Year it covers"), self.year_edit)
        form.addRow(self.problem)
        form.addRow(buttons)

    def _fill_targets(self, assessment: Assessment, doc: AssessmentFile) -> None:
        self.target_combo.addItem(self.tr("The firm in general"), _key("", ""))
        for scheme, result in assessment.results.items():
            for row in result.rows:
                text = f"{result.title.get(lang())} · {row.label.get(lang())}"
                self.target_combo.addItem(text, _key(f"{scheme}/{row.id}", ""))
        for name, label in PROFILE_FIELDS.items():
            self.target_combo.addItem(label.get(lang()), _key("", f"profile.{name}"))
        for year in sorted((y.year for y in doc.firm.years), reverse=True):
            for name in YEAR_FIELDS:
                self.target_combo.addItem(
                    year_field(year, name).get(lang()), _key("", f"years.{year}.{name}")
                )

    def select_target(self, criterion: str = "", field: str = "") -> None:
        index = self.target_combo.findData(_key(criterion, field))
        if index >= 0:
            self.target_combo.setCurrentIndex(index)

    def check(self) -> str:
        """What is wrong with the form ("" when it can be kept)."""
        for edit, name in (
            (self.issued_edit, self.tr("Issued on")),
            (self.expires_edit, self.tr("Valid until")),
        ):
            try:
                read_date(edit.text())
            except DateTextError as error:
                return f"{name}：{error.reason.get(lang())}"
        issued, expires = _date(self.issued_edit.text()), _date(self.expires_edit.text())
        if issued and expires and expires < issued:
            return self.tr("The file cannot expire before it was issued.")
        year = self.year_edit.text().strip()
        if year and not (year.isdigit() and _FIRST_YEAR <= int(year) <= _LAST_YEAR):
            return self.tr("Year it covers: enter a year such as 2025.")
        return ""

    def _on_buttons_accepted(self) -> None:
        self.problem.setText(self.check())
        if not self.problem.text():
            self.accept()

    def values(self) -> dict[str, Any]:
        criterion, field = str(self.target_combo.currentData()).split("\t")
        year = self.year_edit.text().strip()
        return {
            "kind": Kind(self.kind_combo.currentData()),
            "criterion": criterion,
            "field": field,
            "issued_on": _date(self.issued_edit.text()),
            "expires_on": _date(self.expires_edit.text()),
            "year_covered": int(year) if year else None,
        }


def _key(criterion: str, field: str) -> str:
    """A combo entry's data: a plain string, which Qt finds again (a Python tuple it does not)."""
    return f"{criterion}\t{field}"


def _edit(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _date(text: str) -> dt.date | None:
    """The date as Chinese users type it (the wizard's reader); None when empty or not a date."""
    try:
        return read_date(text)
    except DateTextError:
        return None
