"""File → Print and Print preview: a menu each, offering the full report and the brief, in the UI's language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop import i18n
from desktop.dialogs.print_actions import PrintActions


def test_print_and_preview_offer_both_reports_in_chinese_then_english(window, qtbot):
    actions = PrintActions(window, window.session)
    menu = QMenu()
    qtbot.addWidget(menu)
    actions.add_to(menu)
    assert [a.menu().title() for a in menu.actions()] == ["打印", "打印预览"]
    assert [a.text() for a in actions.print_menu.actions()] == ["完整报告…", "负责人简报（2 页）…"]
    assert actions.print_actions["full"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    i18n.set_language("en")
    QApplication.processEvents()  # the language change reaches the window as an event
    assert actions.preview_menu.title() == "Print preview"
    assert actions.preview_actions["brief"].text() == "Brief for the manager (2 pages)…"


def test_the_file_menu_has_print_and_preview_after_export(window):
    titles = [a.menu().title() if a.menu() else a.text() for a in window.file_menu.actions()]
    export = titles.index(window.export_action.text())
    assert titles[export + 1 : export + 3] == ["打印", "打印预览"]
