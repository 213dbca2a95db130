"""A firm over time: its assessments on a timeline chart, any two side by side, and a re-score of one
under the rules of another date (issue 11).

The comparison itself is Qt-free (assessments/compare.py, assessments/rules/rescore.py): this dialog
picks the two sides, shows the inputs that changed and the results that changed (each flipped verdict
with the criteria that flipped it, marked ◆), and for a re-score offers "Accept", which is the only
thing that writes: the open assessment through the session (one undo step), another one through a
compare-and-set save of the workspace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.compare import Comparison, SchemeChange, compare, side_label, timeline
from assessments.engine import Assessment
from assessments.results import Status
from assessments.rules.rescore import Rescore, rescore, saved_history
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import WorkspaceError
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.timeline_chart import TimelineChart

FLIP_MARK = "◆"
SIDE_WIDTH, RULES_WIDTH = 230, 130  # px of the before/after and rule-pack columns


class CompareDialog(QDialog):
    def __init__(self, session: Session, firm_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.session, self.firm_id = session, firm_id
        self.history: list[tuple[object, AssessmentFile, Assessment]] = []
        self.comparison: Comparison | None = None
        self.pending: Rescore | None = None  # a re-score shown and not yet accepted
        self._build()
        self._retranslate()
        self.reload()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.chart = TimelineChart()
        self.before_box, self.after_box = (
            QComboBox(objectName="compareBefore"),
            QComboBox(objectName="compareAfter"),
        )
        self.before_label, self.after_label = QLabel(), QLabel()
        self.summary = parts.wrapped("", "compareSummary")
        self.inputs = _tree("compareInputs", 3)
        self.results = _tree("compareResults", 4)
        self.tabs = QTabWidget(objectName="compareTabs")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.inputs, "")
        self.rules_date = QDateEdit(QDate.currentDate(), objectName="compareRulesDate", calendarPopup=True)
        self.rules_date.setDisplayFormat("yyyy-MM-dd")
        self.rules_label = QLabel()
        self.rescore_button = QPushButton(objectName="compareRescore")
        self.accept_button = QPushButton(objectName="compareAccept", enabled=False)
        self.export_button = QPushButton(objectName="compareExport", enabled=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addLayout(
            parts.row(self.before_label, self.before_box, 1, self.after_label, self.after_box, 1)
        )
        layout.addLayout(
            parts.row(
                self.rules_label,
                self.rules_date,
                self.rescore_button,
                self.accept_button,
                1,
                self.export_button,
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.before_box.currentIndexChanged.connect(self._on_sides_changed)
        self.after_box.currentIndexChanged.connect(self._on_sides_changed)
        self.rescore_button.clicked.connect(self.rescore)
        self.accept_button.clicked.connect(self.accept_rescore)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.resize(1000, 760)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare assessments"))
        self.before_label.setText(self.tr("Earlier:"))
        self.after_label.setText(self.tr("Later:"))
        self.rules_label.setText(self.tr("Rules in force on:"))
        self.rescore_button.setText(self.tr("Re-score the later assessment"))
        self.rescore_button.setToolTip(
            self.tr(
                "Compute the later assessment again under the rules in force on the date chosen; nothing is saved until you accept."
            )
        )
        self.accept_button.setText(self.tr("Accept the re-score"))
        self.export_button.setText(self.tr("Export comparison…"))
        self.tabs.setTabText(0, self.tr("Results"))
        self.tabs.setTabText(1, self.tr("Inputs"))
        self.inputs.setHeaderLabels([self.tr("Input"), self.tr("Before"), self.tr("After")])
        self.results.setHeaderLabels(
            [self.tr("Scheme / criterion"), self.tr("Before"), self.tr("After"), self.tr("Rules")]
        )

    # --- the firm's assessments -----------------------------------------------------------------

    def reload(self) -> None:
        """Read the firm's assessments again (after an accepted re-score)."""
        self.history = saved_history(self.session.workspace, self.firm_id)
        self.chart.set_timeline(timeline(a for _, _, a in self.history))
        for box in (self.before_box, self.after_box):
            box.blockSignals(True)
            box.clear()
            for _, _, assessment in self.history:
                box.addItem(side_label(assessment).get(lang()))
            box.blockSignals(False)
        self.before_box.setCurrentIndex(max(len(self.history) - 2, 0))
        self.after_box.setCurrentIndex(len(self.history) - 1)
        self._on_sides_changed()

    def _on_sides_changed(self) -> None:
        self.pending = None
        self.accept_button.setEnabled(False)
        self.rescore_button.setEnabled(bool(self.history))
        before, after = self.before_box.currentIndex(), self.after_box.currentIndex()
        if before < 0 or after < 0:
            self.show_comparison(None)
            return
        self.show_comparison(compare(self.history[before][2], self.history[after][2]))

    # --- re-scoring -----------------------------------------------------------------------------

    def rescore(self) -> None:
        """Show the later assessment under the rules of the chosen date beside its saved result."""
        index = self.after_box.currentIndex()
        if index < 0:
            return
        self.pending = rescore(self.history[index][1], self.rules_date.date().toPython())
        self.show_comparison(self.pending.comparison)
        self.accept_button.setEnabled(not self.pending.comparison.same or self._packs_differ(self.pending))

    @staticmethod
    def _packs_differ(pending: Rescore) -> bool:
        return pending.comparison.before.packs != pending.comparison.after.packs

    def accept_rescore(self) -> None:
        """Save the re-scored document: the only write this dialog makes."""
        if self.pending is None:
            return
        entry = self.history[self.after_box.currentIndex()][0]
        assessment_id = entry.id  # type: ignore[attr-defined]
        try:
            self._save(assessment_id, self.pending.accepted)
        except WorkspaceError as error:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The re-score was not saved: %1").replace("%1", str(error))
            )
            return
        self.reload()

    def _save(self, assessment_id: int, doc: AssessmentFile) -> None:
        if assessment_id == self.session.assessment_id:
            self.session.replace_document(doc, self.tr("Accept re-score"))
            return
        stored = self.session.workspace.load_stored(assessment_id)
        self.session.workspace.save(assessment_id, doc, stored.revision)

    # --- showing --------------------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.export_button.setEnabled(comparison is not None)
        self.inputs.clear()
        self.results.clear()
        if comparison is None:
            self.summary.setText(self.tr("This firm has no assessment to compare yet."))
            return
        self.summary.setText(self._summary_text(comparison))
        for change in comparison.inputs:
            self.inputs.addTopLevelItem(
                QTreeWidgetItem(
                    [change.label.get(lang()), change.before.get(lang()), change.after.get(lang())]
                )
            )
        for scheme in comparison.changed_schemes:
            self.results.addTopLevelItem(self._scheme_item(scheme))
        self.results.expandAll()

    def _summary_text(self, comparison: Comparison) -> str:
        if comparison.same:
            return (
                self.tr("%1 and %2: nothing changed.")
                .replace("%1", comparison.before.label.get(lang()))
                .replace("%2", comparison.after.label.get(lang()))
            )
        text = self.tr(
            "%1 → %2: %3 inputs changed, %4 results changed, %5 verdicts flipped (%6 marks the criteria that flipped them)."
        )
        values = (
            comparison.before.label.get(lang()),
            comparison.after.label.get(lang()),
            str(len(comparison.inputs)),
            str(len(comparison.changed_schemes)),
            str(len(comparison.flipped)),
            FLIP_MARK,
        )
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        return text

    def _scheme_item(self, scheme: SchemeChange) -> QTreeWidgetItem:
        packs = (
            scheme.pack_before
            if scheme.pack_before == scheme.pack_after
            else f"{scheme.pack_before} → {scheme.pack_after}"
        )
        item = QTreeWidgetItem(
            [
                scheme.title.get(lang()),
                style.verdict_text(scheme.before),
                style.verdict_text(scheme.after),
                packs,
            ]
        )
        if scheme.flipped:
            bold = QFont(item.font(0))
            bold.setBold(True)
            for column in range(3):
                item.setFont(column, bold)
        for column, verdict in ((1, scheme.before), (2, scheme.after)):
            item.setForeground(column, style.colour(style.verdict_tone(verdict).ink))
        culprits = {c.row_id for c in scheme.flipped_by}
        for criterion in scheme.criteria:
            mark = f"{FLIP_MARK} " if criterion.row_id in culprits else ""
            child = QTreeWidgetItem(
                [
                    mark + criterion.label.get(lang()),
                    _criterion_side(criterion.before, criterion.value_before.get(lang())),
                    _criterion_side(criterion.after, criterion.value_after.get(lang())),
                    "",
                ]
            )
            child.setData(0, Qt.ItemDataRole.UserRole, criterion.row_id)
            item.addChild(child)
        item.setData(0, Qt.ItemDataRole.UserRole, scheme.scheme)
        return item

    # --- export ---------------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        if self.comparison is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export comparison"), "", self.tr("Workbook (*.xlsx);;PDF (*.pdf)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        assert self.comparison is not None
        try:
            if path.suffix.lower() == ".pdf":
                from assessments.export.compare_pdf import write_compare_pdf  # reportlab only when asked

                write_compare_pdf(self.comparison, path, lang())
            else:
                from assessments.export.compare_xlsx import write_compare_xlsx  # openpyxl only when asked

                write_compare_xlsx(self.comparison, path.with_suffix(".xlsx"), lang())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be written: %1").replace("%1", str(error)),
            )


def _tree(name: str, columns: int) -> QTreeWidget:
    tree = QTreeWidget(objectName=name)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(columns > 3)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setStretchLastSection(False)
    for column in range(1, columns):  # before and after side by side, wide enough for a figure
        tree.setColumnWidth(column, SIDE_WIDTH if column < 3 else RULES_WIDTH)
    return tree


def _criterion_side(status: Status | None, value: str) -> str:
    if status is None:
        return "—"
    return f"{style.status_text(status)} · {value}" if value else style.status_text(status)
