"""`python -m assessments report` and `import-template`, run in-process through `main()`."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessments.cli import main
from assessments.edit import set_path
from assessments.engine import assess
from assessments.export.labels import MEASURES, PLAN, SHEETS
from assessments.export.xlsx import fill_template
from assessments.export.xlsx.finance import fin_row
from assessments.model import PlannedSpend
from assessments.storage.srdi_file import load, save
from assessments.support.matching import claimable_total, match
from assessments.support.plan import build_plan
from tests.assessments.examples_demo import DEMO_PATH, demo_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_workbook_and_the_filled_template(tmp_path: Path, capsys):
    book, template = tmp_path / "report.xlsx", tmp_path / "data.xlsx"
    code, out, _ = run(capsys, "report", str(DEMO_PATH), "--xlsx", str(book), "--template", str(template))
    assert code == 0
    assert f"已写入 / written: {book}" in out
    summary = load_workbook(book)[SHEETS["summary"].zh]
    assert (
        summary.cell(row=2, column=2).value == "厦门鹭芯精密制造有限公司（示例）"
    )  # the built-in sample, labelled
    assert SHEETS["profile"].zh in load_workbook(template).sheetnames


def test_report_in_english_on_another_date_and_purpose(tmp_path: Path, capsys):
    book = tmp_path / "report.xlsx"
    args = ("--lang", "en", "--date", "2025-06-15", "--purpose", "review", "--xlsx", str(book))
    code, _, _ = run(capsys, "report", str(DEMO_PATH), *args)
    assert code == 0
    summary = load_workbook(book)["Summary"]
    assert summary.cell(row=3, column=2).value == dt.datetime(2025, 6, 15)
    assert summary.cell(row=4, column=2).value == "re-review"


def test_report_needs_at_least_one_output(capsys):
    code, _, err = run(capsys, "report", str(DEMO_PATH))
    assert code == 2
    assert err.splitlines()[0] == "请至少指定 --xlsx、--pdf、--brief 或 --template 中的一项"


def test_a_bad_file_exits_2_with_the_chinese_message_first(tmp_path: Path, capsys):
    data = json.loads(DEMO_PATH.read_text(encoding="utf-8"))
    data["firm"]["years"][0]["revenue"] = "很多"
    broken = tmp_path / "broken.srdi"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "report", str(broken), "--xlsx", str(tmp_path / "x.xlsx"))
    assert code == 2
    assert err.startswith("评估文件无法读取")
    assert "firm.years[0].revenue" in err and "Cannot read the assessment file" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_missing_file_and_an_unwritable_output_exit_2(tmp_path: Path, capsys):
    code, _, err = run(capsys, "report", str(tmp_path / "none.srdi"), "--xlsx", str(tmp_path / "x.xlsx"))
    assert code == 2 and err.startswith("无法打开文件")
    code, _, err = run(capsys, "report", str(DEMO_PATH), "--xlsx", str(tmp_path / "no" / "dir" / "x.xlsx"))
    assert code == 2 and err.startswith("无法写入文件")


def test_import_template_writes_the_assessment_file(tmp_path: Path, capsys):
    template, out = tmp_path / "data.xlsx", tmp_path / "firm.srdi"
    fill_template(demo_file(), template)
    code, stdout, _ = run(capsys, "import-template", str(template), "--out", str(out))
    assert code == 0 and str(out) in stdout
    back = load(out)
    assert back.firm.years == demo_file().firm.years
    assert back.firm.ip == demo_file().firm.ip


def test_import_template_lists_every_bad_cell_and_exits_2(tmp_path: Path, capsys):
    template = tmp_path / "data.xlsx"
    fill_template(demo_file(), template)
    book = load_workbook(template)
    book[SHEETS["finance"].zh].cell(row=fin_row("revenue"), column=3).value = "十二"
    book[SHEETS["finance"].zh].cell(row=fin_row("rd_expense"), column=4).value = "n/a"
    book.save(template)
    code, _, err = run(capsys, "import-template", str(template), "--out", str(tmp_path / "firm.srdi"))
    assert code == 2
    lines = err.splitlines()
    assert lines[0].startswith("数据采集表有2处问题")
    assert f"  - 财务数据!C{fin_row('revenue')}：营业收入不是有效数字（“十二”）" in lines
    assert not (tmp_path / "firm.srdi").exists()


def test_import_template_needs_out(tmp_path: Path, capsys):
    code, _, err = run(capsys, "import-template", str(tmp_path / "data.xlsx"))
    assert code == 2 and err.startswith("缺少必需的参数：--out")


def test_data_errors_still_write_the_report_and_exit_1(tmp_path: Path, capsys):
    doc = demo_file()
    year = doc.firm.years[0].model_copy(update={"main_revenue": doc.firm.years[0].revenue * 2})
    firm = doc.firm.model_copy(update={"years": (year, *doc.firm.years[1:])})
    path = tmp_path / "odd.srdi"
    save(replace(doc, firm=firm), path)
    code, _, err = run(capsys, "report", str(path), "--xlsx", str(tmp_path / "x.xlsx"))
    assert code == 1
    assert (tmp_path / "x.xlsx").exists()
    assert "企业数据有1处错误" in err


@pytest.mark.skipif(
    importlib.util.find_spec("assessments.export.pdf") is None,
    reason="the PDF exporter is not in this checkout",
)
def test_report_writes_the_pdf(tmp_path: Path, capsys):
    pdf = tmp_path / "report.pdf"
    code, _, _ = run(capsys, "report", str(DEMO_PATH), "--pdf", str(pdf))
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_passes_the_files_plan_and_spend_to_both_writers(tmp_path: Path, capsys):
    doc = load(DEMO_PATH.parent / "firm_f.srdi")
    spend = PlannedSpend(consulting=Decimal(40), equipment_last_year=Decimal(300))
    assessment = assess(doc.firm, doc.on, doc.purpose)
    doc = replace(doc, spend=spend, plan=build_plan(assessment, spend, today=dt.date(2026, 3, 20)))
    assert doc.plan is not None
    doc = set_path(doc, f"plan.{doc.plan.actions[0].id}.owner", "王经理")
    path, book, pdf = tmp_path / "f.srdi", tmp_path / "f.xlsx", tmp_path / "f.pdf"
    save(doc, path)
    code, _, _ = run(capsys, "report", str(path), "--xlsx", str(book), "--pdf", str(pdf))
    assert code == 0
    written = load_workbook(book)
    plan = written[SHEETS["plan"].zh]
    owner = [c.value for c in plan[4]].index(PLAN["owner"].zh) + 1
    assert plan.cell(row=5, column=owner).value == "王经理"
    measures = written[SHEETS["measures"].zh]
    total = next(
        r
        for r in range(1, measures.max_row + 1)
        if measures.cell(row=r, column=2).value == MEASURES["total_claimable"].zh
    )
    assert measures.cell(row=total, column=6).value == claimable_total(match(assessment, spend)) == 50
    text = "".join("".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "王经理" in text
