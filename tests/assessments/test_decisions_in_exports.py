"""Decisions 13 and 14 read the same in every output: the PDF, the workbook and the CLI's JSON.

The demo firm with its IP register emptied and never confirmed: every IP row is "to confirm" with the
reason (never "0 items, not met"); its own "yes" to a qualitative criterion is "met, evidence needed".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessments.cli import result_json
from assessments.engine import Assessment, assess
from assessments.export.labels import EVIDENCE_NEEDED, STATUS
from assessments.export.pdf import write_pdf
from assessments.export.xlsx import write_xlsx
from assessments.results import Status
from assessments.storage.srdi_file import load
from tests.assessments.examples_demo import DEMO_PATH

BLANK_REGISTER = "知识产权清单尚未填写"


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    doc = load(DEMO_PATH)
    firm = doc.firm.model_copy(update={"ip": (), "ip_none_confirmed": False})
    return assess(firm, doc.on, doc.purpose)


def test_the_engine_reads_a_blank_register_as_to_confirm_and_a_yes_as_evidence_needed(assessment):
    rows = [row for result in assessment.results.values() for row in result.rows]
    blank = [row for row in rows if BLANK_REGISTER in row.calc.zh]
    assert {row.status for row in blank} == {Status.UNKNOWN} and all(row.gap is None for row in blank)
    assert assessment["xiamen_2026_targets"].row("class1_ip") in blank
    assert any(row.evidence_needed and row.status is Status.MET for row in rows)


def test_the_pdf_says_to_confirm_with_the_reason_and_evidence_needed(assessment, tmp_path: Path):
    write_pdf(assessment, tmp_path / "r.pdf")
    text = "".join("".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages).split())
    assert BLANK_REGISTER in text
    assert (STATUS[Status.MET] + EVIDENCE_NEEDED).zh in text


def test_the_workbook_says_the_same(assessment, tmp_path: Path):
    write_xlsx(assessment, tmp_path / "r.xlsx")
    cells = [
        str(cell)
        for sheet in load_workbook(tmp_path / "r.xlsx", read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    assert any(BLANK_REGISTER in cell for cell in cells)
    assert (STATUS[Status.MET] + EVIDENCE_NEEDED).zh in cells


def test_the_cli_json_carries_the_status_the_reason_and_the_flag(assessment):
    data = json.loads(json.dumps(result_json(assessment)))
    row = next(r for r in data["schemes"]["xiamen_2026_targets"]["rows"] if r["id"] == "class1_ip")
    assert row["status"] == "unknown" and BLANK_REGISTER in row["calc"]["zh"] and row["gap"] is None
    rows = [r for scheme in data["schemes"].values() for r in scheme["rows"]]
    assert any(r["evidence_needed"] for r in rows)
