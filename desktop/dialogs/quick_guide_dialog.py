"""Help → Quick guide: the three steps of the work (enter → read the results → export and act), each
with where it is done in the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.widgets import parts


class QuickGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickGuideDialog")
        self.heading = parts.label("guideHeading")
        self.step_titles = [parts.label("guideStepTitle") for _ in range(3)]
        self.step_texts = [parts.wrapped("", "guideStepText") for _ in range(3)]
        self.note = parts.wrapped("", "guideNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(self.heading)
        for title, text in zip(self.step_titles, self.step_texts, strict=True):
            layout.addWidget(title)
            layout.addWidget(text)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def steps(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("1  Enter the data"),
                self.tr(
                    "On the “Enter data” tab, go through the seven steps: profile, figures, R&D and staff, "
                    "IP, honours, digital level and the review. Leave anything unknown empty: it stays "
                    "“to confirm”. Every change is saved at once and can be undone. A firm can also fill in "
                    "File → Blank data-collection template, which you read back with File → Import template."
                ),
            ),
            (
                self.tr("2  Read the results"),
                self.tr(
                    "The “Results” tab shows the three Xiamen 2026 targets, the qualification ladder and the "
                    "gaps most worth closing. Click any card or step for its criteria, the calculation and "
                    "the clause it rests on."
                ),
            ),
            (
                self.tr("3  Export and act"),
                self.tr(
                    "File → Export report writes the Excel workbook and the PDF report. The “Support and "
                    "action plan” tab lists the Xiamen support measures the firm can claim and an action "
                    "plan with owners and due dates."
                ),
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick guide"))
        self.heading.setText(self.tr("Three steps"))
        for (title, text), title_label, text_label in zip(
            self.steps(), self.step_titles, self.step_texts, strict=True
        ):
            title_label.setText(title)
            text_label.setText(text)
        self.note.setText(self.tr("Help → Keyboard shortcuts lists every shortcut of the app."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
