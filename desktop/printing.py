"""Printing a report: the PDF the exporter writes, each page rendered (PDFium) onto the printer's pages.

What prints is exactly the file the user would export: the same layout, fonts and page numbers, in
Qt's print dialog or its print preview. A page is drawn at its own size on the paper (A4 on A4), or
scaled to fit a paper of another size, and rendered at the printer's resolution up to MAX_DPI.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from assessments.engine import Assessment
from assessments.model import ActionPlan, PlannedSpend
from desktop.paths import settings

if TYPE_CHECKING:  # PDFium is loaded when a report is printed, not when a dialog offering it opens
    import pypdfium2 as pdfium

MAX_DPI = 300  # finer costs memory, not legibility: an A4 page at 300 dpi is a 35 MB image
PREVIEW_DPI = 150  # the preview renders every page before it shows: sharp enough on screen, 5× faster
REPORTS = ("full", "brief")  # the full report, the manager's two-page brief
REPORT_KEY = "print/report"  # the report the user printed or exported last


def write_report(
    kind: str,
    assessment: Assessment,
    path: Path,
    lang: str,
    *,
    plan: ActionPlan | None = None,
    spend: PlannedSpend | None = None,
) -> None:
    """Write the full report or the brief (reportlab is loaded only when a report is asked for)."""
    if kind == "brief":
        from assessments.export.pdf_short import write_short_pdf

        write_short_pdf(assessment, path, lang, plan=plan, spend=spend)
    else:
        from assessments.export.pdf import write_pdf

        write_pdf(assessment, path, lang, plan=plan, spend=spend)


def last_report() -> str:
    kind = settings().value(REPORT_KEY, "full")
    return kind if kind in REPORTS else "full"


def remember_report(kind: str) -> None:
    settings().setValue(REPORT_KEY, kind)


# --- drawing the PDF on a printer ----------------------------------------------------------------


def new_printer() -> QPrinter:
    """A printer on A4 that draws from the paper's edge: the report's pages carry their own margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


Progress = Callable[[int, int], bool]  # (pages done, pages in all) → go on


def print_pdf(path: Path, printer: QPrinter, dpi: int = MAX_DPI, progress: Progress | None = None) -> int:
    """Draw the pages of the PDF at `path` on `printer`, the range chosen in the print dialog, at most at
    `dpi`; the number of pages drawn. `progress` is told after each page and stops the job by returning
    False. OSError when the printer cannot be started (no printer, an output file that cannot be written)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        pages = chosen_pages(printer, len(document))
        if not painter.begin(printer):
            raise OSError(QCoreApplication.translate("Printing", "The printer could not be started."))
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            draw_page(painter, printer, document[index], min(printer.resolution(), dpi))
            if progress is not None and not progress(n + 1, len(pages)):
                printer.abort()
                return n + 1
        return len(pages)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the user asked for: all, or a range "from–to" of the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage() or count, count))
    return range(count)


def draw_page(painter: QPainter, printer: QPrinter, page: pdfium.PdfPage, dpi: int) -> None:
    width, height = page.get_size()  # in points
    paper = printer.paperRect(QPrinter.Unit.DevicePixel) if printer.fullPage() else painter.viewport()
    scale = min(paper.width() / width, paper.height() / height)  # 1:1 on the paper the PDF was made for
    target = QRectF(0, 0, width * scale, height * scale)
    target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
    painter.drawImage(target, page_image(page, dpi))


def page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    """The page rendered at `dpi` on white, as a QImage that owns its pixels."""
    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, optimize_mode="print")
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        return image.copy()  # the bitmap's memory goes with it
    finally:
        bitmap.close()


# --- the dialogs ---------------------------------------------------------------------------------


def print_dialog(printer: QPrinter, pages: int, parent: QWidget | None = None) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.printer_kept = printer  # Qt does not own the printer: it must live as long as the dialog
    dialog.setMinMax(1, pages)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog


def preview_dialog(printer: QPrinter, path: Path, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's preview of the PDF at `path`; its own Print button prints what it shows."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # Qt does not own the printer: it must live as long as the dialog
    dialog.paintRequested.connect(lambda target: print_pdf(path, target, PREVIEW_DPI))
    return dialog


def print_report(
    parent: QWidget, assessment: Assessment, kind: str, lang: str, *, preview: bool, **options: object
) -> None:
    """Write the chosen report to a temporary file, then print it or show its preview; `options` are
    the document's plan and spend. The file is deleted afterwards."""
    remember_report(kind)
    with tempfile.TemporaryDirectory(prefix="srdi-print-") as folder:
        path = Path(folder) / "report.pdf"
        try:
            with _waiting():
                write_report(kind, assessment, path, lang, **options)  # type: ignore[arg-type]
        except OSError as error:
            _warn(parent, error)
            return
        printer = new_printer()
        printer.setDocName(assessment.firm.profile.name or "SRDI")
        if preview:
            preview_dialog(printer, path, parent).exec()
            return
        if print_dialog(printer, page_count(path), parent).exec() == QDialog.DialogCode.Accepted:
            _print_with_progress(parent, path, printer)


def _print_with_progress(parent: QWidget, path: Path, printer: QPrinter) -> None:
    """Print, showing the pages done and a Cancel button (a long report takes a few seconds)."""
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    progress.setLabelText(QCoreApplication.translate("Printing", "Sending the report to the printer…"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def advance(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    try:
        print_pdf(path, printer, progress=advance)
    except OSError as error:
        _warn(parent, error)
    finally:
        progress.close()


@contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _warn(parent: QWidget, error: OSError) -> None:
    title = QCoreApplication.translate("Printing", "Print")
    text = QCoreApplication.translate("Printing", "The report could not be printed: %1")
    QMessageBox.warning(parent, title, text.replace("%1", error.strerror or str(error)))
