"""The "Support and action plan" tab over a real session: typing a planned spend prices the measures, the
plan is built and refreshed as one undo step each, and the user's owner, due date, tick and note survive
a refresh and a reopening of the workspace."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from assessments.paths import resources_dir
from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace
from assessments.support.matching import MatchStatus
from desktop.models.measure_table_model import MATCH_ROLE
from desktop.models.measure_table_model import Column as MeasureColumn
from desktop.models.plan_table_model import Column
from desktop.session import Session
from desktop.widgets.support_view import SupportView
from tests.desktop.conftest import type_text

RD_ACTION = "gap:years.2025.rd_expense:srdi_sme.rd_amount_2025"


def open_session(path, name: str) -> Session:
    session = Session(Workspace(path / "workspace.sqlite"))
    session.create(srdi_file.load(resources_dir() / "samples" / f"{name}.srdi"))
    return session


@pytest.fixture
def demo(qtbot, tmp_path):
    session = open_session(tmp_path, "demo")
    yield session
    session.workspace.close()


@pytest.fixture
def firm_b(qtbot, tmp_path):
    session = open_session(tmp_path, "firm_b")
    yield session
    session.workspace.close()


def show(qtbot, session: Session) -> SupportView:
    view = SupportView(session)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    return view


def measure_cell(view: SupportView, number: int, column: MeasureColumn) -> str:
    model = view.measures.model
    return model.data(model.index(model.row_of(number), column))


def shown_measures(view: SupportView) -> list[int]:
    proxy = view.measures.proxy
    return [proxy.index(row, 0).data(MATCH_ROLE).number for row in range(proxy.rowCount())]


def show_plan(qtbot, session: Session) -> SupportView:
    view = show(qtbot, session)
    view.tabs.setCurrentWidget(view.plan)
    return view


def plan_index(view: SupportView, action_id: str, column: Column) -> QModelIndex:
    model = view.plan.model
    return model.index(model.row_of(action_id), column)


def edit_cell(qtbot, view: SupportView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double-click would, type, press Enter."""
    table = view.plan.view
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)  # the delegate commits on a queued call


def tick(qtbot, view: SupportView, index: QModelIndex) -> None:
    view.plan.view.setCurrentIndex(index)
    qtbot.keyClick(view.plan.view, Qt.Key.Key_Space)


# --- the measures ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "amount"), [("40", "最高 20"), ("100", "最高 30")])
def test_a_consulting_spend_prices_measure_18_at_half_capped_at_30(demo, qtbot, typed, amount):
    view = show(qtbot, demo)
    assert measure_cell(view, 18, MeasureColumn.AMOUNT) == ""  # no spend yet: nothing to price
    edit = view.spend.findChild(QLineEdit, "spend.consulting")
    qtbot.keyClicks(edit, typed)
    assert demo.doc.spend.consulting == Decimal(typed)
    assert measure_cell(view, 18, MeasureColumn.AMOUNT) == amount  # min(50% × spend, 30万)
    assert measure_cell(view, 18, MeasureColumn.FORMULA).startswith("最高 min(50% × ")
    demo.undo_stack.undo()
    assert measure_cell(view, 18, MeasureColumn.AMOUNT) == ""


def test_the_filter_shows_one_standing_at_a_time(demo, qtbot):
    view = show(qtbot, demo)
    everything = shown_measures(view)
    assert len(everything) == 40
    combo = view.measures.filter
    combo.setCurrentIndex(combo.findData(MatchStatus.NEAR_MISS.value))
    near = shown_measures(view)
    assert 18 in near and len(near) < 40
    model = view.measures.model
    assert all(model.match_at(model.index(model.row_of(n), 0)).status is MatchStatus.NEAR_MISS for n in near)
    combo.setCurrentIndex(combo.findData(None))
    assert shown_measures(view) == everything


