"""The data-collection template: a firm fills it offline; it reads back, or every bad cell is named."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessments.export.labels import SHEETS
from assessments.export.xlsx import TemplateError, fill_template, read_template, write_template
from assessments.export.xlsx.honours import DEV_SCORE_YEARS
from assessments.export.xlsx.finance import FIN_HEADER_ROW, FIN_YEAR_COLS, fin_row, sheet_years
from assessments.export.xlsx.ip import IP_FIRST_ROW, ip_col
from assessments.model import Firm, Purpose
from assessments.paths import resources_dir
from assessments.storage.srdi_file import AssessmentFile, load
from tests.assessments.examples_demo import demo_file
from tests.assessments.xlsx_print import printed, title_cols

SAMPLES = sorted((resources_dir() / "samples").glob("*.srdi"))
ON = dt.date(2026, 5, 15)


def in_template(doc: AssessmentFile) -> Firm:
    """What the template holds of a firm: its profile, the sheet's three years and plan, its IP, its
    honours (development scores of the assessment year and the two before) and digital answers."""
    past = sheet_years(doc.firm, doc.on)[:-1]
    years = tuple(fy for fy in doc.firm.years if fy.plan or fy.year in past)
    honours = doc.firm.honours
    shown = range(doc.on.year - DEV_SCORE_YEARS + 1, doc.on.year + 1)
    scores = {y: v for y, v in honours.srdi_dev_scores.items() if y in shown}
    honours = honours.model_copy(update={"srdi_dev_scores": scores})
    return Firm(
        profile=doc.firm.profile, years=years, ip=doc.firm.ip, honours=honours, digital=doc.firm.digital
    )


def profile_row(path: Path, label: str) -> int:
    ws = load_workbook(path)[SHEETS["profile"].zh]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == label)


def edit(path: Path, sheet: str, cells: dict[tuple[int, int], object]) -> None:
    book = load_workbook(path)
    for (row, col), value in cells.items():
        book[sheet].cell(row=row, column=col).value = value
    book.save(path)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_demo_firm_round_trips_through_the_template(tmp_path: Path, lang: str):
    doc = demo_file()
    path = tmp_path / "demo.xlsx"
    fill_template(doc, path, lang)
    back = read_template(path)
    assert (back.on, back.purpose) == (doc.on, doc.purpose)
    assert back.firm.profile == doc.firm.profile
    assert back.firm.years == doc.firm.years
    assert back.firm.ip == doc.firm.ip
    assert back.firm.honours == in_template(doc).honours
    assert back.firm.digital == doc.firm.digital


def test_a_template_saved_by_libreoffice_reads_back(tmp_path: Path):
    """Firms fill the template in LibreOffice or WPS as often as in Excel: its saving keeps every input."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: this test saves the template with it")
    doc = demo_file()
    written = [tmp_path / "zh.xlsx", tmp_path / "en.xlsx"]
    fill_template(doc, written[0])
    fill_template(doc, written[1], "en")
    out, profile = tmp_path / "saved", (tmp_path / "lo-profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx"]
    subprocess.run(
        [*command, "--outdir", str(out), *map(str, written)], check=True, capture_output=True, timeout=300
    )
    for path in written:
        back = read_template(out / path.name)
        assert back.firm == in_template(doc) and (back.on, back.purpose) == (doc.on, doc.purpose)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_firm_round_trips(tmp_path: Path, sample: Path):
    doc = load(sample)
    path = tmp_path / "t.xlsx"
    fill_template(doc, path)
    back = read_template(path)
    assert back.firm == in_template(doc)
    assert (back.on, back.purpose) == (doc.on, doc.purpose)


def test_blank_template_has_instructions_drop_downs_and_the_years(tmp_path: Path):
    path = tmp_path / "blank.xlsx"
    write_template(path, on=ON)
    book = load_workbook(path)
    keys = ("profile", "finance", "ip", "honours", "digital", "lists")
    assert book.sheetnames == [SHEETS[k].zh for k in keys]
    assert book[SHEETS["lists"].zh].sheet_state == "hidden"
    profile, finance, ip = (book[SHEETS[k].zh] for k in ("profile", "finance", "ip"))
    instructions = profile.cell(row=2, column=1).value
    assert "导入模板" in instructions and "python" not in instructions  # for a person, no command line
    assert all(SHEETS[k].zh in instructions for k in keys[:-1])
    assert [finance.cell(row=FIN_HEADER_ROW, column=c).value for c in FIN_YEAR_COLS] == [
        2023,
        2024,
        2025,
        2026,
    ]
    kinds = {dv.type for dv in ip.data_validations.dataValidation}
    assert kinds == {"list", "date"}
    type_column = ip.cell(row=IP_FIRST_ROW, column=ip_col("type")).column_letter
    assert any(
        str(dv.sqref).startswith(f"{type_column}{IP_FIRST_ROW}:") for dv in ip.data_validations.dataValidation
    )
    assert ip.freeze_panes is not None and finance.freeze_panes is not None


