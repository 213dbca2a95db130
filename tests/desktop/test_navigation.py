"""Finding one's way (issue 12): the wizard's steps, focus after Next, the firm list's selection, the
sample's label, the remembered window, Ctrl+Y, the welcome and the Help menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QSplitter, QWizard

from assessments.model import Firm, Profile
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.app import build
from desktop.dialogs.about_dialog import AboutDialog, pack_rows
from desktop.dialogs.new_assessment_dialog import NewAssessmentDialog
from desktop.dialogs.shortcuts_dialog import shortcut_rows
from desktop.main_window import MainWindow
from desktop.session import Session
from desktop.window_state import splitter_key
from desktop.wizard.assessment_wizard import AssessmentWizard, PageId, first_input
from desktop.wizard.review_page import to_confirm

from .conftest import dispose

SAMPLE_NAME = "厦门鹭芯精密制造有限公司"


@pytest.fixture
def blank_session(tmp_path: Path) -> Session:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(
        AssessmentFile(firm=Firm(profile=Profile(name="厦门测试科技有限公司")), on=dt.date(2026, 5, 1))
    )
    return session


def shown(qtbot, window: MainWindow) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


# --- the wizard's steps -------------------------------------------------------------------------


def test_the_step_row_names_every_step_and_counts_what_each_still_holds_to_confirm(qtbot, blank_session):
    wizard = AssessmentWizard(blank_session)
    qtbot.addWidget(wizard)
    steps = wizard.steps
    assert [steps.name_text(i) for i in wizard.pageIds()] == [
        "1 企业概况",
        "2 财务数据",
        "3 研发与人员",
        "4 知识产权",
        "5 荣誉称号",
        "6 数字化水平",
        "7 核对",
    ]
    entries = to_confirm(blank_session.assessment)
    review = wizard.page(PageId.REVIEW)
    on_years = sum(review.page_of(e.path) == PageId.YEARS for e in entries)
    assert on_years > 0
    assert steps.open_count(PageId.YEARS) == on_years
    assert steps.open_count(PageId.REVIEW) == sum(steps.open_count(i) for i in wizard.pageIds()[:-1])
    assert steps.position_text().startswith("第 1 步 / 共 7 步")


def test_a_count_follows_the_inputs_as_they_are_filled_in(qtbot, blank_session):
    wizard = AssessmentWizard(blank_session)
    qtbot.addWidget(wizard)
    before = wizard.steps.open_count(PageId.IP)
    assert before >= 1  # the register was never filled in
    blank_session.set_field("ip_none_confirmed", True)
    assert wizard.steps.open_count(PageId.IP) == before - 1


def test_on_screen_the_counts_follow_once_typing_pauses(qtbot, blank_session):
    wizard = AssessmentWizard(blank_session)
    qtbot.addWidget(wizard)
    wizard.show()
    before = wizard.steps.open_count(PageId.IP)
    blank_session.set_field("ip_none_confirmed", True)
    assert wizard.steps.open_count(PageId.IP) == before  # not in the keystroke's frame
    qtbot.waitUntil(lambda: wizard.steps.open_count(PageId.IP) == before - 1)


def test_clicking_a_step_opens_its_page(qtbot, blank_session):
    wizard = AssessmentWizard(blank_session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.steps.chips[PageId.HONOURS], Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.HONOURS
    assert wizard.steps.position_text().startswith("第 5 步 / 共 7 步")
    qtbot.mouseClick(wizard.steps.chips[PageId.YEARS], Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.YEARS
    assert wizard.steps.chips[PageId.YEARS].isChecked()


def test_after_next_the_focus_is_on_the_new_pages_first_input(qtbot, window):
    shown(qtbot, window)
    window.workspace.search.setFocus()  # where the focus used to land
    window.tabs.setCurrentWidget(window.wizard)
    wizard = window.wizard
    assert wizard.currentId() == PageId.PROFILE
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.YEARS
    years_input = first_input(wizard.page(PageId.YEARS))
    assert years_input is not None and years_input.objectName() == "yearGrid"
    assert QApplication.focusWidget() is years_input
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget().objectName() == "profile.name"


# --- the firm list --------------------------------------------------------------------------------


def context_menu_on(qtbot, window: MainWindow, assessment_id: int, then) -> None:
    """Right-click a row of the firm list; `then(menu)` runs while the menu is open."""
    tree = window.workspace.tree
    point = tree.visualItemRect(window.workspace.items[assessment_id]).center()
    QTimer.singleShot(0, lambda: then(window.workspace.menu))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point))
    QApplication.sendEvent(tree.viewport(), event)


# The offscreen platform cannot raise a popup or grab the keyboard for it; it says so, harmlessly.
MENU_WARNINGS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@MENU_WARNINGS
def test_after_a_cancelled_context_menu_the_open_assessment_stays_selected(qtbot, window):
    sample_id = window.session.assessment_id
    window.session.create(AssessmentFile(firm=Firm(), on=dt.date(2026, 5, 1)))
    open_id = window.session.assessment_id
    seen = []

    def cancel(menu):
        seen.append(window.workspace.tree.currentItem().data(0, Qt.ItemDataRole.UserRole))
        menu.close()

    context_menu_on(qtbot, window, sample_id, cancel)
    assert seen == [sample_id]  # while the menu is open, it is about the row clicked
    current = window.workspace.tree.currentItem()
    assert current.data(0, Qt.ItemDataRole.UserRole) == open_id
    assert current.font(0).bold()
    assert window.session.assessment_id == open_id


@MENU_WARNINGS
def test_deleting_from_the_context_menu_asks_about_the_row_clicked_and_keeps_the_open_one_selected(
    qtbot, window
):
    sample_id = window.session.assessment_id
    window.session.create(AssessmentFile(firm=Firm(), on=dt.date(2026, 5, 1)))
    open_id = window.session.assessment_id
    context_menu_on(
        qtbot, window, sample_id, lambda menu: window.workspace.delete_action.trigger() or menu.close()
    )
    assert SAMPLE_NAME in window.workspace.confirm.text()
    assert window.workspace.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == open_id
    window.workspace.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert sample_id not in window.workspace.items
    assert window.session.assessment_id == open_id


def test_a_message_about_one_firm_goes_when_the_user_switches_to_another(qtbot, window):
    sample_id = window.session.assessment_id
    window.session.create(AssessmentFile(firm=Firm(), on=dt.date(2026, 5, 1)))
    window.session.problem.emit("未保存：示例问题")
    assert window.message.isVisible() or window.message.result() == 0
    assert window.statusBar().currentMessage() == "未保存：示例问题"
    window.workspace.assessment_chosen.emit(sample_id)
    assert window.session.assessment_id == sample_id
    assert window.statusBar().currentMessage() == ""
    assert not window.message.isVisible()


def test_the_sample_firm_is_labelled_in_the_list_and_the_title(window):
    firm_row = window.workspace.tree.topLevelItem(0)
    assert firm_row.text(0) == f"{SAMPLE_NAME}（示例）"
    assert "虚构" in firm_row.toolTip(0)
    assert window.windowTitle() == f"专精特新达标自评 — {SAMPLE_NAME}（示例）[*]"
    new = NewAssessmentDialog(window.session, window)
    assert new.firm_combo.itemText(1) == f"{SAMPLE_NAME}（示例）"
    window.session.set_field("profile.credit_code", "91350200MA3123456J")  # the user's own firm now
    assert "示例" not in window.windowTitle()


def test_the_title_is_english_in_the_english_ui(window):
    window.set_language("en")
    QApplication.processEvents()  # the language change arrives as an event
    assert window.windowTitle() == f"SRDI Self-Check — {SAMPLE_NAME} (sample)[*]"


# --- remembered window ------------------------------------------------------------------------------


def test_size_and_place_come_back_in_a_new_window(qtbot, data_dir):
    _app, first = build([])
    shown(qtbot, first)
    first_size = QSize(760, 520)
    first.resize(760, 520)
    first.move(20, 40)
    place = first.pos()
    dispose(first)
    _app, again = build([])
    shown(qtbot, again)
    assert again.size() == first_size
    assert again.pos() == place
    dispose(again)


def test_a_place_on_a_screen_that_is_gone_comes_back_on_screen(qtbot, data_dir):
    _app, first = build([])
    first.resize(700, 500)
    first.move(5000, 4000)  # a second monitor, since unplugged
    dispose(first)
    _app, again = build([])
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(again.geometry().topLeft())
    assert again.width() <= screen.width()
    dispose(again)


def share(splitter: QSplitter | list[int]) -> float:
    """The first pane's share of the splitter (a new window may be a few pixels taller)."""
    sizes = splitter if isinstance(splitter, list) else splitter.sizes()
    return sizes[0] / sum(sizes)


