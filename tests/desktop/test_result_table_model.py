"""ResultTableModel over real engine results: what each cell says, how it is coloured, and that the model
keeps Qt's contract (QAbstractItemModelTester) through resets and in-place what-if updates."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.paths import resources_dir
from assessments.results import Status
from assessments.storage import srdi_file
from desktop.models.result_table_model import ROW_ROLE, Column, ResultTableModel
from desktop.widgets import status_style as style

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def demo_assessment(rd_expense: Decimal | None = None) -> Assessment:
    doc = srdi_file.load(Path(resources_dir()) / "samples" / "demo.srdi")
    if rd_expense is not None:
        doc = set_path(doc, "years.2025.rd_expense", rd_expense)
    return assess(doc.firm, doc.on, doc.purpose)


@pytest.fixture(scope="module")
def demo() -> Assessment:
    return demo_assessment()


def cell(model: ResultTableModel, row_id: str, column: Column, role: int = DISPLAY):
    return model.data(model.index(model.row_of(row_id), column), role)


def test_one_table_row_per_criterion_and_six_columns(qapp, demo):
    model = ResultTableModel(demo["hnte"])
    assert model.rowCount() == len(demo["hnte"].rows)
    assert model.columnCount() == len(Column) == 6
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "条件",
        "数值与计算",
        "要求",
        "得分",
        "状态",
        "差距",
    ]


def test_cells_show_the_engines_label_calculation_and_gap(qapp, demo):
    result = demo["xiamen_2026_targets"]
    row = result.row("rd_share")
    model = ResultTableModel(result)
    assert cell(model, "rd_share", Column.CRITERION) == row.label.zh
    assert cell(model, "rd_share", Column.VALUE) == row.calc.zh == "2025年 1,200 ÷ 12,500 = 9.6%"
    assert cell(model, "rd_share", Column.REQUIREMENT) == "> 10%"
    assert cell(model, "rd_share", Column.GAP) == row.gap.text.zh
    assert cell(model, "rd_share", Column.STATUS) == "✗ 不满足"
    assert cell(model, "rd_share", Column.CRITERION, ROW_ROLE) is row


def test_expert_ranges_read_low_to_high_out_of_the_maximum(qapp, demo):
    model = ResultTableModel(demo["hnte"])
    assert cell(model, "ip_advanced", Column.POINTS) == "5–6 / 8"
    assert cell(model, "conversion", Column.POINTS) == "25–30 / 30"
    assert cell(model, "age", Column.POINTS) == ""


def test_status_cell_is_coloured_by_status(qapp, demo):
    model = ResultTableModel(demo["xiamen_2026_targets"])
    background = Qt.ItemDataRole.BackgroundRole
    foreground = Qt.ItemDataRole.ForegroundRole
    assert cell(model, "digital_level", Column.STATUS, background).name() == style.GREEN.fill
    assert cell(model, "rd_share", Column.STATUS, background).name() == style.AMBER_RED.fill
    assert cell(model, "rd_share", Column.STATUS, foreground).name() == style.AMBER_RED.ink
    assert cell(model, "rd_share", Column.CRITERION, background) is None


def test_on_edge_rows_carry_the_warning_mark_and_explain_it(qapp, demo):
    model = ResultTableModel(demo["xiamen_2026_targets"])
    assert demo["xiamen_2026_targets"].row("class1_ip").on_edge
    assert "⚠" in cell(model, "class1_ip", Column.STATUS)
    assert "门槛" in cell(model, "class1_ip", Column.STATUS, TOOLTIP)
    assert "⚠" not in cell(model, "rd_share", Column.STATUS)


def test_rows_carry_no_warning_mark_and_say_the_source_in_plain_words(qapp, demo):
    innovative = demo["innovative_sme"]
    assert not innovative.row("common_gate").verified
    model = ResultTableModel(innovative)
    requirement = cell(model, "common_gate", Column.REQUIREMENT)
    assert "待核验" not in requirement and "〔" not in requirement
    assert cell(model, "common_gate", Column.REQUIREMENT, Qt.ItemDataRole.FontRole) is None
    tooltip = cell(model, "common_gate", Column.REQUIREMENT, TOOLTIP)
    assert innovative.row("common_gate").source.doc in tooltip and "单一资料，待核验" in tooltip
    assert "官方原文" in cell(ResultTableModel(demo["hnte"]), "age", Column.REQUIREMENT, TOOLTIP)
    verified = ResultTableModel(demo["xiamen_2026_targets"])
    assert "to verify" not in cell(verified, "rd_share", Column.REQUIREMENT)
    assert cell(verified, "rd_share", Column.REQUIREMENT, Qt.ItemDataRole.FontRole) is None


def test_manual_and_unknown_rows_have_their_own_colours(qapp, demo):
    model = ResultTableModel(demo["hnte"])
    assert demo["hnte"].row("score").status is Status.MANUAL
    assert cell(model, "score", Column.STATUS, Qt.ItemDataRole.BackgroundRole).name() == style.BLUE.fill


def test_a_met_row_on_the_firms_own_yes_says_evidence_needed(qapp):
    """Decision 13: the firm's "yes" to a qualitative criterion is met, evidence needed."""
    doc = srdi_file.load(Path(resources_dir()) / "samples" / "firm_f.srdi")
    result = assess(doc.firm, doc.on, doc.purpose)["little_giant"]
    assert result.row("field_chain").evidence_needed
    model = ResultTableModel(result)
    status = cell(model, "field_chain", Column.STATUS)
    assert status.startswith("✓") and "需证明材料" in status
    assert "需证明材料" in cell(model, "field_chain", Column.STATUS, TOOLTIP)
    assert "需证明材料" not in cell(model, "revenue", Column.STATUS)


def test_model_keeps_qts_contract_through_resets_and_what_if_updates(qapp, qtlog, demo):
    model = ResultTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_result(demo["srdi_sme"])
    model.set_result(demo["hnte"])
    changed = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: changed.append("reset"))
    lower = demo_assessment(Decimal(300))["hnte"]
    model.set_result(lower)  # same criteria: cells update in place, no reset
    assert changed == [(0, len(lower.rows) - 1)]
    assert cell(model, "rd_ratio", Column.VALUE) == lower.row("rd_ratio").calc.zh
    model.retranslate()
    assert model.data(QModelIndex()) is None
    del tester
    assert [r.message for r in qtlog.records if "FAIL" in r.message] == []
