"""The data-entry wizard: one page per part of the firm's file, embedded in the main window.

Navigation is free (every page can be left incomplete: missing inputs are "to confirm"); every edit is
already saved, so Finish only takes the user to the results. The step list on the left says where the
user is and which steps still hold inputs to confirm, and jumps to a step on a click; a new page puts
the keyboard focus on its first input.
"""

from __future__ import annotations

from collections import Counter
from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.session import Session
from desktop.widgets.step_indicator import StepIndicator

COUNT_DELAY_MS = 250  # the step counts follow an edit once typing pauses this long
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QCheckBox, QRadioButton)


class PageId(IntEnum):
    PROFILE = 0
    YEARS = 1
    RD_STAFF = 2
    IP = 3
    HONOURS = 4
    DIGITAL = 5
    REVIEW = 6


class AssessmentWizard(QWizard):
    finished_editing = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)  # lives inside the main window, not as a dialog
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.HaveNextButtonOnLastPage, True)
        self.session = session
        for page_id, page in self._pages(session):
            page.setFinalPage(True)  # every edit is saved already: Finish is open on every page
            self.setPage(page_id, page)
        self.setStartId(PageId.PROFILE)
        self.steps = StepIndicator()
        _place_above_pages(self, self.steps)
        self._page_of_path: dict[str, int | None] = {}  # where an input is entered (pages never move)
        self._counts_stale = False  # an edit while the step row was hidden: counted when it shows
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.refresh_open_counts)
        self._show_steps()
        session.assessed.connect(self._on_session_assessed)
        self.steps.step_chosen.connect(self._on_steps_step_chosen)
        self.currentIdChanged.connect(self._on_current_id_changed)

    @staticmethod
    def _pages(session: Session) -> list[tuple[PageId, QWizardPage]]:
        # Imported here, not above: the main window paints before it builds (and imports) the wizard.
        from desktop.wizard.digital_page import DigitalPage
        from desktop.wizard.honours_page import HonoursPage
        from desktop.wizard.ip_register_page import IpRegisterPage
        from desktop.wizard.profile_page import ProfilePage
        from desktop.wizard.rd_staff_page import RdStaffPage
        from desktop.wizard.review_page import ReviewPage
        from desktop.wizard.years_page import YearsPage

        return [
            (PageId.PROFILE, ProfilePage(session)),
            (PageId.YEARS, YearsPage(session)),
            (PageId.RD_STAFF, RdStaffPage(session)),
            (PageId.IP, IpRegisterPage(session)),
            (PageId.HONOURS, HonoursPage(session)),
            (PageId.DIGITAL, DigitalPage(session)),
            (PageId.REVIEW, ReviewPage(session)),
        ]

    def done(self, result: int) -> None:  # Finish: the data is saved already; show the results
        self.finished_editing.emit()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.session.workspace.set_state("wizard_page", str(page_id))
        self.steps.set_current(page_id)
        self.focus_first_input()

    def _on_steps_step_chosen(self, page_id: int) -> None:
        self.go_to(page_id)

    def _on_session_assessed(self, _assessment: object) -> None:
        """Count when the user pauses typing (counting a blank firm takes a keystroke's frame); a hidden
        wizard counts when next shown; one on no screen at once (the pattern of lazy_refresh.py, not
        used here because its callback would keep the wizard alive)."""
        if not self.window().isVisible():
            self.refresh_open_counts()
        elif self.isVisible():
            self._count_timer.start()
        else:
            self._counts_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._counts_stale:
            self.refresh_open_counts()
        super().showEvent(event)

    # --- the step list ------------------------------------------------------------------------------

    def _show_steps(self) -> None:
        names = self.step_names()
        self.steps.set_steps(
            [(i, names.get(i) or self.page(i).title()) for i in self.pageIds()], PageId.REVIEW
        )
        self.steps.set_current(self.currentId() if self.currentId() >= 0 else self.startId())
        self.refresh_open_counts()

    def step_names(self) -> dict[int, str]:
        """Short names for the step row (the page titles are longer: the row must fit 1366 pixels)."""
        return {
            PageId.PROFILE: self.tr("Profile"),
            PageId.YEARS: self.tr("Figures"),
            PageId.RD_STAFF: self.tr("R&D and staff"),
            PageId.IP: self.tr("IP"),
            PageId.HONOURS: self.tr("Honours"),
            PageId.DIGITAL: self.tr("Digital level"),
            PageId.REVIEW: self.tr("Review"),
        }

    def refresh_open_counts(self) -> None:
        """How many inputs each page still holds to confirm: the review page's list, counted by page."""
        from desktop.wizard.review_page import to_confirm  # the pages are imported with the wizard's

        self._counts_stale = False
        self._count_timer.stop()
        counts = Counter(self._page_of(entry.path) for entry in to_confirm(self.session.assessment))
        self.steps.set_open_counts({page: n for page, n in counts.items() if page is not None})

    def _page_of(self, path: str) -> int | None:
        if path not in self._page_of_path:
            self._page_of_path[path] = self.page(PageId.REVIEW).page_of(path)
        return self._page_of_path[path]

    # --- focus --------------------------------------------------------------------------------------

    def focus_first_input(self) -> None:
        """The keyboard goes to the first input of the page shown (not to a list outside the wizard)."""
        page = self.currentPage()
        if page is None or not self.isVisible():
            return  # a hidden wizard (being built, restored) never takes the focus from the window
        widget = first_input(page)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(widget, QAbstractItemView):
                _select_first_cell(widget)

    def go_to(self, page_id: int) -> None:
        """Jump to a page (restoring where the user was after a restart)."""
        while self.currentId() not in (page_id, -1) and self.currentId() < page_id:
            self.next()
        while self.currentId() > page_id:
            self.back()


def _place_above_pages(wizard: QWizard, steps: QWidget) -> None:
    """The step row between the page's title and the page itself.

    QWizard has no slot for a widget above its pages, only one beside them (the side widget), which
    would take the width the figures grid needs; its pages sit in one box layout inside a frame
    (their parent), so the row goes first in that box. Should a Qt version lay pages out otherwise,
    the row becomes the side widget."""
    frame = wizard.page(wizard.pageIds()[0]).parentWidget()
    box = frame.layout() if frame is not None else None
    if isinstance(box, QBoxLayout) and frame is not wizard:
        box.insertWidget(0, steps)
    else:
        wizard.setSideWidget(steps)


def first_input(page: QWidget) -> QWidget | None:
    """The first input in the page's tab order that the user can type into or pick from."""
    widget = page.nextInFocusChain()
    for _ in range(10_000):  # the chain is a ring through the whole window; it comes back to `page`
        if widget is page or widget is None:
            return None
        if _is_input(widget) and page.isAncestorOf(widget) and widget.isVisibleTo(page):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _is_input(widget: QWidget) -> bool:
    if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, INPUTS)


def _select_first_cell(view: QAbstractItemView) -> None:
    model = view.model()
    if model is not None and not view.currentIndex().isValid() and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))
