"""Hostile .xlsx files against the IP list and template readers, built here from raw zip and XML.

One far cell, a declared dimension that lies, too many rows, a zip bomb (also under a memory cap in a
child process), a lying zip directory, broken XML, a missing part, a folder and a pipe named .xlsx,
and a cancel in the middle of a read: each ends quickly in a message, never a hang or a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessments.export.labels import SHEETS
from assessments.export.xlsx import TemplateError, read_template, write_template
from assessments.export.xlsx.ip import IP_FIRST_ROW, ip_col
from assessments.ip_import import MAX_IP_ROWS, read_ip_workbook
from assessments.storage.xlsx_reader import LIMITS, MB, Limits, SpreadsheetError, check_file

ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    "</Relationships>"
)


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(number: int, *cells: str) -> str:
    return f'<row r="{number}">{"".join(cells)}</row>'


HEADER = row(1, cell("A1", "类型"), cell("B1", "编号"))


def ip_row(number: int) -> str:
    return row(number, cell(f"A{number}", "发明专利"), cell(f"B{number}", f"ZL{number}"))


def sheet_xml(rows: str, dimension: str = "A1") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>'
    )


def write_xlsx(path: Path, sheet: str | None, skip: tuple[str, ...] = ()) -> Path:
    """A minimal workbook of one sheet, its parts written by hand (`skip` leaves parts out)."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            if name not in skip:
                archive.writestr(name, text)
        if sheet is not None:
            archive.writestr(SHEET, sheet)
    return path


