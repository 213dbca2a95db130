"""The welcome on the very first start: what the tool does, and where to begin (a new assessment, a
filled-in template, or a look at the sample firm that is open). The main window remembers that it was
shown (settings), so it never comes back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from desktop.widgets import parts

WIDTH = 600


class WelcomeDialog(QDialog):
    new_chosen = Signal()  # "New assessment": the window opens its new-assessment dialog
    import_chosen = Signal()  # "Import template": the window asks for the filled-in workbook

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.heading = parts.label("welcomeHeading")
        self.what = parts.wrapped("", "welcomeText")
        self.steps = parts.wrapped("", "welcomeSteps")
        self.sample = parts.wrapped("", "welcomeSample")
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.new_button = self._button("welcomeNew", role.AcceptRole, self.new_chosen)
        self.import_button = self._button("welcomeImport", role.AcceptRole, self.import_chosen)
        self.sample_button = self._button("welcomeSample", role.RejectRole, None)
        self.new_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        for widget in (self.heading, self.what, self.steps, self.sample, self.buttons):
            layout.addWidget(widget)
        self.retranslate()
        self.setFixedWidth(WIDTH)

    def showEvent(self, event: QShowEvent) -> None:  # wrapped labels: the height they need at the width
        self.setFixedHeight(self.layout().totalHeightForWidth(WIDTH))
        super().showEvent(event)

    def _button(self, name: str, role: QDialogButtonBox.ButtonRole, then: Signal | None) -> QPushButton:
        """A button that closes the welcome first, then asks the window for the next step."""
        button = self.buttons.addButton("", role)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._close_then(then))
        return button

    def _close_then(self, then: Signal | None) -> None:
        if then is None:
            self.reject()
            return
        self.accept()
        then.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.heading.setText(self.tr("Welcome to SRDI Self-Check"))
        self.what.setText(
            self.tr(
                "This tool tells a Xiamen SME where it stands against the city's 2026 targets for "
                "specialised, refined, distinctive and innovative firms and against the national "
                "qualification ladder, and what it must change to get there. Every result shows its "
                "calculation and the clause it rests on; an input left empty stays “to confirm”, never a "
                "silent fail. It works offline and keeps everything on this computer."
            )
        )
        self.steps.setText(
            self.tr(
                "Three steps: 1 enter the firm's data → 2 read the results → 3 export the report and act."
            )
        )
        self.sample.setText(
            self.tr(
                "A sample firm is open now, with invented figures, so you can look around first. "
                "Help → Quick guide shows these steps again."
            )
        )
        self.new_button.setText(self.tr("New assessment"))
        self.import_button.setText(self.tr("Import template…"))
        self.sample_button.setText(self.tr("Look at the sample first"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
