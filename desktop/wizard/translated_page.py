"""The base of the wizard pages whose texts follow the UI language and the assessment date.

Titles, column headers and labels name fiscal years ("FY2025", "2026 score"), so a page rewrites them
when the language changes and, once it connects `session.changed` to `_on_session_changed`, when
another document opens or the assessment date moves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QWidget, QWizardPage

from desktop.session import Session


class TranslatedPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def retranslate(self) -> None:
        raise NotImplementedError

    def on_date_moved(self) -> None:
        """Another document, or another assessment date: the years named on the page move."""
        self.retranslate()

    def place(self, content: QLayout | QWidget, help_panel: QWidget | None = None) -> None:
        """The page's content edge to edge, with the help panel (if any) on its right."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if isinstance(content, QLayout):
            layout.addLayout(content, 1)
        else:
            layout.addWidget(content, 1)
        if help_panel is not None:
            layout.addWidget(help_panel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "assessment.date"):
            self.on_date_moved()
