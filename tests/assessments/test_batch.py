"""The batch template read row by row: bad cells named by sheet, row and column next to good rows that go
on; a firm's own data-collection template read as one row; rows matched to the workspace's firms by
credit code or exact name, and nothing stored until import_rows; evaluation in two processes equal to
evaluation in this one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from assessments.batch import (
    COLUMNS,
    HEADER_ROW,
    SHEET,
    BatchError,
    evaluate,
    import_rows,
    jobs_of,
    plan_import,
    read_batch,
    write_template,
)
from assessments.export.xlsx import fill_template
from assessments.model import Purpose
from assessments.storage.workspace import Workspace
from tests.assessments.cohort_firms import firm_doc

ON = dt.date(2026, 6, 1)
KEYS = [c.key for c in COLUMNS]


def row(**values) -> list:
    return [values.get(key) for key in KEYS]


def letter(key: str) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[KEYS.index(key)]


def batch_file(tmp_path: Path, rows: list[list], lang: str = "zh") -> Path:
    path = tmp_path / "batch.xlsx"
    write_template(path, lang)
    book = load_workbook(path)
    sheet = book.active
    for offset, values in enumerate(rows, start=HEADER_ROW + 1):
        for col, value in enumerate(values, start=1):
            sheet.cell(offset, col, value)
    book.save(path)
    return path


GOOD = row(
    name="厦门甲",
    district="湖里区",
    tags="客户A，客户B",
    **{"y1.revenue": 1000, "y1.rd_expense": 120},
    class1=9,
    digital=2,
)


def test_the_template_has_the_documented_header_in_either_language(tmp_path):
    for lang in ("zh", "en"):
        path = tmp_path / f"t_{lang}.xlsx"
        write_template(path, lang)
        sheet = load_workbook(path).active
        assert sheet.title == SHEET.get(lang)
        assert [c.value for c in sheet[HEADER_ROW]] == [c.label.get(lang) for c in COLUMNS]


def test_a_good_row_becomes_a_firm_with_its_figures_tags_and_ip(tmp_path):
    batch = batch_file(tmp_path, [GOOD])
    (found,) = read_batch(batch, ON).rows
    firm = found.doc.firm
    assert (found.row, found.tags, found.problems) == (HEADER_ROW + 1, ("客户A", "客户B"), ())
    assert found.doc.on == ON and found.doc.purpose is Purpose.NEW
    assert firm.year(2025).revenue == Decimal(1000) and firm.year(2025).rd_expense == Decimal(120)
    assert len(firm.ip) == 9 and firm.honours.official_digital_level == 2
    (member,) = evaluate(jobs_of(read_batch(batch, ON)))
    assert member.figures["rd_share"].value == Decimal(12) and member.figures["class1_ip"].value == 9


def test_bad_cells_are_named_by_sheet_row_and_column_and_good_rows_go_on(tmp_path):
    bad = row(name="厦门乙", purpose="明年", class1=-2, digital=7, **{"y1.revenue": "1,2"})
    nameless = row(district="思明区", **{"y1.revenue": 5})
    path = batch_file(tmp_path, [GOOD, bad, [None] * 3, nameless, GOOD])
    batch = read_batch(path, ON)
    assert [r.row for r in batch.good] == [4, 8]  # row 6 is blank: skipped, not an error
    assert [(r.row, r.name) for r in batch.bad] == [(5, "厦门乙"), (7, "")]
    where = [p.where for p in batch.all_problems]
    assert where == [
        f"企业名单!{letter('purpose')}5",
        f"企业名单!{letter('y1.revenue')}5",
        f"企业名单!{letter('class1')}5",
        f"企业名单!{letter('digital')}5",
        f"企业名单!{letter('name')}7",
    ]
    texts = [p.text for p in batch.all_problems]
    assert texts[1].zh.startswith(
        f"企业名单!{letter('y1.revenue')}5：上年度营业收入（万元）有误：“1,2”中的分隔符"
    )
    assert texts[1].en.startswith(
        f"企业名单!{letter('y1.revenue')}5: Last year: Revenue (万元) is wrong: the separator"
    )
    assert texts[4].zh.endswith("企业名称为空")


def test_a_wrong_credit_code_check_digit_is_marked_with_its_cell(tmp_path):
    path = batch_file(tmp_path, [row(name="厦门戊", credit_code="91350200MA2XXXXX01"), GOOD])
    batch = read_batch(path, ON)
    ((problem,),) = [r.problems for r in batch.bad]
    assert problem.text.zh == f"企业名单!{letter('credit_code')}4：统一社会信用代码校验位应为M，当前为1"
    assert [r.name for r in batch.good] == ["厦门甲"]


def test_an_english_sheet_and_moved_columns_read_the_same(tmp_path):
    path = tmp_path / "en.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Firms"
    sheet.cell(HEADER_ROW, 1, "Digital level (official platform, 0–4)")
    sheet.cell(HEADER_ROW, 2, "Firm name")
    sheet.cell(HEADER_ROW + 1, 1, 3)
    sheet.cell(HEADER_ROW + 1, 2, "Xiamen B")
    book.save(path)
    (found,) = read_batch(path, ON).good
    assert found.name == "Xiamen B" and found.doc.firm.honours.official_digital_level == 3


def test_a_workbook_without_the_sheet_or_header_is_refused_in_both_languages(tmp_path):
    path = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.title = "Sheet1"
    book.save(path)
    with pytest.raises(BatchError) as refused:
        read_batch(path, ON)
    assert "企业名单" in refused.value.text.zh and "Firms" in refused.value.text.en
    book.active.title = "企业名单"
    book.save(path)
    with pytest.raises(BatchError, match="企业名称"):
        read_batch(path, ON)


def test_a_firms_own_data_collection_template_reads_as_one_row(tmp_path):
    path = tmp_path / "firm.xlsx"
    fill_template(firm_doc("厦门丙", 12, 9, 2), path)
    (found,) = read_batch(path, ON).rows
    assert found.name == "厦门丙" and found.problems == ()
    assert found.doc.firm.year(2025).rd_expense == Decimal(120)


def test_rows_match_firms_by_credit_code_else_by_exact_name_and_nothing_is_stored_before_import(tmp_path):
    space = Workspace(tmp_path / "w.sqlite")
    coded = space.firm_of(space.create(firm_doc("旧名称", 5, 1, 2, code="91350200MA2XXXXX0M")))
    named = space.firm_of(space.create(firm_doc("厦门甲", 5, 1, 2)))
    rows = [
        row(name="新名称", credit_code="91350200ma2xxxxx0m"),  # the code decides, whatever the name
        GOOD,  # no code: the exact name
        row(name="厦门丁", tags="客户A"),
        row(name="厦门丁"),  # twice in the file: one new firm with two assessments
    ]
    batch = read_batch(batch_file(tmp_path, rows), ON)
    planned = plan_import(batch, space.firms())
    assert [p.firm_id for p in planned] == [coded, named, None, None]
    assert len(space.firms()) == 2  # planning stores nothing
    import_rows(space, planned)
    firms = {f.name: f for f in space.firms()}
    assert sorted(firms) == ["厦门丁", "厦门甲", "旧名称"] and firms["旧名称"].assessments == 2
    assert space.load(space.assessments(coded)[0].id).firm.profile.name == "新名称"
    assert firms["厦门丁"].assessments == 2 and firms["厦门甲"].assessments == 2
    assert space.tags() == {named: ("客户A", "客户B"), firms["厦门丁"].id: ("客户A",)}
    space.close()


def test_two_processes_give_the_members_one_process_gives(tmp_path):
    rows = [
        row(name=f"企业{n}", **{"y1.revenue": 1000, "y1.rd_expense": 10 * n}, class1=n, digital=n % 5)
        for n in range(30)
    ]
    jobs = jobs_of(read_batch(batch_file(tmp_path, rows), ON))
    seen: list[int] = []
    pooled = evaluate(jobs, workers=2, report=lambda percent, _text: seen.append(percent))
    assert pooled == evaluate(jobs, workers=1)
    assert [m.key for m in pooled] == [HEADER_ROW + 1 + n for n in range(30)]
    assert seen[-1] == 100 and seen == sorted(seen)


def test_a_blank_class1_count_is_to_confirm_and_zero_is_a_confirmed_none(tmp_path):
    rows = [row(name="空白", class2=3), row(name="没有", class1=0), row(name="只有二类", class1=0, class2=2)]
    members = evaluate(jobs_of(read_batch(batch_file(tmp_path, rows), ON)))
    assert [m.figures["class1_ip"].value for m in members] == [None, 0, 0]
    assert [m.ip_open for m in members] == [True, False, False]
