"""Hostile text through every export: formula payloads stay text in the cohort CSV and the workbook;
control characters and lone surrogates do not crash the workbook, the CSV or the PDF; a name of
10,000 characters and a main product of 5,000 make a PDF in seconds (read back with pypdf)."""

from __future__ import annotations

import csv
import time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessments.cohort import cohort_of
from assessments.engine import Assessment, assess
from assessments.export.cells import csv_text, safe_text
from assessments.export.csv_file import write_csv
from assessments.export.pdf import write_pdf
from assessments.export.xlsx import write_xlsx
from assessments.model import Firm
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from assessments.support.plan import build_plan
from desktop.models.cohort_table_model import CohortTableModel
from tests.assessments.examples_demo import ON, demo_firm

PAYLOADS = ("=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)")
DIRTY = "厦门\x00甲\x07乙\x1b公司\ud800丙\ufffe"
CLEAN = "厦门甲乙公司\ufffd丙\ufffd"
RD_SHARE = 3  # the CSV column of the R&D share (the header is in the UI's language)


def named(name: str, main_product: str | None = None) -> Firm:
    firm = demo_firm()
    update: dict[str, object] = {"name": name}
    if main_product is not None:
        update["main_product"] = main_product
    return firm.model_copy(update={"profile": firm.profile.model_copy(update=update)})


def assessed(firm: Firm) -> Assessment:
    return assess(firm, ON)


# --- the one text rule --------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [*PAYLOADS, "\t=1+1", "\r=1+1"])
def test_csv_text_puts_an_apostrophe_before_anything_a_spreadsheet_would_run(payload):
    assert csv_text(payload) == "'" + payload


def test_safe_text_drops_control_characters_and_replaces_what_cannot_be_encoded():
    assert safe_text(DIRTY) == CLEAN
    assert safe_text("行一\n行二\t列") == "行一\n行二\t列"
    CLEAN.encode("utf-8")


# --- the cohort CSV -----------------------------------------------------------------------------


def cohort_csv(tmp_path: Path, names: tuple[str, ...]) -> dict[str, list[str]]:
    """The cohort of a workspace holding one firm per name, exported and read back with csv."""
    space = Workspace(tmp_path / "w.sqlite")
    for name in names:
        space.create(AssessmentFile(firm=named(name), on=ON))
    model = CohortTableModel(cohort_of(space))
    space.close()
    path = tmp_path / "cohort.csv"
    write_csv(path, model.csv_header(), model.csv_rows())
    with path.open(encoding="utf-8-sig", newline="") as file:
        _header, *rows = list(csv.reader(file))
    return {row[0]: row for row in rows}


def test_cohort_csv_keeps_formula_payloads_as_text_and_figures_as_numbers(qapp, tmp_path):
    rows = cohort_csv(tmp_path, PAYLOADS)
    assert sorted(rows) == sorted("'" + payload for payload in PAYLOADS)
    for row in rows.values():
        assert not any(value.startswith(("=", "+", "-", "@")) for value in row)
        assert Decimal(row[RD_SHARE]) == Decimal("9.6")  # a number, no apostrophe


def test_csv_of_control_characters_and_a_lone_surrogate_is_clean_text(tmp_path):
    # The workspace refuses such a name (and cannot read control characters back), so the writer is fed directly.
    path = tmp_path / "table.csv"
    write_csv(path, ["企业", "研发占比（%）"], [[DIRTY, Decimal("9.60")], ["=1+1", -3]])
    with path.open(encoding="utf-8-sig", newline="") as file:
        assert list(csv.reader(file)) == [["企业", "研发占比（%）"], [CLEAN, "9.6"], ["'=1+1", "-3"]]


# --- the workbook -------------------------------------------------------------------------------


def cells_holding(path: Path, text: str) -> list:
    book = load_workbook(path)
    return [c for ws in book.worksheets for line in ws.iter_rows() for c in line if c.value == text]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_keeps_a_name_that_looks_like_a_formula_as_text(tmp_path, payload):
    path = tmp_path / "report.xlsx"
    write_xlsx(assessed(named(payload, main_product=payload)), path)
    found = cells_holding(path, payload)
    assert len(found) >= 2  # the name and the main product on the profile sheet
    assert {c.data_type for c in found} == {"s"}


def test_xlsx_export_of_a_name_with_control_characters_and_a_lone_surrogate(tmp_path):
    path = tmp_path / "report.xlsx"
    write_xlsx(assessed(named(DIRTY, main_product=DIRTY)), path)
    assert len(cells_holding(path, CLEAN)) >= 2


# --- the PDF ------------------------------------------------------------------------------------


def test_pdf_of_a_10000_character_name_and_a_5000_character_product_is_fast(tmp_path):
    name, product = "厦门" + "甲" * 9_998, "精密模组" * 1_250
    path = tmp_path / "report.pdf"
    start = time.perf_counter()
    write_pdf(assessed(named(name, main_product=product)), path)
    seconds = time.perf_counter() - start
    cover = "".join(PdfReader(path).pages[0].extract_text().split())
    assert "厦门甲甲甲" in cover and "…" in cover
    assert "5,000" in cover  # the cut product says how long the full text is
    assert seconds < 10


def test_pdf_of_a_name_with_control_characters_and_a_lone_surrogate(tmp_path):
    path = tmp_path / "report.pdf"
    write_pdf(assessed(named(DIRTY, main_product=DIRTY)), path)
    cover = "".join(PdfReader(path).pages[0].extract_text().split())
    assert "厦门甲乙公司" in cover


def test_pdf_of_an_ip_title_and_a_plan_note_of_10000_characters(tmp_path):
    """Table cells too: cut with a note that gives the full length, never a LayoutError."""
    firm = demo_firm()
    item = firm.ip[0].model_copy(update={"title": "专利" * 5_000, "number": "ZL" + "9" * 9_998})
    assessment = assessed(firm.model_copy(update={"ip": (item, *firm.ip[1:])}))
    plan = build_plan(assessment, today=ON)
    first = plan.actions[0].model_copy(update={"note": "备注" * 5_000, "owner": "王" * 10_000})
    plan = plan.model_copy(update={"actions": (first, *plan.actions[1:])})
    path = tmp_path / "report.pdf"
    start = time.perf_counter()
    write_pdf(assessment, path, plan=plan)
    assert time.perf_counter() - start < 10
    text = "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "10,000" in text and "专利专利" in text


def test_pdf_of_texts_at_the_models_length_limits_is_laid_out_uncut(tmp_path):
    firm = demo_firm()
    profile = firm.profile.model_copy(update={"district": "区" * 200, "main_product": "品" * 500})
    item = firm.ip[0].model_copy(update={"title": "题" * 500, "number": "9" * 200})
    assessment = assessed(firm.model_copy(update={"profile": profile, "ip": (item, *firm.ip[1:])}))
    plan = build_plan(assessment, today=ON)
    first = plan.actions[0].model_copy(update={"note": "注" * 2_000, "owner": "王" * 200})
    plan = plan.model_copy(update={"actions": (first, *plan.actions[1:])})
    path = tmp_path / "report.pdf"
    write_pdf(assessment, path, "zh", plan=plan)
    text = "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "已截断" not in text
    assert "品" * 500 in text and "题" * 500 in text
