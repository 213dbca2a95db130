"""A real app over a workspace in a temporary folder; each test gets a fresh one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.app import build
from desktop.main_window import MainWindow


@pytest.fixture(autouse=True)
def chinese_ui(qapp):
    """Every test starts in the product's default language, Chinese, whatever the test before did."""
    i18n.install(i18n.DEFAULT)
    yield
    i18n.install(i18n.DEFAULT)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SRDI_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def window(qtbot, data_dir: Path) -> Iterator[MainWindow]:
    _app, main = build([])
    yield main
    i18n.install(i18n.DEFAULT)  # before the workspace closes: a language change refreshes the window
    dispose(main)


def dispose(main: MainWindow) -> None:
    """Close a window for good: deliver pending events, delete it, then close its workspace."""
    QApplication.processEvents()
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    main.session.workspace.close()


def type_text(qtbot, widget, text: str) -> None:
    """Type into a widget as a user would: keys for ASCII, an input-method commit for Chinese.

    QTest cannot synthesise key events for CJK characters (it aborts), so Chinese arrives the way an
    IME delivers it: a QInputMethodEvent with a commit string.
    """
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
