"""The figures grids (financial figures; R&D and staff): typing into cells as a user does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from assessments.help import help_for
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.i18n import lang
from desktop.models.year_grid_model import YearGridModel
from desktop.session import Session
from desktop.widgets.year_grid import YearGrid
from desktop.wizard.assessment_wizard import PageId
from desktop.wizard.rd_staff_page import RdStaffPage
from desktop.wizard.years_page import YearsPage
from tests.assessments.builders import firm, with_year

ON = dt.date(2026, 3, 31)  # 上年度 = FY2025; columns FY2023, FY2024, FY2025, 2026 plan


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    start = with_year(firm(), 2025, rd_expense=90)
    session.create(AssessmentFile(firm=start, on=ON))
    yield session
    session.workspace.close()


@pytest.fixture
def page(qtbot, session) -> YearsPage:
    page = YearsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(grid: YearGrid, field: str, column: int) -> QModelIndex:
    row = next(i for i, f in enumerate(grid.model.figures) if f.name == field)
    return grid.model.index(row, column)


def open_editor(qtbot, grid: YearGrid, index: QModelIndex) -> QLineEdit:
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    return editor


def type_into(qtbot, grid: YearGrid, index: QModelIndex, text: str) -> None:
    """Open the cell's editor, type over its text and press Enter, as a user does."""
    editor = open_editor(qtbot, grid, index)
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.view.indexWidget(index) is None)  # the delegate commits on a queued call


def shown(grid: YearGrid, index: QModelIndex) -> str:
    return grid.model.data(index, Qt.ItemDataRole.DisplayRole)


def rd_ratio(session: Session):
    return session.assessment.results["innovative_sme"].row("rd_ratio")


def test_a_typed_figure_is_saved_and_changes_the_results(page, session, qtbot):
    assert rd_ratio(session).points is None  # revenue still to confirm
    type_into(qtbot, page.grid, cell(page.grid, "revenue", 2), "3,000")
    assert session.doc.firm.year(2025).revenue == Decimal("3000")
    assert session.workspace.load(session.assessment_id).firm.year(2025).revenue == Decimal("3000")
    assert rd_ratio(session).points == Decimal(15)  # 90 ÷ 3,000 = 3%
    assert shown(page.grid, cell(page.grid, "revenue", 2)) == "3,000"


def test_text_that_is_not_a_number_is_refused_with_the_reason_and_changes_nothing(page, session, qtbot):
    index = cell(page.grid, "revenue", 2)
    type_into(qtbot, page.grid, index, "3200")
    type_into(qtbot, page.grid, index, "32OO")
    assert session.doc.firm.year(2025).revenue == Decimal("3200")
    assert page.grid.status.isVisible()
    assert "32OO" in page.grid.status.text()
    assert "Enter a number" in page.grid.status.text() or "数字" in page.grid.status.text()
    assert shown(page.grid, index) == "3,200"  # the cell keeps its old value
    assert "32OO" in page.grid.model.data(index, Qt.ItemDataRole.ToolTipRole)
    type_into(qtbot, page.grid, index, "3300")
    assert not page.grid.status.isVisible()
    assert page.grid.model.refused(index) is None


def test_the_reason_shows_while_typing(page, qtbot):
    editor = open_editor(qtbot, page.grid, cell(page.grid, "total_assets", 1))
    qtbot.keyClicks(editor, "-5")
    assert page.grid.status.isVisible()
    assert editor.property("invalid") is True


def test_a_loss_may_be_negative_but_revenue_may_not(page, session, qtbot):
    type_into(qtbot, page.grid, cell(page.grid, "net_profit", 2), "-120.5")
    type_into(qtbot, page.grid, cell(page.grid, "revenue", 2), "-1")
    assert session.doc.firm.year(2025).net_profit == Decimal("-120.5")
    assert session.doc.firm.year(2025).revenue is None


@pytest.mark.parametrize("typed", ["1e30", "123456789012345678901234", "-123456789012345678901234"])
def test_a_figure_beyond_any_firm_is_refused_with_the_reason_and_nothing_is_saved(
    page, session, qtbot, typed
):
    index = cell(page.grid, "net_profit", 2)  # a loss may be negative: only the ceiling refuses it
    type_into(qtbot, page.grid, index, "500")
    saved = session.workspace.load(session.assessment_id)
    type_into(qtbot, page.grid, index, typed)
    assert session.doc.firm.year(2025).net_profit == Decimal("500")
    assert session.workspace.load(session.assessment_id) == saved
    message = page.grid.status.text()
    assert page.grid.status.isVisible() and typed in message
    assert any(reason in message for reason in ("上限", "ceiling", "数字", "Enter a number"))
    assert page.grid.model.refused(index) == (typed, page.grid.model.check(index, typed))


def test_staff_beyond_the_staff_ceiling_is_refused(rd_page, session, qtbot):
    index = cell(rd_page.grid, "staff", 2)
    type_into(qtbot, rd_page.grid, index, "100000000")
    assert session.doc.firm.year(2025).staff is None
    assert "10,000,000" in rd_page.grid.status.text()


def test_an_emptied_cell_is_to_confirm_not_zero(page, session, qtbot):
    index = cell(page.grid, "total_assets", 0)
    type_into(qtbot, page.grid, index, "800")
    assert session.doc.firm.year(2023).total_assets == Decimal("800")
    type_into(qtbot, page.grid, index, "")
    assert session.doc.firm.year(2023).total_assets is None
    assert shown(page.grid, index) in ("to confirm", "待确认")


