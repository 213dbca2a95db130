"""Long work (import, export) off the UI thread, with progress and cancel; errors reach one place."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskSignals(QObject):
    progressed = Signal(int, str)  # percent, what is being done
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """Runs `work(report)` in the pool; `report(percent, text)` raises Cancelled once cancel() was asked."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _report(self, percent: int, text: str = "") -> None:
        if self._cancel:
            raise Cancelled
        self.signals.progressed.emit(percent, text)

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # every failure is shown to the user, never lost
            traceback.print_exc()
            self.signals.failed.emit(str(error))
        else:
            self.signals.finished.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
