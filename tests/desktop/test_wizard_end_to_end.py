"""From an empty workspace to a finished assessment, through the real wizard, as a user enters firm B.

Worked example B of the domain reference (厦门乙信息技术有限公司, software, assessed 2026-03-15): the
results on the dashboard must be the engine's, and raising FY2025 R&D to 100万 in the grid must turn
创新型 to "符合" at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWizard

from assessments.engine import assess
from assessments.model import Industry, IpOrigin, IpType
from assessments.storage.workspace import Workspace
from desktop.dialogs.new_assessment_dialog import NewAssessmentDialog
from desktop.main_window import MainWindow
from desktop.session import Session
from desktop.widgets.year_grid import YearGrid
from desktop.wizard.assessment_wizard import PageId

from .conftest import dispose, type_text

FIGURES_2024 = {
    "revenue": "2700",
    "main_revenue": "2600",
    "rd_expense": "85",
    "staff": "85",
    "qualified_equity": "0",
}
FIGURES_2025 = {
    "revenue": "3200",
    "main_revenue": "3000",
    "total_assets": "1000",
    "total_liabilities": "600",
    "rd_expense": "90",
    "staff": "85",
    "qualified_equity": "0",
}


def pick(combo: QComboBox, value: object) -> None:
    """Choose an entry as a user does: select it, which emits `activated`."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def next_page(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def type_cell(qtbot, grid: YearGrid, field: str, column: int, text: str) -> None:
    row = next(i for i, f in enumerate(grid.model.figures) if f.name == field)
    index: QModelIndex = grid.model.index(row, column)
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.view.indexWidget(index) is None)


def fill(qtbot, grid: YearGrid, figures: dict[str, str], column: int) -> None:
    for field, text in figures.items():
        if any(f.name == field for f in grid.model.figures):
            type_cell(qtbot, grid, field, column, text)


def test_from_an_empty_workspace_to_a_finished_assessment(qtbot, data_dir):
    session = Session(Workspace(data_dir / "workspace.sqlite"))
    window = MainWindow(session)
    window.show()
    assert session.workspace.firms() == []

    dialog = NewAssessmentDialog(session, window)
    type_text(qtbot, dialog.name_edit, "厦门乙信息技术有限公司")
    dialog.date_edit.setDate(QDate(2026, 3, 15))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    session.create(dialog.document(), dialog.firm_id())
    window.tabs.setCurrentWidget(window.wizard)
    window.wizard.restart()

    profile = window.wizard.page(PageId.PROFILE)
    pick(profile.findChild(QComboBox, "profile.industry"), Industry.SOFTWARE_IT)
    pick(profile.findChild(QComboBox, "profile.fields.strategic_emerging"), True)
    for name in ("registered_in_china", "clean_record", "products_permitted", "no_major_incidents"):
        pick(profile.findChild(QComboBox, f"profile.compliance.{name}"), True)
    next_page(qtbot, window)

    years = window.wizard.page(PageId.YEARS).grid  # columns: FY2023, FY2024, FY2025, plan
    fill(qtbot, years, FIGURES_2024, 1)
    fill(qtbot, years, FIGURES_2025, 2)
    type_cell(qtbot, years, "qualified_equity", 0, "0")
    next_page(qtbot, window)

    rd = window.wizard.page(PageId.RD_STAFF).grid
    fill(qtbot, rd, FIGURES_2024, 1)
    fill(qtbot, rd, FIGURES_2025, 2)
    next_page(qtbot, window)

    ip_page = window.wizard.page(PageId.IP)
    for number in ("2023SR0001", "2024SR0002"):
        qtbot.mouseClick(ip_page.add_button, Qt.MouseButton.LeftButton)
        item = ip_page.dialog
        pick(item.inputs["type"], IpType.SOFTWARE_COPYRIGHT)
        item.inputs["number"].setFocus()
        qtbot.keyClicks(item.inputs["number"], number)
        pick(item.inputs["origin"], IpOrigin.OWN_RD)
        pick(item.inputs["supports_main_product"], True)
        qtbot.mouseClick(item.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert len(session.doc.firm.ip) == 2
    next_page(qtbot, window)
    honours_page = window.wizard.page(PageId.HONOURS)
    qtbot.mouseClick(honours_page.none_button, Qt.MouseButton.LeftButton)  # firm B holds no honours
    assert session.doc.firm.honours.none_confirmed
    for _page in (PageId.DIGITAL, PageId.REVIEW):
        next_page(qtbot, window)
    assert window.wizard.currentId() == PageId.REVIEW

    qtbot.mouseClick(window.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.dashboard

    # What the wizard wrote is firm B, and the dashboard shows the engine's results for it.
    fy2025 = session.doc.firm.year(2025)
    assert (fy2025.revenue, fy2025.main_revenue, fy2025.rd_expense) == (
        Decimal(3200),
        Decimal(3000),
        Decimal(90),
    )
    engine = assess(session.doc.firm, dt.date(2026, 3, 15))
    innovative = engine["innovative_sme"]
    assert [
        innovative.row(r).points for r in ("ip", "rd_ratio", "growth", "debt_ratio", "field", "main_share")
    ] == [5, 10, 20, 5, 10, 20]
    assert innovative.row("floor_innovation").status.value == "not_met"
    overview = window.dashboard.overview
    assert overview.cards["rd_share"].value.text() == "2.81%"
    assert overview.ladder.steps["innovative_sme"].verdict.text() == "✗ 不符合"

    # What-if: raise FY2025 R&D to 100万 in the grid; every result follows at once.
    window.tabs.setCurrentWidget(window.wizard)
    window.wizard.go_to(PageId.RD_STAFF)
    type_cell(qtbot, window.wizard.page(PageId.RD_STAFF).grid, "rd_expense", 2, "100")
    assert session.assessment["innovative_sme"].row("floor_innovation").value == 20
    assert overview.ladder.steps["innovative_sme"].verdict.text() == "✗ 不符合"  # hidden: not redrawn yet
    window.tabs.setCurrentWidget(window.dashboard)  # shown, it follows the edit at once
    assert overview.ladder.steps["innovative_sme"].verdict.text() == "✓ 符合"
    assert overview.cards["rd_share"].value.text() == "3.13%"

    stored = session.workspace.load(session.assessment_id)
    assert stored.firm.year(2025).rd_expense == Decimal(100)  # saved as typed, no save step
    dispose(window)
