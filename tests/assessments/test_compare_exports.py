"""The comparison of two assessments as a workbook sheet and a small PDF (issue 11)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessments.compare import compare
from assessments.edit import set_path
from assessments.engine import assess
from assessments.export.compare_pdf import write_compare_pdf
from assessments.export.compare_xlsx import write_compare_xlsx
from assessments.paths import resources_dir
from assessments.storage import srdi_file


@pytest.fixture(scope="module")
def comparison():
    before = srdi_file.load(Path(resources_dir()) / "samples" / "firm_a.srdi")
    after = set_path(before, "years.2025.rd_expense", "100")
    return compare(assess(before.firm, before.on), assess(after.firm, after.on))


def rows_of(path: Path) -> list[tuple]:
    ws = load_workbook(path).active
    return [tuple(c for c in row if c is not None) for row in ws.iter_rows(values_only=True)]


def test_the_sheet_lists_the_input_and_the_flipped_verdict_with_its_criteria(comparison, tmp_path: Path):
    write_compare_xlsx(comparison, tmp_path / "c.xlsx", "zh")
    rows = rows_of(tmp_path / "c.xlsx")
    assert ("2025年研发费用", "520万元", "100万元") in rows
    assert ("专精特新中小企业", "符合", "不符合", "2022.1") in rows
    assert ("◆ 2025年研发费用占营业收入比重", "达标 · 6.5%", "未达标 · 1.25%") in rows
    assert ("    2025年研发费用总额", "达标 · 520万元", "达标 · 100万元") in rows  # changed, did not flip it


def test_the_sheet_reads_in_english(comparison, tmp_path: Path):
    write_compare_xlsx(comparison, tmp_path / "c.xlsx", "en")
    rows = rows_of(tmp_path / "c.xlsx")
    assert rows[0] == ("Comparison of assessments",)
    assert ("FY2025 R&D expense", "520 万元", "100 万元") in rows


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")
def test_the_pdf_holds_both_tables(comparison, tmp_path: Path):
    write_compare_pdf(comparison, tmp_path / "c.pdf", "zh")
    text = subprocess.run(["pdftotext", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True).stdout
    for words in (
        "评估对比",
        "2025年研发费用",
        "520万元",
        "专精特新中小企业",
        "不符合",
        "2025年研发费用占营业收入比重",
    ):
        assert words in text