def test_the_summary_counts_the_claimable_measures_and_the_near_misses(demo, qtbot):
    view = show(qtbot, demo)
    qtbot.keyClicks(view.spend.findChild(QLineEdit, "spend.consulting"), "40")
    summary = view.measures.summary.text()
    assert "现可申领：1 项" in summary
    # (36) is a near miss through the 专精特新 title; the reserve route needs that title first (seed 003 (1)).
    assert "差一步可申领：30 项" in summary
    assert "支持措施（1 项可申领）" in view.tabs.tabText(view.tabs.indexOf(view.measures))


def test_selecting_a_measure_shows_its_wording_and_source(demo, qtbot):
    view = show(qtbot, demo)
    table = view.measures.view
    table.setCurrentIndex(view.measures.proxy.index(view.measures.model.row_of(18), 1))
    text = view.measures.detail.toPlainText()
    assert "管理咨询专业化服务" in text
    assert "（18）" in text


def test_a_credit_insurance_policy_added_in_its_dialog_prices_measure_39(demo, qtbot):
    view = show(qtbot, demo)
    policies = view.spend.lists["spend.credit_insurance"]
    policies.open_dialog(None)
    dialog = policies.dialog
    qtbot.keyClicks(dialog.inputs["premium"], "18")
    qtbot.keyClicks(dialog.inputs["rate_permille"], "0")
    assert not dialog.ok_button.isEnabled()  # a 0‰ rate means nothing
    assert dialog.errors["rate_permille"].text() == "必须大于 0"
    dialog.inputs["rate_permille"].clear()
    qtbot.keyClicks(dialog.inputs["rate_permille"], "5")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert len(demo.doc.spend.credit_insurance) == 1
    assert measure_cell(view, 39, MeasureColumn.AMOUNT) == "7.2"  # 40% × 18万
    assert policies.table.rowCount() == 1


# --- the plan -----------------------------------------------------------------------------------------