def test_a_splitter_the_user_moved_is_where_they_left_it_in_a_new_window(qtbot, data_dir):
    _app, first = build([])
    shown(qtbot, first)
    first.dashboard.open_scheme("hnte")
    splitter = first.dashboard.detail.findChild(QSplitter)
    assert splitter_key(splitter) == "SchemeDetail.0"
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 4, 1)  # as a drag of the handle does
    moved = splitter
    assert share(moved) == pytest.approx(0.25, abs=0.02)
    moved = splitter.sizes()
    dispose(first)
    _app, again = build([])
    shown(qtbot, again)
    again.dashboard.open_scheme("hnte")
    assert share(again.dashboard.detail.findChild(QSplitter)) == pytest.approx(share(moved), abs=0.01)
    dispose(again)


# --- keys and the toolbar ------------------------------------------------------------------------------


def test_ctrl_y_redoes_as_in_wps_and_ctrl_shift_z_too(qtbot, window):
    shown(qtbot, window)
    assert window.redo_action.shortcuts() == [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    window.session.set_field("profile.main_product", "精密模组")
    window.undo_action.trigger()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.doc.firm.profile.main_product == "精密模组"
    window.undo_action.trigger()
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.session.doc.firm.profile.main_product == "精密模组"


def test_the_undo_button_keeps_its_width_when_the_undo_text_changes(qtbot, window):
    shown(qtbot, window)
    undo = window.toolbar.widgetForAction(window.undo_action)
    width, x_redo = undo.width(), window.toolbar.widgetForAction(window.redo_action).x()
    window.session.set_field("profile.main_product", "一个很长很长的主导产品名称，撤销文字随之变长")
    QApplication.processEvents()
    assert window.undo_action.text() != "撤销"  # the menu says what would be undone
    assert undo.text() == "撤销"
    assert undo.width() == width
    assert window.toolbar.widgetForAction(window.redo_action).x() == x_redo


# --- first start and Help ------------------------------------------------------------------------------


def test_the_welcome_is_shown_on_the_first_start_only(qtbot, data_dir):
    _app, first = build([])
    first.offer_welcome()
    first.show()  # the welcome takes the focus, so the window is not waited on to be active
    qtbot.waitUntil(lambda: getattr(first, "welcome", None) is not None and first.welcome.isVisible())
    assert first.welcome.new_button.text() == "新建评估"
    assert first.welcome.import_button.text() == "导入模板…"
    qtbot.mouseClick(first.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert not first.welcome.isVisible()
    dispose(first)
    _app, again = build([])
    again.offer_welcome()
    with qtbot.waitSignal(again.first_painted, timeout=20000):
        again.show()
    assert getattr(again, "welcome", None) is None
    dispose(again)


def test_the_shortcuts_list_is_read_from_the_actions(window):
    rows = shortcut_rows(window)
    assert ("编辑", "重做", "Ctrl+Y / Ctrl+Shift+Z") in rows
    assert ("文件", "退出", "Ctrl+Q") in rows
    assert ("企业列表", "删除此评估", "Del") in rows
    window.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
    assert ("文件", "导出报告", "Ctrl+Shift+E") in shortcut_rows(window)
    menu_actions = [a for m in (window.file_menu, window.edit_menu, window.help_menu) for a in m.actions()]
    assert sum(bool(a.shortcuts()) for a in menu_actions) == sum(
        1 for r in rows if r[0] in ("文件", "编辑", "帮助")
    )


def test_the_help_menu_has_the_guide_shortcuts_and_both_abouts_and_the_file_menu_exits(window):
    assert [a.text() for a in window.help_menu.actions() if a.text()] == [
        "快速入门",
        "键盘快捷键",
        "关于规则…",
        "关于专精特新达标自评…",
    ]
    assert window.file_menu.actions()[-1] is window.exit_action


def test_about_lists_the_packs_in_use_on_the_day_with_their_versions_and_the_licences(qtbot):
    before = {row[1]: row[2] for row in pack_rows(dt.date(2026, 3, 1), "zh")}
    after = {row[1]: row[2] for row in pack_rows(dt.date(2026, 5, 1), "zh")}
    assert before["srdi_sme"] == "2022.1"
    assert after["srdi_sme"] == "2026.1"
    assert after["little_giant"] == "2026.1 (新申报); 2022.1 (复核)"
    dialog = AboutDialog(on=dt.date(2026, 5, 1))
    qtbot.addWidget(dialog)
    cells = {
        dialog.packs.item(r, 1).text(): dialog.packs.item(r, 2).text() for r in range(dialog.packs.rowCount())
    }
    assert cells == after
    licences = {
        dialog.licences.item(r, 0).text(): dialog.licences.item(r, 2).text()
        for r in range(dialog.licences.rowCount())
    }
    assert licences["PySide6 (Qt for Python)"] == "LGPLv3"
    assert licences["文泉驿微米黑 WenQuanYi Micro Hei"] == "Apache-2.0"
    assert licences["cryptography"] == "Apache-2.0 / BSD"
    dialog.show_font_licence()
    assert "Apache License" in dialog.licence_text.findChild(QPlainTextEdit, "fontLicenceText").toPlainText()
