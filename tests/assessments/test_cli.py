"""`python -m assessments evaluate`: the text report, the JSON result, and the exit codes 0, 1 and 2."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assessments.cli import main
from assessments.engine import Assessment, assess
from assessments.labels import trust
from assessments.model import Purpose
from assessments.results import Status
from assessments.storage.srdi_file import FORMAT_VERSION, AssessmentFile, dumps, save
from tests.assessments.examples_demo import DEMO_PATH, demo_file, demo_firm

ROOT = Path(__file__).resolve().parents[2]
ROW_KEYS = {
    "id",
    "label",
    "group",
    "status",
    "value",
    "unit",
    "points",
    "points_max",
    "max_points",
    "requirement",
    "calc",
    "on_edge",
    "evidence_needed",
    "source",
    "gap",
    "note",
}
SCHEME_KEYS = {
    "title",
    "pack_version",
    "document",
    "verdict",
    "summary",
    "score",
    "score_max",
    "pass_score",
    "notes",
    "rows",
    "facts",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["evaluate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def demo_assessment() -> Assessment:
    doc = demo_file()
    return assess(doc.firm, doc.on, doc.purpose)


def write(tmp_path: Path, text: str, name: str = "firm.srdi") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def with_data_error() -> AssessmentFile:
    """Main revenue above revenue: a validation error, not a format error."""
    firm = demo_firm()
    years = tuple(
        y.model_copy(update={"main_revenue": Decimal("13000")}) if y.year == 2025 and not y.plan else y
        for y in firm.years
    )
    return AssessmentFile(firm.model_copy(update={"years": years}), demo_file().on)


def assert_chinese_first(err: str, zh: str, en: str) -> None:
    assert zh in err and en in err
    assert err.index(zh) < err.index(en)


# --- the text report ---------------------------------------------------------------------------


def test_text_report_shows_every_scheme_in_ladder_order(capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, str(DEMO_PATH))
    assert code == 0 and err == ""
    positions = [out.index(f"== {r.title.zh}（{name} ") for name, r in demo_assessment().results.items()]
    assert positions == sorted(positions)
    assert "厦门鹭芯精密制造有限公司" in out and "2026-05-15" in out


def test_text_report_traces_every_row(capsys: pytest.CaptureFixture[str]):
    _, out, _ = run(capsys, str(DEMO_PATH))
    for result in demo_assessment().results.values():
        for row in result.rows:
            assert row.label.zh in out
            assert row.calc.zh in out
            assert f"{row.source.cite} [{trust(row.source.confidence).zh}]" in out
            if row.gap is not None:
                assert f"差距：{row.gap.text.zh}" in out


def test_unverified_sources_are_tagged_to_verify(capsys: pytest.CaptureFixture[str]):
    rows = [row for r in demo_assessment().results.values() for row in r.rows]
    unverified = [row for row in rows if not row.verified]
    assert unverified, "the demo should show at least one rule resting on a single source"
    _, out, _ = run(capsys, str(DEMO_PATH))
    for row in unverified:
        assert f"{row.source.cite} [单一资料，待核验]" in out


def test_status_marks_and_the_on_edge_mark_are_shown(capsys: pytest.CaptureFixture[str]):
    rows = [row for r in demo_assessment().results.values() for row in r.rows]
    _, out, _ = run(capsys, str(DEMO_PATH))
    for row in rows:
        mark = {Status.MET: "√", Status.NOT_MET: "×", Status.UNKNOWN: "?", Status.MANUAL: "○"}[row.status]
        if row.partial_score:  # 3.75 of 5 points is a score, not a failure (issue 12)
            mark = "·"
        assert f"  {mark} {row.label.zh}" in out
    if any(row.on_edge for row in rows):
        assert "≈临界" in out


def test_english_report(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run(capsys, str(DEMO_PATH), "--lang", "en")
    assert code == 0
    assert "Verdict: " in out and "Calc: " in out and "Requirement: " in out
    for name, result in demo_assessment().results.items():
        assert f"== {result.title.en} ({name} " in out
    assert "待核验" not in out


# --- the JSON result ---------------------------------------------------------------------------


def test_json_result_has_the_documented_structure(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run(capsys, str(DEMO_PATH), "--format", "json")
    assert code == 0
    data = json.loads(out)
    expected = demo_assessment()
    assert data["format"] == "srdi-result" and data["version"] == 1
    assert data["firm"] == {"name": "厦门鹭芯精密制造有限公司", "credit_code": "91350200MA8UQ3K22L"}
    assert (data["date"], data["purpose"]) == ("2026-05-15", "new")
    assert data["packs"] == {name: pack.version for name, pack in expected.packs.items()}
    assert data["issues"] == []
    assert list(data["schemes"]) == list(expected.results)
    for name, scheme in data["schemes"].items():
        assert set(scheme) == SCHEME_KEYS
        assert scheme["verdict"] == expected[name].verdict.value
        assert [row["id"] for row in scheme["rows"]] == [row.id for row in expected[name].rows]
        for row in scheme["rows"]:
            assert set(row) == ROW_KEYS
            assert set(row["source"]) == {"doc", "article", "confidence", "verified", "note"}
            assert set(row["label"]) == {"zh", "en"}


def test_json_and_text_say_when_a_met_row_needs_evidence(capsys: pytest.CaptureFixture[str]):
    """Decision 13: the firm's own "yes" to a qualitative criterion is met, evidence needed."""
    sample = Path(DEMO_PATH).parent / "firm_f.srdi"
    code, out, _ = run(capsys, str(sample), "--format", "json")
    assert code == 0
    rows = json.loads(out)["schemes"]["little_giant"]["rows"]
    chain = next(r for r in rows if r["id"] == "field_chain")
    assert (chain["status"], chain["evidence_needed"]) == ("met", True)
    assert all(r["evidence_needed"] is False for r in rows if r["status"] != "met")
    code, out, _ = run(capsys, str(sample))
    assert "（需证明材料）" in out


