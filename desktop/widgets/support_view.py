"""The Xiamen support measures the firm can claim, and the action plan it keeps.

Three pages: the planned spend the amounts are worked out on; the measures with their standing, amount,
formula and the gap that would unlock them; the action plan, built from the engine's gaps by
`assessments.support.plan.build_plan` and then the user's to keep (owner, due date, done, note).
Everything follows `Session.assessed`, so a figure typed anywhere updates the amounts at once (while the
page is on a hidden tab, once it is shown).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from assessments.support.matching import expired_pack, measures_pack, period
from desktop.i18n import lang
from desktop.models.measure_table_model import total
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.measures_panel import MeasuresPanel
from desktop.widgets.plan_panel import PlanPanel
from desktop.widgets.spend_form import SpendForm


class SupportView(QWidget):
    """The "Support and action plan" tab: planned spend, measures, plan."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportView")
        self.session = session
        self.intro = parts.wrapped("", "supportIntro")
        self.spend = SpendForm(session)
        self.measures = MeasuresPanel(session, shown_in=self)
        self.plan = PlanPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supportTabs")
        self.tabs.setDocumentMode(True)
        for page in (self.measures, self.spend, self.plan):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        self.measures.counted.connect(self._on_measures_counted)
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._on_measures_counted(total(self.measures.model.matches()).count)
        self.tabs.setTabText(self.tabs.indexOf(self.spend), self.tr("Planned spend"))
        self.tabs.setTabText(self.tabs.indexOf(self.plan), self.tr("Action plan"))
        self._show_intro()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_measures_counted(self, count: int) -> None:
        text = self.tr("Measures (%1 claimable)").replace("%1", str(count)) if count else self.tr("Measures")
        self.tabs.setTabText(self.tabs.indexOf(self.measures), text)

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "assessment.date"):
            self._show_intro()

    def _show_intro(self) -> None:
        pack = measures_pack(self.session.doc.on)
        if pack is None and (past := expired_pack(self.session.doc.on)) is not None:
            self.intro.setText(
                self._expired_text(past.pack.title_zh if lang() == "zh" else past.pack.title_en, past.ended)
            )
            return
        if pack is None:
            self.intro.setText(
                self.tr(
                    "No Xiamen support measures are in force on the assessment date; the plan still lists the steps."
                )
            )
            return
        start, end = period(pack)
        title = pack.title_zh if lang() == "zh" else pack.title_en
        text = self.tr(
            "%1 (%2 to %3): what the firm can claim on the figures entered and its planned spend, "
            "and a plan to close the gaps. Amounts are estimates; the agency decides."
        )
        text = text.replace("%1", title).replace("%2", start.isoformat())
        self.intro.setText(text.replace("%3", end.isoformat() if end else "—"))

    def _expired_text(self, title: str, ended: dt.date) -> str:
        """Once for every measure (decision 11): they ended, no successor yet, how to install a newer pack."""
        text = self.tr(
            "%1 ended on %2: every measure below has expired and none can be claimed. A successor document "
            "has not been published in the tool yet. When you receive a newer rule pack (a signed .srdipack "
            "file), install it with File → Install rule update…; the plan still lists the steps."
        )
        return text.replace("%1", title).replace("%2", ended.isoformat())
