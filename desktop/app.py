"""Start-up: fonts, translations, style, the workspace, and the window where the user left off.

One app writes a workspace at a time (desktop/single_instance.py): a second start brings the first
window forward and exits, or, if the first does not answer, opens the workspace read-only. A damaged
workspace never stops the start: it is repaired and the user told what happened.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from assessments.storage import atomic, srdi_file
from assessments.storage.recovery import Recovery, is_read_only_file, open_workspace
from assessments.storage.workspace import Workspace, WorkspaceError
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.paths import journal_path, lock_path, prepare_data_dir, resources_dir, workspace_path
from desktop.session import Session
from desktop.single_instance import SingleInstance, activate_running
from desktop.widgets import wheel_guard

APP_NAME = "SRDI Self-Check"


def register_fonts() -> str:
    """Register the bundled CJK font so the app looks the same on a PC without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else ""


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    wheel_guard.install(app)  # scrolling a page never changes an answer (once per application)
    return app


def build(argv: list[str], guard: SingleInstance | None = None) -> tuple[QApplication, MainWindow]:
    """The window on the workspace: writable if this start holds the workspace lock, else read-only."""
    app = application(argv)
    folder = prepare_data_dir()
    clean_leftovers(folder)
    if guard is None:
        guard = SingleInstance(folder, lock_path())
        guard.acquire()
    family = register_fonts()
    if family:
        app.setFont(QFont(family, 10))
    i18n.install(i18n.saved_language())
    app.setStyleSheet((resources_dir() / "style" / "app.qss").read_text(encoding="utf-8"))
    workspace, recovery, read_only_reason = open_for(guard.held)
    session = Session(workspace, assess_blank=False)
    problems: list[str] = []  # what opening the document went wrong with, told once the window is there
    session.problem.connect(problems.append)
    reopened = reopen(session)  # before the window: its views are built once, on the open assessment
    session.problem.disconnect(problems.append)
    window = MainWindow(session)
    hand_over(guard, window)
    if reopened:
        window.restore_page()
    if read_only_reason:
        window.set_read_only(read_only_reason)
    if recovery is not None:
        window.report_recovery(recovery)
    for text in problems:
        session.problem.emit(text)
    return app, window


def clean_leftovers(folder: Path) -> None:
    """Temporaries left by a killed export or save, in every folder written to and in the data folder."""
    atomic.set_journal(journal_path())
    atomic.sweep_journal()
    atomic.sweep(folder)


def open_for(writable: bool) -> tuple[Workspace, Recovery | None, str]:
    """The workspace, what was repaired, and why it is read-only ("" if it is not)."""
    path = workspace_path()
    try:
        if not writable:
            return Workspace(path, read_only=True), None, "other_window"
        workspace, recovery = open_workspace(path)
        return workspace, recovery, "file" if is_read_only_file(path) else ""
    except (sqlite3.Error, OSError, WorkspaceError):
        return _empty_read_only(), None, "other_window" if not writable else "unopenable"


def _empty_read_only() -> Workspace:
    workspace = Workspace(Path(":memory:"))
    workspace.read_only = True
    return workspace


def hand_over(guard: SingleInstance, window: MainWindow) -> None:
    """The window answers later starts and gives the lock back when it closes."""
    guard.setParent(window)
    guard.activation_requested.connect(window.bring_to_front)
    window.closing.connect(guard.release)
    window.instance_guard = guard


def reopen(session: Session) -> bool:
    """Where the user was (True: restore the page too); on the very first start, the sample firm."""
    last = session.workspace.get_state("current_assessment")
    if last.isdigit() and _exists(session.workspace, int(last)) and session.open(int(last)):
        return True
    if session.workspace.firms():
        session.open_latest()
        return False
    sample = srdi_file.load(resources_dir() / "samples" / "demo.srdi")
    if session.read_only:
        session.show_unsaved(sample)
    else:
        session.create(sample)
    return False


def _exists(workspace: Workspace, assessment_id: int) -> bool:
    try:
        workspace.firm_of(assessment_id)
    except KeyError:
        return False
    return True


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


def report_first_paint(app: QApplication, window: MainWindow, started: float) -> None:
    """`--first-paint`: print the seconds from `started` to the first frame of the window, then quit."""

    def done() -> None:
        print(f"first paint {time.perf_counter() - started:.3f} s")
        window.close()
        app.exit(0)

    window.first_painted.connect(done)


def main(argv: list[str] | None = None, started: float | None = None) -> int:
    """The app; `--self-test` checks a start on the sample firm, `--first-paint` times a start."""
    argv = argv or sys.argv
    if "--self-test" in argv:
        return self_test()
    app = application(argv)
    guard = SingleInstance(prepare_data_dir(), lock_path())
    if not guard.acquire() and activate_running(prepare_data_dir()):
        print("SRDI Self-Check is already open on this workspace: its window was brought forward.")
        return 0
    app, window = build(argv, guard)
    if "--first-paint" in argv:
        report_first_paint(app, window, time.perf_counter() if started is None else started)
    else:
        window.offer_welcome()  # the very first start: what the tool does and where to begin (once)
    window.show()
    code = app.exec()
    window.session.workspace.close()
    return code
