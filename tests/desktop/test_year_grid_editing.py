"""The figures grid works like a spreadsheet: Enter and Tab, paste from Excel/WPS, Delete, and the
question "是否按元填写？" for a figure out of all proportion; every bulk change is one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.widgets.year_grid import YearGrid
from desktop.wizard.years_page import YearsPage
from tests.assessments.builders import firm, with_year

ON = dt.date(2026, 3, 31)  # columns FY2023, FY2024, FY2025, 2026 plan
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=with_year(firm(), 2025, rd_expense=90), on=ON))
    yield session
    session.workspace.close()


@pytest.fixture
def grid(qtbot, session) -> YearGrid:
    page = YearsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page.grid


def cell(grid: YearGrid, field: str, column: int) -> QModelIndex:
    row = next(i for i, f in enumerate(grid.model.figures) if f.name == field)
    return grid.model.index(row, column)


def edit(qtbot, grid: YearGrid, index: QModelIndex, text: str, key=Qt.Key.Key_Return) -> None:
    """Open the cell's editor, type over its text and end the entry with `key`, as a user does."""
    grid.view.setFocus()
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: grid.view.indexWidget(index) is None)


def select(grid: YearGrid, first: QModelIndex, last: QModelIndex) -> None:
    grid.view.setCurrentIndex(first)
    grid.view.selectionModel().select(
        QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def paste(qtbot, grid: YearGrid, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(grid.view, Qt.Key.Key_V, CTRL)


def revenue(session: Session, year: int) -> Decimal | None:
    fy = session.doc.firm.year(year)
    return None if fy is None else fy.revenue


# --- Enter and Tab ---------------------------------------------------------------------------------


def test_enter_commits_and_moves_down(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 2), "3200")
    assert revenue(session, 2025) == Decimal(3200)
    assert grid.view.currentIndex() == cell(grid, "main_revenue", 2)


def test_tab_commits_and_moves_right_then_on_to_the_next_row(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 1), "2700", Qt.Key.Key_Tab)
    assert revenue(session, 2024) == Decimal(2700)
    assert grid.view.currentIndex() == cell(grid, "revenue", 2)
    edit(qtbot, grid, cell(grid, "revenue", 3), "4000", Qt.Key.Key_Tab)  # the plan column is the last
    assert grid.view.currentIndex() == cell(grid, "main_revenue", 0)


def test_a_refused_entry_keeps_its_cell_current(grid, session, qtbot):
    index = cell(grid, "revenue", 2)
    edit(qtbot, grid, index, "32OO")
    assert grid.view.currentIndex() == index
    assert grid.model.refused(index) is not None


