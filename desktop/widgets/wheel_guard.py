"""Scrolling a page never changes an answer: a wheel over an input that is not being edited scrolls.

Qt's combo boxes, spin boxes, date edits and sliders change their value on a wheel turn, even when the
pointer only passes over them while the user scrolls a long page (a 待确认 became 否 that way, noticed
only in the Undo label). One filter on the application covers every input of every window: an input
takes the wheel only while it has the keyboard focus; otherwise the wheel goes on to the page behind
it, which scrolls. Inputs also stop taking the focus from a wheel turn (Qt.StrongFocus), so a wheel
cannot start an edit either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    """An input whose value a wheel turn changes (a scroll bar is for scrolling: it keeps the wheel)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def is_being_edited(widget: QWidget) -> bool:
    """The input, or a part of it (an editable combo's line edit), has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    """The application-wide event filter; `install()` puts one on the running application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._on_wheel(watched, event)
        if kind == QEvent.Type.Polish and is_guarded(watched):
            _no_wheel_focus(watched)
        return False

    @staticmethod
    def _on_wheel(watched: QObject, event: QWheelEvent) -> bool:
        if not is_guarded(watched) or is_being_edited(watched):
            return False
        _no_wheel_focus(watched)  # an input made before the filter was installed
        pass_on(watched, event)
        event.accept()  # passed on already: Qt must not offer it to the parents a second time
        return True


def pass_on(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to the parents of `widget`, nearest first, until one takes it (the page's scroll
    area scrolls). Qt does this itself only for a wheel from the mouse, not for one an app or a test
    sends, so the guard does it for both alike."""
    position = event.position()
    while not widget.isWindow() and not widget.testAttribute(Qt.WidgetAttribute.WA_NoMousePropagation):
        position += QPointF(widget.pos())
        widget = widget.parentWidget()
        if widget is None:
            return
        copy = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        copy.ignore()
        if QApplication.sendEvent(widget, copy) and copy.isAccepted():
            return


def _no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install(app: QApplication) -> WheelGuard:
    """Install the guard once on `app` (a second call returns the one already there)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
