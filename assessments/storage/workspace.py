"""The local workspace: a SQLite file holding firms and their assessments, one per date and purpose.

Every edit is written through at once (the app calls `save` on each change), so closing the window or
a crash never loses work; `state` remembers where the user was so the app reopens there.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assessments.storage.srdi_file import AssessmentFile, from_json, to_json

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS firm (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS assessment (
    id INTEGER PRIMARY KEY,
    firm_id INTEGER NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    purpose TEXT NOT NULL,
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assessment_firm ON assessment(firm_id);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class FirmEntry:
    id: int
    name: str
    credit_code: str
    updated_at: str
    assessments: int


@dataclass(frozen=True)
class AssessmentEntry:
    id: int
    firm_id: int
    on: dt.date
    purpose: str
    updated_at: str


class Workspace:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(SCHEMA)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._db:
            yield self._db

    # --- firms and assessments ----------------------------------------------------------------

    def firms(self, search: str = "") -> list[FirmEntry]:
        like = f"%{search.strip()}%"
        rows = self._db.execute(
            """SELECT f.id, f.name, f.credit_code, f.updated_at, COUNT(a.id) FROM firm f
               LEFT JOIN assessment a ON a.firm_id = f.id
               WHERE f.name LIKE ? OR f.credit_code LIKE ?
               GROUP BY f.id ORDER BY f.updated_at DESC, f.id DESC""",
            (like, like),
        ).fetchall()
        return [FirmEntry(*row) for row in rows]

    def assessments(self, firm_id: int) -> list[AssessmentEntry]:
        rows = self._db.execute(
            "SELECT id, firm_id, on_date, purpose, updated_at FROM assessment WHERE firm_id = ? "
            "ORDER BY on_date DESC, id DESC",
            (firm_id,),
        ).fetchall()
        return [AssessmentEntry(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4]) for r in rows]

    def create(self, doc: AssessmentFile, firm_id: int | None = None) -> int:
        """Store a new assessment (and its firm unless `firm_id` is given); returns its id."""
        now = _now()
        with self._tx() as db:
            if firm_id is None:
                firm_id = db.execute(
                    "INSERT INTO firm (name, credit_code, updated_at) VALUES (?, ?, ?)",
                    (doc.firm.profile.name, doc.firm.profile.credit_code or "", now),
                ).lastrowid
            cursor = db.execute(
                "INSERT INTO assessment (firm_id, on_date, purpose, document, updated_at) VALUES (?, ?, ?, ?, ?)",
                (firm_id, doc.on.isoformat(), doc.purpose.value, _dump(doc), now),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save(self, assessment_id: int, doc: AssessmentFile) -> None:
        now = _now()
        with self._tx() as db:
            db.execute(
                "UPDATE assessment SET on_date = ?, purpose = ?, document = ?, updated_at = ? WHERE id = ?",
                (doc.on.isoformat(), doc.purpose.value, _dump(doc), now, assessment_id),
            )
            db.execute(
                "UPDATE firm SET name = ?, credit_code = ?, updated_at = ? "
                "WHERE id = (SELECT firm_id FROM assessment WHERE id = ?)",
                (doc.firm.profile.name, doc.firm.profile.credit_code or "", now, assessment_id),
            )

    def load(self, assessment_id: int) -> AssessmentFile:
        row = self._db.execute("SELECT document FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise KeyError(assessment_id)
        return from_json(json.loads(row[0]))

    def firm_of(self, assessment_id: int) -> int:
        row = self._db.execute("SELECT firm_id FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise KeyError(assessment_id)
        return int(row[0])

    def delete_assessment(self, assessment_id: int) -> None:
        with self._tx() as db:
            firm_id = db.execute("SELECT firm_id FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
            db.execute("DELETE FROM assessment WHERE id = ?", (assessment_id,))
            if firm_id and not db.execute("SELECT 1 FROM assessment WHERE firm_id = ?", firm_id).fetchone():
                db.execute("DELETE FROM firm WHERE id = ?", firm_id)

    # --- where the user was -------------------------------------------------------------------

    def get_state(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                (key, value, value),
            )


def _dump(doc: AssessmentFile) -> str:
    return json.dumps(to_json(doc), ensure_ascii=False)


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="milliseconds")
