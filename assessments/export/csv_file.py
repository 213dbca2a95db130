"""A table as a CSV file for Excel: UTF-8 with a byte-order mark, text neutralised, numbers as numbers.

Without the byte-order mark Excel reads the Chinese in the system code page. Text goes through
`csv_text`, so a firm named `=HYPERLINK(…)` stays a name; a number (Decimal or int) is written plain
("9.6", "10"), so the spreadsheet can compute with it. The file is written atomically.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from assessments.export.cells import csv_text
from assessments.storage.atomic import write_atomic

CsvCell = str | Decimal | int | None


def cell_text(value: CsvCell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int; it is never one of our figures
        return csv_text(str(value))
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    return csv_text(value)


def _write_rows(path: Path, header: Sequence[CsvCell], rows: Iterable[Sequence[CsvCell]]) -> None:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow([cell_text(value) for value in header])
        writer.writerows([cell_text(value) for value in row] for row in rows)


def write_csv(path: Path, header: Sequence[CsvCell], rows: Iterable[Sequence[CsvCell]]) -> None:
    """The table as `path`, all or nothing (raises OSError)."""
    table = [list(row) for row in rows]
    write_atomic(Path(path), lambda temp: _write_rows(temp, header, table))