def test_undo_restores_the_figure_and_the_grid(page, session, qtbot):
    index = cell(page.grid, "revenue", 2)
    type_into(qtbot, page.grid, index, "3000")
    session.undo_stack.undo()
    assert session.doc.firm.year(2025).revenue is None
    assert rd_ratio(session).points is None
    assert shown(page.grid, index) in ("to confirm", "待确认")


def test_the_last_column_is_this_years_plan(page, session, qtbot):
    type_into(qtbot, page.grid, cell(page.grid, "revenue", 3), "4000")
    assert session.doc.firm.plan().revenue == Decimal("4000")
    assert session.doc.firm.plan().year == 2026
    assert "2026" in page.grid.model.headerData(3, Qt.Orientation.Horizontal)


def test_the_columns_follow_the_assessment_date(page, session):
    assert [page.grid.model.year_of(c) for c in range(3)] == [2023, 2024, 2025]
    session.set_field("assessment.date", dt.date(2027, 4, 1))
    assert [page.grid.model.year_of(c) for c in range(3)] == [2024, 2025, 2026]
    assert "2024" in page.grid.model.headerData(0, Qt.Orientation.Horizontal)
    assert "2026" in page.subTitle()


def test_ratio_rows_compute_from_the_figures_and_cannot_be_typed(page, qtbot):
    type_into(qtbot, page.grid, cell(page.grid, "revenue", 1), "200")
    type_into(qtbot, page.grid, cell(page.grid, "main_revenue", 1), "150")
    share = page.grid.model.index(len(page.grid.model.figures), 1)
    assert shown(page.grid, share) == "75%"
    assert not page.grid.model.flags(share) & Qt.ItemFlag.ItemIsEditable


def test_inconsistent_figures_are_named_under_the_grid(page, qtbot):
    type_into(qtbot, page.grid, cell(page.grid, "revenue", 2), "100")
    type_into(qtbot, page.grid, cell(page.grid, "main_revenue", 2), "150")
    assert page.grid.findings.isVisible()
    assert "150" in page.grid.findings.text()


def test_the_help_panel_defines_the_current_row(page):
    page.grid.view.setCurrentIndex(cell(page.grid, "hitech_revenue", 0))
    assert page.help.body.text() == help_for("years.hitech_revenue").text.get(lang())


def test_the_grid_model_keeps_qts_contract(qtmodeltester, session):
    model = YearGridModel(session, YearsPage(session).grid.model.figures)
    qtmodeltester.check(model)


# --- R&D and staff ---------------------------------------------------------------------------------


@pytest.fixture
def rd_page(qtbot, session) -> RdStaffPage:
    page = RdStaffPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_rd_expense_typed_on_the_rd_page_moves_the_innovative_sme_points(rd_page, session, qtbot):
    session.set_field("years.2025.revenue", Decimal(3000))
    assert rd_ratio(session).points == Decimal(15)
    type_into(qtbot, rd_page.grid, cell(rd_page.grid, "rd_expense", 2), "150")
    assert session.doc.firm.year(2025).rd_expense == Decimal("150")
    assert rd_ratio(session).points == Decimal(20)  # 5%


def test_tech_conversions_are_whole_numbers(rd_page, session, qtbot):
    index = cell(rd_page.grid, "tech_conversions", 2)
    type_into(qtbot, rd_page.grid, index, "2.5")
    assert session.doc.firm.year(2025).tech_conversions is None
    type_into(qtbot, rd_page.grid, index, "3")
    assert session.doc.firm.year(2025).tech_conversions == 3


def test_organisation_self_scores_are_written_together_within_their_caps(rd_page, session, qtbot):
    edits = rd_page.organisation.edits
    label = next(label for label in rd_page.form.findChildren(QLabel) if label.buddy() is edits[0])
    assert "6" in label.text()  # the cap is stated
    qtbot.keyClicks(edits[0], "7")
    assert session.doc.firm.hnte.organisation is None
    assert any("6" in text for text in visible_errors(rd_page.form))
    for edit, score in zip(edits, ("5", "5", "3", "3"), strict=True):
        edit.clear()
        qtbot.keyClicks(edit, score)
    assert session.doc.firm.hnte.organisation == (Decimal(5), Decimal(5), Decimal(3), Decimal(3))
    assert visible_errors(rd_page.form) == []


def test_a_partial_set_of_organisation_scores_waits_for_the_rest(rd_page, session, qtbot):
    qtbot.keyClicks(rd_page.organisation.edits[1], "4")
    assert session.doc.firm.hnte.organisation is None
    assert visible_errors(rd_page.form)


def visible_errors(form) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel, "fieldError") if label.isVisibleTo(form)]


def test_grades_and_application_date_use_the_shared_form(rd_page, session, qtbot):
    combo = rd_page.form.findChild(QComboBox, "hnte.tech_advanced")
    combo.setCurrentIndex(combo.findData("B"))
    combo.activated.emit(combo.currentIndex())  # what a pick from the list sends
    assert session.doc.firm.hnte.tech_advanced == "B"
    date = rd_page.form.findChild(QLineEdit, "hnte.applying_on")
    qtbot.keyClicks(date, "2026-09-30")
    assert session.doc.firm.hnte.applying_on == dt.date(2026, 9, 30)


def test_the_pages_are_registered_in_the_wizard_in_order(window):
    from desktop.wizard.honours_page import HonoursPage
    from desktop.wizard.ip_register_page import IpRegisterPage

    wizard = window.wizard
    assert isinstance(wizard.page(PageId.YEARS), YearsPage)
    assert isinstance(wizard.page(PageId.RD_STAFF), RdStaffPage)
    assert isinstance(wizard.page(PageId.IP), IpRegisterPage)
    assert isinstance(wizard.page(PageId.HONOURS), HonoursPage)
