"""Hostile `.srdi` files: what no firm can have is refused naming the field, in Chinese and English;
what is merely wrong (a negative amount) still loads, for the data checks to list.

Every case is a real file on disk read through `srdi_file.load`, as the app and the CLI read it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from assessments.model import AMOUNT_CEILING
from assessments.storage.srdi_file import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NUMBER_CHARS,
    AssessmentFile,
    FileFormatError,
    FileWriteError,
    load,
    save,
)

ROOT = Path(__file__).resolve().parents[2]


def document(firm: dict[str, Any] | None = None, **sections: Any) -> dict[str, Any]:
    return {
        "format": "srdi",
        "format_version": 2,
        "assessment": {"date": "2026-05-15"},
        "firm": firm or {},
        **sections,
    }


def with_raw(raw: str, key: str = "x") -> str:
    """A valid document with `raw` JSON text as the value of an unknown top-level section."""
    return json.dumps(document(**{key: "@@"})).replace('"@@"', raw)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.srdi"
    path.write_text(text, encoding="utf-8")
    return path


def refusal(tmp_path: Path, text: str) -> FileFormatError:
    with pytest.raises(FileFormatError) as caught:
        load(write(tmp_path, text))
    return caught.value


def year_with(**figures: Any) -> dict[str, Any]:
    return {"years": [{"year": 2025, **figures}]}


def assert_names(error: FileFormatError, path: str, zh: str, en: str) -> None:
    assert [p.path for p in error.problems] == [path]
    assert zh in error.text.zh and path in error.text.zh
    assert en in error.text.en and path in error.text.en


# --- amounts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("revenue", ["0", "-1", "-1e12", 0, -1])
def test_zero_and_negative_revenue_load_for_the_data_checks_to_list(tmp_path, revenue):
    doc = load(write(tmp_path, json.dumps(document(year_with(revenue=revenue)))))
    assert doc.firm.year(2025).revenue == Decimal(str(revenue))


def test_revenue_of_1e22_wan_is_refused_naming_the_field(tmp_path):
    for revenue in ("1e22", "1" + "0" * 22):
        error = refusal(tmp_path, json.dumps(document(year_with(revenue=revenue))))
        assert_names(error, "firm.years[0].revenue", "2025年营业收入", "FY2025 operating revenue")
        assert "上限" in error.text.zh and "ceiling" in error.text.en


def test_a_json_number_of_1e22_is_refused_like_a_string(tmp_path):
    text = json.dumps(document(year_with(revenue="X"))).replace('"X"', "1e22")
    error = refusal(tmp_path, text)
    assert_names(error, "firm.years[0].revenue", "营业收入", "operating revenue")


def test_the_ceiling_itself_loads_and_one_more_does_not(tmp_path):
    at = load(write(tmp_path, json.dumps(document(year_with(total_assets=str(AMOUNT_CEILING))))))
    assert at.firm.year(2025).total_assets == AMOUNT_CEILING
    refusal(tmp_path, json.dumps(document(year_with(total_assets=str(AMOUNT_CEILING + 1)))))


def test_staff_beyond_the_staff_ceiling_is_refused(tmp_path):
    error = refusal(tmp_path, json.dumps(document(year_with(staff="100000000"))))
    assert_names(error, "firm.years[0].staff", "职工总数", "total staff")


# --- the reader's own limits -----------------------------------------------------------------------


def test_500_deep_nesting_is_refused_naming_the_limit(tmp_path):
    text = with_raw("[" * 500 + "]" * 500)
    error = refusal(tmp_path, text)
    assert f"{MAX_DEPTH}层" in error.text.zh and f"{MAX_DEPTH} levels" in error.text.en


def test_nesting_deeper_than_the_parser_can_go_is_refused_too(tmp_path):
    text = with_raw("[" * 200_000 + "]" * 200_000)
    assert "nested too deeply" in refusal(tmp_path, text).text.en


def test_a_5000_digit_integer_is_refused_naming_the_limit(tmp_path):
    text = with_raw("7" * 5000)
    error = refusal(tmp_path, text)
    assert f"最多{MAX_NUMBER_CHARS}个字符" in error.text.zh
    assert f"at most {MAX_NUMBER_CHARS} characters" in error.text.en


def test_a_5000_digit_revenue_is_refused(tmp_path):
    text = json.dumps(document(year_with(revenue="X"))).replace('"X"', "9" * 5000)
    assert "number too long" in refusal(tmp_path, text).text.en


def test_1e999999999_in_an_unknown_section_is_refused_at_once(tmp_path):
    path = write(tmp_path, with_raw('{"x": 1e999999999}', "extras"))
    script = (
        "import sys; from pathlib import Path\n"
        "from assessments.storage.srdi_file import load, FileFormatError\n"
        "try:\n    load(Path(sys.argv[1]))\nexcept FileFormatError as e:\n    print(e.text.en)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert time.monotonic() - started < 60
    assert "number out of range" in done.stdout


def test_nan_is_not_a_number(tmp_path):
    text = json.dumps(document(year_with(revenue="X"))).replace('"X"', "NaN")
    assert "NaN" in refusal(tmp_path, text).text.en


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.srdi"
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no need to write 20 MB
    with pytest.raises(FileFormatError) as caught:
        load(path)
    assert "MB" in caught.value.text.zh and "too large" in caught.value.text.en


# --- dates and years -------------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["0001-01-01", "1900-01-01", "9999-12-31"])
@pytest.mark.parametrize(
    ("firm", "path", "zh"),
    [
        (lambda d: {"profile": {"founded_on": d}}, "firm.profile.founded_on", "成立日期"),
        (
            lambda d: {"ip": [{"type": "invention", "granted_on": d}]},
            "firm.ip[0].granted_on",
            "第1项知识产权",
        ),
        (
            lambda d: {"honours": {"hnte": {"granted_on": "2020-01-01", "expires_on": d}}},
            "firm.honours.hnte.expires_on",
            "高新技术企业证书",
        ),
    ],
)
def test_dates_outside_1949_to_2100_are_refused_naming_the_field(tmp_path, date, firm, path, zh):
    error = refusal(tmp_path, json.dumps(document(firm(date))))
    assert_names(error, path, zh, "date out of range")


def test_the_first_and_last_dates_allowed_load(tmp_path):
    firm = {"profile": {"founded_on": "1949-01-01"}, "honours": {"hnte": {"granted_on": "2100-12-31"}}}
    doc = load(write(tmp_path, json.dumps(document(firm))))
    assert doc.firm.profile.founded_on.year == 1949


def test_an_assessment_date_of_9999_is_refused(tmp_path):
    data = document()
    data["assessment"]["date"] = "9999-12-31"
    assert_names(refusal(tmp_path, json.dumps(data)), "assessment.date", "评估日期", "assessment date")


@pytest.mark.parametrize("year", [99999, -1])
def test_fiscal_years_outside_1949_to_2100_are_refused(tmp_path, year):
    error = refusal(tmp_path, json.dumps(document({"years": [{"year": year, "revenue": "1"}]})))
    assert_names(error, "firm.years[0].year", f"{year}年度", f"FY{year}")


# --- scales and points -----------------------------------------------------------------------------


def test_a_scene_grade_of_99_is_refused(tmp_path):
    error = refusal(tmp_path, json.dumps(document({"digital": {"scenes": {"S1": 99}}})))
    assert_names(error, "firm.digital.scenes.S1", "数字化应用场景S1的等级", "grade of digital scene S1")
    assert "不大于4" in error.text.zh and "at most 4" in error.text.en


def test_local_feature_points_of_99_are_refused_not_capped(tmp_path):
    error = refusal(tmp_path, json.dumps(document({"honours": {"local_feature_points": "99"}})))
    assert_names(error, "firm.honours.local_feature_points", "地方特色指标得分", "local indicator points")
    assert "15" in error.text.zh and "15" in error.text.en


# --- text ------------------------------------------------------------------------------------------


def test_a_10000_character_firm_name_is_refused(tmp_path):
    error = refusal(tmp_path, json.dumps(document({"profile": {"name": "鹭" * 10_000}})))
    assert_names(error, "firm.profile.name", "企业名称", "firm name")
    assert "最多200个字符" in error.text.zh and "at most 200 characters" in error.text.en


@pytest.mark.parametrize("name", ["厦门\x00科技", "厦门\x1b[31m科技", "厦门\n科技", "厦门\x85科技"])
def test_control_characters_in_a_name_are_refused(tmp_path, name):
    error = refusal(tmp_path, json.dumps(document({"profile": {"name": name}})))
    assert_names(error, "firm.profile.name", "控制字符", "control character")


def test_a_lone_surrogate_in_a_name_is_refused(tmp_path):
    text = json.dumps(document({"profile": {"name": "X"}})).replace('"X"', '"\\ud800\\u53a6\\u95e8"')
    error = refusal(tmp_path, text)
    assert_names(error, "firm.profile.name", "企业名称", "lone surrogate")


def test_a_lone_surrogate_in_an_unknown_section_is_refused_on_load(tmp_path):
    text = with_raw('["\\udc00"]', "other")
    assert_names(refusal(tmp_path, text), "other[0]", "代理项", "lone surrogate")


def test_a_note_may_hold_line_breaks(tmp_path):
    plan = {"generated_on": "2026-05-15", "actions": [{"id": "a", "text": {"zh": "甲", "en": "a"}}]}
    plan["actions"][0]["note"] = "第一行\n第二行\t完"
    doc = load(write(tmp_path, json.dumps(document(action_plan=plan))))
    assert doc.plan.actions[0].note == "第一行\n第二行\t完"


def test_content_that_cannot_be_written_is_a_write_error_not_a_read_error(tmp_path):
    doc = load(write(tmp_path, json.dumps(document())))
    broken = AssessmentFile(firm=doc.firm, on=doc.on, extras={"other": "\ud800"})
    target = tmp_path / "out.srdi"
    with pytest.raises(FileWriteError) as caught:
        save(broken, target)
    assert not isinstance(caught.value, FileFormatError)
    assert "无法写入" in str(caught.value) and "Cannot write" in str(caught.value)
    assert not target.exists()