def test_json_decimals_are_exact_strings_and_gaps_are_quantities(capsys: pytest.CaptureFixture[str]):
    _, out, _ = run(capsys, str(DEMO_PATH), "--format", "json")
    data = json.loads(out)
    expected = demo_assessment()
    for name, scheme in data["schemes"].items():
        for row, want in zip(scheme["rows"], expected[name].rows, strict=True):
            assert row["status"] == want.status.value
            assert row["value"] is None or Decimal(row["value"]) == want.value
            assert row["points"] is None or Decimal(row["points"]) == want.points
            assert row["source"]["verified"] is want.verified
            if want.gap is None:
                assert row["gap"] is None
            else:
                assert row["gap"]["field"] == want.gap.field
                assert row["gap"]["amount"] is None or Decimal(row["gap"]["amount"]) == want.gap.amount
        assert scheme["score"] is None or isinstance(scheme["score"], str)


def test_date_and_purpose_options_override_the_file(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run(
        capsys, str(DEMO_PATH), "--format", "json", "--date", "2026-03-31", "--purpose", "review"
    )
    assert code == 0
    data = json.loads(out)
    assert (data["date"], data["purpose"]) == ("2026-03-31", "review")
    expected = assess(demo_firm(), dt.date(2026, 3, 31), Purpose.REVIEW)
    assert data["packs"] == {name: pack.version for name, pack in expected.packs.items()}


def test_module_entry_point_prints_json_in_a_subprocess():
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "assessments", "evaluate", "resources/samples/demo.srdi", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["format"] == "srdi-result"
    assert data["firm"]["name"] == "厦门鹭芯精密制造有限公司"
    assert list(data["schemes"]) == list(demo_assessment().results)


# --- exit codes --------------------------------------------------------------------------------


def test_data_errors_exit_1_and_still_print_the_report_and_issues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = tmp_path / "inconsistent.srdi"
    save(with_data_error(), path)
    code, out, err = run(capsys, str(path))
    assert code == 1
    assert "years.2025.main_revenue" in out and "不能大于" in out
    assert "== " in out  # the schemes are still reported
    assert_chinese_first(err, "企业数据有1处错误", "The firm's data has 1 error")


def test_data_errors_exit_1_in_json_with_the_issue_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "inconsistent.srdi"
    save(with_data_error(), path)
    code, out, _ = run(capsys, str(path), "--format", "json")
    assert code == 1
    issues = json.loads(out)["issues"]
    assert {"severity": "error", "field": "years.2025.main_revenue"}.items() <= issues[0].items()
    assert "不能大于" in issues[0]["message"]["zh"]


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    firm = demo_firm()
    years = tuple(
        y.model_copy(update={"net_profit": Decimal("-10")}) if y.year == 2024 else y for y in firm.years
    )
    path = tmp_path / "loss.srdi"
    save(AssessmentFile(firm.model_copy(update={"years": years}), demo_file().on), path)
    code, out, _ = run(capsys, str(path))
    assert code == 0
    assert "[提示] years.2024.net_profit" in out


def broken(field: str, value: Any) -> str:
    data = json.loads(dumps(demo_file()))
    data["firm"]["years"][0][field] = value
    return json.dumps(data, ensure_ascii=False)


def test_a_broken_file_exits_2_naming_the_field_in_chinese_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    code, out, err = run(capsys, write(tmp_path, broken("revenue", "九千万")))
    assert code == 2 and out == ""
    assert "firm.years[0].revenue（2023年营业收入）：不是有效的数字" in err
    assert_chinese_first(err, "评估文件无法读取", "Cannot read the assessment file")
    assert "FY2023 operating revenue" in err


def test_an_unknown_field_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code, _, err = run(capsys, write(tmp_path, broken("profit", "1")))
    assert code == 2
    assert "firm.years[0].profit（2023年度）：不允许的字段" in err


def test_a_newer_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = {**json.loads(dumps(demo_file())), "format_version": FORMAT_VERSION + 1}
    code, _, err = run(capsys, write(tmp_path, json.dumps(data)))
    assert code == 2
    assert_chinese_first(err, "请升级软件", "please update the app")


def test_text_that_is_not_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code, _, err = run(capsys, write(tmp_path, "not json"))
    assert code == 2
    assert_chinese_first(err, "不是有效的JSON", "not valid JSON")


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, str(tmp_path / "nowhere.srdi"))
    assert code == 2 and out == ""
    assert_chinese_first(err, "文件不存在", "Cannot open the file")


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["--date", "2026-02-30"], "参数 --date：不是有效的日期", "argument --date: not a valid date"),
        (["--purpose", "renew"], "参数 --purpose：无效的选项 'renew'", "invalid choice"),
        (["--format", "xml"], "参数 --format：无效的选项 'xml'", "invalid choice"),
        (["--colour"], "无法识别的参数：--colour", "unrecognized arguments: --colour"),
        (["--date"], "参数 --date 需要一个值", "expected one argument"),
    ],
)
def test_bad_arguments_exit_2_chinese_first(
    args: list[str], zh: str, en: str, capsys: pytest.CaptureFixture[str]
):
    code, out, err = run(capsys, str(DEMO_PATH), *args)
    assert code == 2 and out == ""
    assert_chinese_first(err, zh, en)


def test_no_command_or_an_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]):
    assert main([]) == 2
    assert_chinese_first(capsys.readouterr().err, "缺少必需的参数", "the following arguments are required")
    assert main(["judge", str(DEMO_PATH)]) == 2
    assert_chinese_first(capsys.readouterr().err, "无效的选项 'judge'", "invalid choice: 'judge'")


def test_a_date_before_any_rule_exits_2(capsys: pytest.CaptureFixture[str]):
    code, out, err = run(capsys, str(DEMO_PATH), "--date", "1990-01-01")
    assert code == 2 and out == ""
    assert_chinese_first(err, "没有适用的规则", "No rules apply")
