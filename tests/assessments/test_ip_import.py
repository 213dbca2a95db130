"""Reading an IP list from Excel: Chinese words to the model, bad cells named by sheet and cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from assessments.ip_import import read_ip_workbook
from assessments.model import IpOrigin, IpStatus, IpType

HEADER = (
    "类型",
    "编号",
    "名称",
    "授权日期",
    "状态",
    "获得方式",
    "转入日期",
    "与主导产品相关",
    "实际应用并产生效益",
    "权利人排名",
    "高价值",
)


def write_workbook(path: Path, rows: list[tuple], header: tuple = HEADER, title: str = "Sheet1") -> Path:
    """An .xlsx written on the fly, so no binary fixture is kept in the repository."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_chinese_words_dates_and_yes_no_become_the_model(tmp_path):
    path = write_workbook(
        tmp_path / "ip.xlsx",
        [
            (
                "发明专利",
                "ZL202310000001.1",
                "一种阀门",
                dt.datetime(2023, 5, 1),
                "有效",
                "自主研发",
                None,
                "是",
                "是",
                1,
                "否",
            ),
            (
                "实用新型",
                202320000002,
                "密封圈",
                "2021-03-15",
                "已授权",
                "受让",
                "2022/1/5",
                "否",
                None,
                "2",
                None,
            ),
            (
                "软件著作权",
                "2022SR1",
                "控制软件",
                "2022年6月30日",
                "申请中",
                "许可",
                None,
                None,
                None,
                None,
                None,
            ),
        ],
    )
    result = read_ip_workbook(path)
    assert result.problems == ()
    first, second, third = result.items
    assert (first.type, first.granted_on, first.status, first.origin) == (
        IpType.INVENTION,
        dt.date(2023, 5, 1),
        IpStatus.VALID,
        IpOrigin.OWN_RD,
    )
    assert (first.supports_main_product, first.applied_with_benefit, first.holder_rank, first.high_value) == (
        True,
        True,
        1,
        False,
    )
    assert second.number == "202320000002"
    assert (second.type, second.origin, second.transferred_on, second.holder_rank) == (
        IpType.UTILITY_MODEL,
        IpOrigin.ASSIGNMENT,
        dt.date(2022, 1, 5),
        2,
    )
    assert second.applied_with_benefit is None  # empty means to confirm, never "no"
    assert (third.type, third.status, third.granted_on) == (
        IpType.SOFTWARE_COPYRIGHT,
        IpStatus.PENDING,
        dt.date(2022, 6, 30),
    )


def test_bad_cells_are_named_by_sheet_and_cell_and_good_rows_still_import(tmp_path):
    path = write_workbook(
        tmp_path / "ip.xlsx",
        [
            ("发明专利", "A1", "好的", "2023-01-01", "有效", "自主研发", None, "是", "是", 1, "否"),
            ("发明专利", "A2", "日期错", "2023/13/01", "有效", "自主研发", None, "是", "是", 1, "否"),
            ("专利", "A3", "类型错", "2023-01-01", "有效", "大概", None, "也许", None, 0, None),
            (None, "A4", "无类型", "2023-01-01"),
        ],
        title="清单",
    )
    result = read_ip_workbook(path)
    assert [item.number for item in result.items] == ["A1"]
    assert result.rows == 4
    messages = [p.message.zh for p in result.problems]
    assert "清单!D3：授权日期无法识别（“2023/13/01”）：月份应在1至12之间（“13”）" in messages
    assert "清单!A4：类型无法识别（“专利”）" in messages
    assert "清单!F4：获得方式无法识别（“大概”）" in messages
    assert any(m.startswith("清单!H4：与主导产品相关无法识别") for m in messages)
    assert any(m.startswith("清单!J4：权利人排名须为1或以上的整数") for m in messages)
    assert "清单!A5：类型为空" in messages
    english = next(p.message.en for p in result.problems if p.where == "清单!D3")
    assert (
        english == "清单!D3: grant date not recognised (“2023/13/01”): the month must be from 1 to 12 (“13”)"
    )


def test_header_may_sit_below_a_title_and_columns_in_any_order(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(("某某公司知识产权清单",))
    sheet.append(("名称", "是否高价值", "类型"))
    sheet.append(("阀门", "是", "发明"))
    sheet.append((None, None, None))  # blank rows are skipped, not reported
    book.save(tmp_path / "ip.xlsx")
    result = read_ip_workbook(tmp_path / "ip.xlsx")
    assert result.problems == ()
    assert [(i.title, i.type, i.high_value) for i in result.items] == [("阀门", IpType.INVENTION, True)]


def test_a_sheet_without_a_type_column_says_so(tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("x",)], header=("名称",))
    result = read_ip_workbook(path)
    assert result.items == ()
    assert result.problems[0].where == "Sheet1!A1"
    assert "类型" in result.problems[0].message.zh


def test_a_file_that_is_not_a_workbook_is_one_problem_not_a_crash(tmp_path):
    path = tmp_path / "ip.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    result = read_ip_workbook(path)
    assert result.items == ()
    assert "ip.xlsx" in result.problems[0].message.en


def test_a_year_typed_as_a_number_is_not_taken_for_a_date(tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("发明专利", "A", "x", 2023)])
    result = read_ip_workbook(path)
    assert result.items == ()
    assert result.problems[0].message.zh == "Sheet1!D2：授权日期无法识别（“2023”）"


def test_progress_is_reported_and_may_cancel(tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("发明专利", str(n)) for n in range(5)])
    seen: list[int] = []
    read_ip_workbook(path, lambda percent, _text: seen.append(percent))
    assert seen[-1] == 100

    class Stop(Exception):
        pass

    def cancel(_percent: int, _text: str) -> None:
        raise Stop

    with pytest.raises(Stop):  # the task's Cancelled arrives the same way
        read_ip_workbook(path, cancel)


def test_dates_are_read_the_way_chinese_users_type_them(tmp_path):
    rows = [
        ("发明专利", f"A{i}", "阀门", text)
        for i, text in enumerate(["2014/6/18", "2014-6-18", "2014年6月18日", "20140618", "2014.6.18"])
    ]
    result = read_ip_workbook(write_workbook(tmp_path / "ip.xlsx", rows))
    assert result.problems == ()
    assert [item.granted_on for item in result.items] == [dt.date(2014, 6, 18)] * 5


def test_a_two_digit_year_is_refused_with_the_reason(tmp_path):
    result = read_ip_workbook(write_workbook(tmp_path / "ip.xlsx", [("发明专利", "A", "x", "14/6/18")]))
    assert result.problems[0].message.zh == (
        "Sheet1!D2：授权日期无法识别（“14/6/18”）：年份请写四位数（“14”可能是1914年或2014年）"
    )
