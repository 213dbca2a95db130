"""Every character the reports can write is one the bundled font draws (resources/fonts/wqy-microhei.ttc).

reportlab draws a character the font lacks as glyph 0, an empty box or a gap on paper, without an error.
The strings checked: every string literal of the modules whose words reach a report (labels, schemes,
gaps, support, the PDF modules), every text of the rule packs, the method page and the samples, and the
texts the engine and the action plan compose for every sample firm, in both languages.
"""

from __future__ import annotations

import ast
import json
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from assessments.engine import Assessment, assess
from assessments.export.cells import safe_text
from assessments.export.pdf import write_pdf
from assessments.export.pdf_short import write_short_pdf
from assessments.export.pdf_styles import GLYPH_REPLACEMENTS, MISSING_GLYPH, drawable, font_cmap
from assessments.export.support import flip_words, support_for
from assessments.paths import resources_dir
from assessments.results import Text
from assessments.storage.srdi_file import load

ROOT = Path(__file__).resolve().parents[2]
CODE = ROOT / "assessments"
# Modules whose words never reach a PDF report: the command line, storage, the workbook and CSV writers.
NOT_IN_REPORTS = ("cli.py", "__main__.py", "storage/", "export/xlsx", "export/cells.py", "export/csv_file.py")
# The marks and signs the reports use; each must be in the font itself, not only replaced.
SIGNS = "½✓✘×÷≈→←≥≤<>±…·•–—★○?Ⅰ Ⅱ ‰%％“”‘’（）【】〔〕、，。：；□"


def _literals(path: Path) -> Iterator[str]:
    """The string literals of a module, its docstrings left out (they are never shown)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def code_strings() -> Iterator[tuple[str, str]]:
    for path in sorted(CODE.rglob("*.py")):
        where = path.relative_to(CODE).as_posix()
        if not where.startswith(NOT_IN_REPORTS):
            yield from ((where, s) for s in _literals(path))


def resource_strings() -> Iterator[tuple[str, str]]:
    resources = resources_dir()
    for path in sorted([*resources.glob("rules/**/*.toml"), resources / "report" / "method.toml"]):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        yield from ((path.name, s) for s in _strings_in(data))
    for path in sorted(resources.glob("samples/*.srdi")):
        yield from ((path.name, s) for s in _strings_in(json.loads(path.read_text(encoding="utf-8"))))


def _texts(*texts: Text | None) -> Iterator[str]:
    for text in texts:
        if text is not None:
            yield text.zh
            yield text.en


def engine_strings(assessment: Assessment) -> Iterator[str]:
    """What the engine and the plan compose for one firm: every result text, action, flip and measure."""
    for result in assessment.results.values():
        yield from _texts(result.title, result.summary, *result.notes)
        for row in result.rows:
            yield from _texts(row.label, row.calc, row.requirement, row.note, row.gap and row.gap.text)
            yield row.source.cite
    for issue in assessment.issues:
        yield from _texts(issue.message)
    support = support_for(assessment, None, None)
    for action in support.plan.actions:
        yield from _texts(action.text)
        for flip in action.flips:
            yield from (flip_words(flip, assessment, lang) for lang in ("zh", "en"))
    for found in support.matches:
        yield from _texts(found.title, found.formula, found.agency, *found.reasons)


def sample_strings() -> Iterator[tuple[str, str]]:
    for path in sorted(resources_dir().glob("samples/*.srdi")):
        doc = load(path)
        yield from ((path.name, s) for s in engine_strings(assess(doc.firm, doc.on, doc.purpose)))


def missing(strings: Iterator[tuple[str, str]]) -> dict[str, set[str]]:
    """Characters neither in the font nor replaced by one that is, with where they were found."""
    cmap = font_cmap()
    found: dict[str, set[str]] = {}
    for where, text in strings:
        for char in safe_text(text):
            if ord(char) < 0x20 or char.isspace() or unicodedata.category(char) == "Cf":
                continue
            drawn = GLYPH_REPLACEMENTS.get(char, char)
            if ord(drawn) not in cmap:
                found.setdefault(f"{char} U+{ord(char):04X}", set()).add(where)
    return found


def test_every_literal_of_the_report_modules_is_in_the_font() -> None:
    assert missing(code_strings()) == {}


def test_every_text_of_the_rule_packs_the_method_and_the_samples_is_in_the_font() -> None:
    assert missing(resource_strings()) == {}


def test_every_text_the_engine_composes_for_the_samples_is_in_the_font() -> None:
    assert missing(sample_strings()) == {}


def test_the_reports_signs_and_their_replacements_are_in_the_font_itself() -> None:
    cmap = font_cmap()
    wanted = set(SIGNS.replace(" ", "")) | set(GLYPH_REPLACEMENTS.values()) | {MISSING_GLYPH}
    assert {c for c in wanted if ord(c) not in cmap} == set()
    for char in GLYPH_REPLACEMENTS:  # a replacement is needed only for what the font lacks
        assert ord(char) not in cmap, char


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("½ ✓ ✗ ≈ → ≥ ≤ …", "½ ✓ ✘ ≈ → ≥ ≤ …"),
        ("厦门\U0001f600科技", f"厦门{MISSING_GLYPH}科技"),  # an emoji: the font has none
        ("\U00020000记", f"{MISSING_GLYPH}记"),  # an ideograph beyond the font's range
        ("鹭\u2060芯", "鹭芯"),  # an invisible format character (word joiner) the font lacks: nothing
        ("a\nb", "a\nb"),
    ],
)
def test_a_character_the_font_lacks_is_drawn_as_one_it_has(typed: str, drawn: str) -> None:
    assert drawable(typed) == drawn


def test_a_firm_name_the_font_cannot_draw_prints_a_box_not_a_gap(tmp_path: Path) -> None:
    doc = load(resources_dir() / "samples" / "firm_b.srdi")
    profile = doc.firm.profile.model_copy(update={"name": "厦门\U0001f600\U00020000科技有限公司"})
    assessment = assess(doc.firm.model_copy(update={"profile": profile}), doc.on, doc.purpose)
    for writer, name in ((write_pdf, "full.pdf"), (write_short_pdf, "short.pdf")):
        writer(assessment, tmp_path / name)
        text = "".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)
        assert "\x00" not in text  # reportlab's glyph 0 reads back as NUL
        assert f"厦门{MISSING_GLYPH}{MISSING_GLYPH}科技有限公司" in text
