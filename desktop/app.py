"""Start-up: fonts, translations, style, the workspace, and the window where the user left off."""

from __future__ import annotations

import os
import sys
import tempfile

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


def self_test() -> int:
    """Start on the sample firm in a throw-away folder and report: the smoke test of a frozen build."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SRDI_DATA_DIR"] = folder
        app, window = build([sys.argv[0]])
        window.show()
        app.processEvents()
        results = window.session.assessment.results
        for result in results.values():
            print(f"{result.scheme}: {result.verdict.value}")
        ok = results["sme_size"].verdict.value == "qualifies" and window.wizard.pageIds()
        window.close()
        window.session.workspace.close()
    print("self-test passed" if ok else "self-test FAILED")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = argv or sys.argv
    if "--self-test" in argv:
        return self_test()
    app, window = build(argv)
    window.show()
    return app.exec()
