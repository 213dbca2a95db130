"""The searchable list of firms in the workspace and their assessments (one per date and purpose).

The open assessment is always the selected row, in bold: after a right-click on another row (its menu
used or cancelled) and after a row that could not be opened, the selection comes back to it. The
built-in sample firm says it is the sample.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.sample import SAMPLE_NOTE
from assessments.storage.workspace import FirmEntry, WorkspaceError
from desktop.i18n import lang
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
        session.deleted.connect(self._on_session_opened)
        session.changed.connect(self._on_session_changed)
        self.confirm: QMessageBox | None = None
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.ask_to_delete)
        self.tree.addAction(self.delete_action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.items: dict[int, QTreeWidgetItem] = {}  # assessment id → its row, as last listed
        self.menu: QMenu | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search firms by name or credit code"))
        self.delete_action.setText(self.tr("Delete this assessment…"))
        self.refresh()

    def _on_tree_context_menu_requested(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is None or item.data(0, ASSESSMENT_ROLE) is None:
            return
        self.tree.setCurrentItem(item)  # the row the menu is about, while the menu is open
        self.menu = QMenu(self)
        self.menu.addAction(self.delete_action)
        self.menu.exec(self.tree.viewport().mapToGlobal(point))  # a chosen delete has taken its row already
        self.menu.deleteLater()
        self.menu = None
        self.select_open()

    def ask_to_delete(self) -> None:
        """Ask before deleting the selected assessment: it cannot be undone (save it as a file first)."""
        item = self.tree.currentItem()
        assessment_id = item.data(0, ASSESSMENT_ROLE) if item is not None else None
        if assessment_id is None:
            return
        firm = item.parent().text(0) if item.parent() else ""
        self.confirm = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete assessment"),
            self.tr(
                "Delete the assessment “%1 · %2”? This cannot be undone; use "
                "File → Save as file first to keep a copy."
            )
            .replace("%1", firm)
            .replace("%2", item.text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.buttonClicked.connect(
            lambda button: self._on_confirm_clicked(button, int(assessment_id))
        )
        self.confirm.open()

    def _on_confirm_clicked(self, button: object, assessment_id: int) -> None:
        assert self.confirm is not None
        if self.confirm.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.delete(assessment_id)
        except WorkspaceError as error:  # locked by another program, read-only: nothing was deleted
            self.session.problem.emit(self.tr("Not deleted: %1").replace("%1", str(error)))

    def _on_session_opened(self, _assessment_id: int) -> None:  # also on a deletion
        self.refresh()

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "profile.name", "assessment.date", "assessment.purpose"):
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.items = {}
        for firm in self.session.workspace.firms(self.search.text()):
            top = self._firm_item(firm)
            self.tree.addTopLevelItem(top)
            for entry in self.session.workspace.assessments(firm.id):
                purpose = self.tr("re-review") if entry.purpose == "review" else self.tr("new application")
                child = QTreeWidgetItem([f"{entry.on.isoformat()} · {purpose}"])
                child.setData(0, ASSESSMENT_ROLE, entry.id)
                top.addChild(child)
                self.items[entry.id] = child
            top.setExpanded(True)
        self.select_open()

    def _firm_item(self, firm: FirmEntry) -> QTreeWidgetItem:
        name = firm.name or self.tr("(unnamed firm)")
        if firm.is_sample:
            item = QTreeWidgetItem([self.tr("%1 (sample)").replace("%1", name)])
            item.setToolTip(0, f"{firm.credit_code}\n{SAMPLE_NOTE.get(lang())}")
            return item
        item = QTreeWidgetItem([name])
        item.setToolTip(0, firm.credit_code)
        return item

    def select_open(self) -> None:
        """Select the open assessment's row, in bold with its firm (none if the search hides it)."""
        current = self.items.get(self.session.assessment_id) if self.session.assessment_id else None
        for item in self.items.values():
            _set_bold(item, item is current)
            if item.parent() is not None:
                _set_bold(item.parent(), False)
        if current is None:
            self.tree.setCurrentItem(None)
            self.tree.clearSelection()
            return
        if current.parent() is not None:
            _set_bold(current.parent(), True)
        self.tree.setCurrentItem(current)

    def _on_tree_item_activated(self, item: QTreeWidgetItem) -> None:
        assessment_id = item.data(0, ASSESSMENT_ROLE)
        if assessment_id is None and item.childCount():
            assessment_id = item.child(0).data(0, ASSESSMENT_ROLE)
        if assessment_id is not None and assessment_id != self.session.assessment_id:
            self.assessment_chosen.emit(int(assessment_id))
        self.select_open()  # opened (the list was refreshed) or refused: the open one stays selected


def _set_bold(item: QTreeWidgetItem, bold: bool) -> None:
    font = item.font(0)
    if font.bold() != bold:
        font.setBold(bold)
        item.setFont(0, font)
