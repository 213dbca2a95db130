"""The last assessment files (.srdi) opened or saved, most recent first, kept in the user's settings.

Files that have gone missing since the last start are dropped when the list is read; one that goes
missing while the app runs is dropped, with a message, when the user picks it from the menu.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.paths import settings

LIMIT = 8
KEY = "recent_files"


class RecentFiles(QObject):
    changed = Signal()

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store or settings()
        self._paths = [path for path in self._read() if path.is_file()]
        self._write()

    def paths(self) -> list[Path]:
        return list(self._paths)

    def add(self, path: Path | str) -> None:
        """Put `path` first (once), keeping the newest LIMIT files."""
        path = _absolute(path)
        self._paths = [path, *(p for p in self._paths if p != path)][:LIMIT]
        self._save()

    def remove(self, path: Path | str) -> None:
        path = _absolute(path)
        self._paths = [p for p in self._paths if p != path]
        self._save()

    def clear(self) -> None:
        self._paths = []
        self._save()

    def _save(self) -> None:
        self._write()
        self.changed.emit()

    def _read(self) -> list[Path]:
        count = self._store.beginReadArray(KEY)
        paths = []
        for index in range(count):
            self._store.setArrayIndex(index)
            paths.append(_absolute(str(self._store.value("path", ""))))
        self._store.endArray()
        return paths

    def _write(self) -> None:
        self._store.remove(KEY)  # a shorter list must not leave the old tail behind
        self._store.beginWriteArray(KEY, len(self._paths))
        for index, path in enumerate(self._paths):
            self._store.setArrayIndex(index)
            self._store.setValue("path", str(path))
        self._store.endArray()
        self._store.sync()  # on disk now: a crash must not lose the list


def _absolute(path: Path | str) -> Path:
    """One spelling per file, so opening it twice from different folders keeps one entry."""
    return Path(os.path.abspath(path))


class RecentFilesMenu(QMenu):
    """File → Recent files: one action per file, newest first, and Clear list."""

    file_chosen = Signal(str)

    def __init__(self, recent: RecentFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.setObjectName("recentFilesMenu")
        self.setToolTipsVisible(True)
        self.message: QMessageBox | None = None
        recent.changed.connect(self.rebuild)
        self.retranslate()

    def rebuild(self) -> None:
        self.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            label = f"{path.name}    {_folder(path)}".replace("&", "&&")  # a lone & underlines a letter
            action = self.addAction(f"&{number}  {label}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(partial(self._on_entry_triggered, path))
        if not paths:
            self.addAction(self.tr("No recent files")).setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("Clear list")).triggered.connect(self.recent.clear)

    def _on_entry_triggered(self, path: Path) -> None:
        if path.is_file():
            self.file_chosen.emit(str(path))
            return
        self.recent.remove(path)
        self.message = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("File not found"),
            self.tr(
                "“%1” is no longer there (moved, renamed or deleted). It was removed from the list."
            ).replace("%1", str(path)),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        self.message.open()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recent files"))
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _folder(path: Path) -> str:
    """The last two folders of the path: enough to tell two files of the same name apart."""
    parts = path.parent.parts
    return os.sep.join(("…", *parts[-2:])) if len(parts) > 3 else str(path.parent)
