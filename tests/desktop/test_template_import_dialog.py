"""The offline template through the File menu: write it blank, fill one figure, import it as a new
assessment; a workbook with a bad cell lists the problem and imports nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from assessments.export.labels import SHEETS
from assessments.export.xlsx.finance import FIN_HEADER_ROW, FIN_YEAR_COLS, fin_row
from desktop.dialogs.template_import_dialog import State


def fill(path: Path, cells: dict[tuple[str, int, int], object]) -> None:
    book = load_workbook(path)
    for (sheet, row, col), value in cells.items():
        book[sheet].cell(row=row, column=col).value = value
    book.save(path)


def last_year_column(path: Path) -> tuple[int, int]:
    """The column of 上年度 (the last complete fiscal year) and its year."""
    col = FIN_YEAR_COLS[2]
    return col, load_workbook(path)[SHEETS["finance"].zh].cell(row=FIN_HEADER_ROW, column=col).value


def import_template(window, qtbot, path: Path):
    window.import_template(str(path))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.state != State.READING, timeout=10000)
    return dialog


def test_blank_template_filled_with_one_figure_imports_as_a_new_assessment(window, qtbot, tmp_path):
    path = tmp_path / "template.xlsx"
    window.write_blank_template(str(path))
    col, year = last_year_column(path)
    fill(path, {(SHEETS["finance"].zh, fin_row("revenue"), col): 4321})
    before = window.session.assessment_id
    dialog = import_template(window, qtbot, path)
    assert dialog.state == State.IMPORTED
    assert window.session.assessment_id not in (None, before)
    assert window.session.doc.firm.year(year).revenue == Decimal("4321")
    stored = window.session.workspace.load(window.session.assessment_id)
    assert stored.firm.year(year).revenue == Decimal("4321")
    assert window.workspace.tree.topLevelItemCount() == 2  # a new (unnamed) firm beside the sample


def test_a_bad_cell_is_listed_with_its_sheet_and_cell_and_nothing_is_imported(window, qtbot, tmp_path):
    path = tmp_path / "template.xlsx"
    window.write_blank_template(str(path))
    col, _year = last_year_column(path)
    fill(path, {(SHEETS["finance"].zh, fin_row("revenue"), col): "十二"})
    before, doc = window.session.assessment_id, window.session.doc
    dialog = import_template(window, qtbot, path)
    assert dialog.state == State.REFUSED
    cell = f"财务数据!{'ABCDEF'[col - 1]}{fin_row('revenue')}"
    assert any(line.startswith(cell) and "十二" in line for line in dialog.problem_lines())
    assert dialog.problems.isVisibleTo(dialog)
    assert (window.session.assessment_id, window.session.doc) == (before, doc)
    assert len(window.session.workspace.firms()) == 1
    dialog.copy_problems()
    assert cell in QApplication.clipboard().text()


def test_a_file_that_is_not_a_workbook_is_refused(window, qtbot, tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    dialog = import_template(window, qtbot, path)
    assert dialog.state == State.REFUSED
    assert len(dialog.problem_lines()) == 1
    assert len(window.session.workspace.firms()) == 1


def test_a_template_of_a_firm_already_here_offers_merge_instead_of_a_copy(window, qtbot, tmp_path):
    from assessments.export.xlsx import fill_template
    from desktop.dialogs.firm_import_dialog import FirmImportDialog

    path = tmp_path / "sample.xlsx"
    fill_template(window.session.doc, path)  # the sample firm's own figures, same credit code
    firms_before = window.workspace.tree.topLevelItemCount()
    dialog = import_template(window, qtbot, path)
    assert dialog.state == State.IMPORTED and dialog.assessment_id is None
    assert isinstance(dialog.known_firm, FirmImportDialog) and dialog.known_firm.isVisible()
    assert window.workspace.tree.topLevelItemCount() == firms_before  # nothing stored before the choice
    dialog.known_firm.reject()
