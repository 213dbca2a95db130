"""The command line ends every failure in its documented exit code (docs/cli-json.md): 0 done, 1 data
errors, 2 a bad file or bad arguments, 3 a bug; never a raw traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import assessments.cli as cli
from assessments.cli import DATA_ERRORS, INTERNAL, INVALID, OK, main
from tests.assessments.examples_demo import DEMO_PATH

ROOT = Path(__file__).resolve().parents[2]


def srdi(tmp_path: Path, firm: dict, name: str = "firm.srdi") -> Path:
    path = tmp_path / name
    doc = {"format": "srdi", "format_version": 2, "assessment": {"date": "2026-05-15"}, "firm": firm}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_good_file_exits_0(capsys):
    assert run(capsys, "evaluate", str(DEMO_PATH))[0] == OK


def test_data_errors_exit_1_with_the_report(capsys, tmp_path):
    path = srdi(tmp_path, {"years": [{"year": 2025, "revenue": "100", "main_revenue": "150"}]})
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == DATA_ERRORS
    assert out and "错误" in err and "error" in err


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ('{"format": "srdi", ', "不是有效的JSON", "not valid JSON"),
        ('{"format": "srdi", "x": ' + "[" * 500 + "]" * 500 + "}", "嵌套层数过多", "nested too deeply"),
        ('{"format": "srdi", "x": ' + "1" * 5000 + "}", "数字过长", "number too long"),
    ],
)
def test_a_damaged_file_exits_2_with_the_reason_and_no_traceback(capsys, tmp_path, text, zh, en):
    path = tmp_path / "bad.srdi"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path))
    assert (code, out) == (INVALID, "")
    assert zh in err and en in err and "Traceback" not in err


def test_a_figure_beyond_the_ceiling_exits_2_naming_the_field(capsys, tmp_path):
    path = srdi(tmp_path, {"years": [{"year": 2025, "revenue": "1e22"}]})
    code, _out, err = run(capsys, "evaluate", str(path))
    assert code == INVALID
    assert "firm.years[0].revenue（2025年营业收入）" in err and "FY2025 operating revenue" in err


def test_an_unreadable_workbook_exits_2(capsys, tmp_path):
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    code, _out, err = run(capsys, "import-template", str(path), "--out", str(tmp_path / "o.srdi"))
    assert code == INVALID and "Traceback" not in err
    assert not (tmp_path / "o.srdi").exists()


def test_a_date_outside_1949_to_2100_exits_2(capsys):
    code, _out, err = run(capsys, "evaluate", str(DEMO_PATH), "--date", "1800-01-01")
    assert code == INVALID and "日期超出范围" in err and "date out of range" in err


def test_a_crash_exits_3_saying_it_is_a_bug_with_a_short_summary(capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("simulated")

    monkeypatch.setattr(cli, "assess", broken)
    code, out, err = run(capsys, "evaluate", str(DEMO_PATH))
    assert (code, out) == (INTERNAL, "")
    assert "这是本软件的缺陷" in err and "this is a bug" in err
    assert "ZeroDivisionError: simulated" in err and "cli.py:" in err
    assert "Traceback" not in err and len(err.splitlines()) < 12


def test_the_module_entry_point_returns_the_same_codes(tmp_path):
    bad = tmp_path / "bad.srdi"
    bad.write_text("{", encoding="utf-8")
    for args, code in (([str(DEMO_PATH)], OK), ([str(bad)], INVALID)):
        done = subprocess.run(
            [sys.executable, "-m", "assessments", "evaluate", *args, "--format", "json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
        assert done.returncode == code
        assert "Traceback" not in done.stderr
