"""The cohort workbook (formulas that LibreOffice recalculates to the app's figures), the PDF summary
(read back), and `python -m assessments batch` end to end in two processes, with its exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessments.batch import COLUMNS, HEADER_ROW, write_template
from assessments.cohort import TARGET_ROWS, LeftOut, cohort, member_of
from assessments.export.cohort_pdf import write_cohort_pdf
from assessments.export.cohort_xlsx import SUMMARY_ROWS, write_cohort_xlsx
from tests.assessments.cohort_firms import firm_doc, five_docs, sample_doc

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def found():
    docs = [*five_docs(), sample_doc(), firm_doc("己", None, None, None)]
    return cohort([member_of(i, doc) for i, doc in enumerate(docs)])


def summary_values(book, lang: str = "zh") -> dict[str, list]:
    sheet = book["汇总" if lang == "zh" else "Summary"]
    return {key: [sheet.cell(5 + i, 2 + t).value for t in range(3)] for i, key in enumerate(SUMMARY_ROWS)}


def test_the_workbook_holds_formulas_that_recalculate_to_the_cohort_figures(found, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the recalculation test needs it")
    path = tmp_path / "cohort.xlsx"
    write_cohort_xlsx(found, path)
    written = summary_values(load_workbook(path))
    assert all(
        str(v).startswith("=") for key in ("city", "median", "counted", "met", "sample") for v in written[key]
    )
    profile = (tmp_path / "lo").as_uri()
    out = tmp_path / "out"
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out),
        str(path),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    values = summary_values(load_workbook(out / path.name, data_only=True))
    readings = [found.reading(t) for t in TARGET_ROWS]
    assert [Decimal(str(v)) for v in values["city"]] == [Decimal("45.6"), Decimal("4.6"), Decimal(100)]
    assert values["median"] == [r.median for r in readings] == [8, 3, 2]
    assert values["counted"] == [r.counted for r in readings] == [5, 5, 3]
    assert values["met"] == [r.met for r in readings] == [1, 2, 3]
    assert values["sample"] == [1, 1, 1]
    assert values["no_data"] == [r.left_out[LeftOut.NO_DATA] for r in readings] == [1, 1, 3]
    assert values["city_met"] == ["是", "否", "待确认"]
    assert [Decimal(str(v)) for v in (values["low"][2], values["high"][2])] == [
        Decimal(50),
        Decimal(100),
    ]  # 3 of 6 … 6 of 6


def test_the_pdf_summary_reads_back_with_the_complete_reading(found, tmp_path):
    path = tmp_path / "cohort.pdf"
    write_cohort_pdf(found, path)
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    for expected in (
        "户均研发占比：45.6%",
        "中位数",
        "1 / 5（20%）",
        "内置示例企业 1",
        "50%–100%",
        "最接近下一称号的企业",
    ):
        assert expected in text
    english = tmp_path / "cohort_en.pdf"
    write_cohort_pdf(found, english, "en")
    assert "1 of 5 (20%)" in "".join(page.extract_text() for page in PdfReader(english).pages)


def batch_input(tmp_path: Path, names: list[str | None]) -> Path:
    path = tmp_path / "in.xlsx"
    write_template(path)
    book = load_workbook(path)
    keys = [c.key for c in COLUMNS]
    for offset, name in enumerate(names, start=HEADER_ROW + 1):
        values = {
            "name": name,
            "y1.revenue": 1000,
            "y1.rd_expense": 10 * offset,
            "class1": offset,
            "digital": 2,
        }
        for key, value in values.items():
            book.active.cell(offset, keys.index(key) + 1, value)
    book.save(path)
    return path


def run_batch(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "assessments", "batch", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_batch_command_evaluates_every_row_in_two_processes(tmp_path):
    source = batch_input(tmp_path, ["甲", "乙", "丙"])
    out, pdf = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    done = run_batch(
        str(source), "--out", str(out), "--pdf", str(pdf), "--date", "2026-06-01", "--workers", "2"
    )
    assert done.returncode == 0, done.stderr
    assert "评估中" not in done.stdout  # no progress line when stdout is not a terminal
    firms = load_workbook(out)["企业"]
    assert [firms.cell(r, 2).value for r in range(5, 8)] == ["甲", "乙", "丙"]
    assert [firms.cell(r, 8).value for r in range(5, 8)] == [4, 5, 6]  # R&D 40, 50, 60 of 1,000
    assert PdfReader(pdf).pages


def test_a_bad_row_is_named_the_others_are_written_and_the_exit_code_is_1(tmp_path):
    source = batch_input(tmp_path, ["甲", None, "丙"])
    out = tmp_path / "out.xlsx"
    done = run_batch(str(source), "--out", str(out), "--date", "2026-06-01")
    assert done.returncode == 1
    assert "企业名单!A5：企业名称为空" in done.stderr and "1行未能读取" in done.stderr
    assert out.exists()


def test_bad_arguments_and_a_missing_file_exit_2_in_both_languages(tmp_path):
    done = run_batch(str(tmp_path / "none.xlsx"), "--out", str(tmp_path / "o.xlsx"))
    assert done.returncode == 2 and "文件不存在" in done.stderr and "not found" in done.stderr
    done = run_batch(
        str(batch_input(tmp_path, ["甲"])), "--out", str(tmp_path / "o.xlsx"), "--date", "2026-13-01"
    )
    assert done.returncode == 2 and "--date" in done.stderr


def test_a_name_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path):
    payload = "=HYPERLINK(\"http://x\",\"y\")"
    found = cohort([member_of(0, firm_doc(payload, 12, 9, 2)), member_of(1, firm_doc("+1", 5, 1, 1))])
    path = tmp_path / "cohort.xlsx"
    write_cohort_xlsx(found, path)
    firms = load_workbook(path)["企业"]
    cells = [firms.cell(r, 2) for r in (5, 6)]
    assert [c.value for c in cells] == [payload, "+1"]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_the_batch_template_command_writes_the_blank_template(tmp_path):
    out = tmp_path / "blank.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "assessments", "batch-template", str(out), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    sheet = load_workbook(out).active
    assert sheet.title == "Firms" and sheet.cell(HEADER_ROW, 1).value == "Firm name"
