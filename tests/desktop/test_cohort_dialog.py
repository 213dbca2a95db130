"""The cohort dialog over the real app: the city's figures for three firms, each firm's targets, the search,
a double-click that opens the firm, the CSV export, the menu entry, and the table model's Qt contract."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog

from assessments.cohort import cohort_of
from assessments.edit import set_path
from assessments.paths import resources_dir
from assessments.storage import srdi_file
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop import i18n
from desktop.dialogs.cohort_dialog import CohortDialog
from desktop.models.cohort_table_model import CohortTableModel, Column
from tests.desktop.conftest import type_text

DEMO, FIRM_A, FIRM_F = "厦门鹭芯精密制造有限公司", "厦门甲精密科技有限公司", "厦门己电子元件股份有限公司"


def sample(name: str) -> AssessmentFile:
    return srdi_file.load(Path(resources_dir()) / "samples" / name)


@pytest.fixture
def dialog(qtbot, window):
    """The app on its sample firm, with two worked examples beside it."""
    for name in ("firm_a.srdi", "firm_f.srdi"):
        window.session.workspace.create(sample(name))
    shown = CohortDialog(window.session, window)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def cell(dialog: CohortDialog, name: str, column: Column, role: int = Qt.ItemDataRole.DisplayRole):
    row = dialog.shown_names().index(name)
    return dialog.proxy.index(row, column).data(role)


def test_the_cards_show_the_cohort_figures_of_the_three_firms(dialog):
    cards = dialog.cards
    assert cards["mean_rd_share"].value.text() == "7.37%"  # (9.6 + 6.5 + 6) / 3
    assert cards["mean_rd_share"].requirement.text() == "目标：> 10%"
    assert cards["mean_rd_share"].status.text() == "✗ 不满足"
    assert cards["mean_class1"].value.text() == "5.67项"  # (8 + 3 + 6) / 3
    assert cards["share_digital"].value.text() == "100%"
    assert cards["share_digital"].status.text() == "✓ 满足"
    assert cards["mean_rd_share"].gap.text() == "3家企业平均 = 7.37%（0家待确认）"
    assert dialog.counts.text().startswith("共3家企业，3家计入群体统计")


def test_each_firm_shows_its_own_targets_coloured_by_status(dialog):
    assert sorted(dialog.shown_names()) == sorted([DEMO, FIRM_A, FIRM_F])
    assert cell(dialog, FIRM_A, Column.DATE) == "2026-03-15"
    assert cell(dialog, FIRM_A, Column.RD_SHARE) == "✗ 6.5%"
    assert cell(dialog, FIRM_A, Column.CLASS1) == "✗ 3项"
    assert cell(dialog, FIRM_A, Column.DIGITAL) == "✓ 3级"
    assert cell(dialog, FIRM_A, Column.VERDICT) == "✗ 不符合"
    met = cell(dialog, FIRM_A, Column.DIGITAL, Qt.ItemDataRole.BackgroundRole)
    missed = cell(dialog, FIRM_A, Column.RD_SHARE, Qt.ItemDataRole.BackgroundRole)
    assert met.name() == "#e7f5ec" and missed.name() == "#fdeee6"
    assert "6.5%" in cell(dialog, FIRM_A, Column.RD_SHARE, Qt.ItemDataRole.ToolTipRole)


def test_a_firm_out_of_the_targets_dates_is_listed_grey_and_left_out(qtbot, window):
    window.session.workspace.create(set_path(sample("firm_a.srdi"), "assessment.date", dt.date(2028, 3, 1)))
    dialog = CohortDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert cell(dialog, FIRM_A, Column.RD_SHARE) == "—"
    assert "未计入群体统计" in cell(dialog, FIRM_A, Column.FIRM, Qt.ItemDataRole.ToolTipRole)
    assert "共2家企业，1家计入群体统计；1家因评估日不在2026年目标适用期内而未计入" in dialog.counts.text()
    assert dialog.cards["mean_rd_share"].value.text() == "9.6%"  # the demo firm alone


def test_a_firm_with_unknown_revenue_reads_to_confirm_and_is_counted_as_such(qtbot, window):
    window.session.set_field("years.2025.revenue", None)
    window.session.workspace.create(sample("firm_f.srdi"))
    dialog = CohortDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert cell(dialog, DEMO, Column.RD_SHARE) == "? 待确认"
    assert dialog.cards["mean_rd_share"].value.text() == "6%"  # firm_f alone
    assert dialog.cards["mean_rd_share"].gap.text() == "1家企业平均 = 6%（1家待确认）"


def test_the_search_box_filters_the_firms_by_name_or_credit_code(qtbot, dialog):
    type_text(qtbot, dialog.search, "己电子")
    assert dialog.shown_names() == [FIRM_F]
    dialog.search.clear()
    type_text(qtbot, dialog.search, "ma8uq3")  # part of the demo firm's credit code, any case
    assert dialog.shown_names() == [DEMO]
    dialog.search.clear()
    assert len(dialog.shown_names()) == 3


def test_double_click_opens_that_firm_in_the_main_window_and_closes(qtbot, window, dialog):
    assert window.session.doc.firm.profile.name == DEMO
    row = dialog.shown_names().index(FIRM_F)
    rect = dialog.table.visualRect(dialog.proxy.index(row, Column.RD_SHARE))
    # QTest's double-click lacks the press before it that item views check the index against.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.doc.firm.profile.name == FIRM_F
    assert window.windowTitle().startswith(FIRM_F)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_the_open_button_follows_the_selection(qtbot, window, dialog):
    assert not dialog.open_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.proxy.index(dialog.shown_names().index(FIRM_A), 0))
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.session.doc.firm.profile.name == FIRM_A


def test_csv_export_round_trips_every_firm_with_a_bom_for_excel(qtbot, dialog, tmp_path):
    type_text(qtbot, dialog.search, "甲")  # the export holds the whole cohort, whatever the search shows
    path = tmp_path / "群体.csv"
    dialog.export_csv(str(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as file:
        header, *rows = list(csv.reader(file))
    assert header[:4] == ["企业", "统一社会信用代码", "评估日期", "研发占比（%）"]
    assert header[-2:] == ["三项目标", "计入群体统计"]
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert sorted(by_name) == sorted([DEMO, FIRM_A, FIRM_F])
    demo = by_name[DEMO]
    assert demo["统一社会信用代码"] == "91350200MA8UQ3K22L"
    assert (demo["研发占比（%）"], demo["研发占比状态"]) == ("9.6", "不满足")
    assert (demo["Ⅰ类知识产权（项）"], demo["数字化水平"], demo["数字化水平状态"]) == ("8", "2", "满足")
    assert Decimal(by_name[FIRM_A]["研发占比（%）"]) == Decimal("6.5")
    assert demo["计入群体统计"] == "是"


def test_the_file_menu_opens_the_cohort_with_ctrl_shift_c(qtbot, window):
    assert window.cohort_action.text() == "园区/全市企业群体…"
    assert window.cohort_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.cohort_action in window.file_menu.actions()
    window.cohort_action.trigger()
    assert window.cohort_dialog.isVisible()
    assert window.cohort_dialog.windowTitle() == "园区/全市企业群体"
    window.cohort_dialog.reject()


def test_the_dialog_follows_a_language_change(dialog):
    i18n.install("en")
    QApplication.processEvents()  # the language change arrives as an event
    assert dialog.export_button.text() == "Export CSV…"
    assert dialog.proxy.headerData(Column.FIRM, Qt.Orientation.Horizontal) == "Firm"
    assert cell(dialog, FIRM_A, Column.CLASS1) == "✗ 3 items"
    assert dialog.counts.text().startswith("3 firms: 3 counted")


def test_the_model_keeps_qts_contract_through_resets_and_in_place_updates(qapp, qtlog, tmp_path):
    space = Workspace(tmp_path / "w.sqlite")
    model = CohortTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    space.create(sample("demo.srdi"))
    model.set_cohort(cohort_of(space))
    firm_id = space.create(sample("firm_a.srdi"))
    model.set_cohort(cohort_of(space))
    changed = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: changed.append("reset"))
    revision = space.load_stored(firm_id).revision
    space.save(firm_id, set_path(sample("firm_a.srdi"), "years.2025.revenue", None), revision)
    model.set_cohort(cohort_of(space))  # the same firms: cells update in place
    space.close()
    assert changed == [(0, 1)]
    assert model.rowCount() == 2 and model.columnCount() == len(Column)
    model.retranslate()
    assert model.data(QModelIndex()) is None
    del tester
    assert [r.message for r in qtlog.records if "FAIL" in r.message] == []


def test_a_firm_with_a_blank_ip_register_is_left_out_of_the_class1_mean_and_said_so(qtbot, window):
    """Decision 14: a register never filled in is no zero; the dialog says how many firms and why."""
    blank_a = set_path(set_path(sample("firm_a.srdi"), "ip", ()), "ip_none_confirmed", False)
    window.session.workspace.create(blank_a)
    window.session.workspace.create(sample("firm_f.srdi"))
    shown = CohortDialog(window.session, window)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.cards["mean_class1"].value.text() == "7项"  # (8 + 6) / 2: firm A left out
    assert "（1家待确认）" in shown.cards["mean_class1"].gap.text()
    assert "1家企业未计入Ⅰ类知识产权均值" in shown.counts.text()
    assert cell(shown, FIRM_A, Column.CLASS1) == "? 待确认"
    assert "知识产权清单尚未填写" in cell(shown, FIRM_A, Column.CLASS1, Qt.ItemDataRole.ToolTipRole)
