"""The strip that warns, a month ahead, that a rule pack the open assessment relies on ends (decision 11).

The domain decides what ends and when (`assessments.rules.expiry`); this only words it. `today` is a
callable so a test can set the date; the banner follows every re-assessment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from assessments.engine import Assessment
from assessments.rules.expiry import Ending, assessment_endings
from desktop.i18n import lang
from desktop.session import Session


class ExpiryBanner(QFrame):
    def __init__(
        self,
        session: Session,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.setObjectName("expiryBanner")
        self.setStyleSheet("#expiryBanner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }")
        self.label = QLabel()
        self.label.setObjectName("expiryText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self._shown: tuple[object, ...] | None = None  # what the text was worded for
        self._packs: tuple[object, ...] = ()
        session.assessed.connect(self._on_session_assessed)
        self.refresh()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def refresh(self) -> None:
        self._shown = None
        self._on_session_assessed(self.session.assessment)

    def _on_session_assessed(self, assessment: Assessment) -> None:
        # A figure typed changes neither the packs, the purpose nor the dates: nothing to word again.
        key = (tuple(map(id, assessment.packs.values())), assessment.purpose, assessment.on, self.today())
        if key == self._shown:
            return
        self._shown, self._packs = key, tuple(assessment.packs.values())  # kept alive: their ids stay theirs
        endings = assessment_endings(assessment.packs, assessment.purpose, assessment.on, self.today())
        self.label.setText("\n".join(self._line(e) for e in endings))
        self.setVisible(bool(endings))

    def _line(self, ending: Ending) -> str:
        title = ending.pack.title_zh if lang() == "zh" else ending.pack.title_en
        # A title in quotes reads as one document ("… firms" ends), and one day is a day (issue 12).
        text = self.tr("“%1” ends on %2 (%3). Install a newer rule pack when one is published.")
        n = ending.days_left
        left = self.tr("1 day left") if n == 1 else self.tr("%1 days left").replace("%1", str(n))
        return text.replace("%1", title).replace("%2", ending.ends.isoformat()).replace("%3", left)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