def test_without_a_plan_the_tab_says_how_to_make_one(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    assert view.plan.empty.isVisible()
    assert "生成计划" in view.plan.empty.text()
    assert not view.plan.splitter.isVisible()
    assert view.plan.build_button.text() == "生成计划"


def test_building_the_plan_for_firm_b_puts_the_rd_raise_first_with_its_flips(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    qtbot.mouseClick(view.plan.build_button, Qt.MouseButton.LeftButton)
    model = view.plan.model
    assert firm_b.doc.plan is not None
    assert firm_b.doc.plan.actions[0].id == RD_ACTION
    assert model.row_of(RD_ACTION) == 0
    effect = model.data(model.index(0, Column.EFFECT))
    assert "创新型中小企业：无法判断 → 符合" in effect
    assert "增加10万元" in model.data(model.index(0, Column.ACTION))
    assert view.plan.splitter.isVisible() and not view.plan.empty.isVisible()
    assert view.plan.build_button.text() == "刷新计划"


def test_owner_due_and_done_survive_a_refresh_and_a_reopening(firm_b, qtbot, tmp_path):
    view = show_plan(qtbot, firm_b)
    view.plan.build()
    edit_cell(qtbot, view, plan_index(view, RD_ACTION, Column.OWNER), "王会计")
    edit_cell(qtbot, view, plan_index(view, RD_ACTION, Column.DUE), "2026-12-15")
    tick(qtbot, view, plan_index(view, RD_ACTION, Column.DONE))
    edited = {"owner": "王会计", "due": dt.date(2026, 12, 15), "done": True}
    assert {k: firm_b.value(f"plan.{RD_ACTION}.{k}") for k in edited} == edited
    firm_b.set_field("years.2025.revenue", Decimal(3300))  # the figures move: the plan is rebuilt
    qtbot.mouseClick(view.plan.build_button, Qt.MouseButton.LeftButton)
    assert {k: firm_b.value(f"plan.{RD_ACTION}.{k}") for k in edited} == edited
    reopened = Workspace(tmp_path / "workspace.sqlite").load(firm_b.assessment_id)
    action = next(a for a in reopened.plan.actions if a.id == RD_ACTION)
    assert (action.owner, action.due, action.done) == ("王会计", dt.date(2026, 12, 15), True)


def test_a_wrong_due_date_is_refused_with_the_reason_and_changes_nothing(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    view.plan.build()
    before = firm_b.doc.plan
    edit_cell(qtbot, view, plan_index(view, RD_ACTION, Column.DUE), "2026-02-30")
    assert firm_b.doc.plan == before
    assert view.plan.status.isVisible()
    assert "2026-02-30" in view.plan.status.text()


def test_undoing_a_refresh_restores_the_previous_plan(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    view.plan.build()
    edit_cell(qtbot, view, plan_index(view, RD_ACTION, Column.NOTE), "ask the auditor")
    first = firm_b.doc.plan
    firm_b.set_field("years.2025.rd_expense", Decimal(100))  # closes the R&D gap
    view.plan.build()
    assert firm_b.doc.plan != first
    assert firm_b.undo_stack.undoText() == "刷新行动计划"
    firm_b.undo_stack.undo()
    assert firm_b.doc.plan == first
    assert view.plan.model.rowCount() == len(first.actions)


def test_refreshing_an_unchanged_plan_adds_no_undo_step(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    view.plan.build()
    steps = firm_b.undo_stack.count()
    view.plan.build()
    assert firm_b.undo_stack.count() == steps
    assert "已是最新" in view.plan.info.text()


def test_overdue_steps_are_counted_above_the_table(firm_b, qtbot):
    view = show_plan(qtbot, firm_b)
    view.plan.model.today = dt.date(2027, 1, 10)
    view.plan.build()
    edit_cell(qtbot, view, plan_index(view, RD_ACTION, Column.DUE), "2026-12-31")
    assert view.plan.model.overdue() >= 1
    assert "已逾期" in view.plan.info.text()
    assert "已逾期" in plan_index(view, RD_ACTION, Column.DUE).data()


# --- the main window ------------------------------------------------------------------------------------


def test_the_main_window_has_the_support_tab_and_reopens_on_it(window, qtbot):
    assert window.tabs.widget(2) is window.support
    assert window.tabs.tabText(2) == "支持措施与行动计划"
    window.tabs.setCurrentWidget(window.support)
    assert window.session.workspace.get_state("tab") == "support"
    QApplication.processEvents()
    assert window.support.measures.model.rowCount() == 40


def test_switching_language_rebuilds_the_support_tab_where_it_was(window, qtbot):
    window.tabs.setCurrentWidget(window.support)
    old = window.support
    window.set_language("en")
    QApplication.processEvents()  # the language change arrives as an event
    assert window.support is not old
    assert window.tabs.currentWidget() is window.support
    assert window.support.measures.model.rowCount() == 40
    measure = window.support.measures.model.index(0, MeasureColumn.MEASURE).data()
    assert measure == window.support.measures.model.matches()[0].title.en


# --- after the measures end (decision 11) -----------------------------------------------------------------


def test_on_2026_12_31_the_page_has_no_expired_notice(qtbot, demo):
    demo.set_field("assessment.date", dt.date(2026, 12, 31))
    view = show(qtbot, demo)
    assert "到期" not in view.intro.text()
    assert any(m.status is MatchStatus.CLAIMABLE for m in view.measures.model.matches())


def test_on_2027_01_01_the_page_says_once_that_the_measures_expired(qtbot, demo):
    demo.set_field("assessment.date", dt.date(2027, 1, 1))
    view = show(qtbot, demo)
    found = view.measures.model.matches()
    assert len(found) == 40 and {m.status for m in found} == {MatchStatus.EXPIRED}
    intro = view.intro.text()
    assert "已于2026-12-31到期" in intro and "后续文件尚未在本工具中发布" in intro
    assert "文件 → 安装规则更新…" in intro and ".srdipack" in intro
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert sum("安装规则更新" in t for t in texts) == 1  # once for the page, not per measure
    assert "已到期" in measure_cell(view, 5, MeasureColumn.STATUS)
    assert "2026-12-31" in measure_cell(view, 5, MeasureColumn.GAP)
    assert measure_cell(view, 5, MeasureColumn.AMOUNT) == ""
    assert "全部40项措施均已到期" in view.measures.summary.text()
    assert view.tabs.tabText(view.tabs.indexOf(view.measures)) == "支持措施"
