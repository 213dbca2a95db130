"""The evidence checklist in both reports: a workbook sheet and a PDF section (issue 11)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from reportlab.platypus import SimpleDocTemplate

from assessments.checklist import checklist
from assessments.engine import assess
from assessments.evidence import Kind
from assessments.export.pdf_checklist import checklist_section
from assessments.export.pdf_styles import PAGE, register_font
from assessments.export.xlsx.checklist import checklist_sheet, sheet_name
from assessments.paths import resources_dir
from assessments.storage import srdi_file
from assessments.storage.workspace import EvidenceRecord


@pytest.fixture(scope="module")
def found():
    demo = srdi_file.load(Path(resources_dir()) / "samples" / "demo.srdi")
    expired = EvidenceRecord(
        1, "高企证书.pdf", Kind.HNTE_CERTIFICATE, "a" * 64, 10, expires_on=dt.date(2026, 1, 1)
    )
    return checklist(assess(demo.firm, demo.on, demo.purpose), [expired])


def test_the_sheet_has_a_row_per_document_with_its_state(found, tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name("zh")
    checklist_sheet(ws, found, "zh")
    wb.save(tmp_path / "c.xlsx")
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
    assert len(rows) == len(found.items)
    hnte = next(r for r in rows if r[2] == "有效期内的高新技术企业证书")
    assert hnte[0] == "科技型中小企业" and hnte[3] == "国科发政〔2017〕115号 第八条(一)"
    assert (hnte[5], hnte[6]) == ("已过期", "高企证书.pdf已于2026-01-01到期")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_pdf_section_names_each_document_and_its_state(found, tmp_path: Path):
    register_font()
    SimpleDocTemplate(str(tmp_path / "c.pdf"), pagesize=PAGE).build(list(checklist_section(found, "zh")))
    text = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    for words in (
        "申报材料清单",
        "有效期内的高新技术企业证书",
        "已过期",
        "上年度12月缴纳社保人数证明",
        "缺少",
    ):
        assert words in text


def test_both_reports_carry_the_checklist_and_say_what_was_not_checked(tmp_path: Path):
    from assessments.export.pdf import write_pdf
    from assessments.export.xlsx import write_xlsx

    demo = srdi_file.load(Path(resources_dir()) / "samples" / "demo.srdi")
    result = assess(demo.firm, demo.on, demo.purpose)
    write_xlsx(result, tmp_path / "r.xlsx", "zh")
    book = load_workbook(tmp_path / "r.xlsx")
    sheet = book[sheet_name("zh")]
    states = {row[5] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert states == {"待核对"}  # written without the workspace: the files were not consulted
    kept = [
        EvidenceRecord(1, "高企证书.pdf", Kind.HNTE_CERTIFICATE, "a" * 64, 10, expires_on=dt.date(2026, 1, 1))
    ]
    write_pdf(result, tmp_path / "r.pdf", "zh", evidence=kept)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "申报材料清单" in text and "高企证书.pdf已于2026-01-01到期" in text
