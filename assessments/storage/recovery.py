"""Opening a workspace whatever state its file is in: never fatal, nothing readable lost.

`open_workspace` never fails on a damaged file: a file that cannot be read, fails SQLite's check, comes
from a newer version or holds an unreadable row is moved aside under a dated name, and every readable
firm and assessment is copied into a fresh workspace; `Recovery` says what happened and lists the rows
left behind. A read-only file opens read-only.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from assessments.storage.workspace import (
    EVIDENCE_COLUMNS,
    SCHEMA_VERSION,
    Workspace,
    document_of,
    first_revision,
    now_stamp,
    row_problem,
)


@dataclass(frozen=True)
class BadRow:
    """A stored assessment that could not be read (left in the backup)."""

    assessment_id: int
    firm: str
    on_date: str
    reason: str


@dataclass(frozen=True)
class Recovery:
    """What `open_workspace` did with a damaged file.

    `cause`: "unreadable" (not a database), "damaged" (fails SQLite's check), "newer" (a newer app's
    format), "empty" (a zero-byte file) or "bad_rows" (some rows cannot be read).
    """

    cause: str
    backup: Path
    firms: int
    assessments: int
    bad_rows: tuple[BadRow, ...]


# --- opening, whatever state the file is in ---------------------------------------------------------


def open_workspace(path: Path) -> tuple[Workspace, Recovery | None]:
    """Open the workspace at `path`: read-only if the file is; recovered into a fresh one if damaged."""
    path = Path(path)
    if is_read_only_file(path):
        return Workspace(path, read_only=True), None
    cause = diagnose(path)
    if cause is None:
        return Workspace(path), None
    return recover(path, cause)


def is_read_only_file(path: Path) -> bool:
    """The user (or an administrator) marked the file read-only, or we may not write it."""
    if not path.is_file():
        return False
    return not os.access(path, os.W_OK) or not path.stat().st_mode & stat.S_IWUSR


def diagnose(path: Path) -> str | None:
    """None if the workspace at `path` is sound (or absent); otherwise the `Recovery.cause`."""
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        return "empty"
    try:
        return _diagnose_database(path)
    except sqlite3.DatabaseError as error:
        return "unreadable" if "not a database" in str(error) else "damaged"


def _diagnose_database(path: Path) -> str | None:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return "damaged"
        if int(db.execute("PRAGMA user_version").fetchone()[0]) > SCHEMA_VERSION:
            return "newer"
        return "bad_rows" if _has_table(db, "assessment") and _bad_rows(db) else None
    finally:
        db.close()


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )


def _bad_rows(db: sqlite3.Connection) -> list[BadRow]:
    rows = _readable_rows(db, "SELECT id, firm_id, on_date, purpose, document, updated_at FROM assessment")
    names = dict(_readable_rows(db, "SELECT id, name FROM firm"))
    return [
        BadRow(r[0], str(names.get(r[1], "")), str(r[2]), p) for r in rows if (p := row_problem(r[2], r[4]))
    ]


def recover(path: Path, cause: str) -> tuple[Workspace, Recovery]:
    """Move the damaged file aside under a dated name and copy what can be read into a fresh one."""
    backup = _backup_name(path)
    _move_aside(path, backup)
    workspace = Workspace(path)
    firms, assessments, bad = _copy_readable(backup, workspace)
    return workspace, Recovery(cause, backup, firms, assessments, tuple(bad))


def _backup_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M")
    backup, number = path.with_name(f"{path.name}.damaged-{stamp}"), 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.damaged-{stamp}-{number}")
    return backup


def _move_aside(path: Path, backup: Path) -> None:
    """The file and its write-ahead log (which holds committed data) keep together under the new name."""
    os.replace(path, backup)
    with suppress(FileNotFoundError):
        os.replace(f"{path}-wal", f"{backup}-wal")
    with suppress(FileNotFoundError):
        os.unlink(f"{path}-shm")


def _copy_readable(backup: Path, workspace: Workspace) -> tuple[int, int, list[BadRow]]:
    try:
        db = sqlite3.connect(backup, isolation_level=None)
    except sqlite3.Error:
        return 0, 0, []
    try:
        return _copy_rows(db, workspace)
    finally:
        db.close()


def _copy_rows(source: sqlite3.Connection, workspace: Workspace) -> tuple[int, int, list[BadRow]]:
    firms = {r[0]: r for r in _readable_rows(source, "SELECT id, name, credit_code, updated_at FROM firm")}
    rows = _readable_rows(
        source, "SELECT id, firm_id, on_date, purpose, document, updated_at FROM assessment"
    )
    problems = [row_problem(r[2], r[4]) for r in rows]
    good = [r for r, problem in zip(rows, problems, strict=True) if not problem]
    bad = [
        BadRow(r[0], str(firms.get(r[1], (0, ""))[1]), str(r[2]), problem)
        for r, problem in zip(rows, problems, strict=True)
        if problem
    ]
    kept = {r[1] for r in good}
    with workspace._tx() as db:
        for firm_id in kept:
            db.execute("INSERT INTO firm VALUES (?, ?, ?, ?)", firms.get(firm_id) or _firm_row(firm_id, good))
        for row in good:
            db.execute("INSERT INTO assessment VALUES (?, ?, ?, ?, ?, ?, ?)", (*row, first_revision()))
        for key, value in _readable_rows(source, "SELECT key, value FROM state"):
            db.execute("INSERT INTO state VALUES (?, ?)", (key, value))
        for row in _readable_rows(source, f"SELECT {EVIDENCE_COLUMNS} FROM evidence"):  # none before schema 4
            if row[0] in kept:
                db.execute(
                    f"INSERT INTO evidence ({EVIDENCE_COLUMNS}) VALUES ({', '.join('?' * len(row))})", row
                )
    return len(kept), len(good), bad


def _firm_row(firm_id: int, rows: list[tuple]) -> tuple:
    """A firm whose own row was lost: named after its latest assessment."""
    doc = document_of(max((r for r in rows if r[1] == firm_id), key=lambda r: r[5])[4])
    return firm_id, doc.firm.profile.name, doc.firm.profile.credit_code or "", now_stamp()


def _readable_rows(db: sqlite3.Connection, sql: str) -> list[tuple]:
    """Every row SQLite can still read, in order; a damaged page ends the list instead of the app."""
    rows: list[tuple] = []
    with suppress(sqlite3.Error):
        for row in db.execute(sql):
            rows.append(row)
    return rows