def test_a_blank_template_reads_back_as_an_empty_firm(tmp_path: Path):
    path = tmp_path / "blank.xlsx"
    write_template(path, on=ON)
    back = read_template(path)
    assert back.on == ON and back.purpose is Purpose.NEW
    assert back.firm == Firm()


def test_figures_left_blank_stay_unknown_and_typed_text_numbers_are_read(tmp_path: Path):
    path = tmp_path / "t.xlsx"
    write_template(path, on=ON)
    edit(path, SHEETS["finance"].zh, {(fin_row("revenue"), 5): "12,500", (fin_row("staff"), 5): 286})
    edit(
        path,
        SHEETS["finance"].zh,
        {(fin_row("main_revenue"), 5): "1,234万元", (fin_row("net_profit"), 5): "12,340,000元"},
    )
    edit(path, SHEETS["finance"].zh, {(fin_row("rd_staff"), 5): "３５人", (fin_row("rd_expense"), 5): "12万"})
    (year,) = read_template(path).firm.years
    assert (year.year, year.plan, year.revenue, year.staff) == (2025, False, Decimal("12500"), Decimal(286))
    assert (year.main_revenue, year.net_profit, year.rd_staff) == (Decimal(1234), Decimal(1234), Decimal(35))
    assert year.rd_expense == Decimal(12)  # "12万" in a sheet of 万元
    assert year.total_assets is None


def test_every_bad_cell_is_reported_with_its_sheet_and_cell(tmp_path: Path):
    path = tmp_path / "t.xlsx"
    write_template(path, on=ON)
    finance, ip = SHEETS["finance"].zh, SHEETS["ip"].zh
    edit(
        path,
        finance,
        {(fin_row("revenue"), 3): "1,2", (fin_row("tech_conversions"), 4): 2.5, (FIN_HEADER_ROW, 6): "明年"},
    )
    edit(
        path, ip, {(IP_FIRST_ROW, ip_col("type")): "发明", (IP_FIRST_ROW, ip_col("granted_on")): "2023/13/01"}
    )
    edit(path, ip, {(IP_FIRST_ROW + 1, ip_col("title")): "没有类型的专利"})
    founded = profile_row(path, "成立日期")
    main_product_flag = profile_row(path, "主导产品属于《战略性新兴产业分类》")
    edit(path, SHEETS["profile"].zh, {(founded, 2): "去年", (main_product_flag, 2): "也许"})
    with pytest.raises(TemplateError) as raised:
        read_template(path)
    messages = [p.message.zh for p in raised.value.problems]
    assert any(
        m.startswith(f"财务数据!C{fin_row('revenue')}：营业收入有误：“1,2”中的分隔符位置不对")
        for m in messages
    )
    assert f"财务数据!D{fin_row('tech_conversions')}：科技成果转化项数不是整数（“2.5”）" in messages
    assert "财务数据!F4：年度不是有效年份（“明年”）" in messages
    assert f"知识产权!E{IP_FIRST_ROW}：授权日期无法识别（“2023/13/01”）：月份应在1至12之间（“13”）" in (
        messages
    )
    assert f"知识产权!B{IP_FIRST_ROW + 1}：类型为空" in messages
    assert any(
        m.startswith(f"企业概况!B{founded}：成立日期无法识别（“去年”）：请按年月日填写") for m in messages
    )
    assert any(m.startswith(f"企业概况!B{main_product_flag}：") for m in messages)
    assert len(messages) == 7
    text = str(raised.value)
    assert text.startswith("数据采集表有7处问题") and "The data workbook has 7 problem(s)" in text


def test_figures_without_a_year_and_a_missing_date_are_problems(tmp_path: Path):
    path = tmp_path / "t.xlsx"
    write_template(path, on=ON)
    edit(path, SHEETS["finance"].zh, {(FIN_HEADER_ROW, 3): None, (fin_row("revenue"), 3): 100})
    edit(path, SHEETS["profile"].zh, {(profile_row(path, "评估日期"), 2): None})
    with pytest.raises(TemplateError) as raised:
        read_template(path)
    messages = [p.message.zh for p in raised.value.problems]
    assert messages == [
        f"企业概况!B{profile_row(path, '评估日期')}：评估日期为空",
        "财务数据!C4：年度为空，但该列填有数据",
    ]


def test_a_file_that_is_not_a_workbook_or_lacks_a_sheet_is_refused(tmp_path: Path):
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(TemplateError, match="须为Excel工作簿"):
        read_template(text)
    path = tmp_path / "t.xlsx"
    write_template(path, on=ON)
    book = load_workbook(path)
    del book[SHEETS["ip"].zh]
    book.save(path)
    with pytest.raises(TemplateError, match="缺少工作表“知识产权”"):
        read_template(path)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_template_prints_at_8_pt_or_more_with_page_numbers(tmp_path, lang):
    path = tmp_path / "template.xlsx"
    fill_template(demo_file(), path, lang)
    for ws in load_workbook(path).worksheets:
        if ws.sheet_state != "visible":
            continue
        assert printed(ws).reads_at >= 8.0, (ws.title, printed(ws))
        assert "&P" in ws.oddFooter.center.text, ws.title
        if not ws.sheet_properties.pageSetUpPr.fitToPage:
            assert title_cols(ws), ws.title
