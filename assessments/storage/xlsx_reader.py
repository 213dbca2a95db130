"""Opening an .xlsx workbook someone else made, within limits (the IP list and the filled template).

An .xlsx file is a zip of XML parts, so a small file may unpack to gigabytes, declare a sheet of a
million rows, hold one cell at XFD1048576, or a single row of millions of cells (which openpyxl would
build in memory before handing it over). Before openpyxl parses anything, `open_workbook` checks the
file's size and, from the zip directory, every part's unpacked size and compression ratio (zipfile
stops at the declared size, so a lying directory fails its CRC instead of inflating further), then
streams every XML part once through expat, building nothing, to count its elements and the cells of
each row (`scan_xml`). Rows are then streamed (openpyxl read-only) without trusting the sheet's declared <dimension>: only the
first `columns` columns are read, reading stops after a run of `empty_run` empty rows, and the filled
rows and cells of a sheet are counted against their limits. Every failure is a `SpreadsheetError`
whose bilingual text names the file and, for a limit, the limit; a damaged zip or XML says so.
"""

from __future__ import annotations

import contextlib
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from assessments.results import Text

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 20 * MB  # the .xlsx file as stored
    unpacked_bytes: int = 200 * MB  # all its parts, unpacked, as the zip directory declares them
    part_bytes: int = 100 * MB  # one part, unpacked
    parts: int = 2_000  # members of the zip
    ratio: int = 100  # unpacked : packed, for a part above RATIO_FLOOR (a zip bomb is ~1000:1)
    elements: int = 2_000_000  # XML elements of all parts together: bounds the parsing time and memory
    row_cells: int = 16_384  # cells of one row, as Excel allows (openpyxl holds a row in memory)
    rows: int = 20_000  # filled rows of one sheet
    cells: int = 500_000  # filled cells of one sheet
    columns: int = 200  # columns read; cells further right are ignored
    empty_run: int = 1_000  # empty rows in a row that end a sheet


LIMITS = Limits()
RATIO_FLOOR = 1 * MB  # a small part may compress very well (a blank sheet); only large ones count
SCAN_STEP = 10_000  # elements between two calls of `on_step` while scanning (for a cancel)
XML_START = (b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # what an XML part begins with
ERROR_CHARS = 200  # of an exception's text quoted in a message: a hostile file controls it
# What openpyxl, zipfile and the XML parser raise on a damaged file (a missing part is a KeyError).
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    ParseError,
    InvalidFileException,
    NotImplementedError,
)
OnRow = Callable[[int], None]  # called with a percent for every row read; may raise to cancel


