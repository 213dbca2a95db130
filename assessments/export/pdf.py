"""The PDF report (reportlab platypus): A4, Chinese first, English with `lang="en"`.

Cover, a one-page summary, charts, one criteria table per scheme, gaps, the action plan, the Xiamen
support measures, the IP items and where they count, the method page and the disclaimer. The canvas holds the pages back until the end,
so the footer can say "第 n 页 / 共 N 页"; headings are PDF bookmarks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from assessments.engine import Assessment
from assessments.export.labels import PURPOSE
from assessments.export.pdf_checklist import checklist_pages
from assessments.export.pdf_method import disclaimer, method_section
from assessments.export.pdf_report import (
    SHORT_CHARS,
    Report,
    boxed,
    heading,
    key_values,
    packs_table,
    sample_note,
)
from assessments.export.pdf_schemes import gap_section, ip_section, scheme_sections
from assessments.export.pdf_styles import (
    ACCENT,
    ACCENT_TINT,
    FONT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    document_options,
    drawable,
    para,
    register_font,
)
from assessments.export.pdf_summary import chart_pages, summary
from assessments.export.pdf_support import measures_section, plan_section
from assessments.export.support import support_for
from assessments.model import ActionPlan, PlannedSpend
from assessments.storage.atomic import write_atomic
from assessments.storage.workspace import EvidenceRecord


def write_pdf(
    assessment: Assessment,
    path: Path | str,
    lang: str = "zh",
    *,
    generated: dt.date | None = None,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
    evidence: Iterable[EvidenceRecord] | None = None,
) -> None:
    """Write the report of `assessment` to `path` in `lang` ("zh" or "en").

    `evidence` is the firm's kept files, read by the evidence checklist (None: not consulted, "to check").

    `plan` is the user's action plan; without one the report builds one from `spend` and says so.
    """
    report = report_of(assessment, lang, generated, plan, spend)

    def build(temp: Path) -> None:
        doc = ReportDoc(str(temp), report)
        doc.build(list(story(report, evidence)), canvasmaker=partial(HeldPagesCanvas, footer=doc.footer))

    write_atomic(Path(path), build)


def report_of(
    assessment: Assessment,
    lang: str,
    generated: dt.date | None,
    plan: ActionPlan | None,
    spend: PlannedSpend | None,
) -> Report:
    """What every report of the assessment writes from: the font registered, the support measures and
    the plan worked out as of `generated` (today), in "zh" or "en"."""
    register_font()
    today = generated or dt.date.today()
    support = support_for(assessment, plan, spend, today)
    return Report(assessment, "en" if lang.startswith("en") else "zh", today, support)


class ReportDoc(BaseDocTemplate):
    def __init__(self, path: str, report: Report) -> None:
        title = f"{report.t('report')} · {report.firm_name}"
        super().__init__(path, **document_options(title, report.lang, report.firm_name, report.t("subtitle")))
        self.report = report
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, 0, 0, 0, 0)
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._cover_page),
                PageTemplate("body", [frame], onPage=self._body_page),
            ]
        )

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        """The "第 n 页 / 共 N 页" line on every page but the cover."""
        if page == 1:
            return
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(
            PAGE[0] / 2, MARGIN_BOTTOM - 9 * mm, self.report.t("page").format(n=page, total=total)
        )
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            key, title, level = outline
            assert isinstance(self.canv, HeldPagesCanvas)
            self.canv.mark(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE[1] - 14 * mm, PAGE[0], 14 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        report = self.report
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        top = PAGE[1] - MARGIN_TOP + 6 * mm
        title = report.t("report")
        room = FRAME_WIDTH - stringWidth(title, FONT, 8) - 10 * mm
        date = f" · {report.assessment.on.isoformat()}"
        name = fit(report.firm_line(), room - stringWidth(date, FONT, 8), 8)
        canvas.drawString(MARGIN_X, top, name + date)
        canvas.drawRightString(PAGE[0] - MARGIN_X, top, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE[0] - MARGIN_X, top - 2.5 * mm)
        canvas.restoreState()


class HeldPagesCanvas(Canvas):
    """Holds every page back until the end, so each footer can say how many pages there are.

    A bookmark refers to the page being written, so bookmarks are bound while the held pages go out.
    """

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._marks: dict[int, list[str]] = {}
        self._footer = footer

    def mark(self, key: str) -> None:
        self._marks.setdefault(self._pageNumber, []).append(key)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            for key in self._marks.get(self._pageNumber, ()):
                self.bookmarkPage(key)
            super().showPage()
        super().save()


def fit(text: str, width: float, size: float) -> str:
    """`text` cut with an ellipsis to fit `width` points (a long firm name in the running header)."""
    text = drawable(text)
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def story(report: Report, evidence: Iterable[EvidenceRecord] | None = None) -> Iterator[Flowable]:
    yield from cover(report)
    yield NextPageTemplate("body")
    yield PageBreak()
    yield from summary(report)
    yield PageBreak()
    yield from chart_pages(report)
    yield CondPageBreak(120 * mm)
    yield from scheme_sections(report)
    yield PageBreak()
    yield from gap_section(report)
    yield PageBreak()
    yield from plan_section(report)
    yield Spacer(1, 4 * mm)
    yield CondPageBreak(80 * mm)
    yield from measures_section(report)
    yield PageBreak()
    yield from ip_section(report)
    yield PageBreak()
    yield from checklist_pages(report.assessment, evidence, report.lang)  # issue 11
    yield from method_section(report)
    yield CondPageBreak(70 * mm)
    yield from disclaimer(report)


def cover(report: Report) -> Iterator[Flowable]:
    st, a = report.st, report.assessment
    profile = a.firm.profile
    yield Spacer(1, 18 * mm)
    yield heading(report.t("report"), st.title, "cover")
    yield para(report.t("subtitle"), st.small)
    yield Spacer(1, 10 * mm)
    yield para(report.firm_name, st.firm)
    if report.sample:
        yield sample_note(report)
    facts = [
        (report.t("credit_code"), report.user_text(profile.credit_code or "—", SHORT_CHARS)),
        (report.t("district"), report.user_text(profile.district or "—", SHORT_CHARS)),
        (report.t("main_product"), report.user_text(profile.main_product or "—")),
        (report.t("date"), a.on.isoformat()),
        (report.t("purpose"), report.text(PURPOSE[a.purpose])),
        (report.t("generated"), report.generated.isoformat()),
    ]
    yield key_values(report, facts)
    yield Spacer(1, 8 * mm)
    yield para(report.t("packs"), st.h2)
    yield packs_table(report, with_dates=False)
    yield Spacer(1, 10 * mm)
    yield boxed(para(report.t("cover_note"), st.body), ACCENT_TINT)
