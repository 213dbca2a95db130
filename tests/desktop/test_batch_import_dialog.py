"""Importing firms from a spreadsheet in the app: the file is read in the background, every row shown
(new firm, an assessment added to a known firm, or its errors by sheet, row and column), and nothing is
stored until Import is pressed; the cohort dialog reads the new firms afterwards."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from assessments.batch import COLUMNS, HEADER_ROW, write_template
from desktop.dialogs.batch_import_dialog import BatchImportDialog
from desktop.dialogs.cohort_dialog import CohortDialog

KEYS = [c.key for c in COLUMNS]


def spreadsheet(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "firms.xlsx"
    write_template(path)
    book = load_workbook(path)
    for offset, values in enumerate(rows, start=HEADER_ROW + 1):
        for key, value in values.items():
            book.active.cell(offset, KEYS.index(key) + 1, value)
    book.save(path)
    return path


def read_in(qtbot, window, path: Path) -> BatchImportDialog:
    """The import dialog with `path` read and its rows shown."""
    dialog = BatchImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.read_done, timeout=20000):
        dialog.read_file(str(path))
    return dialog


def test_rows_are_shown_and_only_import_stores_them(qtbot, window, tmp_path):
    sample_name = window.session.workspace.firms()[0].name
    path = spreadsheet(
        tmp_path,
        [
            {"name": "厦门新企业", "tags": "园区A", "y1.revenue": 1000, "y1.rd_expense": 150},
            {"name": "厦门坏数据", "y1.revenue": "很多"},
            {"name": sample_name, "credit_code": "91350200MA8UQ3K22L"},
        ],
    )
    dialog = read_in(qtbot, window, path)
    shown = [
        [dialog.rows.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dialog.rows.topLevelItemCount())
    ]
    assert shown == [
        ["4", "厦门新企业", "新企业"],
        ["5", "厦门坏数据", "有错误：不导入"],
        ["6", sample_name, f"为{sample_name}新增一次评估"],
    ]
    assert "企业名单!H5：上年度营业收入（万元）不是有效数字（“很多”）" in dialog.problems.toPlainText()
    assert dialog.status.text() == "2家企业可以导入；1行有错误，将不导入。"
    assert len(window.session.workspace.firms()) == 1  # nothing stored yet
    with qtbot.waitSignal(dialog.accepted, timeout=30000):  # stored, then the cohort figures prepared
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    firms = {f.name: f for f in window.session.workspace.firms()}
    assert sorted(firms) == sorted([sample_name, "厦门新企业"])
    assert firms[sample_name].assessments == 2
    assert window.session.workspace.tags() == {firms["厦门新企业"].id: ("园区A",)}


def test_a_file_that_is_no_batch_says_so_and_offers_no_import(qtbot, window, tmp_path):
    path = tmp_path / "other.xlsx"
    path.write_bytes(b"not a workbook")
    dialog = read_in(qtbot, window, path)
    assert dialog.status.text() and not dialog.import_button.isEnabled()
    assert dialog.rows.topLevelItemCount() == 0


def test_the_blank_template_is_written(qtbot, window, tmp_path):
    dialog = BatchImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.write_blank_template(str(tmp_path / "blank.xlsx"))
    assert load_workbook(tmp_path / "blank.xlsx").active.title == "企业名单"


def test_the_cohort_workbook_and_pdf_are_written_in_the_background(qtbot, window, tmp_path):
    dialog = CohortDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    for kind in ("xlsx", "pdf"):
        path = tmp_path / f"cohort.{kind}"
        dialog.export_report(kind, str(path))
        qtbot.waitUntil(lambda path=path: dialog.progress_text.text() == f"已写入：{path}", timeout=30000)
        assert path.stat().st_size > 0


def test_after_import_the_cohort_figures_are_prepared_so_the_cohort_opens_warm(
    qtbot, window, tmp_path, monkeypatch
):
    from assessments import cohort as cohort_module
    from assessments.cohort import members_of
    from assessments.cohort_cache import MemberCache

    path = spreadsheet(
        tmp_path, [{"name": f"厦门群体{n}", "y1.revenue": 1000, "y1.rd_expense": 100 + n} for n in range(3)]
    )
    dialog = read_in(qtbot, window, path)
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text().startswith("已导入 3 家企业，正在计算其企业群体指标")
    workspace = window.session.workspace

    def not_again(*_args, **_kwargs):
        raise AssertionError("a member the import prepared was assessed again")

    monkeypatch.setattr(cohort_module, "member_of", not_again)
    found = members_of(workspace, cache=MemberCache(workspace.path.parent / "cache"))
    assert {m.name for m in found} >= {"厦门群体0", "厦门群体1", "厦门群体2"}


def test_skip_closes_at_once_with_the_firms_imported(qtbot, window, tmp_path):
    path = spreadsheet(tmp_path, [{"name": "厦门跳过", "y1.revenue": 1000}])
    dialog = read_in(qtbot, window, path)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # Skip, while the figures are being prepared
    assert "厦门跳过" in {f.name for f in window.session.workspace.firms()}
    qtbot.wait(200)  # the task ending after Skip closes nothing twice
    assert dialog.result() == dialog.DialogCode.Accepted