class SpreadsheetError(ValueError):
    """The workbook cannot be read, or is over a limit; `text` says which, in both languages."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text


def _mb(size: int) -> str:
    return f"{size / MB:,.1f} MB"


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= ERROR_CHARS else text[:ERROR_CHARS] + "…"


def not_a_workbook(path: Path, error: BaseException) -> SpreadsheetError:
    return SpreadsheetError(
        Text(
            f"无法读取“{path.name}”：须为Excel工作簿（.xlsx）（{_short(error)}）",
            f"Cannot read “{path.name}”: it must be an Excel workbook (.xlsx) ({_short(error)})",
        )
    )


def damaged(path: Path, error: BaseException) -> SpreadsheetError:
    return SpreadsheetError(
        Text(
            f"文件已损坏：无法读取“{path.name}”（{_short(error)}）",
            f"The file is damaged: “{path.name}” cannot be read ({_short(error)})",
        )
    )


def over_limit(path: Path, what: Text, limit: Text) -> SpreadsheetError:
    return SpreadsheetError(
        Text(
            f"无法读取“{path.name}”：{what.zh}，超过{limit.zh}的上限",
            f"Cannot read “{path.name}”: {what.en}, more than the limit of {limit.en}",
        )
    )


# --- before parsing: the file and its zip directory --------------------------------------------


def check_file(path: Path, limits: Limits = LIMITS, on_step: OnRow | None = None) -> None:
    """Refuse a file that is not a regular file, too big, not a zip, a zip that unpacks too far, or
    XML that is damaged, too large or has a row wider than Excel allows."""
    try:
        info = path.stat()
    except OSError as error:
        raise not_a_workbook(path, error) from error
    if not stat.S_ISREG(info.st_mode):  # a folder or a pipe (which would block the reader forever)
        raise not_a_workbook(path, IsADirectoryError("not a regular file"))
    if info.st_size > limits.file_bytes:
        what = Text(f"文件大小为{_mb(info.st_size)}", f"the file is {_mb(info.st_size)}")
        raise over_limit(path, what, Text(_mb(limits.file_bytes), _mb(limits.file_bytes)))
    check_parts(path, _directory(path), limits)
    scan_xml(path, limits, on_step)


def _directory(path: Path) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise not_a_workbook(path, error) from error


def check_parts(path: Path, parts: list[zipfile.ZipInfo], limits: Limits = LIMITS) -> None:
    if len(parts) > limits.parts:
        what = Text(f"含有{len(parts):,}个部件", f"it holds {len(parts):,} parts")
        raise over_limit(path, what, Text(f"{limits.parts:,}个", f"{limits.parts:,}"))
    for part in parts:
        _check_part(path, part, limits)
    total = sum(part.file_size for part in parts)
    if total > limits.unpacked_bytes:
        what = Text(f"解压后为{_mb(total)}", f"it unpacks to {_mb(total)}")
        raise over_limit(path, what, Text(_mb(limits.unpacked_bytes), _mb(limits.unpacked_bytes)))


def _check_part(path: Path, part: zipfile.ZipInfo, limits: Limits) -> None:
    name = part.filename[:ERROR_CHARS]
    if part.file_size > limits.part_bytes:
        what = Text(
            f"其中“{name}”解压后为{_mb(part.file_size)}",
            f"its part “{name}” unpacks to {_mb(part.file_size)}",
        )
        raise over_limit(
            path, what, Text(f"每部件{_mb(limits.part_bytes)}", f"{_mb(limits.part_bytes)} per part")
        )
    ratio = part.file_size / max(part.compress_size, 1)
    if part.file_size > RATIO_FLOOR and ratio > limits.ratio:
        what = Text(
            f"其中“{name}”的压缩比为{ratio:,.0f}:1（疑为压缩炸弹）",
            f"its part “{name}” is compressed {ratio:,.0f}:1 (a zip bomb?)",
        )
        raise over_limit(path, what, Text(f"{limits.ratio}:1", f"{limits.ratio}:1"))


class _Scan:
    """Counts elements, and cells per row, as expat reports them; refuses past the limits."""

    def __init__(self, path: Path, limits: Limits, on_step: OnRow | None) -> None:
        self.path, self.limits, self.on_step = path, limits, on_step
        self.elements = self.row_cells = 0

    def start(self, tag: str, _attributes: Any) -> None:
        self.elements += 1
        name = tag.rpartition(":")[2]  # expat without namespace processing: "row" or "x:row"
        if name == "row":
            self.row_cells = 0
        elif name == "c":
            self.row_cells += 1
            if self.row_cells > self.limits.row_cells:
                self._over(Text("一行中的单元格过多", "a row holds too many cells"), self.limits.row_cells)
        if self.elements > self.limits.elements:
            self._over(Text("XML元素过多", "it holds too many XML elements"), self.limits.elements)
        if self.on_step is not None and self.elements % SCAN_STEP == 0:
            self.on_step(0)

    def _over(self, what: Text, limit: int) -> None:
        raise over_limit(self.path, what, Text(f"{limit:,}个", f"{limit:,}"))


def scan_xml(path: Path, limits: Limits = LIMITS, on_step: OnRow | None = None) -> None:
    """Every XML part streamed through expat once (no tree is built); binary parts are skipped."""
    scan = _Scan(path, limits, on_step)
    try:
        with zipfile.ZipFile(path) as archive:
            for part in archive.infolist():
                with archive.open(part) as source:
                    _scan_part(source, scan)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, expat.ExpatError) as error:
        raise damaged(path, error) from error


def _scan_part(source: Any, scan: _Scan) -> None:
    first = source.read(1 << 16)
    if not first.lstrip().startswith(XML_START):
        return  # an image or other binary part: openpyxl does not parse it as XML
    parser = expat.ParserCreate()
    parser.StartElementHandler = scan.start
    chunk = first
    while chunk:
        parser.Parse(chunk, False)
        chunk = source.read(1 << 16)
    parser.Parse(b"", True)


# --- opening and streaming -----------------------------------------------------------------------


@contextlib.contextmanager
def open_workbook(path: Path, limits: Limits = LIMITS, on_step: OnRow | None = None) -> Iterator[Any]:
    """The workbook, read-only and values only (formulas give their cached results), once checked.

    `on_step(0)` is called every few thousand XML elements of the check, so a cancel is noticed.
    """
    path = Path(path)
    check_file(path, limits, on_step)
    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except OSError as error:
        raise not_a_workbook(path, error) from error
    except READ_ERRORS as error:
        raise damaged(path, error) from error
    try:
        yield book
    finally:
        book.close()


def first_sheet(book: Any, path: Path) -> Any:
    if not book.worksheets:
        raise damaged(path, KeyError("no worksheet"))
    return book.worksheets[0]


@dataclass
class _Count:
    """Filled rows and cells of one sheet, against their limits."""

    path: Path
    title: str
    limits: Limits
    rows: int = 0
    cells: int = 0
    empty: int = field(default=0)

    def add(self, filled: int) -> None:
        self.rows, self.cells = self.rows + 1, self.cells + filled
        if self.rows > self.limits.rows:
            self._over(Text(f"{self.limits.rows:,}行", f"{self.limits.rows:,} rows"))
        if self.cells > self.limits.cells:
            self._over(Text(f"{self.limits.cells:,}个单元格", f"{self.limits.cells:,} cells"))

    def _over(self, limit: Text) -> None:
        what = Text(f"工作表“{self.title}”的数据过多", f"the sheet “{self.title}” holds too much data")
        raise over_limit(self.path, what, limit)


def sheet_rows(
    sheet: Any, path: Path, on_row: OnRow | None = None, limits: Limits = LIMITS
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values of the first `limits.columns` columns) of every filled row, in order.

    `on_row(percent)` is called for every row, empty ones included, so a cancel is noticed at once.
    The declared dimension is read only to estimate the percent, never to bound the reading.
    """
    expected = min(sheet.max_row or limits.rows, limits.rows)
    sheet.reset_dimensions()
    rows = sheet.iter_rows(min_row=1, max_col=limits.columns, values_only=True)
    count = _Count(path, sheet.title, limits)
    for number, values in enumerate(_guarded(rows, path), start=1):
        if on_row is not None:
            on_row(min(99, number * 100 // max(expected, 1)))
        filled = sum(not _blank(v) for v in values)
        count.empty = 0 if filled else count.empty + 1
        if count.empty >= limits.empty_run:
            return
        if filled:
            count.add(filled)
            yield number, _trimmed(values)


def _guarded(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[tuple[Any, ...]]:
    """The rows, with a damaged part (bad XML, a bad zip stream) turned into a SpreadsheetError."""
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except READ_ERRORS as error:
            raise damaged(path, error) from error
        yield values


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trimmed(values: tuple[Any, ...]) -> tuple[Any, ...]:
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return tuple(values[:end])


@dataclass(frozen=True)
class Sheet:
    """The filled cells of a sheet, read once within the limits, for readers that look cells up."""

    title: str
    rows: dict[int, tuple[Any, ...]]

    def value(self, row: int, col: int) -> Any:
        values = self.rows.get(row, ())
        return values[col - 1] if 0 < col <= len(values) else None

    def row_numbers(self, first: int = 1) -> list[int]:
        return sorted(r for r in self.rows if r >= first)

    @property
    def max_column(self) -> int:
        return max((len(values) for values in self.rows.values()), default=0)


def read_sheet(sheet: Any, path: Path, on_row: OnRow | None = None, limits: Limits = LIMITS) -> Sheet:
    return Sheet(sheet.title, dict(sheet_rows(sheet, path, on_row, limits)))
