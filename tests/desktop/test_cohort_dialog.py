"""The cohort dialog over the real app: computed in the background (and cancelled), the city's figures for
the firms (the sample firm listed but never counted), each firm's targets, the filters, the search, a
double-click that opens the firm, tags, the exports, the menu entry, and the table model's Qt contract."""

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
from tests.assessments.cohort_firms import firm_doc
from tests.desktop.conftest import type_text

DEMO, FIRM_A, FIRM_F = "厦门鹭芯精密制造有限公司", "厦门甲精密科技有限公司", "厦门己电子元件股份有限公司"


def sample(name: str) -> AssessmentFile:
    return srdi_file.load(Path(resources_dir()) / "samples" / name)


def opened(qtbot, window) -> CohortDialog:
    """The dialog as the user opens it, once its background read is done."""
    shown = CohortDialog(window.session, window)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.computed, timeout=20000):
        shown.show()
    return shown


@pytest.fixture
def dialog(qtbot, window):
    """The app on its sample firm, with two worked examples beside it."""
    for name in ("firm_a.srdi", "firm_f.srdi"):
        window.session.workspace.create(sample(name))
    return opened(qtbot, window)


def cell(dialog: CohortDialog, name: str, column: Column, role: int = Qt.ItemDataRole.DisplayRole):
    row = dialog.shown_names().index(name)
    return dialog.proxy.index(row, column).data(role)


def test_the_cards_show_the_cohort_figures_of_the_two_firms_without_the_sample(dialog):
    cards = dialog.cards
    assert cards["mean_rd_share"].value.text() == "6.25%"  # (6.5 + 6) / 2: the sample's 9.6% left out
    assert cards["mean_rd_share"].requirement.text() == "目标：> 10%"
    assert cards["mean_rd_share"].status.text() == "✗ 不满足"
    assert cards["mean_class1"].value.text() == "4.5项"  # (3 + 6) / 2
    assert cards["share_digital"].value.text() == "100%"
    assert cards["share_digital"].status.text() == "✓ 满足"
    gap = cards["mean_rd_share"].gap.text()
    assert gap.startswith("2家企业：户均研发占比 6.25%；中位数 6.25%；0家单独达到> 10%（0%）")
    assert gap.endswith("未计入：内置示例企业1家")
    assert dialog.counts.text().startswith("共3家企业，2家计入群体统计；内置示例企业未计入")


def test_each_target_has_a_histogram_of_the_counted_firms(dialog):
    bins = dialog.charts["rd_share"].bins
    assert sum(b.count for b in bins) == 2 and bins[2].count == 2  # 6.5% and 6% in 5–8
    dialog.charts["rd_share"].grab()  # paints without error


def test_the_cohort_is_read_in_the_background_and_can_be_cancelled(qtbot, window):
    for n in range(12):
        window.session.workspace.create(firm_doc(f"企业{n}", 5 + n, n, 2))
    shown = CohortDialog(window.session, window)
    qtbot.addWidget(shown)
    assert shown.busy and shown.cancel_button.isVisibleTo(shown)  # the read has started, cancel offered
    task = shown.task
    # Cancel at the first firm read (in the worker thread, as a click would between two firms).
    task.signals.progressed.connect(lambda *_: task.cancel(), Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: not shown.busy, timeout=20000)
    assert shown.progress_text.text() == "已取消。"
    assert shown.model.rowCount() == 0 and shown.cohort.members == ()
    with qtbot.waitSignal(shown.computed, timeout=30000):
        shown.compute()  # read again, to the end
    assert shown.model.rowCount() == 13 and not shown.cancel_button.isVisible()


def test_the_filters_read_one_district_or_tag(qtbot, window):
    window.session.workspace.create(firm_doc("思明一号", 20, 9, 2, district="思明区"))
    other = window.session.workspace.create(firm_doc("湖里二号", 4, 1, 2))
    window.session.workspace.set_tags(window.session.workspace.firm_of(other), ["客户A"])
    shown = opened(qtbot, window)
    shown.district.setCurrentIndex(shown.district.findData("思明区"))
    shown.district.activated.emit(shown.district.currentIndex())
    assert shown.shown_names() == ["思明一号"]
    assert shown.cards["mean_rd_share"].value.text() == "20%"
    shown.district.setCurrentIndex(0)
    shown.tag.setCurrentIndex(shown.tag.findData("客户A"))
    shown.tag.activated.emit(shown.tag.currentIndex())
    assert shown.shown_names() == ["湖里二号"]


def test_each_firm_shows_its_own_targets_coloured_by_status(dialog):
    assert sorted(dialog.shown_names()) == sorted([f"{DEMO}（示例）", FIRM_A, FIRM_F])
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
    window.session.workspace.create(sample("firm_f.srdi"))
    dialog = opened(qtbot, window)
    assert cell(dialog, FIRM_A, Column.RD_SHARE) == "—"
    assert "未计入群体统计" in cell(dialog, FIRM_A, Column.FIRM, Qt.ItemDataRole.ToolTipRole)
    assert "共3家企业，1家计入群体统计" in dialog.counts.text()
    assert "1家因评估日不在2026年目标适用期内而未计入" in dialog.counts.text()
    assert dialog.cards["mean_rd_share"].value.text() == "6%"  # firm F alone


