"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions (so the list can never
differ from what the keys do): the menus' actions in menu order, then those of the panels (e.g. Delete
in the firm list)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QVBoxLayout, QWidget

from desktop.dialogs.rule_update_dialog import fill_table, read_only_table
from desktop.widgets import parts


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action of the window that has a shortcut, each once."""
    rows, seen = [], set()
    for where, action in _actions(window):
        if id(action) in seen or not action.shortcuts() or not action.iconText():
            continue
        seen.add(id(action))
        rows.append((where, action.iconText(), keys_text(action)))
    return rows


def keys_text(action: QAction) -> str:
    return " / ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


def _actions(window: QMainWindow) -> Iterator[tuple[str, QAction]]:
    for top in window.menuBar().actions():
        if top.menu() is not None:
            yield from _menu_actions(top.menu())
    for action in window.findChildren(QAction):
        yield _owner_name(action, window), action


def _menu_actions(menu: QMenu, within: str = "") -> Iterator[tuple[str, QAction]]:
    """A submenu's actions are where its path says: "文件 → 打印"."""
    title = re.sub(r"\(&\w\)", "", menu.title()).replace("&", "")  # "文件(&F)" → "文件"
    path = f"{within} → {title}" if within else title
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu(), path)
        elif not action.isSeparator():
            yield path, action


def _owner_name(action: QAction, window: QMainWindow) -> str:
    """Where an action outside the menus works: the dock or dialog holding its widget (e.g. "Firms")."""
    widget = action.parent()
    while isinstance(widget, QWidget) and widget is not window:
        if widget.windowTitle():
            return widget.windowTitle()
        widget = widget.parentWidget()
    return ""


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("shortcutsDialog")
        self.intro = parts.wrapped("", "shortcutsIntro")
        self.table = read_only_table("shortcutsTable", 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Every shortcut of this window, as its menus and panels define them."))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Command"), self.tr("Keys")])
        fill_table(self.table, [list(row) for row in shortcut_rows(self.window_)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
