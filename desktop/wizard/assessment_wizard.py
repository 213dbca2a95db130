"""The data-entry wizard: one page per part of the firm's file, embedded in the main window.

Navigation is free (every page can be left incomplete: missing inputs are "to confirm"); every edit is
already saved, so Finish only takes the user to the results.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from desktop.session import Session


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
        if page_id >= 0:
            self.session.workspace.set_state("wizard_page", str(page_id))

    def go_to(self, page_id: int) -> None:
        """Jump to a page (restoring where the user was after a restart)."""
        while self.currentId() not in (page_id, -1) and self.currentId() < page_id:
            self.next()
        while self.currentId() > page_id:
            self.back()
