"""The one atomic writer: a failed write keeps the old file and leaves nothing behind."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assessments.storage import atomic


def disk_full(temp: Path) -> None:
    temp.write_bytes(b"half a fi")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_write_that_fails_keeps_the_old_file_and_removes_its_temporary(tmp_path: Path) -> None:
    target = tmp_path / "firm.srdi"
    target.write_text("the old version", encoding="utf-8")
    with pytest.raises(OSError, match="No space"):
        atomic.write_atomic(target, disk_full)
    assert target.read_text(encoding="utf-8") == "the old version"
    assert [p.name for p in tmp_path.iterdir()] == ["firm.srdi"]


def test_an_interrupted_write_removes_its_temporary_too(tmp_path: Path) -> None:
    def interrupted(temp: Path) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic.write_atomic(tmp_path / "a.xlsx", interrupted)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_the_new_file_keeps_the_permissions_of_the_one_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "private.srdi"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    atomic.write_text_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == "new"


def test_a_folder_in_the_way_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic.write_text_atomic(tmp_path / "report.pdf", "x")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_sweep_removes_leftovers_of_ended_processes_only(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(ended.stdout)
    leftover = tmp_path / f".report.xlsx~{dead_pid}-0123abcd.part"
    mine = tmp_path / f".report.xlsx~{os.getpid()}-89abcdef.part"
    users = tmp_path / ".notes~1-0123abcd.txt"  # not ours: a different suffix
    for path in (leftover, mine, users):
        path.write_bytes(b"x")
    assert atomic.sweep(tmp_path) == [leftover]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, users.name])


def test_the_journal_leads_the_next_start_to_every_folder_written_to(tmp_path: Path) -> None:
    journal, exports = tmp_path / "written-folders.txt", tmp_path / "exports"
    exports.mkdir()
    atomic.set_journal(journal)
    try:
        atomic.write_text_atomic(exports / "report.csv", "a,b\n")
        ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
        leftover = exports / f".report.csv~{int(ended.stdout)}-0123abcd.part"
        leftover.write_bytes(b"half")
        assert atomic.sweep_journal() == [leftover]
        assert str(exports.resolve()) in journal.read_text(encoding="utf-8")
    finally:
        atomic.set_journal(None)