def zeros_member(path: Path, size: int, name: str = SHEET) -> Path:
    """A workbook whose sheet part is `size` bytes of zeros, streamed (it packs about 1000:1)."""
    write_xlsx(path, None)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        chunk = bytes(MB)
        for _ in range(size // MB):
            member.write(chunk)
    return path


def understated(data: bytes, name: str, size: int) -> bytes:
    """The zip with `name`'s central-directory entry declaring `size` unpacked bytes."""
    entry = data.index(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(name)] != name.encode():
        entry = data.index(b"PK\x01\x02", entry + 4)
    at = entry + 24  # signature, versions, flags, method, time, date, CRC, packed size, then this
    return data[:at] + size.to_bytes(4, "little") + data[at + 4 :]


def timed(work, *args):
    start = time.perf_counter()
    result = work(*args)
    return result, time.perf_counter() - start


def only_problem(path: Path) -> str:
    result = read_ip_workbook(path)
    assert result.items == ()
    assert len(result.problems) == 1
    message = result.problems[0].message
    return f"{message.zh}\n{message.en}"


# --- the shape of a sheet ------------------------------------------------------------------------


def test_one_cell_at_xfd1048576_does_not_make_the_reader_walk_a_million_rows(tmp_path):
    far = row(1048576, cell("XFD1048576", "x"))
    path = write_xlsx(tmp_path / "far.xlsx", sheet_xml(HEADER + ip_row(2) + far, "A1:XFD1048576"))
    result, seconds = timed(read_ip_workbook, path)
    assert [item.number for item in result.items] == ["ZL2"]
    assert result.problems == ()
    assert seconds < 2


def test_a_far_cell_in_a_filled_template_reads_fast(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    book = load_workbook(path)
    ip = book[SHEETS["ip"].zh]
    ip.cell(row=IP_FIRST_ROW, column=ip_col("type")).value = "发明专利"
    ip["XFD1048576"] = "x"
    book.save(path)
    doc, seconds = timed(read_template, path)
    assert len(doc.firm.ip) == 1
    assert seconds < 5


def test_a_declared_dimension_of_one_cell_does_not_hide_the_rows_below(tmp_path):
    rows = HEADER + "".join(ip_row(n) for n in range(2, 102))
    path = write_xlsx(tmp_path / "dim.xlsx", sheet_xml(rows, "A1"))
    result = read_ip_workbook(path)
    assert result.problems == ()
    assert len(result.items) == 100
    assert result.items[-1].number == "ZL101"


def test_a_list_over_the_row_limit_is_refused_quickly_naming_the_limit(tmp_path):
    rows = HEADER + "".join(ip_row(n) for n in range(2, 20_002))
    path = write_xlsx(tmp_path / "big.xlsx", sheet_xml(rows, "A1:B20001"))
    message, seconds = timed(only_problem, path)
    assert f"{MAX_IP_ROWS:,}" in message
    assert "超过" in message and "more than the limit" in message
    assert seconds < 10


def test_rows_after_a_long_run_of_empty_rows_are_not_read(tmp_path):
    after = LIMITS.empty_run + 10
    path = write_xlsx(tmp_path / "gap.xlsx", sheet_xml(HEADER + ip_row(2) + ip_row(after)))
    assert [item.number for item in read_ip_workbook(path).items] == ["ZL2"]


def test_a_row_of_more_cells_than_excel_allows_is_refused_before_it_is_built(tmp_path):
    """openpyxl would hold the whole row in memory; the expat scan counts it first."""
    wide = '<row r="2">' + "<c><v>1</v></c>" * (LIMITS.row_cells + 1) + "</row>"
    path = write_xlsx(tmp_path / "wide.xlsx", sheet_xml(HEADER + wide))
    message, seconds = timed(only_problem, path)
    assert f"{LIMITS.row_cells:,}" in message and "a row holds too many cells" in message
    assert seconds < 1


def test_a_workbook_of_more_xml_elements_than_the_limit_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "many.xlsx", sheet_xml(HEADER + "".join(ip_row(n) for n in range(2, 300))))
    check_file(path)
    with pytest.raises(SpreadsheetError, match="too many XML elements"):
        check_file(path, Limits(elements=1_000))


# --- the zip --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    """300 MB of zeros in a file of about 300 KB."""
    return zeros_member(tmp_path_factory.mktemp("bomb") / "bomb.xlsx", 300 * MB)


def test_a_zip_bomb_is_refused_from_the_zip_directory_before_inflating(bomb):
    assert bomb.stat().st_size < 2 * MB
    message, seconds = timed(only_problem, bomb)
    assert "100.0 MB" in message and "more than the limit" in message
    assert seconds < 1
    with pytest.raises(TemplateError, match="超过"):
        read_template(bomb)


def test_a_zip_bomb_stays_under_a_memory_cap(bomb):
    """In a child process limited to 1.5 GB of address space, the reader refuses the bomb and exits."""
    script = textwrap.dedent(
        """
        import resource, sys
        cap = 1536 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        from assessments.ip_import import read_ip_workbook
        result = read_ip_workbook(sys.argv[1])
        print(result.problems[0].message.en)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(bomb)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert "more than the limit" in done.stdout


def test_a_part_packed_more_than_the_ratio_limit_is_refused(tmp_path):
    path = zeros_member(tmp_path / "ratio.xlsx", 20 * MB)
    message = only_problem(path)
    assert f"{LIMITS.ratio}:1" in message and "zip bomb" in message


def test_parts_that_unpack_beyond_the_total_are_refused(tmp_path):
    path = zeros_member(tmp_path / "total.xlsx", 3 * MB)
    with pytest.raises(SpreadsheetError, match=r"2\.0 MB"):
        check_file(path, Limits(unpacked_bytes=2 * MB, ratio=10_000))


def test_a_zip_directory_that_understates_a_part_is_damaged_not_inflated(tmp_path):
    """zipfile stops at the declared size, so the lie ends in a CRC error, not a full inflate."""
    path = zeros_member(tmp_path / "liar.xlsx", 50 * MB)
    path.write_bytes(understated(path.read_bytes(), SHEET, 1000))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(SHEET).file_size == 1000
    message, seconds = timed(only_problem, path)
    assert "damaged" in message and "已损坏" in message
    assert seconds < 2


def test_a_file_over_the_size_limit_is_refused_without_opening_it(tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as file:
        file.truncate(LIMITS.file_bytes + 1)
    message = only_problem(path)
    assert "20.0 MB" in message and "more than the limit" in message


# --- damage -------------------------------------------------------------------------------------


def test_broken_xml_in_a_sheet_says_the_file_is_damaged(tmp_path):
    broken = HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>x</is></c></row>'
    path = write_xlsx(tmp_path / "broken.xlsx", sheet_xml(broken))
    message = only_problem(path)
    assert message.startswith("文件已损坏") and "The file is damaged" in message


def test_broken_xml_in_a_template_is_one_damaged_problem(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"][:-200]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(TemplateError) as raised:
        read_template(path)
    (problem,) = raised.value.problems
    assert problem.message.zh.startswith("文件已损坏")


def test_an_entity_expansion_bomb_is_damaged_not_expanded(tmp_path):
    """A billion laughs: ten levels of ten entities each would expand to 10^9 "lol"s."""
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    sheet = sheet_xml(row(1, cell("A1", "&a9;")))
    sheet = sheet.replace("<worksheet ", f"<!DOCTYPE worksheet [{entities}]><worksheet ", 1)
    path = write_xlsx(tmp_path / "laughs.xlsx", sheet)
    message, seconds = timed(only_problem, path)
    assert "The file is damaged" in message
    assert seconds < 2


def test_a_missing_part_says_the_file_is_damaged(tmp_path):
    path = write_xlsx(tmp_path / "missing.xlsx", sheet_xml(HEADER), skip=("xl/workbook.xml",))
    assert "The file is damaged" in only_problem(path)
    path = write_xlsx(tmp_path / "nosheet.xlsx", None)
    assert "The file is damaged" in only_problem(path)


def test_a_folder_or_a_pipe_named_xlsx_is_refused_without_blocking(tmp_path):
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "must be an Excel workbook" in only_problem(folder)
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    message, seconds = timed(only_problem, pipe)
    assert "must be an Excel workbook" in message
    assert seconds < 1


# --- cancel -------------------------------------------------------------------------------------


class Stop(Exception):
    pass


def stop_after(calls: int) -> tuple[list[int], object]:
    seen: list[int] = []

    def report(percent: int, _text: str = "") -> None:
        seen.append(percent)
        if len(seen) > calls:
            raise Stop

    return seen, report


def test_a_cancel_in_the_middle_of_an_ip_list_stops_the_reading_at_once(tmp_path):
    rows = HEADER + "".join(ip_row(n) for n in range(2, 5_002))
    path = write_xlsx(tmp_path / "long.xlsx", sheet_xml(rows, "A1:B5001"))
    seen, report = stop_after(1_000)
    with pytest.raises(Stop):
        read_ip_workbook(path, report)
    assert len(seen) == 1_001  # every row asks; the first refusal ends it


def test_a_cancel_during_a_run_of_empty_rows_is_noticed(tmp_path):
    far = row(1048576, cell("A1048576", "x"))
    path = write_xlsx(tmp_path / "far.xlsx", sheet_xml(HEADER + ip_row(2) + far))
    seen, report = stop_after(100)
    with pytest.raises(Stop):
        read_ip_workbook(path, report)
    assert len(seen) == 101


def test_a_cancel_during_the_xml_scan_is_noticed(tmp_path):
    rows = HEADER + "".join(ip_row(n) for n in range(2, 20_002))
    path = write_xlsx(tmp_path / "long.xlsx", sheet_xml(rows))
    seen, report = stop_after(0)
    with pytest.raises(Stop):
        read_ip_workbook(path, report)
    assert seen == [0]  # the first step of the scan, before any row is read


def test_a_cancel_while_reading_a_template_stops_it(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path)
    seen, report = stop_after(10)
    with pytest.raises(Stop):
        read_template(path, report)
    assert len(seen) == 11
