"""Packs that expire (decision 11): the warning a month ahead, and what the CLI and both reports say once
a pack has ended (the support measures after 2026-12-31, the 2026 targets after 2027-12-31)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessments.cli import main
from assessments.edit import set_path
from assessments.engine import Assessment, assess
from assessments.export.pdf import write_pdf
from assessments.export.xlsx import write_xlsx
from assessments.model import Purpose
from assessments.paths import resources_dir
from assessments.rules.expiry import WARN_DAYS, assessment_endings
from assessments.storage.srdi_file import AssessmentFile, load, save

DEMO = resources_dir() / "samples" / "demo.srdi"
MEASURES_END = dt.date(2026, 12, 31)
TARGETS_END = dt.date(2027, 12, 31)


def demo_on(on: dt.date) -> AssessmentFile:
    return set_path(load(DEMO), "assessment.date", on)


def run(on: dt.date) -> Assessment:
    doc = demo_on(on)
    return assess(doc.firm, doc.on, doc.purpose)


def endings(on: dt.date, today: dt.date):
    found = run(on)
    return assessment_endings(found.packs, found.purpose, found.on, today)


# --- the warning a month ahead ----------------------------------------------------------------------


def test_the_measures_warn_exactly_30_days_before_they_end():
    (ending,) = endings(dt.date(2026, 5, 15), MEASURES_END - dt.timedelta(days=WARN_DAYS))
    assert (ending.scheme, ending.ends, ending.days_left) == ("xiamen_measures", MEASURES_END, 30)


def test_no_warning_31_days_before():
    assert endings(dt.date(2026, 5, 15), MEASURES_END - dt.timedelta(days=31)) == []


def test_the_warning_counts_days_from_today_and_reads_as_the_decision_says():
    (ending,) = endings(dt.date(2026, 5, 15), dt.date(2026, 12, 2))
    assert ending.days_left == 29
    assert ending.text.zh.endswith("将于2026-12-31到期（还有29天）")
    assert "ends on 2026-12-31 (29 days left)" in ending.text.en


def test_on_the_last_day_there_are_0_days_left_and_the_day_after_no_warning():
    assert [e.days_left for e in endings(dt.date(2026, 5, 15), MEASURES_END)] == [0]
    assert endings(dt.date(2026, 5, 15), MEASURES_END + dt.timedelta(days=1)) == []


def test_the_targets_warn_before_their_end_of_period_reading_ends():
    found = endings(dt.date(2027, 6, 1), TARGETS_END - dt.timedelta(days=WARN_DAYS))
    assert [(e.scheme, e.ends, e.days_left) for e in found] == [("xiamen_2026_targets", TARGETS_END, 30)]


def test_the_window_of_the_assessments_purpose_is_the_one_that_counts():
    doc = set_path(demo_on(dt.date(2026, 5, 15)), "assessment.purpose", Purpose.REVIEW)
    found = assess(doc.firm, doc.on, doc.purpose)
    schemes = {
        e.scheme for e in assessment_endings(found.packs, found.purpose, found.on, dt.date(2026, 12, 2))
    }
    assert "xiamen_measures" in schemes


# --- after the end: the CLI and the reports ----------------------------------------------------------


@pytest.fixture
def file_2028(tmp_path: Path) -> Path:
    path = tmp_path / "demo_2028.srdi"
    save(demo_on(dt.date(2028, 1, 1)), path)
    return path


def test_the_cli_names_the_last_targets_pack_and_its_end_on_2028_01_01(capsys, file_2028: Path):
    assert main(["evaluate", str(file_2028)]) in (0, 1)
    out = capsys.readouterr().out
    assert (
        "2028-01-01无适用的认定规则；最近一版规则为“厦门2026年专精特新目标”（2024.1），已于2027-12-31结束"
        in out
    )


def test_the_cli_json_carries_the_last_pack(capsys, file_2028: Path):
    main(["evaluate", str(file_2028), "--format", "json"])
    out = capsys.readouterr().out
    assert "已于2027-12-31结束" in out


def _pdf_text(path: Path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def _xlsx_text(path: Path) -> str:
    book = load_workbook(path)
    return "\n".join(str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v)


def test_the_pdf_says_once_that_the_measures_expired_and_names_the_last_targets_pack(tmp_path: Path):
    path = tmp_path / "out.pdf"
    write_pdf(run(dt.date(2028, 1, 1)), path, "zh", generated=dt.date(2028, 1, 2))
    text = _pdf_text(path)
    assert text.count("安装规则更新") == 1
    assert "已于2026-12-31到期" in text and ".srdipack" in text
    assert "已于2027-12-31结束" in text


def test_the_workbook_marks_every_measure_expired_never_claimable_on_2027_01_01(tmp_path: Path):
    path = tmp_path / "out.xlsx"
    write_xlsx(run(dt.date(2027, 1, 1)), path, "en")
    text = _xlsx_text(path)
    assert text.count("Install rule update") == 1
    assert "expired on 2026-12-31" in text
    assert "2026 targets (end-of-period reading)" in text
    rows = load_workbook(path)
    sheet = next(ws for ws in rows if any(c.value == "expired" for r in ws.iter_rows() for c in r))
    statuses = [c.value for r in sheet.iter_rows() for c in r if c.value in ("expired", "claimable now")]
    assert statuses.count("expired") == 40 and "claimable now" not in statuses[:40]


def test_the_workbook_names_the_last_targets_pack_on_2028_01_01(tmp_path: Path):
    path = tmp_path / "out.xlsx"
    write_xlsx(run(dt.date(2028, 1, 1)), path, "en")
    assert "which ended on 2027-12-31" in _xlsx_text(path)
