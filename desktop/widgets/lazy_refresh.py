"""A view that refreshes only when the user can see it: hidden, it is marked stale and refreshes when shown.

Every edit re-assesses and tells every view (`Session.changed`, `Session.assessed`); the views on another
tab or another wizard page would spend the keystroke's frame on work nobody sees. A view whose window is
not on screen at all (before the first show, or a widget on its own) refreshes at once, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class LazyRefresh(QObject):
    """Runs `refresh` now if `widget` is on screen, else once when `widget` is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self._refresh = widget, refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self, *_args: object) -> None:
        """A slot for any signal: the data changed."""
        if self.widget.isVisible() or not self.widget.window().isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def flush(self) -> None:
        """Refresh now if a change is pending (before reading the view while it is hidden)."""
        if self.stale:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show:
            self.flush()
        return False
