"""What the main window remembers between starts: its size and place, the firm list's width, and where the
user left each splitter (a table over its detail pane).

Kept in the user's settings (desktop/paths.py `settings()`). A place saved on a screen that is gone (a
laptop taken off its docking station) is never restored off screen: the window comes back on the screen
it is nearest to, or centred on the primary one, and never larger than that screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.paths import settings

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"  # the dock and the toolbar
SPLITTERS = "splitters"
MIN_VISIBLE = 120  # pixels of the title bar that must lie on a screen for the user to grab the window


def save_window(window: QMainWindow, store: QSettings | None = None) -> None:
    store = store or settings()
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.setValue(STATE_KEY, window.saveState())
    store.sync()


def restore_window(window: QMainWindow, store: QSettings | None = None) -> bool:
    """Size, place, dock and toolbar as the user left them; False (defaults kept) if nothing was saved."""
    store = store or settings()
    geometry, state = store.value(GEOMETRY_KEY), store.value(STATE_KEY)
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    keep_on_screen(window)
    return restored


def keep_on_screen(window: QWidget) -> None:
    """Bring a window whose title bar lies off every screen back, fitted to the screen it is nearest to."""
    frame = window.frameGeometry() if window.isVisible() else window.geometry()
    screen = _screen_showing(frame)
    if screen is not None:
        return
    target = _nearest_screen(frame) or QGuiApplication.primaryScreen()
    if target is None:
        return
    area = target.availableGeometry()
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    if window.isMaximized() or window.isFullScreen():
        window.showNormal()
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)


def _screen_showing(frame: QRect) -> QScreen | None:
    """The screen holding enough of the window's top edge to drag it by, if any."""
    title_bar = QRect(frame.x(), frame.y(), frame.width(), 30)
    for screen in QGuiApplication.screens():
        shared = screen.availableGeometry().intersected(title_bar)
        if shared.width() >= min(MIN_VISIBLE, frame.width()) and shared.height() > 0:
            return screen
    return None


def _nearest_screen(frame: QRect) -> QScreen | None:
    def distance(screen: QScreen) -> int:
        return (screen.availableGeometry().center() - frame.center()).manhattanLength()

    return min(QGuiApplication.screens(), key=distance, default=None)


class SplitterMemory(QObject):
    """Remembers where the user dragged each splitter of the window's views.

    A splitter is known by the view that holds it (the scheme detail's table over its trace, the support
    measures over their detail): views rebuilt after a language change or another firm keep the split.
    """

    def __init__(self, parent: QObject | None = None, store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tracked: set[int] = set()

    def track(self, root: QWidget) -> None:
        """Restore and follow every splitter under `root` not followed yet (call after building a view)."""
        for splitter in root.findChildren(QSplitter):
            if id(splitter) in self._tracked:
                continue
            key = id(splitter)
            self._tracked.add(key)
            splitter.destroyed.connect(lambda _obj=None, key=key: self._tracked.discard(key))
            self._restore(splitter)
            splitter.splitterMoved.connect(lambda _pos, _index, s=splitter: self._save(s))

    def _settings(self) -> QSettings:
        return self._store or settings()

    def _restore(self, splitter: QSplitter) -> None:
        state = self._settings().value(f"{SPLITTERS}/{splitter_key(splitter)}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)

    def _save(self, splitter: QSplitter) -> None:
        self._settings().setValue(f"{SPLITTERS}/{splitter_key(splitter)}", splitter.saveState())


def splitter_key(splitter: QSplitter) -> str:
    """The name of the nearest view of ours holding the splitter, and which of its splitters it is."""
    holder: QObject | None = splitter.parent()
    while holder is not None and not type(holder).__module__.startswith("desktop."):
        holder = holder.parent()
    if holder is None:
        return splitter.objectName() or "splitter"
    index = holder.findChildren(QSplitter).index(splitter)
    return f"{type(holder).__name__}.{index}"
