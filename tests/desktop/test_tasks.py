"""Background tasks (desktop/tasks.py): the result, a failure and a cancel each reach the UI thread once,
as the one signal that says so."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from desktop import tasks


def outcomes(task: tasks.Task) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    task.signals.finished.connect(lambda result: seen.append(("finished", result)))
    task.signals.failed.connect(lambda text: seen.append(("failed", text)))
    task.signals.cancelled.connect(lambda: seen.append(("cancelled", None)))
    return seen


def test_a_task_reports_progress_and_hands_its_result_to_the_ui_thread(qtbot):
    threads: list[bool] = []

    def work(report):
        for percent in (0, 50, 100):
            report(percent, f"step {percent}")
        threads.append(threading.current_thread() is threading.main_thread())
        return 42

    task = tasks.Task(work)
    seen = outcomes(task)
    progress: list[int] = []
    task.signals.progressed.connect(lambda percent, _text: progress.append(percent))
    tasks.start(task)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [("finished", 42)] and progress == [0, 50, 100] and threads == [False]


def test_cancel_stops_the_work_at_its_next_report(qtbot):
    reached: list[int] = []

    def work(report):
        for step in range(1000):
            report(step // 10, "")
            reached.append(step)
        return "done"

    task = tasks.Task(work)
    seen = outcomes(task)
    task.signals.progressed.connect(lambda *_: task.cancel(), Qt.ConnectionType.DirectConnection)
    tasks.start(task)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [("cancelled", None)] and reached == [0]  # the report after a cancel raises


def test_a_failure_is_reported_with_its_message(qtbot, capsys):
    def work(_report):
        raise OSError("磁盘已满 / disk full")

    task = tasks.Task(work)
    seen = outcomes(task)
    tasks.start(task)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [("failed", "磁盘已满 / disk full")]
    assert "OSError" in capsys.readouterr().err  # the traceback is kept for the developer
