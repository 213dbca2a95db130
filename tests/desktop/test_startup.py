"""Start-up paints first and works after: the first screen imports and builds only what it shows, the
engine runs once, and every other view is built when first needed or right after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop import session as session_module
from desktop.app import build
from desktop.main_window import SUPPORT_TAB, WIZARD_TAB
from desktop.widgets.support_view import SupportView
from desktop.wizard.assessment_wizard import PageId

from .conftest import dispose

ROOT = Path(__file__).resolve().parents[2]


def run(code_or_args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SRDI_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_importing_the_app_loads_no_spreadsheet_or_pdf_library(tmp_path):
    code = (
        "import desktop.app, sys; "
        "print(sorted(m for m in sys.modules if m.startswith(('openpyxl', 'reportlab', 'assessments.export'))))"
    )
    done = run(["-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_first_paint_mode_paints_the_window_and_exits_with_the_time(tmp_path):
    done = run(["-m", "desktop", "--first-paint"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first paint ") and done.stdout.strip().endswith(" s")
    assert (tmp_path / "workspace.sqlite").exists()  # a real start on the sample firm


def test_the_engine_runs_once_at_start(data_dir, monkeypatch):
    calls = []
    real = session_module.assess

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(session_module, "assess", counted)
    _app, window = build([])
    assert len(calls) == 1
    assert window.session.assessment.results["sme_size"].verdict.value == "qualifies"
    dispose(window)


def test_the_wizard_and_support_tab_are_built_on_first_access(window):
    assert window._wizard is None and window._support is None  # not built by the start
    wizard = window.wizard
    assert window.tabs.widget(WIZARD_TAB) is wizard and window.wizard is wizard
    assert window.tabs.currentWidget() is window.dashboard  # building a tab does not show it
    assert isinstance(window.tabs.widget(SUPPORT_TAB), SupportView)  # built when asked for
    assert window.tabs.widget(SUPPORT_TAB) is window.support


def test_clicking_a_tab_not_built_yet_builds_and_shows_it(window):
    window.tabs.setCurrentIndex(SUPPORT_TAB)
    assert isinstance(window.tabs.currentWidget(), SupportView)
    assert window.session.workspace.get_state("tab") == "support"


def test_after_the_first_paint_the_hidden_views_are_built(window, qtbot):
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window._support is not None, timeout=5000)
    assert window._wizard is not None
    assert window.tabs.currentWidget() is window.dashboard


def test_a_restart_reopens_the_wizard_page_the_user_left(data_dir):
    _app, first = build([])
    first.tabs.setCurrentWidget(first.wizard)
    first.wizard.go_to(PageId.IP)
    dispose(first)
    _app, again = build([])
    assert again.tabs.currentWidget() is again.wizard
    assert again.wizard.currentId() == PageId.IP
    dispose(again)


def test_a_language_change_before_the_wizard_is_built_builds_it_in_the_new_language(window):
    i18n.install("en")
    QApplication.processEvents()  # the language change reaches the window
    assert window._wizard is None
    assert window.tabs.tabText(WIZARD_TAB) == "Enter data"
    assert window.wizard.page(PageId.PROFILE).title()
