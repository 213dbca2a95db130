"""The action plan as a to-do table with its "Build / refresh plan" button and a detail pane.

The steps come from `assessments.support.plan.build_plan`; owner, due date, done and note are the user's,
edited in place and kept when the plan is rebuilt."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assessments.support.plan import build_plan
from desktop.models import plan_table_model as plans
from desktop.models.plan_table_model import PlanTableModel
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets.checked_line_delegate import CheckedLineDelegate
from desktop.widgets.wrapping_table import WrappingTable, set_widths

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


class _PlanDelegate(CheckedLineDelegate):
    """A line editor for owner, due date and note; the due date is checked as it is typed."""

    def prepare(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setObjectName("planEditor")
        if index.column() == plans.Column.DUE:
            editor.setPlaceholderText(QCoreApplication.translate("Form", "e.g. 2014-6-18"))


class PlanPanel(QWidget):
    """The plan as a to-do table with its "Build / refresh plan" button."""

    def __init__(self, session: Session, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PlanTableModel(session, today, self)
        self.info = parts.wrapped("", "planInfo")
        self.build_button = QPushButton()
        self.build_button.setObjectName("buildPlan")
        self.empty = parts.wrapped("", "planEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status = parts.wrapped("", "fieldError")
        self.status.setVisible(False)
        self.detail = QTextBrowser()
        self.detail.setObjectName("planDetail")
        self.view = self._make_view()
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
        self.splitter = parts.split(self.view, self.detail, 4)
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