def test_a_firm_with_unknown_revenue_reads_to_confirm_and_is_counted_as_such(qtbot, window):
    window.session.workspace.create(set_path(sample("firm_a.srdi"), "years.2025.revenue", None))
    window.session.workspace.create(sample("firm_f.srdi"))
    dialog = opened(qtbot, window)
    assert cell(dialog, FIRM_A, Column.RD_SHARE) == "? 待确认"
    assert dialog.cards["mean_rd_share"].value.text() == "6%"  # firm_f alone
    assert "未计入：内置示例企业1家、缺少数据（待确认）1家" in dialog.cards["mean_rd_share"].gap.text()


def test_the_search_box_filters_the_firms_by_name_or_credit_code(qtbot, dialog):
    type_text(qtbot, dialog.search, "己电子")
    assert dialog.shown_names() == [FIRM_F]
    dialog.search.clear()
    type_text(qtbot, dialog.search, "ma8uq3")  # part of the demo firm's credit code, any case
    assert dialog.shown_names() == [f"{DEMO}（示例）"]
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
    assert FIRM_F in window.windowTitle()
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
    assert header[-4:] == ["三项目标", "计入群体统计", "所在区（园区）", "标签"]
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    assert sorted(by_name) == sorted([DEMO, FIRM_A, FIRM_F])
    demo = by_name[DEMO]
    assert demo["统一社会信用代码"] == "91350200MA8UQ3K22L"
    assert (demo["研发占比（%）"], demo["研发占比状态"]) == ("9.6", "不满足")
    assert (demo["Ⅰ类知识产权（项）"], demo["数字化水平"], demo["数字化水平状态"]) == ("8", "2", "满足")
    assert Decimal(by_name[FIRM_A]["研发占比（%）"]) == Decimal("6.5")
    assert demo["计入群体统计"] == "否"  # the sample firm never counts
    assert by_name[FIRM_A]["计入群体统计"] == "是"


def test_the_file_menu_opens_the_cohort_with_ctrl_shift_c(qtbot, window):
    assert window.cohort_action.text() == "园区/全市企业群体…"
    assert window.cohort_action.shortcut().toString() == "Ctrl+Shift+C"
    assert window.cohort_action in window.file_menu.actions()
    window.cohort_action.trigger()
    assert window.cohort_dialog.isVisible()
    qtbot.waitUntil(lambda: not window.cohort_dialog.busy, timeout=20000)
    assert window.cohort_dialog.windowTitle() == "园区/全市企业群体"
    window.cohort_dialog.reject()


def test_the_dialog_follows_a_language_change(dialog):
    i18n.install("en")
    QApplication.processEvents()  # the language change arrives as an event
    assert dialog.export_button.text() == "Export CSV…"
    assert dialog.proxy.headerData(Column.FIRM, Qt.Orientation.Horizontal) == "Firm"
    assert cell(dialog, FIRM_A, Column.CLASS1) == "✗ 3 items"
    assert dialog.counts.text().startswith("3 firms: 2 counted")


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
    shown = opened(qtbot, window)
    assert shown.cards["mean_class1"].value.text() == "6项"  # firm F alone: firm A and the sample left out
    assert "缺少数据（待确认）1家" in shown.cards["mean_class1"].gap.text()
    assert cell(shown, FIRM_A, Column.CLASS1) == "? 待确认"
    assert "知识产权清单尚未填写" in cell(shown, FIRM_A, Column.CLASS1, Qt.ItemDataRole.ToolTipRole)


def test_the_year_filter_reads_each_firms_assessment_of_that_year(qtbot, window):
    firm = window.session.workspace.create(firm_doc("甲", 4, 1, 2, on=dt.date(2025, 6, 1)))
    window.session.workspace.create(firm_doc("甲", 12, 1, 2), window.session.workspace.firm_of(firm))
    shown = opened(qtbot, window)
    assert [shown.year.itemData(i) for i in range(shown.year.count())] == ["", 2026, 2025]
    assert cell(shown, "甲", Column.RD_SHARE) == "✓ 12%"
    shown.year.setCurrentIndex(shown.year.findData(2025))
    with qtbot.waitSignal(shown.computed, timeout=20000):
        shown.year.activated.emit(shown.year.currentIndex())
    assert shown.shown_names() == ["甲"]  # the sample has no 2025 assessment
    assert cell(shown, "甲", Column.RD_SHARE) == "✗ 4%"
    assert shown.year.count() == 3  # every year stays on offer


def test_tags_given_to_a_firm_are_kept_and_offered_as_a_filter(qtbot, dialog, window):
    dialog.table.setCurrentIndex(dialog.proxy.index(dialog.shown_names().index(FIRM_A), 0))
    assert dialog.tags_button.isEnabled()
    dialog.edit_tags("客户甲，园区B, ")
    firm_id = window.session.workspace.firms("甲精密")[0].id
    assert window.session.workspace.tags() == {firm_id: ("园区B", "客户甲")}
    assert [dialog.tag.itemData(i) for i in range(dialog.tag.count())] == ["", "园区B", "客户甲"]
    dialog.tag.setCurrentIndex(dialog.tag.findData("客户甲"))
    dialog.tag.activated.emit(dialog.tag.currentIndex())
    assert dialog.shown_names() == [FIRM_A]
    type_text(qtbot, dialog.search, "园区B")  # the search reads tags too
    assert dialog.shown_names() == [FIRM_A]
