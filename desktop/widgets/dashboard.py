"""The results at a glance (placeholder list; the full dashboard replaces it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assessments.engine import Assessment
from desktop.i18n import lang
from desktop.session import Session


class Dashboard(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()
        session.assessed.connect(self.show_assessment)
        self.show_assessment(session.assessment)

    def show_assessment(self, assessment: Assessment) -> None:
        language = lang()
        lines = [
            f"{r.title.get(language)}: {r.verdict.value} — {r.summary.get(language)}"
            for r in assessment.results.values()
        ]
        self.summary.setText("\n".join(lines))
