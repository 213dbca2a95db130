"""File → Export report…: the real workbook and PDF written in the background through the dialog; a
cancel leaves no file; a target that cannot be written is explained and the dialog carries on."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from assessments.export.labels import MEASURES, SHEETS
from assessments.support.matching import claimable_total, match
from assessments.support.plan import build_plan
from desktop.dialogs.export_dialog import ExportDialog, State, discard, move_into_place

FIRM = "厦门鹭芯精密制造有限公司"
TITLE = f"{FIRM}_2026-05-15_专精特新自评"
BRIEF = f"{FIRM}_2026-05-15_专精特新自评简报"


@pytest.fixture
def dialog(window, qtbot, tmp_path: Path) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.export_dialog
    assert dialog.isVisible()
    (tmp_path / "out").mkdir()
    choose_folder(qtbot, dialog, tmp_path / "out")
    return dialog


def choose_folder(qtbot, dialog: ExportDialog, folder: Path) -> None:
    dialog.folder_edit.selectAll()
    qtbot.keyClicks(dialog.folder_edit, str(folder))


def export(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state not in (State.IDLE, State.RUNNING), timeout=15000)


def workbook_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return " ".join(
        str(value)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for value in row
        if value
    )


def pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_defaults_are_both_files_in_chinese_named_after_the_firm_and_date(dialog):
    assert [k for k, check in dialog.checks.items() if check.isChecked()] == ["xlsx", "pdf"]
    assert dialog.report_lang() == "zh"
    assert dialog.name_edits["xlsx"].text() == TITLE
    assert dialog.name_edits["brief"].text() == BRIEF
    assert [t.path.name for t in dialog.targets()] == [f"{TITLE}.xlsx", f"{TITLE}.pdf"]


def test_exporting_both_files_writes_the_real_workbook_and_report(dialog, qtbot, tmp_path):
    export(qtbot, dialog)
    assert dialog.state == State.DONE, dialog.outcome.text()
    xlsx, pdf = tmp_path / "out" / f"{TITLE}.xlsx", tmp_path / "out" / f"{TITLE}.pdf"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([xlsx.name, pdf.name])
    assert FIRM in workbook_text(xlsx)
    assert FIRM in pdf_text(pdf)
    assert str(tmp_path / "out") in dialog.outcome.text()
    assert dialog.open_folder_button.isVisibleTo(dialog)


def test_an_english_pdf_alone_gets_an_english_name_and_text(dialog, qtbot, tmp_path):
    dialog.checks["xlsx"].click()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    export(qtbot, dialog)
    written = list((tmp_path / "out").iterdir())
    assert [p.name for p in written] == [f"{FIRM}_2026-05-15_SRDI self-check.pdf"]
    assert "Assessmentdate" in pdf_text(written[0])


def test_cancelling_during_the_export_leaves_no_file(dialog, qtbot, tmp_path):
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.state == State.RUNNING
    assert dialog.progress.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == State.CANCELLED, timeout=15000)
    assert list((tmp_path / "out").iterdir()) == []
    assert "未生成任何文件" in dialog.outcome.text()


def test_a_folder_in_the_way_is_explained_and_the_dialog_carries_on(dialog, qtbot, tmp_path):
    (tmp_path / "out" / f"{TITLE}.pdf").mkdir()
    export(qtbot, dialog)
    assert dialog.state == State.FAILED
    assert dialog.isVisible()
    assert f"{TITLE}.pdf" in dialog.outcome.text()
    assert dialog.export_button.isEnabled()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{TITLE}.pdf"]  # no workbook alone
    dialog.name_edits["pdf"].setText("report")  # the user picks another name and tries again
    export(qtbot, dialog)
    assert dialog.state == State.DONE
    assert (tmp_path / "out" / "report.pdf").is_file()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_folder_is_explained(dialog, qtbot, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        choose_folder(qtbot, dialog, locked)
        export(qtbot, dialog)
        assert dialog.state == State.FAILED
        assert "read-only" in dialog.outcome.text() or "只读" in dialog.outcome.text()
    finally:
        locked.chmod(0o700)


def test_an_existing_file_is_replaced_whole_and_announced(dialog, qtbot, tmp_path):
    old = tmp_path / "out" / f"{TITLE}.xlsx"
    old.write_bytes(b"old")
    dialog.checks["pdf"].click()
    assert old.name in dialog.note.text()
    export(qtbot, dialog)
    assert FIRM in workbook_text(old)


def test_a_missing_folder_or_name_keeps_export_disabled(dialog, qtbot, tmp_path):
    choose_folder(qtbot, dialog, tmp_path / "nowhere")
    assert not dialog.export_button.isEnabled()
    assert dialog.note.isVisibleTo(dialog)
    choose_folder(qtbot, dialog, tmp_path / "out")
    dialog.name_edits["xlsx"].clear()
    assert not dialog.export_button.isEnabled()
    dialog.checks["xlsx"].click()
    assert dialog.export_button.isEnabled()


def test_a_rename_refused_halfway_reports_the_file_written_and_leaves_no_temporary(tmp_path):
    """As when the PDF is open in a viewer on Windows: the workbook is in place, the PDF is not."""
    temps = [tmp_path / ".a.part", tmp_path / ".b.part"]
    for temp in temps:
        temp.write_bytes(b"new")
    (tmp_path / "b.pdf").mkdir()  # a target the rename cannot replace
    try:
        result = move_into_place(temps, [tmp_path / "a.xlsx", tmp_path / "b.pdf"])
    finally:
        discard(temps)  # as export_files does with whatever was not moved
    assert result.written == (tmp_path / "a.xlsx",)
    assert result.failed == tmp_path / "b.pdf"
    assert isinstance(result.error, OSError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.pdf"]


def test_the_documents_plan_and_spend_go_into_both_files(dialog, qtbot, tmp_path):
    session = dialog.session
    session.set_field("spend.consulting", Decimal(40))
    plan = build_plan(session.assessment, session.doc.spend, today=dt.date(2026, 3, 20))
    session.replace_document(replace(session.doc, plan=plan), "plan")
    session.set_field(f"plan.{plan.actions[0].id}.owner", "王经理")
    export(qtbot, dialog)
    assert dialog.state == State.DONE, dialog.outcome.text()
    xlsx, pdf = tmp_path / "out" / f"{TITLE}.xlsx", tmp_path / "out" / f"{TITLE}.pdf"
    book = load_workbook(xlsx)
    sheet = book[SHEETS["plan"].zh]
    assert "王经理" in [c.value for c in sheet[5]]
    measures = book[SHEETS["measures"].zh]
    total = next(
        r
        for r in range(1, measures.max_row + 1)
        if measures.cell(row=r, column=2).value == MEASURES["total_claimable"].zh
    )
    expected = claimable_total(match(session.assessment, session.doc.spend))
    assert measures.cell(row=total, column=6).value == expected
    assert measures.cell(row=4 + 18, column=5).value == 20  # (18) worked out on the 40万 consulting spend
    assert "王经理" in pdf_text(pdf)


# --- the manager's brief and printing ------------------------------------------------------------


def test_ticking_the_brief_writes_a_two_page_pdf_beside_the_others(dialog, qtbot, tmp_path):
    dialog.checks["brief"].click()
    export(qtbot, dialog)
    assert dialog.state == State.DONE, dialog.outcome.text()
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{TITLE}.xlsx", f"{TITLE}.pdf", f"{BRIEF}.pdf"])
    assert len(PdfReader(out / f"{BRIEF}.pdf").pages) == 2
    assert len(PdfReader(out / f"{TITLE}.pdf").pages) > 2


def test_the_files_ticked_are_offered_again_next_time(dialog, qtbot, window):
    dialog.checks["xlsx"].click()
    dialog.checks["brief"].click()
    export(qtbot, dialog)
    assert dialog.state == State.DONE, dialog.outcome.text()
    again = ExportDialog(window.session, window)
    qtbot.addWidget(again)
    assert [k for k, check in again.checks.items() if check.isChecked()] == ["pdf", "brief"]


def test_the_brief_follows_the_report_language_and_needs_its_own_name(dialog):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.name_edits["brief"].text() == f"{FIRM}_2026-05-15_SRDI self-check brief"
    dialog.checks["brief"].click()
    dialog.name_edits["brief"].setText(dialog.name_edits["pdf"].text())
    assert not dialog.export_button.isEnabled()
    assert "brief" in dialog.note.text() or "简报" in dialog.note.text()


def test_the_print_row_offers_both_reports_and_waits_while_exporting(dialog, qtbot):
    combo = dialog.print_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["full", "brief"]
    assert dialog.print_kind() == "full"
    assert dialog.print_button.isEnabled() and dialog.preview_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.print_button.isEnabled()  # one report at a time
    qtbot.waitUntil(lambda: dialog.state not in (State.IDLE, State.RUNNING), timeout=15000)
    assert dialog.print_button.isEnabled()
