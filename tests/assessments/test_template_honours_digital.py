"""Issue 12: the data-collection template asks for honours and the digital questionnaire too, and marks
a wrong credit-code check digit with its cell."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessments.credit_code import check_digit
from assessments.export.labels import HONOURS_COLUMNS, HONOURS_FIELDS, HONOURS_SECTIONS, SHEETS, TITLE_NAMES
from assessments.export.xlsx import TemplateError, read_template, write_template
from assessments.model import Level, StandardLevel, StandardRole, Title
from tests.assessments.test_xlsx_template import edit, profile_row

ON = dt.date(2026, 5, 15)
HONOURS, DIGITAL = SHEETS["honours"].zh, SHEETS["digital"].zh


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    path = tmp_path / "t.xlsx"
    write_template(path, on=ON)
    return path


def row_of(path: Path, sheet: str, text: str, after: int = 0) -> int:
    ws = load_workbook(path)[sheet]
    return next(r for r in range(after + 1, ws.max_row + 1) if ws.cell(row=r, column=1).value == text)


def first_row_of_list(path: Path, name: str) -> int:
    """The first data row under a list's section title and header."""
    return row_of(path, HONOURS, HONOURS_SECTIONS[name].zh) + 2


def problems(path: Path) -> list[str]:
    with pytest.raises(TemplateError) as raised:
        read_template(path)
    return [p.message.zh for p in raised.value.problems]


def test_honours_typed_by_a_person_read_back(blank: Path):
    hnte = row_of(blank, HONOURS, TITLE_NAMES["hnte"].zh)
    award = first_row_of_list(blank, "awards")
    institution = first_row_of_list(blank, "rd_institutions")
    standard = first_row_of_list(blank, "standards")
    share = row_of(blank, HONOURS, HONOURS_FIELDS["market_share_pct"].zh)
    brand = row_of(blank, HONOURS, HONOURS_FIELDS["own_brand"].zh)
    score = row_of(blank, HONOURS, "专精特新发展评价得分（2025年，满分100）")
    edit(
        blank,
        HONOURS,
        {
            (hnte, 2): "2024/6/18",
            (hnte, 3): "2027年6月17日",
            (award, 1): "厦门市科技进步奖",
            (award, 2): "市级",
            (award, 3): "是",
            (award, 4): "第2名",
            (award, 5): 2024,
            (institution + 1, 1): "省级企业技术中心",  # a row left empty above it is skipped
            (institution + 1, 2): "省部级",
            (standard, 1): "GB/T 1234",
            (standard, 2): "国家标准",
            (standard, 3): "主导起草",
            (standard, 4): "2025",
            (share, 2): "12.5",
            (brand, 2): "否",
            (score, 2): 72,
        },
    )
    honours = read_template(blank).firm.honours
    assert honours.hnte == Title(granted_on=dt.date(2024, 6, 18), expires_on=dt.date(2027, 6, 17))
    (award_read,) = honours.awards
    assert (award_read.level, award_read.rank, award_read.year, award_read.science_tech) == (
        Level.CITY,
        2,
        2024,
        True,
    )
    (inst,) = honours.rd_institutions
    assert (inst.name, inst.level, inst.recognised_on) == ("省级企业技术中心", Level.PROVINCIAL, None)
    (std,) = honours.standards
    assert (std.level, std.role, std.year) == (StandardLevel.NATIONAL, StandardRole.LEAD, 2025)
    assert (honours.market_share_pct, honours.own_brand, honours.quality_award) == (
        Decimal("12.5"),
        False,
        None,
    )
    assert honours.srdi_dev_scores == {2025: Decimal(72)}
    assert not honours.none_confirmed


def test_none_confirmed_in_the_sheet_answers_the_empty_lists(blank: Path):
    edit(blank, HONOURS, {(row_of(blank, HONOURS, HONOURS_FIELDS["none_confirmed"].zh), 2): "是"})
    honours = read_template(blank).firm.honours
    assert honours.none_confirmed and honours.answered


