"""The report's look: the bundled CJK font, page geometry, colours, paragraph and table styles.

All text is set in WenQuanYi Micro Hei, a TrueType font reportlab subsets and embeds, so the PDF
shows Chinese on a PC without Chinese fonts and the text stays selectable.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from assessments.export.cells import safe_text
from assessments.paths import resources_dir
from assessments.results import Status, Verdict

FONT = "WQYMicroHei"
FONT_FILE = resources_dir() / "fonts" / "wqy-microhei.ttc"

PAGE = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
CELL_PADDING = 3


def document_options(title: str, lang: str, author: str = "", subject: str = "") -> dict[str, object]:
    """The page, margins and document properties every PDF of the app shares (a doc template's options)."""
    return {
        "pagesize": PAGE,
        "leftMargin": MARGIN_X,
        "rightMargin": MARGIN_X,
        "topMargin": MARGIN_TOP,
        "bottomMargin": MARGIN_BOTTOM,
        "title": title,
        "author": author,
        "subject": subject,
        "creator": "SRDI Self-Check",
        "lang": "en" if lang.startswith("en") else "zh-CN",
        "displayDocTitle": 1,
        "initialFontName": FONT,
    }


INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_TINT = colors.HexColor("#e8eef6")
ZEBRA = colors.HexColor("#f7f9fb")
WARN = colors.HexColor("#b54708")

STATUS_COLOUR = {
    Status.MET: colors.HexColor("#1e7b34"),
    Status.NOT_MET: colors.HexColor("#b42318"),
    Status.UNKNOWN: WARN,
    Status.MANUAL: colors.HexColor("#175cd3"),
}
STATUS_TINT = {
    Status.MET: colors.HexColor("#e7f4ea"),
    Status.NOT_MET: colors.HexColor("#fdecea"),
    Status.UNKNOWN: colors.HexColor("#fef3e2"),
    Status.MANUAL: colors.HexColor("#e8f0fe"),
}
VERDICT_STATUS = {
    Verdict.QUALIFIES: Status.MET,
    Verdict.DOES_NOT_QUALIFY: Status.NOT_MET,
    Verdict.LIKELY: Status.MANUAL,
    Verdict.CANNOT_TELL: Status.UNKNOWN,
}
NOT_IN_FORCE_COLOUR = colors.HexColor("#7b8794")
NOT_IN_FORCE_TINT = colors.HexColor("#eef0f2")


def verdict_colours(verdict: Verdict) -> tuple[colors.Color, colors.Color]:
    """(text colour, background tint) of a verdict."""
    status = VERDICT_STATUS.get(verdict)
    if status is None:
        return NOT_IN_FORCE_COLOUR, NOT_IN_FORCE_TINT
    return STATUS_COLOUR[status], STATUS_TINT[status]


class BundledFont(TTFont):
    """The bundled TrueType font, measuring text a little faster than reportlab's generic way.

    Line breaking measures Chinese text one character at a time (some 30,000 calls per report); this is
    reportlab's sum over the font's advance widths, without its per-call checks.
    """

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        widths, default = self.face.charWidths, self.face.defaultWidth
        if len(text) == 1:
            return 0.001 * size * widths.get(ord(text), default)
        return 0.001 * size * sum([widths.get(ord(ch), default) for ch in text])


def register_font() -> str:
    """Register the bundled font once per process; bold and italic map to it too (it has no other faces)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(BundledFont(FONT, str(FONT_FILE), subfontIndex=0))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    firm: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_small: ParagraphStyle
    cell_centre: ParagraphStyle
    numbers: ParagraphStyle  # lists of numbers: lines break at spaces only, never inside a number
    card_value: ParagraphStyle
    arrow: ParagraphStyle
    mark: ParagraphStyle


@functools.cache
def styles(lang: str, scale: float = 1.0) -> Styles:
    """The report's styles, built once per language and scale (never changed after): Chinese wraps between
    any two characters, English between words. The brief has room for a larger type (`scale`)."""
    wrap = "CJK" if lang == "zh" else None

    def style(name: str, size: float, leading: float, **more: object) -> ParagraphStyle:
        base = {
            "fontName": FONT,
            "fontSize": size * scale,
            "leading": leading * scale,
            "textColor": INK,
            "wordWrap": wrap,
        }
        return ParagraphStyle(name, **{**base, **more})

    return Styles(
        title=style("title", 24, 32, textColor=ACCENT, spaceAfter=6 * mm),
        firm=style("firm", 17, 24, spaceAfter=2 * mm),
        h1=style("h1", 15, 20, textColor=ACCENT, spaceBefore=2 * mm, spaceAfter=3 * mm, keepWithNext=1),
        h2=style("h2", 11.5, 16, textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        body=style("body", 9.5, 14.5, spaceAfter=2 * mm),
        small=style("small", 8, 11.5, textColor=MUTED, spaceAfter=1.5 * mm),
        cell=style("cell", 7.8, 10.4),
        cell_small=style("cell_small", 6.8, 9, textColor=MUTED),
        cell_head=style("cell_head", 7.8, 10.4, textColor=colors.white),
        cell_head_small=style("cell_head_small", 6.8, 9, textColor=colors.white),
        cell_centre=style("cell_centre", 7.8, 10.4, alignment=TA_CENTER),
        numbers=style("numbers", 7.8, 10.4, wordWrap=None),
        card_value=style("card_value", 15, 19, alignment=TA_LEFT),
        arrow=style("arrow", 16, 18, alignment=TA_CENTER),
        mark=style("mark", 9.5, 12, alignment=TA_CENTER),
    )


# Characters the app writes that the bundled font lacks, and the ones drawn instead (a test checks that
# every other character the reports can write is in the font). A character the user typed that the
# font lacks (a rare ideograph, an emoji) is drawn as MISSING_GLYPH rather than as an empty gap.
GLYPH_REPLACEMENTS = {"✗": "✘"}
MISSING_GLYPH = "□"


class _GlyphTable(dict[int, int | str | None]):
    """A `str.translate` table filled as characters are met: a character the font has maps to itself,
    one it lacks to its replacement, an invisible format character (a zero-width space) to nothing."""

    def __missing__(self, code: int) -> int | str | None:
        self[code] = found = _glyph_for(code)
        return found


def _glyph_for(code: int) -> int | str | None:
    char = chr(code)
    if char in GLYPH_REPLACEMENTS:
        return GLYPH_REPLACEMENTS[char]
    if code < 0x20 or char.isspace() or code in font_cmap():
        return code
    if unicodedata.category(char) == "Cf":
        return None
    return MISSING_GLYPH


GLYPHS = _GlyphTable()


@functools.cache
def font_cmap() -> frozenset[int]:
    """The code points the bundled font has a glyph for."""
    register_font()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def drawable(text: str) -> str:
    """`text` with every character one the font can draw: for text drawn on the canvas or in a chart."""
    return safe_text(text).translate(GLYPHS)


def markup(text: str) -> str:
    """Plain text made safe for a paragraph: escaped, every character one the font has (and encodable)."""
    return escape(drawable(text))


class Para(Paragraph):
    """A paragraph that reuses what it can: the parse of its markup, and its lines once per width.

    A report repeats many texts (headers, marks, labels, the method page) and a second export of the same
    firm repeats nearly all of them, so the parsed fragments are kept, keyed by markup and style. A table
    wraps each cell three or four times (the split check, the row heights, the drawing, a header repeated
    on every page) and line breaking is most of a report's time; the lines depend on the width only, so
    a second wrap at the same width reuses them.
    """

    _wrapped: tuple[float, Any, list[float], float, float] | None = None

    def __init__(
        self, text: str | None, style: ParagraphStyle, bulletText: Any = None, frags: Any = None, **more: Any
    ) -> None:
        if frags is None and bulletText is None and not more and text is not None:
            text, parsed = _parsed(text, style)
            frags = [frag.clone() for frag in parsed]  # reportlab may change a fragment of its own
        super().__init__(text, style, bulletText=bulletText, frags=frags, **more)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        done = self._wrapped
        if done is not None and done[0] == availWidth:
            _, self.blPara, self._wrapWidths, self.width, self.height = done
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, self._wrapWidths, self.width, self.height)
        return size


@functools.lru_cache(maxsize=8192)
def _parsed(text: str, style: ParagraphStyle) -> tuple[str, tuple[Any, ...]]:
    """(the cleaned text, its fragments) as `Paragraph` parses them; `style` is one of the cached sheets."""
    text = cleanBlockQuotedText(text)
    _, frags, bullet = ParaParser().parse(text, style)
    if frags is None or bullet:
        raise ValueError(f"not a plain paragraph: {text[:30]!r}")
    textTransformFrags(frags, style)
    return text, tuple(frags)


def para(text: str, style: ParagraphStyle, colour: colors.Color | None = None) -> Para:
    """A paragraph of plain text, optionally in a colour."""
    start, end = (f'<font color="{colour.hexval()}">', "</font>") if colour is not None else ("", "")
    body = cleanBlockQuotedText(f"{start}{markup(text)}{end}")
    data = body[len(start) : len(body) - len(end)]
    if not data or "&" in data:  # empty, or holding an entity (&amp;): as reportlab parses it
        return Para(body, style)
    # Plain text: the parser would make one fragment, its style's, holding `data` as it is.
    return Para(body, style, frags=[_plain_fragment(style, start, end).clone(text=data)])


@functools.lru_cache(maxsize=256)
def _plain_fragment(style: ParagraphStyle, start: str, end: str) -> Any:
    (fragment,) = _parsed(f"{start}x{end}", style)[1]
    return fragment


def coloured(text: str, colour: colors.Color) -> str:
    """A run of plain text in a colour, for composing paragraphs."""
    return f'<font color="{colour.hexval()}">{markup(text)}</font>'


def grid_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[tuple]:
    """Commands of the report's tables: a dark header, hairlines, light zebra striping."""
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(header_rows + 1, rows, 2)]
    return commands


def table_style(commands: list[tuple]) -> TableStyle:
    """The commands on top of the bundled font: a table otherwise sets Helvetica, not embedded."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), *commands])


Cell = Flowable | list[Flowable]


def long_table(data: list[list[Cell]], widths: list[float], commands: list[tuple]) -> LongTable:
    """A table that breaks between rows and repeats its header row on every page.

    A row breaks inside itself only in a table holding a row taller than half a page (a long list of IP
    items in one cell); elsewhere a row moves to the next page whole, which reads better.
    """
    split = any(
        _cell_height(cell, width) > FRAME_HEIGHT / 2
        for row in data
        for cell, width in zip(row, widths, strict=True)
    )
    table = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=int(split))
    table.setStyle(table_style(commands))
    return table


def _cell_height(cell: Cell, width: float) -> float:
    items = cell if isinstance(cell, list) else [cell]
    # The width a table gives its cells (padding off each side in turn), so the table's wrap reuses this one.
    return sum(item.wrap(width - CELL_PADDING - CELL_PADDING, FRAME_HEIGHT)[1] for item in items)
