"""The Xiamen support measures the firm can claim, and the action plan it keeps.

Three pages: the planned spend the amounts are worked out on; the measures with their standing, amount,
formula and the gap that would unlock them; the action plan, built from the engine's gaps by
`assessments.support.plan.build_plan` and then the user's to keep (owner, due date, done, note).
Everything follows `Session.assessed`, so a figure typed anywhere updates the amounts at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assessments.engine import Assessment
from assessments.numbers import num
from assessments.support.matching import MatchStatus, MeasureMatch, match, measures_pack, period
from assessments.support.plan import build_plan
from desktop.i18n import lang
from desktop.models import measure_table_model as measures
from desktop.models import plan_table_model as plans
from desktop.models.measure_table_model import MeasureTableModel, reasons_text, total
from desktop.models.plan_table_model import PlanTableModel
from desktop.session import Session
from desktop.widgets import status_style as style
from desktop.widgets.spend_form import SpendForm

MAX_ROW_LINES = 5  # taller cells are cut; the tooltip and the detail pane hold the whole text
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
PLAN_WIDTHS = {
    plans.Column.DONE: 40,
    plans.Column.EFFECT: 210,
    plans.Column.MEASURES: 86,
    plans.Column.MONEY: 108,
    plans.Column.OWNER: 84,
    plans.Column.DUE: 96,
    plans.Column.NOTE: 120,
}
PLAN_STRETCH = (plans.Column.ACTION,)


class WrappingTable(QTableView):
    """A table of wrapped text whose rows fit their text, up to a few lines, whenever the text or the
    column widths change (a long cell is cut; its tooltip and the detail pane hold the whole text)."""

    def __init__(self, name: str, max_lines: int = MAX_ROW_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_lines = max_lines
        self._fit_pending = False
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.sectionResized.connect(self.fit_later)

    def setModel(self, model: QAbstractItemModel) -> None:
        super().setModel(model)
        changes = (
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        )
        for signal in changes:
            signal.connect(self.fit_later)

    def fit_later(self, *_args: object) -> None:
        """Once, after the current burst of changes (a resize sends one signal per column); a hidden
        table waits until it is shown (a what-if edit on another tab should not pay for it)."""
        if not self._fit_pending:
            self._fit_pending = True
            if self.isVisible():
                QTimer.singleShot(0, self, self.fit_rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            QTimer.singleShot(0, self, self.fit_rows)

    def fit_rows(self) -> None:
        self._fit_pending = False
        self.resizeRowsToContents()
        cap = self.fontMetrics().lineSpacing() * self.max_lines + 8
        for row in range(self.model().rowCount() if self.model() is not None else 0):
            if self.rowHeight(row) > cap:
                self.setRowHeight(row, cap)


def set_widths(view: QTableView, widths: dict, stretch: tuple) -> None:
    header = view.horizontalHeader()
    header.setMinimumSectionSize(40)
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


# --- the measures ----------------------------------------------------------------------------------


class MeasuresPanel(QWidget):
    """Every measure in force with its standing; a filter; what the claimable ones add up to."""

    counted = Signal(int)  # measures claimable now

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = MeasureTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(measures.STATUS_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.summary = QLabel()
        self.summary.setObjectName("measureSummary")
        self.summary.setWordWrap(True)
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("measureFilter")
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
        session.assessed.connect(self._on_session_assessed)
        self.retranslate()
        self._on_session_assessed(session.assessment)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

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

    def _show_summary(self) -> None:
        found = self.model.matches()
        if not found:
            self.summary.setText(self.tr("No Xiamen support measures are in force on the assessment date."))
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
            f"({found.number}) {found.title.get(language)}  ·  {style.measure_status_text(found.status)}",
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


# --- the action plan -----------------------------------------------------------------------------


class _PlanDelegate(QStyledItemDelegate):
    """A line editor for owner, due date and note; the due date is checked as it is typed."""

    text_checked = Signal(str)  # the reason the text would be refused, or ""

    def __init__(self, model: PlanTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("planEditor")
        if index.column() == plans.Column.DUE:
            editor.setPlaceholderText("YYYY-MM-DD")
        editor.textEdited.connect(partial(self._on_editor_text_edited, editor, QPersistentModelIndex(index)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def _on_editor_text_edited(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        error = self.model.check(index, text)
        editor.setProperty("invalid", bool(error))
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        self.text_checked.emit(error)


class PlanPanel(QWidget):
    """The plan as a to-do table with its "Build / refresh plan" button."""

    def __init__(self, session: Session, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PlanTableModel(session, today, self)
        self.info = QLabel()
        self.info.setObjectName("planInfo")
        self.info.setWordWrap(True)
        self.build_button = QPushButton()
        self.build_button.setObjectName("buildPlan")
        self.empty = QLabel()
        self.empty.setObjectName("planEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setObjectName("fieldError")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.detail = QTextBrowser()
        self.detail.setObjectName("planDetail")
        self.view = self._make_view()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self._lay_out()
        self.build_button.clicked.connect(self._on_build_button_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.dataChanged.connect(self._on_model_changed)
        self.model.edit_refused.connect(self._on_model_edit_refused)
        self.retranslate()
        self._on_model_changed()

    def _make_view(self) -> QTableView:
        view = WrappingTable("planTable")
        view.setModel(self.model)
        self.delegate = _PlanDelegate(self.model, view)
        self.delegate.text_checked.connect(self._on_delegate_text_checked)
        view.setItemDelegate(self.delegate)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        set_widths(view, PLAN_WIDTHS, PLAN_STRETCH)
        return view

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        bar.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.empty.setText(
            self.tr(
                "No action plan yet. “Build plan” turns the gaps the self-check found into steps: what each "
                "changes in the results, the support measures that co-fund it, its cost and a due date. "
                "Then give each step an owner, a due date and a note; they are kept when you refresh the plan."
            )
        )
        self.model.retranslate()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- building --------------------------------------------------------------------------------

    def build(self) -> None:
        """Build the plan, or rebuild it keeping the user's owners, dates, ticks and notes: one undo step."""
        session = self.session
        previous = session.doc.plan
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = build_plan(session.assessment, session.doc.spend, previous=previous)
        finally:
            QApplication.restoreOverrideCursor()
        if previous is not None and plan.actions == previous.actions:
            self.info.setText(self._info_text() + "  " + self.tr("The plan is up to date."))
            return
        label = self.tr("Refresh action plan") if previous is not None else self.tr("Build action plan")
        session.replace_document(dataclasses.replace(session.doc, plan=plan), label)

    def _on_build_button_clicked(self) -> None:
        self.build()

    # --- state -----------------------------------------------------------------------------------

    def _on_model_changed(self) -> None:
        self._show_state()

    def _show_state(self) -> None:
        has_plan = self.session.doc.plan is not None
        self.empty.setVisible(not has_plan)
        self.splitter.setVisible(has_plan)
        self._show_detail()
        self.build_button.setText(self.tr("Refresh plan") if has_plan else self.tr("Build plan"))
        self.build_button.setToolTip(
            self.tr(
                "Rebuild the steps from the current figures; your owners, dates, ticks and notes are kept"
            )
            if has_plan
            else self.tr("Turn the gaps the self-check found into steps")
        )
        self.info.setText(self._info_text())

    def _info_text(self) -> str:
        plan = self.session.doc.plan
        if plan is None:
            return ""
        done = sum(1 for a in plan.actions if a.done)
        text = self.tr("Built on %1 · %2 steps, %3 done").replace("%1", plan.generated_on.isoformat())
        text = text.replace("%2", str(len(plan.actions))).replace("%3", str(done))
        overdue = self.model.overdue()
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        return text + "  ·  " + self.tr("Double-click an owner, due date or note to edit it.")

    def _on_view_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        action = self.model.action_at(self.view.currentIndex())
        if action is None:
            self.detail.setPlainText(
                self.tr("Select a step to read all it changes and the measures that co-fund it.")
            )
            return
        self.detail.setPlainText(self.model.details(action))

    def _on_model_edit_refused(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(True)

    def _on_delegate_text_checked(self, error: str) -> None:
        self.status.setText(error)
        self.status.setVisible(bool(error))


# --- the tab ------------------------------------------------------------------------------------------


class SupportView(QWidget):
    """The "Support and action plan" tab: planned spend, measures, plan."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportView")
        self.session = session
        self.intro = QLabel()
        self.intro.setObjectName("supportIntro")
        self.intro.setWordWrap(True)
        self.spend = SpendForm(session)
        self.measures = MeasuresPanel(session)
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
