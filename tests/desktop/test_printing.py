"""Printing a report: the exported PDF's pages drawn on a printer, here a QPrinter writing a PDF file.

The print and preview dialogs are only built (they are modal and belong to the platform); what they
print is exercised through the same `print_pdf` they call.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from assessments.engine import assess
from assessments.storage.srdi_file import load
from desktop.printing import (
    chosen_pages,
    new_printer,
    page_count,
    preview_dialog,
    print_dialog,
    print_pdf,
    write_report,
)
from tests.assessments.examples_demo import DEMO_PATH

LOW_DPI = 60  # enough to compare pages; the printers of these tests are files


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    doc = load(DEMO_PATH)
    assessment = assess(doc.firm, doc.on, doc.purpose)
    folder = tmp_path_factory.mktemp("reports")
    paths = {}
    for kind in ("full", "brief"):
        paths[kind] = folder / f"{kind}.pdf"
        write_report(kind, assessment, paths[kind], "zh", plan=doc.plan, spend=doc.spend)
    return paths


def file_printer(path: Path) -> QPrinter:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def grey(path: Path, index: int) -> list[int]:
    """A page of a PDF as grey levels at 20 dpi, to compare a printed page with its source."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[index].render(scale=20 / 72, grayscale=True).to_pil().convert("L")
        return list(image.tobytes())
    finally:
        document.close()


@pytest.mark.parametrize("kind", ["full", "brief"])
def test_printing_a_report_prints_every_page_of_it(qapp, reports, kind: str, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    printed = print_pdf(reports[kind], file_printer(out), LOW_DPI)
    pages = page_count(reports[kind])
    assert printed == pages == len(PdfReader(out).pages)
    assert (kind == "brief") == (pages == 2)


def test_a_printed_page_is_the_report_page_at_its_own_size_on_a4(qapp, reports, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    print_pdf(reports["brief"], file_printer(out), LOW_DPI)
    box = PdfReader(out).pages[1].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    source, printed = grey(reports["brief"], 1), grey(out, 1)
    assert len(source) == len(printed)
    differing = sum(abs(a - b) > 60 for a, b in zip(source, printed, strict=True))
    assert differing < len(source) * 0.02, differing  # the same page, not shifted or scaled
    assert min(printed) < 100  # and not blank


def test_a_page_range_from_the_print_dialog_prints_those_pages(qapp, reports, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    printer = file_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(reports["full"], printer, LOW_DPI) == 2
    assert len(PdfReader(out).pages) == 2


@pytest.mark.parametrize(
    ("start", "end", "count", "pages"),
    [(0, 0, 5, range(5)), (2, 3, 5, range(1, 3)), (4, 9, 5, range(3, 5)), (5, 5, 5, range(4, 5))],
)
def test_chosen_pages_stay_within_the_document(qapp, start: int, end: int, count: int, pages: range) -> None:
    printer = QPrinter()
    if start:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(start, end)
    assert chosen_pages(printer, count) == pages


def test_cancelling_stops_after_the_page_being_printed(qapp, reports, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    assert print_pdf(reports["full"], file_printer(tmp_path / "cut.pdf"), LOW_DPI, progress) == 2
    assert seen == [(1, page_count(reports["full"])), (2, page_count(reports["full"]))]


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says so too
def test_a_printer_that_cannot_start_is_an_os_error(qapp, reports, tmp_path: Path) -> None:
    printer = file_printer(tmp_path / "no such folder" / "out.pdf")
    with pytest.raises(OSError):
        print_pdf(reports["brief"], printer, LOW_DPI)


def test_the_print_dialog_offers_the_reports_pages_on_a4(qtbot, reports) -> None:
    printer = new_printer()
    dialog = print_dialog(printer, page_count(reports["full"]))
    qtbot.addWidget(dialog)
    assert (dialog.minPage(), dialog.maxPage()) == (1, page_count(reports["full"]))
    assert dialog.testOption(QPrintDialog.PrintDialogOption.PrintPageRange)
    assert printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().PageSizeId.A4


def test_the_preview_draws_the_report(qtbot, reports, tmp_path: Path) -> None:
    dialog = preview_dialog(new_printer(), reports["brief"])  # the dialog keeps the printer alive
    qtbot.addWidget(dialog)
    gc.collect()
    dialog.show()  # paints the pages: with its printer gone, Qt would crash here
    qtbot.waitExposed(dialog)
    out = tmp_path / "preview.pdf"
    dialog.paintRequested.emit(file_printer(out))  # what the preview asks for when it paints
    assert len(PdfReader(out).pages) == 2


def test_write_report_writes_the_brief_or_the_full_report(reports) -> None:
    assert page_count(reports["brief"]) == 2
    assert page_count(reports["full"]) > 8
    assert dt.date.today().isoformat() in "".join(PdfReader(reports["brief"]).pages[0].extract_text().split())
