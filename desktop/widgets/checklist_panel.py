"""The evidence checklist of the open assessment: per scheme, the documents its criteria ask for, each
present, missing or out of date, with the clause that asks for it (assessments/checklist.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from assessments.checklist import STATE_TEXT, Checklist, ChecklistItem, State
from assessments.labels import trust
from desktop.i18n import lang
from desktop.widgets import parts
from desktop.widgets import status_style as style

STATE_TONE = {
    State.PRESENT: style.GREEN,
    State.MISSING: style.GREY,
    State.OUT_OF_DATE: style.AMBER_RED,
    State.UNCHECKED: style.BLUE,
}
STATE_MARK = {State.PRESENT: "✓", State.MISSING: "○", State.OUT_OF_DATE: "✗", State.UNCHECKED: "?"}
KEY_ROLE = Qt.ItemDataRole.UserRole


class ChecklistPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.checklist: Checklist | None = None
        self.summary = parts.wrapped("", "checklistSummary")
        self.tree = QTreeWidget(objectName="checklistTree")
        self.tree.setColumnCount(4)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Document"), self.tr("State"), self.tr("Criterion"), self.tr("Clause")]
        )

    def set_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.tree.clear()
        for scheme in checklist.schemes:
            items = checklist.of(scheme)
            head = QTreeWidgetItem([items[0].scheme_title.get(lang()), "", "", ""])
            bold = QFont(head.font(0))
            bold.setBold(True)
            head.setFont(0, bold)
            head.addChildren([self._item(i) for i in items])
            self.tree.addTopLevelItem(head)
        self.tree.expandAll()
        self.summary.setText(self._summary_text(checklist))

    def _summary_text(self, checklist: Checklist) -> str:
        if not checklist.items:
            return self.tr("The rules in force name no document for the criteria this firm relies on.")
        text = self.tr("%1 documents: %2 present, %3 missing, %4 out of date.")
        values = (
            len(checklist.items),
            *(checklist.count(s) for s in (State.PRESENT, State.MISSING, State.OUT_OF_DATE)),
        )
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", str(value))
        return text

    def _item(self, entry: ChecklistItem) -> QTreeWidgetItem:
        clause = f"{entry.source.cite} · {trust(entry.source.confidence).get(lang())}"
        state = f"{STATE_MARK[entry.state]} {STATE_TEXT[entry.state].get(lang())}"
        item = QTreeWidgetItem([entry.label.get(lang()), state, entry.criterion_label.get(lang()), clause])
        tone = STATE_TONE[entry.state]
        item.setForeground(1, style.colour(tone.ink))
        item.setBackground(1, style.colour(tone.fill))
        item.setToolTip(1, entry.reason.get(lang()))
        item.setToolTip(0, entry.reason.get(lang()))
        item.setData(0, KEY_ROLE, (entry.key, entry.id))
        return item
