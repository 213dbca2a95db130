"""The menu actions of a firm over time (issue 11): compare its assessments (with the timeline and
re-score) and the evidence checklist of the open assessment. One object adds them to a menu and keeps
their words in the current language, so the main window needs a single line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from desktop.session import Session


class HistoryActions(QObject):
    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.compare_action = QAction(window, objectName="compareAction")
        self.checklist_action = QAction(window, objectName="checklistAction")
        self.compare_action.triggered.connect(self.show_compare)
        self.checklist_action.triggered.connect(self.show_checklist)
        self.dialog: QDialog | None = None
        window.installEventFilter(self)
        self._retranslate()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.compare_action)
        menu.addAction(self.checklist_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.compare_action.setText(self.tr("Compare assessments and re-score…"))
        self.checklist_action.setText(self.tr("Evidence checklist…"))

    def show_compare(self) -> None:
        from desktop.dialogs.compare_dialog import CompareDialog

        if self.session.firm_id is None:
            QMessageBox.information(self.window, "", self.tr("Open or save an assessment of a firm first."))
            return
        self.dialog = CompareDialog(self.session, self.session.firm_id, self.window)
        self.dialog.open()

    def show_checklist(self) -> None:
        from desktop.dialogs.checklist_dialog import ChecklistDialog

        self.dialog = ChecklistDialog(self.session, self.window)
        self.dialog.open()
