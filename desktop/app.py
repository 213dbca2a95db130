"""Start-up: fonts, translations, style, the workspace, and the window where the user left off."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assessments.storage import srdi_file
from assessments.storage.workspace import Workspace
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.paths import resources_dir, workspace_path
from desktop.session import Session

APP_NAME = "SRDI Self-Check"


def register_fonts() -> str:
    """Register the bundled CJK font so the app looks the same on a PC without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def build(argv: list[str]) -> tuple[QApplication, MainWindow]:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 10))
    i18n.install(i18n.saved_language())
    app.setStyleSheet((resources_dir() / "style" / "app.qss").read_text(encoding="utf-8"))
    session = Session(Workspace(workspace_path()))
    window = MainWindow(session)
    reopen(session, window)
    return app, window


def reopen(session: Session, window: MainWindow) -> None:
    """Where the user was; on the very first start, the built-in sample firm."""
    last = session.workspace.get_state("current_assessment")
    if last.isdigit():
        try:
            session.open(int(last))
            window.restore_page()
            return
        except KeyError:
            pass
    if not session.workspace.firms():
        session.create(srdi_file.load(resources_dir() / "samples" / "demo.srdi"))


def main(argv: list[str] | None = None) -> int:
    app, window = build(argv or sys.argv)
    window.show()
    return app.exec()
