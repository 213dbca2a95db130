"""Two apps on one workspace: the second never opens a writable session, and no edit of the first is
lost. Real processes (`python -m desktop`, offscreen) and, for the storage guard, two connections."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from decimal import Decimal
from pathlib import Path

import pytest

from assessments.edit import set_path
from assessments.model import Firm
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import AssessmentChanged, AssessmentDeleted, Workspace

ROOT = Path(__file__).resolve().parents[2]
EDITS = 60

# The first app: the real build(), then one edit every 20 ms for a while; it reports being asked to
# come forward and the last value it saved.
FIRST = textwrap.dedent(
    f"""
    import sys
    from decimal import Decimal
    from PySide6.QtCore import QTimer
    from desktop.app import build
    app, window = build([])
    window.show()
    session, seen, count = window.session, [], [0]
    window.instance_guard.activation_requested.connect(lambda: seen.append(1))
    def edit():
        count[0] += 1
        session.set_field("years.2025.rd_expense", Decimal(count[0]))
        if count[0] >= {EDITS} and seen:
            print("activated", "saved" if not session.unsaved else "unsaved", flush=True)
            window.close()
            app.quit()
    timer = QTimer(interval=20, timeout=edit)
    print("ready", flush=True)
    timer.start()
    QTimer.singleShot(30000, app.quit)
    app.exec()
    """
)

# A start that only reports what it opened.
PROBE = textwrap.dedent(
    """
    from desktop.app import build
    app, window = build([])
    print("read-only" if window.session.read_only else "writable", window.banner.text(), flush=True)
    """
)

# Holds the lock file the way the app does, but answers nobody (a hung first start).
HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    from desktop.paths import lock_path, prepare_data_dir
    prepare_data_dir()
    lock = QLockFile(str(lock_path())); lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SRDI_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}


def python(code_or_args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *code_or_args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen[str], expected: str) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert expected in line, process.stderr.read() if process.stderr else line
    return line


def test_a_second_start_brings_the_first_forward_and_no_edit_is_lost(env: dict[str, str], tmp_path: Path):
    first = python(["-c", FIRST], env)
    try:
        wait_for_line(first, "ready")
        second = subprocess.run(
            [sys.executable, "-m", "desktop"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        wait_for_line(first, "activated saved")
        assert first.wait(timeout=30) == 0
    finally:
        first.kill()
    workspace = Workspace(tmp_path / "data" / "workspace.sqlite")
    (firm,) = workspace.firms()
    (entry,) = workspace.assessments(firm.id)
    assert workspace.load(entry.id).firm.year(2025).rd_expense == Decimal(EDITS)  # the last edit is there
    workspace.close()


def test_a_second_start_opens_read_only_when_the_first_does_not_answer(env: dict[str, str]):
    holder = python(["-c", HOLDER], env)
    try:
        wait_for_line(holder, "locked")
        probe = subprocess.run(
            [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert probe.stdout.startswith("read-only"), probe.stderr
        assert "只读" in probe.stdout
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_app_is_stale_and_the_next_start_writes(env: dict[str, str]):
    holder = python(["-c", HOLDER], env)
    wait_for_line(holder, "locked")
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    time.sleep(0.1)
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert probe.stdout.startswith("writable"), probe.stderr


def test_two_workspace_objects_on_one_file_never_overwrite_each_other(tmp_path: Path):
    path = tmp_path / "ws.sqlite"
    one, two = Workspace(path), Workspace(path)
    aid = one.create(AssessmentFile(Firm(), dt.date(2026, 5, 15)))
    mine, theirs = one.load_stored(aid), two.load_stored(aid)
    first = one.save(aid, set_path(mine.doc, "years.2025.revenue", "100"), mine.revision)
    with pytest.raises(AssessmentChanged):
        two.save(aid, set_path(theirs.doc, "years.2025.revenue", "200"), theirs.revision)
    assert two.load(aid).firm.year(2025).revenue == Decimal(100)
    two.delete_assessment(aid)
    with pytest.raises(AssessmentDeleted):
        one.save(aid, mine.doc, first)
    one.close()
    two.close()
