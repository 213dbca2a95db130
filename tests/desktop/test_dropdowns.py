"""A drop-down is never clipped by the edge of the screen (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from desktop.main_window import MainWindow


# The offscreen platform cannot raise a popup or grab the keyboard; it says so, harmlessly.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_wide_drop_down_near_the_screen_edge_opens_on_the_screen(window: MainWindow, qtbot):
    screen = window.screen().availableGeometry()
    combo = QComboBox(window)
    combo.addItems(["待确认", "工业（采矿、制造、电力热力燃气水）" * 3, *(f"选项{n}" for n in range(30))])
    combo.resize(120, 28)
    window.show()
    combo.move(window.mapFromGlobal(screen.bottomRight()) - combo.rect().bottomRight())
    combo.show()
    combo.showPopup()
    popup = combo.view().window()
    qtbot.waitUntil(popup.isVisible)
    assert screen.contains(popup.geometry()), (popup.geometry(), screen)
    assert combo.view().verticalScrollBar().maximum() > 0  # a long list scrolls inside the screen
    combo.hidePopup()