def test_enter_and_tab_move_without_editing_too(grid, qtbot):
    grid.view.setFocus()
    grid.view.setCurrentIndex(cell(grid, "revenue", 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)
    assert grid.view.currentIndex() == cell(grid, "main_revenue", 0)
    qtbot.keyClick(grid.view, Qt.Key.Key_Tab)
    assert grid.view.currentIndex() == cell(grid, "main_revenue", 1)
    qtbot.keyClick(grid.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert grid.view.currentIndex() == cell(grid, "revenue", 1)


# --- "1,2" ---------------------------------------------------------------------------------------------


def test_1_comma_2_is_refused_with_the_reason_not_read_as_12(grid, session, qtbot):
    index = cell(grid, "revenue", 2)
    edit(qtbot, grid, index, "1,2")
    assert revenue(session, 2025) is None
    assert grid.status.isVisible()
    assert "“1,2”" in grid.status.text() and "千位分隔符每三位一个" in grid.status.text()
    edit(qtbot, grid, index, "1,234,567")
    assert revenue(session, 2025) == Decimal(1234567)


# --- paste ------------------------------------------------------------------------------------------


def test_a_block_copied_from_excel_pastes_as_one_undo_step(grid, session, qtbot):
    steps = session.undo_stack.count()
    grid.view.setFocus()
    grid.view.setCurrentIndex(cell(grid, "revenue", 1))
    # Two rows, two columns, as Excel/WPS copy them: tabs, CRLF and a final line break; thousands
    # separators, full-width digits and unit words.
    paste(qtbot, grid, "2,700\t3,200万元\r\n２６００\t30,000,000元\r\n")
    assert revenue(session, 2024) == Decimal(2700)
    assert revenue(session, 2025) == Decimal(3200)
    assert session.doc.firm.year(2024).main_revenue == Decimal(2600)
    assert session.doc.firm.year(2025).main_revenue == Decimal(3000)  # 30,000,000元 = 3,000万元
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert revenue(session, 2024) is None and revenue(session, 2025) is None
    assert session.doc.firm.year(2025).main_revenue is None
    assert session.doc.firm.year(2025).rd_expense == Decimal(90)  # what was there before stays


def test_a_bad_value_in_a_pasted_block_is_marked_and_the_rest_goes_in(grid, session, qtbot):
    grid.view.setCurrentIndex(cell(grid, "revenue", 1))
    paste(qtbot, grid, "2,700\t1,2\n")
    assert revenue(session, 2024) == Decimal(2700)
    assert revenue(session, 2025) is None
    assert grid.model.refused(cell(grid, "revenue", 2))[0] == "1,2"
    assert "1,2" in grid.status.text()


def test_values_beyond_the_grid_are_left_out_and_counted(grid, session, qtbot):
    grid.view.setCurrentIndex(cell(grid, "revenue", 3))
    paste(qtbot, grid, "4000\t5000\t6000")
    assert session.doc.firm.plan().revenue == Decimal(4000)
    assert grid.status.isVisible() and "2" in grid.status.text()


def test_one_value_pasted_fills_every_selected_cell(grid, session, qtbot):
    select(grid, cell(grid, "qualified_equity", 0), cell(grid, "qualified_equity", 2))
    paste(qtbot, grid, "0\r\n")
    assert [session.doc.firm.year(y).qualified_equity for y in (2023, 2024, 2025)] == [0, 0, 0]


def test_a_block_pasted_inside_an_open_editor_goes_to_the_grid(grid, session, qtbot):
    index = cell(grid, "revenue", 1)
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    editor = grid.view.indexWidget(index)
    QApplication.clipboard().setText("2700\t3200")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert revenue(session, 2024) == Decimal(2700) and revenue(session, 2025) == Decimal(3200)


def test_copy_gives_the_selected_block_as_tab_separated_text(grid, session, qtbot):
    session.set_field("years.2024.revenue", Decimal(2700))
    session.set_field("years.2025.revenue", Decimal("3200.5"))
    select(grid, cell(grid, "revenue", 1), cell(grid, "revenue", 2))
    qtbot.keyClick(grid.view, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "2700\t3200.5"


# --- Delete ---------------------------------------------------------------------------------------


def test_delete_clears_the_selection_as_one_undo_step(grid, session, qtbot):
    grid.view.setCurrentIndex(cell(grid, "revenue", 0))
    paste(qtbot, grid, "2500\t2700\t3200")
    steps = session.undo_stack.count()
    grid.view.setFocus()
    select(grid, cell(grid, "revenue", 0), cell(grid, "revenue", 2))
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert [revenue(session, y) for y in (2023, 2024, 2025)] == [None, None, None]
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert [revenue(session, y) for y in (2023, 2024, 2025)] == [2500, 2700, 3200]


# --- "是否按元填写？" -----------------------------------------------------------------------------------


def test_a_revenue_typed_in_yuan_asks_and_dividing_is_one_undo_step(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 2), "98,600,000")
    assert revenue(session, 2025) == Decimal(98_600_000)  # accepted: it is only questioned
    assert grid.doubt_bar.isVisible()
    assert "是否按元填写？" in grid.doubt_bar.text.text()
    assert "9,860" in grid.doubt_bar.text.text()
    steps = session.undo_stack.count()
    qtbot.mouseClick(grid.doubt_bar.divide_button, Qt.MouseButton.LeftButton)
    assert revenue(session, 2025) == Decimal(9860)
    assert session.undo_stack.count() == steps + 1
    assert not grid.doubt_bar.isVisible()
    session.undo_stack.undo()
    assert revenue(session, 2025) == Decimal(98_600_000)


def test_keep_as_entered_leaves_the_figure_and_hides_the_question(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 2), "98600000")
    qtbot.mouseClick(grid.doubt_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not grid.doubt_bar.isVisible()
    assert revenue(session, 2025) == Decimal(98_600_000)


def test_a_year_a_hundred_times_its_neighbours_asks_too(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 1), "3000")
    assert not grid.doubt_bar.isVisible()
    edit(qtbot, grid, cell(grid, "revenue", 2), "300000")
    assert grid.doubt_bar.isVisible()
    edit(qtbot, grid, cell(grid, "revenue", 2), "299999")
    assert not grid.doubt_bar.isVisible()


def test_a_pasted_block_in_yuan_is_divided_in_one_step(grid, session, qtbot):
    steps = session.undo_stack.count()
    grid.view.setCurrentIndex(cell(grid, "revenue", 1))
    paste(qtbot, grid, "27,000,000\t32,000,000\n26,000,000\t30,000,000")  # in 元, without the word
    assert grid.doubt_bar.isVisible()
    assert grid.doubt_bar.text.text().count("是否按元填写？") == 4
    qtbot.mouseClick(grid.doubt_bar.divide_button, Qt.MouseButton.LeftButton)
    assert revenue(session, 2024) == Decimal(2700) and revenue(session, 2025) == Decimal(3200)
    assert session.doc.firm.year(2025).main_revenue == Decimal(3000)
    assert session.undo_stack.count() == steps + 2  # the paste, then the division
    session.undo_stack.undo()
    assert revenue(session, 2025) == Decimal(32_000_000)
    session.undo_stack.undo()
    assert revenue(session, 2025) is None


def test_undoing_the_questioned_figure_withdraws_the_question(grid, session, qtbot):
    edit(qtbot, grid, cell(grid, "revenue", 2), "98600000")
    session.undo_stack.undo()
    assert not grid.doubt_bar.isVisible()
