"""Text as every export writes it: one rule for the workbook, the CSV and the PDF.

A firm's name or a product comes from the user (or from a file someone sent), so it may hold control
characters, a lone surrogate, or start like a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`), which
Excel and LibreOffice would run when the export is opened (CSV/formula injection, OWASP).
`safe_text` keeps the words and drops what no file format can hold; `reads_as_formula` says which
text a spreadsheet would take for a formula, and `csv_text` neutralises it with a leading apostrophe.
"""

from __future__ import annotations

import re

# Text starting with these is read as a formula by Excel and LibreOffice; a tab or carriage return
# first is also how payloads hide the sign (OWASP's list).
FORMULA_START = ("=", "+", "-", "@")
CSV_QUOTED_START = (*FORMULA_START, "\t", "\r")
# XML 1.0 forbids C0 controls other than tab, line feed and carriage return (openpyxl refuses them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A lone surrogate cannot be encoded in UTF-8; U+FFFE and U+FFFF are not characters in XML.
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def safe_text(text: str) -> str:
    """`text` with control characters dropped and unencodable code points replaced by U+FFFD."""
    return _UNENCODABLE.sub(REPLACEMENT, _CONTROL.sub("", text))


def clipped(text: str, limit: int, note: str = "…") -> str:
    """`text` (made safe) cut to about `limit` characters, ending with `note` when cut.

    A report lays out a line per name and a table cell per text: a 10,000-character name would take
    minutes and a cell taller than a page cannot be laid out at all. The workbook keeps the full text.
    """
    text = safe_text(text)
    return text if len(text) <= limit else text[:limit].rstrip() + note


def reads_as_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def csv_text(text: str) -> str:
    """A CSV cell that a spreadsheet shows as the text it is, never runs (an apostrophe in front)."""
    text = safe_text(text)
    return "'" + text if text.startswith(CSV_QUOTED_START) else text
