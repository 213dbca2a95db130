"""A firm over time in the app: the compare dialog shows what changed between two assessments, the
timeline chart draws them, a re-score changes nothing until accepted, and the checklist panel lists
the documents with their state (issue 11)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from assessments.checklist import State
from assessments.edit import set_path
from assessments.evidence import Kind
from assessments.paths import resources_dir
from assessments.rules.rescore import recorded
from assessments.storage import srdi_file
from assessments.storage.workspace import EvidenceRecord, Workspace
from desktop.dialogs.checklist_dialog import ChecklistDialog
from desktop.dialogs.compare_dialog import FLIP_MARK, CompareDialog
from desktop.session import Session
from desktop.widgets.checklist_panel import ChecklistPanel
from desktop.widgets.timeline_chart import TimelineChart

SAMPLES = Path(resources_dir()) / "samples"


@pytest.fixture
def session(qtbot, data_dir: Path):
    workspace = Workspace(data_dir / "workspace.sqlite")
    session = Session(workspace)
    first = srdi_file.load(SAMPLES / "firm_a.srdi")  # 2026-03-15, 专精特新 under 63号
    later = set_path(set_path(first, "assessment.date", "2026-03-20"), "years.2025.rd_expense", "100")
    first_id = session.create(first)
    session.firm_id = workspace.firm_of(first_id)
    workspace.create(later, firm_id=session.firm_id)
    yield session
    workspace.close()


def top_level(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_dialog_shows_inputs_and_flipped_verdicts_with_their_criteria(qtbot, session):
    dialog = CompareDialog(session, session.firm_id)
    qtbot.addWidget(dialog)
    assert dialog.before_box.currentText().startswith("2026-03-15")
    assert dialog.after_box.currentText().startswith("2026-03-20")
    inputs = [dialog.inputs.topLevelItem(i) for i in range(dialog.inputs.topLevelItemCount())]
    assert [(i.text(0), i.text(1), i.text(2)) for i in inputs] == [
        ("评估日期", "2026-03-15", "2026-03-20"),
        ("2025年研发费用", "520万元", "100万元"),
    ]
    assert "专精特新中小企业" in top_level(dialog.results)
    srdi = next(
        dialog.results.topLevelItem(i)
        for i in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "srdi_sme"
    )
    assert (srdi.text(1), srdi.text(2)) == ("✓ 符合", "✗ 不符合")
    flipped = [
        srdi.child(i).text(0) for i in range(srdi.childCount()) if srdi.child(i).text(0).startswith(FLIP_MARK)
    ]
    assert flipped == [f"{FLIP_MARK} 2025年研发费用占营业收入比重", f"{FLIP_MARK} 上年度研发费用投入"]
    assert "1" in dialog.summary.text()


def test_choosing_the_same_assessment_twice_shows_nothing_changed(qtbot, session):
    dialog = CompareDialog(session, session.firm_id)
    qtbot.addWidget(dialog)
    dialog.before_box.setCurrentIndex(1)
    assert dialog.inputs.topLevelItemCount() == 0 and dialog.results.topLevelItemCount() == 0
    assert dialog.comparison is not None and dialog.comparison.same


def test_a_rescore_is_shown_and_saved_only_when_accepted(qtbot, session):
    dialog = CompareDialog(session, session.firm_id)
    qtbot.addWidget(dialog)
    later_id = dialog.history[1][0].id
    before = session.workspace.load(later_id)
    dialog.rules_date.setDate(QDate(2026, 12, 2))  # 2号 in force
    qtbot.mouseClick(dialog.rescore_button, Qt.MouseButton.LeftButton)
    assert "专精特新中小企业" in top_level(dialog.results) and dialog.accept_button.isEnabled()
    assert session.workspace.load(later_id) == before  # nothing written yet
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    record = recorded(session.workspace.load(later_id))
    assert record is not None and record.rules_on == dt.date(2026, 12, 2)
    assert record.packs["srdi_sme"] == "2026.1"


def test_the_comparison_exports_as_a_workbook_and_a_pdf(qtbot, session, tmp_path: Path):
    dialog = CompareDialog(session, session.firm_id)
    qtbot.addWidget(dialog)
    dialog.export(tmp_path / "c.xlsx")
    dialog.export(tmp_path / "c.pdf")
    assert (tmp_path / "c.xlsx").stat().st_size > 0
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")


def test_the_timeline_chart_renders_each_assessment(qtbot, session, tmp_path: Path):
    dialog = CompareDialog(session, session.firm_id)
    qtbot.addWidget(dialog)
    chart = dialog.chart
    assert isinstance(chart, TimelineChart) and len(chart.data.points) == 2
    chart.resize(820, chart.sizeHint().height())
    image = chart.grab().toImage()
    image.save(str(tmp_path / "timeline.png"))
    assert "2026-03-15" in chart.toolTip() and "2026-03-20" in chart.toolTip()
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    }
    assert "#e7f5ec" in colours  # a ladder cell of a qualifying scheme (green fill)
    assert "#fdeee6" in colours  # and one that does not qualify


def test_the_checklist_panel_shows_an_expired_certificate_as_out_of_date(qtbot, session):
    session.open(session.workspace.assessments(session.firm_id)[-1].id)
    session.workspace.add_evidence(
        EvidenceRecord(
            session.firm_id,
            "高企证书.pdf",
            Kind.HNTE_CERTIFICATE,
            "a" * 64,
            10,
            expires_on=dt.date(2025, 1, 1),
        )
    )
    dialog = ChecklistDialog(session)
    qtbot.addWidget(dialog)
    panel: ChecklistPanel = dialog.panel
    rows = [
        panel.tree.topLevelItem(i).child(j)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
    hnte = [r for r in rows if r.text(0) == "有效期内的高新技术企业证书"]
    assert hnte and all(r.text(1) == "✗ 已过期" for r in hnte)
    assert "2025-01-01" in hnte[0].toolTip(1)
    # the same scan also answers 创新型's direct route (a valid 高企 among other honours)
    assert panel.checklist.count(State.OUT_OF_DATE) == 2
    assert panel.summary.text().endswith("已过期 2 份。")


def test_the_file_menu_opens_the_compare_dialog_and_the_checklist(window, qtbot):
    actions = window.history_actions
    assert actions.compare_action in window.file_menu.actions()
    assert actions.checklist_action.text() == "申报材料清单…"
    actions.compare_action.trigger()
    assert isinstance(actions.dialog, CompareDialog) and actions.dialog.isVisible()
    actions.dialog.close()
    actions.checklist_action.trigger()
    assert isinstance(actions.dialog, ChecklistDialog) and actions.dialog.panel.checklist is not None
    actions.dialog.close()
