"""The searchable list of firms in the workspace and their assessments (one per date and purpose)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.session import Session

ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole


class WorkspacePanel(QWidget):
    assessment_chosen = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setObjectName("workspaceSearch")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("workspaceTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self.refresh)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_activated)
        session.opened.connect(self._on_session_opened)
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search firms by name or credit code"))
        self.refresh()

    def _on_session_opened(self, _assessment_id: int) -> None:
        self.refresh()

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "profile.name", "assessment.date", "assessment.purpose"):
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        current = self.session.assessment_id
        for firm in self.session.workspace.firms(self.search.text()):
            top = QTreeWidgetItem([firm.name or self.tr("(unnamed firm)")])
            top.setToolTip(0, firm.credit_code)
            self.tree.addTopLevelItem(top)
            for entry in self.session.workspace.assessments(firm.id):
                purpose = self.tr("re-review") if entry.purpose == "review" else self.tr("new application")
                child = QTreeWidgetItem([f"{entry.on.isoformat()} · {purpose}"])
                child.setData(0, ASSESSMENT_ROLE, entry.id)
                top.addChild(child)
                if entry.id == current:
                    self.tree.setCurrentItem(child)
            top.setExpanded(True)

    def _on_tree_item_activated(self, item: QTreeWidgetItem) -> None:
        assessment_id = item.data(0, ASSESSMENT_ROLE)
        if assessment_id is None and item.childCount():
            assessment_id = item.child(0).data(0, ASSESSMENT_ROLE)
        if assessment_id is not None and assessment_id != self.session.assessment_id:
            self.assessment_chosen.emit(int(assessment_id))
