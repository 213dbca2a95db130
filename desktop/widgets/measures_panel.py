"""Every Xiamen support measure in force with its standing, a filter, and what the claimable ones add up to.

After the measures' document ends the last pack's measures are listed as expired; the support page says
why once, above the tabs (`SupportView`), so the summary here only counts them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRegularExpression, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assessments.engine import Assessment
from assessments.numbers import num
from assessments.results import Text
from assessments.support.matching import MatchStatus, MeasureMatch, match
from desktop.i18n import lang
from desktop.models import measure_table_model as measures
from desktop.models.measure_table_model import (
    MeasureTableModel,
    reasons_text,
    shared_reasons,
    status_text,
    total,
)
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.lazy_refresh import LazyRefresh
from desktop.widgets.wrapping_table import WrappingTable, set_widths

# Fixed widths; the wordy columns share what is left, so nothing hides behind a horizontal scroll bar.
MEASURE_WIDTHS = {
    measures.Column.NUMBER: 44,
    measures.Column.STATUS: 124,
    measures.Column.AMOUNT: 96,
    measures.Column.AGENCY: 150,
}
MEASURE_STRETCH = (measures.Column.MEASURE, measures.Column.FORMULA, measures.Column.GAP)
# The citation is the same document for every measure: the intro names it, the number's tooltip and the
# detail pane give it in full.
MEASURE_HIDDEN = (measures.Column.SOURCE,)


class MeasuresPanel(QWidget):
    """Every measure in force with its standing; a filter; what the claimable ones add up to."""

    counted = Signal(int)  # measures claimable now

    def __init__(
        self, session: Session, shown_in: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        """`shown_in`: the widget whose being on screen means the matches are seen (the support page, whose
        tab title counts them); matching waits while it is hidden."""
        super().__init__(parent)
        self.session = session
        self.model = MeasureTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(measures.STATUS_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.summary = parts.wrapped("", "measureSummary")
        self.shared = parts.wrapped("", "measureShared")  # a reason many measures share, said once
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("measureFilter")
        # As wide as its longest choice, so neither the box nor its list cuts "? 需向主管部门确认".
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view = WrappingTable("measureTable")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        set_widths(self.view, MEASURE_WIDTHS, MEASURE_STRETCH)
        for column in MEASURE_HIDDEN:
            self.view.setColumnHidden(column, True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("measureDetail")
        self._lay_out()
        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.lazy = LazyRefresh(shown_in or self, lambda: self._on_session_assessed(session.assessment))
        session.assessed.connect(self.lazy.request)
        self.retranslate()
        self._on_session_assessed(session.assessment)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.shared)
        layout.addWidget(parts.split(self.view, self.detail, 4), 1)

    def retranslate(self) -> None:
        chosen = self.filter.currentData()
        self.filter_label.setText(self.tr("Show:"))
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All measures"), None)
        for status in (MatchStatus.CLAIMABLE, MatchStatus.NEAR_MISS, MatchStatus.CHECK):
            self.filter.addItem(style.measure_status_text(status), status.value)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)
        self.model.retranslate()
        self._show_summary()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_session_assessed(self, assessment: Assessment) -> None:
        self.model.set_matches(match(assessment, self.session.doc.spend))
        self._show_summary()
        self._show_detail()

    def _on_filter_current_index_changed(self, _index: int) -> None:
        status = self.filter.currentData()
        self.proxy.setFilterRegularExpression(QRegularExpression(f"^{status}$" if status else ""))

    def _on_view_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    # --- what it says ----------------------------------------------------------------------------

    def _show_shared(self) -> None:
        """ "取得专精特新中小企业称号可解锁 29 项措施（自评显示已符合条件）" instead of 29 repeated cells."""
        lines = [self._shared_line(reason, n) for reason, n in shared_reasons(self.model.matches())]
        self.shared.setText("\n".join(lines))
        self.shared.setVisible(bool(lines))
        style.paint_ink(self.shared, style.AMBER)

    def _shared_line(self, reason: Text, count: int) -> str:
        text = reason.get(lang())
        action, colon, why = text.partition("：" if lang() != "en" else ": ")
        line = self.tr("%1 to unlock %2 measures").replace("%1", action).replace("%2", str(count))
        line = line[:1].upper() + line[1:]
        return self.tr("%1 (%2)").replace("%1", line).replace("%2", why) if colon else line

    def _show_summary(self) -> None:
        self._show_shared()
        found = self.model.matches()
        if not found:
            self.summary.setText(self.tr("No Xiamen support measures are in force on the assessment date."))
            self.counted.emit(0)
            return
        if all(m.status is MatchStatus.EXPIRED for m in found):
            self.summary.setText(
                self.tr("Claimable now: none (all %1 measures have expired)").replace("%1", str(len(found)))
            )
            self.counted.emit(0)
            return
        now, near = total(found), total(found, MatchStatus.NEAR_MISS)
        check = sum(1 for m in found if m.status is MatchStatus.CHECK)
        lines = [self._claimable_line(now), self._near_line(near)]
        if check:
            lines.append(self.tr("To check with the agency: %1").replace("%1", str(check)))
        self.summary.setText("  ·  ".join(line for line in lines if line))
        self.counted.emit(now.count)

    def _claimable_line(self, now: measures.Total) -> str:
        if not now.count:
            return self.tr("Claimable now: none yet")
        text = self.tr("Claimable now: %1").replace("%1", str(now.count))
        if not now.priced:
            return self.tr("%1 (services, or amounts the agency sets)").replace("%1", text)
        worth = self.tr("up to %1万元") if now.up_to else self.tr("about %1万元")
        return self.tr("%1, %2").replace("%1", text).replace("%2", worth.replace("%1", num(now.amount)))

    def _near_line(self, near: measures.Total) -> str:
        if not near.count:
            return ""
        text = self.tr("Near misses: %1").replace("%1", str(near.count))
        if not near.priced:
            return text
        worth = self.tr("up to %1万元 once their gaps are closed").replace("%1", num(near.amount))
        return self.tr("%1, %2").replace("%1", text).replace("%2", worth)

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        found = index.data(measures.MATCH_ROLE) if index.isValid() else None
        if not isinstance(found, MeasureMatch):
            self.detail.setPlainText(self.tr("Select a measure to read its full conditions and wording."))
            return
        self.detail.setPlainText(self._detail_text(found))

    def _detail_text(self, found: MeasureMatch) -> str:
        language = lang()
        lines = [
            f"({found.number}) {found.title.get(language)}  ·  {status_text(found.status)}",
            self.tr("Agency: %1").replace("%1", found.agency.get(language)),
            self.tr("Amount: %1").replace("%1", found.formula.get(language)),
        ]
        if found.reasons:
            lines.append(
                self.tr("What unlocks it or what to check: %1").replace("%1", reasons_text(found, "; "))
            )
        lines.append(self.tr("Wording: %1").replace("%1", found.measure.text_zh))
        lines.append(self.tr("Source: %1").replace("%1", found.cite))
        return "\n".join(lines)