def test_bad_honours_cells_are_named_by_their_cells(blank: Path):
    hnte = row_of(blank, HONOURS, TITLE_NAMES["hnte"].zh)
    srdi = row_of(blank, HONOURS, TITLE_NAMES["srdi_sme"].zh)
    award = first_row_of_list(blank, "awards")
    share = row_of(blank, HONOURS, HONOURS_FIELDS["market_share_pct"].zh)
    level = row_of(blank, HONOURS, HONOURS_FIELDS["official_digital_level"].zh)
    edit(
        blank,
        HONOURS,
        {
            (hnte, 2): "2024-06-18",
            (hnte, 3): "2023-01-01",  # before it was granted
            (srdi, 3): "2027-01-01",  # a validity without the date granted
            (award, 1): "没有级别的奖",
            (award, 5): 2024,
            (award + 1, 2): "宇宙级",
            (award + 1, 5): 2024,
            (share, 2): 150,
            (level, 2): 7,
        },
    )
    found = problems(blank)
    assert f"荣誉资质!C{hnte}：高新技术企业证书的有效期至早于取得日期" in found
    assert f"荣誉资质!B{srdi}：专精特新中小企业的取得（认定）日期为空，但填了有效期" in found
    assert f"荣誉资质!B{award}：级别为空" in found
    assert f"荣誉资质!B{award + 1}：级别无法识别（“宇宙级”），请从下拉列表选择" in found
    assert any(m.startswith(f"荣誉资质!B{share}：主导产品全国细分市场占有率（%）") for m in found)
    assert any(m.startswith(f"荣誉资质!B{level}：平台评定的数字化水平等级") for m in found)
    assert len(found) == 6, found


def test_digital_answers_typed_as_people_type_them(blank: Path):
    q1, q2 = row_of(blank, DIGITAL, "Q1"), row_of(blank, DIGITAL, "Q2")
    s1 = row_of(blank, DIGITAL, "S1", after=q2)
    edit(blank, DIGITAL, {(q1, 6): "ｃ，b", (q2, 6): "d", (s1, 6): 3})
    digital = read_template(blank).firm.digital
    assert digital.items == {"Q1": ("B", "C"), "Q2": ("D",)}  # in the options' order
    assert digital.scenes == {"S1": 3}


def test_bad_digital_answers_are_named_by_their_cells(blank: Path):
    q1, q2, q3 = (row_of(blank, DIGITAL, q) for q in ("Q1", "Q2", "Q3"))
    s1 = row_of(blank, DIGITAL, "S1", after=q3)
    edit(blank, DIGITAL, {(q1, 6): "A、B", (q2, 6): "B、C", (q3, 6): "Z", (s1, 6): 7})
    found = problems(blank)
    assert found == [
        f"数字化问卷!F{q1}：第Q1题答案有误：“A 无”不能与其他选项同选",
        f"数字化问卷!F{q2}：第Q2题答案有误：单选题只能选一项",
        f"数字化问卷!F{q3}：第Q3题答案有误：选项Z不存在",
        f"数字化问卷!F{s1}：场景S1的等级应为0–4级（“7”）",
    ]


def test_a_wrong_credit_code_check_digit_is_marked_with_its_cell(blank: Path):
    first17 = "91350200MA2Y0XXX1"
    right = check_digit(first17)
    wrong = "0" if right != "0" else "1"
    code_row = profile_row(blank, "统一社会信用代码")
    edit(blank, SHEETS["profile"].zh, {(code_row, 2): first17 + wrong})
    assert problems(blank) == [f"企业概况!B{code_row}：统一社会信用代码校验位应为{right}，当前为{wrong}"]
    edit(blank, SHEETS["profile"].zh, {(code_row, 2): first17 + right})
    assert read_template(blank).firm.profile.credit_code == first17 + right


def test_a_template_from_before_the_honours_and_digital_sheets_still_imports(blank: Path):
    book = load_workbook(blank)
    del book[HONOURS]
    del book[DIGITAL]
    book.save(blank)
    doc = read_template(blank)
    assert doc.firm.honours.awards == () and doc.firm.digital.items == {}


def test_the_english_template_reads_back_its_honours(tmp_path: Path):
    path = tmp_path / "en.xlsx"
    write_template(path, "en", on=ON)
    sheet = SHEETS["honours"].en
    hnte = row_of(path, sheet, TITLE_NAMES["hnte"].en)
    award = row_of(path, sheet, HONOURS_SECTIONS["awards"].en) + 2
    edit(path, sheet, {(hnte, 2): dt.date(2024, 1, 2), (award, 2): "National", (award, 5): 2023})
    honours = read_template(path).firm.honours
    assert honours.hnte == Title(granted_on=dt.date(2024, 1, 2))
    assert honours.awards[0].level is Level.NATIONAL
    assert HONOURS_COLUMNS["level"].en in [c.value for c in load_workbook(path)[sheet][award - 1]]
