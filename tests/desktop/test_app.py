"""The app as a user meets it: first start on the sample firm, a new firm, reopening, language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWizard

from assessments.model import ExcludedIndustry
from assessments.results import Status
from desktop import i18n
from desktop.app import build
from desktop.dialogs.new_assessment_dialog import NewAssessmentDialog

from .conftest import dispose, type_text


def test_first_start_opens_the_sample_firm_with_results(window):
    assert window.session.doc.firm.profile.name == "厦门鹭芯精密制造有限公司"
    assert window.session.assessment.results["sme_size"].verdict.value == "qualifies"
    assert "厦门鹭芯精密制造有限公司" in window.windowTitle()
    assert window.workspace.tree.topLevelItemCount() == 1


def test_choosing_an_excluded_industry_on_the_profile_page_fails_the_tech_sme_row(window):
    window.tabs.setCurrentWidget(window.wizard)
    combo = window.wizard.findChild(QComboBox, "profile.excluded_industry")
    combo.activated.emit(combo.findData(ExcludedIndustry.ENTERTAINMENT))  # as a user picking it
    assert window.session.doc.firm.profile.excluded_industry is ExcludedIndustry.ENTERTAINMENT
    row = window.session.assessment.results["tech_sme"].row("excluded_industry")
    assert row.status is Status.NOT_MET


def test_typing_in_the_profile_page_saves_and_undo_restores(window, qtbot):
    window.tabs.setCurrentWidget(window.wizard)
    name = window.wizard.findChild(QLineEdit, "profile.name")
    name.selectAll()
    type_text(qtbot, name, "厦门新名称科技有限公司")
    assert window.session.doc.firm.profile.name == "厦门新名称科技有限公司"
    stored = window.session.workspace.load(window.session.assessment_id)
    assert stored.firm.profile.name == "厦门新名称科技有限公司"  # written through, no save step
    window.undo_action.trigger()
    assert window.session.doc.firm.profile.name == "厦门鹭芯精密制造有限公司"
    assert name.text() == "厦门鹭芯精密制造有限公司"


def test_a_wrong_credit_code_is_refused_with_the_reason_and_kept_in_the_field(window, qtbot):
    window.tabs.setCurrentWidget(window.wizard)
    code = window.wizard.findChild(QLineEdit, "profile.credit_code")
    before = window.session.doc.firm.profile.credit_code
    code.selectAll()
    qtbot.keyClicks(code, "91350200MA31234567")
    binding = window.wizard.page(0).form.bindings["profile.credit_code"]
    assert "校验位应为J" in binding.error
    assert code.text() == "91350200MA31234567"
    assert window.session.doc.firm.profile.credit_code == before


def test_new_assessment_for_a_new_firm(window, qtbot):
    dialog = NewAssessmentDialog(window.session, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "厦门测试新材料有限公司")
    dialog.date_edit.setDate(QDate(2026, 3, 31))
    dialog.accept()
    window.session.create(dialog.document(), dialog.firm_id())
    assert window.session.doc.firm.profile.name == "厦门测试新材料有限公司"
    assert window.session.doc.on.isoformat() == "2026-03-31"
    assert window.session.assessment.packs["srdi_sme"].version == "2022.1"
    assert window.workspace.tree.topLevelItemCount() == 2


def test_closing_and_reopening_finds_everything_where_it_was(qtbot, data_dir: Path):
    _app, first = build([])
    first.session.set_field("years.2025.rd_expense", Decimal("1300"))
    first.tabs.setCurrentWidget(first.wizard)
    dispose(first)
    _app, again = build([])
    assert again.session.doc.firm.year(2025).rd_expense == Decimal("1300")
    assert again.tabs.currentWidget() is again.wizard
    assert again.session.workspace.firms()[0].assessments == 1  # the sample is not added twice
    dispose(again)


def test_switching_language_retranslates_the_window_and_qt_buttons(window):
    window.set_language("en")
    QApplication.processEvents()
    assert window.tabs.tabText(0) == "Results"
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert window.tabs.tabText(0) == "评估结果"
    finish = window.wizard.button(QWizard.WizardButton.FinishButton).text()
    assert "完成" in finish
    assert i18n.lang() == "zh"


def test_deleting_an_assessment_asks_first_and_opens_what_is_left(window, qtbot):
    first = window.session.assessment_id
    dialog = NewAssessmentDialog(window.session, window)
    type_text(qtbot, dialog.name_edit, "厦门待删除科技有限公司")
    window.session.create(dialog.document(), dialog.firm_id())
    doomed = window.session.assessment_id
    panel = window.workspace
    panel.ask_to_delete()
    qtbot.mouseClick(panel.confirm.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(window.session.workspace.firms()) == 2  # cancelled: nothing lost
    panel.ask_to_delete()
    assert "不能撤销" in panel.confirm.text()
    qtbot.mouseClick(panel.confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert [f.name for f in window.session.workspace.firms()] == ["厦门鹭芯精密制造有限公司"]
    assert window.session.assessment_id == first != doomed
    assert panel.tree.topLevelItemCount() == 1
