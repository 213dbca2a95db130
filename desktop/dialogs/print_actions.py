"""File → Print and File → Print preview, each offering the full report or the manager's brief.

The report is written in the window's language; printing itself is `desktop.printing`, loaded when
the user first prints so the window starts without the PDF renderer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop import i18n
from desktop.session import Session

KINDS = ("full", "brief")


class PrintActions(QObject):
    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.print_menu = QMenu(window, objectName="printMenu")
        self.preview_menu = QMenu(window, objectName="printPreviewMenu")
        self.print_actions = {kind: self._action(self.print_menu, kind, preview=False) for kind in KINDS}
        self.preview_actions = {kind: self._action(self.preview_menu, kind, preview=True) for kind in KINDS}
        self.print_actions["full"].setShortcut(QKeySequence.StandardKey.Print)  # Ctrl+P
        window.installEventFilter(self)
        self._retranslate()

    def _action(self, menu: QMenu, kind: str, preview: bool) -> QAction:
        action = QAction(self.window, objectName=f"{'preview' if preview else 'print'}_{kind}")
        action.triggered.connect(lambda: self.print_report(kind, preview))
        menu.addAction(action)
        return action

    def add_to(self, menu: QMenu) -> None:
        menu.addMenu(self.print_menu)
        menu.addMenu(self.preview_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.print_menu.setTitle(self.tr("Print"))
        self.preview_menu.setTitle(self.tr("Print preview"))
        for actions in (self.print_actions, self.preview_actions):
            actions["full"].setText(self.tr("Full report…"))
            actions["brief"].setText(self.tr("Brief for the manager (2 pages)…"))

    def print_report(self, kind: str, preview: bool) -> None:
        from desktop.printing import print_report

        doc = self.session.doc
        print_report(
            self.window,
            self.session.assessment,
            kind,
            i18n.lang(),
            preview=preview,
            plan=doc.plan,
            spend=doc.spend,
        )
