"""The local workspace: a SQLite file holding firms and their assessments, one per date and purpose.

Every edit is written through at once (the app calls `save` on each change), so closing the window or
a crash never loses work; `state` remembers where the user was so the app reopens there.

Each assessment row carries a revision: `save` is a compare-and-set transaction, so a window never
overwrites a row that another window changed or deleted since it read it (it gets `AssessmentChanged`
or `AssessmentDeleted` instead, and keeps its document). A write the database refuses (locked by
another program, disk full, read-only) raises `WriteFailed` and writes nothing.

Opening a file that may be damaged is `storage.recovery.open_workspace`'s job.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from assessments.rules.rescore import stamped
from assessments.storage.srdi_file import AssessmentFile, from_json, to_json

SCHEMA_VERSION = 4  # 2: assessment.revision; 3: firm_tag; 4: evidence
BUSY_TIMEOUT_MS = 1000  # how long a write waits for another program's lock before it fails
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS firm (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        credit_code TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS assessment (
        id INTEGER PRIMARY KEY,
        firm_id INTEGER NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
        on_date TEXT NOT NULL,
        purpose TEXT NOT NULL,
        document TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX IF NOT EXISTS assessment_firm ON assessment(firm_id)",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # A consultant's client groups (the cohort filters by them); version 2 had none, so nothing to copy.
    """CREATE TABLE IF NOT EXISTS firm_tag (
        firm_id INTEGER NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (firm_id, tag)
    )""",
    # A file kept for an application (assessments/evidence.py); the file itself is evidence/<sha256>
    # beside the database, shared by every row that holds the same content.
    """CREATE TABLE IF NOT EXISTS evidence (
        id INTEGER PRIMARY KEY,
        firm_id INTEGER NOT NULL REFERENCES firm(id) ON DELETE CASCADE,
        criterion TEXT NOT NULL DEFAULT '',
        field TEXT NOT NULL DEFAULT '',
        original_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        issued_on TEXT NOT NULL DEFAULT '',
        expires_on TEXT NOT NULL DEFAULT '',
        year_covered INTEGER,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        added_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS evidence_firm ON evidence(firm_id)",
)
# The built-in sample firm (resources/samples/demo.srdi) is known by its credit code: cohorts leave it
# out, and it stops being the sample the moment the user gives it their own firm's code.
SAMPLE_CREDIT_CODE = "91350200MA8UQ3K22L"


# --- what can go wrong ------------------------------------------------------------------------------


class WorkspaceError(Exception):
    """A workspace problem the app explains to the user; nothing was changed."""


class WriteFailed(WorkspaceError):
    """The database refused the write (locked by another program, disk full, read-only file)."""


class ReadOnlyWorkspace(WriteFailed):
    """This workspace was opened read-only."""


class Conflict(WorkspaceError):
    """The row was changed or deleted by someone else since it was read; the save wrote nothing."""

    def __init__(self, assessment_id: int) -> None:
        super().__init__(assessment_id)
        self.assessment_id = assessment_id


class AssessmentChanged(Conflict):
    pass


class AssessmentDeleted(Conflict):
    pass


class UnreadableAssessment(WorkspaceError):
    """A stored assessment whose document or date cannot be read; `reason` says why."""

    def __init__(self, assessment_id: int, reason: str) -> None:
        super().__init__(assessment_id, reason)
        self.assessment_id, self.reason = assessment_id, reason


# --- what the workspace lists -----------------------------------------------------------------------


@dataclass(frozen=True)
class FirmEntry:
    id: int
    name: str
    credit_code: str
    updated_at: str
    assessments: int
    is_sample: bool = False  # the built-in sample firm (SAMPLE_CREDIT_CODE): never counted in a cohort


@dataclass(frozen=True)
class AssessmentEntry:
    id: int
    firm_id: int
    on: dt.date
    purpose: str
    updated_at: str


@dataclass(frozen=True)
class EvidenceRecord:
    """One file kept for a firm's application, attached to a criterion ("hnte/ip_core") or an input
    ("years.2025.rd_expense"); the file is `evidence/<sha256>` in the workspace folder."""

    firm_id: int
    original_name: str
    kind: str
    sha256: str
    size: int
    criterion: str = ""
    field: str = ""
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    year_covered: int | None = None
    added_at: str = ""
    id: int = 0


EVIDENCE_COLUMNS = (
    "firm_id, original_name, kind, sha256, size, criterion, field, issued_on, expires_on, year_covered, "
    "added_at"
)


@dataclass(frozen=True)
class Stored:
    """An assessment as stored: the document and the revision to hand back to `save`."""

    doc: AssessmentFile
    revision: int


class Workspace:
    def __init__(
        self, path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
        else:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        self._db.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            make_private(self.path)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")  # an edit the app said was saved stays saved
            self._migrate()

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        if self._user_version() == SCHEMA_VERSION:
            return
        with self._tx() as db:
            for statement in SCHEMA:
                db.execute(statement)
            columns = {row[1] for row in db.execute("PRAGMA table_info(assessment)")}
            if "revision" not in columns:  # version 1 had no revisions
                db.execute("ALTER TABLE assessment ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _user_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, all or nothing; the database's refusal becomes `WriteFailed`."""
        if self.read_only:
            raise ReadOnlyWorkspace("read-only")
        try:
            self._db.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        except sqlite3.Error as error:
            raise WriteFailed(str(error)) from error
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback()
            raise WriteFailed(str(error)) from error
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        with suppress(sqlite3.Error):
            self._db.execute("ROLLBACK")

    # --- firms and assessments ----------------------------------------------------------------

    def firms(self, search: str = "") -> list[FirmEntry]:
        like = f"%{search.strip()}%"
        rows = self._db.execute(
            """SELECT f.id, f.name, f.credit_code, f.updated_at, COUNT(a.id), f.credit_code = ? FROM firm f
               LEFT JOIN assessment a ON a.firm_id = f.id
               WHERE f.name LIKE ? OR f.credit_code LIKE ?
               GROUP BY f.id ORDER BY f.updated_at DESC, f.id DESC""",
            (SAMPLE_CREDIT_CODE, like, like),
        ).fetchall()
        return [FirmEntry(*row[:5], is_sample=bool(row[5])) for row in rows]

    def firm(self, firm_id: int) -> FirmEntry:
        found = [f for f in self.firms() if f.id == firm_id]
        if not found:
            raise KeyError(firm_id)
        return found[0]

    def matching_firms(self, name: str, credit_code: str) -> list[FirmEntry]:
        """The firms that are this firm: the same credit code, or, where either side has none, the
        same exact name (issue 11: a firm is never duplicated silently)."""
        code, name = normal_code(credit_code), name.strip()
        return [
            f
            for f in self.firms()
            if (code and normal_code(f.credit_code) == code)
            or ((not code or not f.credit_code.strip()) and name and f.name.strip() == name)
        ]

    def has_firm(self, firm_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM firm WHERE id = ?", (firm_id,)).fetchone() is not None

    def assessments(self, firm_id: int) -> list[AssessmentEntry]:
        """The firm's assessments, newest first; a row whose date cannot be read is left out."""
        rows = self._db.execute(
            "SELECT id, firm_id, on_date, purpose, updated_at FROM assessment WHERE firm_id = ? "
            "ORDER BY on_date DESC, id DESC",
            (firm_id,),
        ).fetchall()
        return [
            AssessmentEntry(r[0], r[1], on, r[3], r[4]) for r in rows if (on := date_of(r[2])) is not None
        ]

    def create(self, doc: AssessmentFile, firm_id: int | None = None) -> int:
        """Store a new assessment (and its firm unless `firm_id` is given); returns its id."""
        with self.writing() as writer:
            if firm_id is None:
                firm_id = writer.add_firm(doc.firm.profile.name, doc.firm.profile.credit_code or "")
            return writer.add_assessment(firm_id, doc)

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """Several changes in one transaction: all of them are stored, or (on any exception) none."""
        with self._tx() as db:
            yield Writer(db)

    def save(self, assessment_id: int, doc: AssessmentFile, revision: int) -> int:
        """Replace the document if the row is still at `revision`; returns the new revision.

        Raises `AssessmentChanged` / `AssessmentDeleted` when someone else got there first, and
        `WriteFailed` when the database refuses; either way nothing was written.
        """
        now = now_stamp()
        with self._tx() as db:
            updated = db.execute(
                "UPDATE assessment SET on_date = ?, purpose = ?, document = ?, updated_at = ?, "
                "revision = revision + 1 WHERE id = ? AND revision = ?",
                (doc.on.isoformat(), doc.purpose.value, _dump(doc), now, assessment_id, revision),
            ).rowcount
            if updated != 1:
                raise self._conflict(assessment_id)
            db.execute(
                "UPDATE firm SET name = ?, credit_code = ?, updated_at = ? "
                "WHERE id = (SELECT firm_id FROM assessment WHERE id = ?)",
                (doc.firm.profile.name, doc.firm.profile.credit_code or "", now, assessment_id),
            )
        return revision + 1

    def _conflict(self, assessment_id: int) -> Conflict:
        exists = self._db.execute("SELECT 1 FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        return AssessmentChanged(assessment_id) if exists else AssessmentDeleted(assessment_id)

    def load(self, assessment_id: int) -> AssessmentFile:
        return self.load_stored(assessment_id).doc

    def load_stored(self, assessment_id: int) -> Stored:
        """The document and its revision; `UnreadableAssessment` if the row cannot be read."""
        row = self._db.execute(
            "SELECT document, on_date, revision FROM assessment WHERE id = ?", (assessment_id,)
        ).fetchone()
        if row is None:
            raise KeyError(assessment_id)
        problem = row_problem(row[1], row[0])
        if problem:
            raise UnreadableAssessment(assessment_id, problem)
        return Stored(document_of(row[0]), int(row[2]))

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

    # --- tags: a consultant's client groups ---------------------------------------------------

    def tags(self) -> dict[int, tuple[str, ...]]:
        """Every tagged firm's tags, sorted; firms without a tag are absent."""
        found: dict[int, tuple[str, ...]] = {}
        for firm_id, tag in self._db.execute("SELECT firm_id, tag FROM firm_tag ORDER BY firm_id, tag"):
            found[firm_id] = (*found.get(firm_id, ()), tag)
        return found

    def set_tags(self, firm_id: int, tags: Iterable[str]) -> None:
        """Replace the firm's tags (blank ones dropped, each kept once)."""
        kept = sorted({t.strip() for t in tags if t.strip()})
        with self._tx() as db:
            db.execute("DELETE FROM firm_tag WHERE firm_id = ?", (firm_id,))
            db.executemany("INSERT INTO firm_tag (firm_id, tag) VALUES (?, ?)", [(firm_id, t) for t in kept])

    # --- evidence -------------------------------------------------------------------------------

    @property
    def evidence_folder(self) -> Path:
        return self.path.parent / "evidence"

    def evidence(self, firm_id: int) -> list[EvidenceRecord]:
        """The firm's evidence in the order it was added (none in an older read-only workspace)."""
        try:
            rows = self._db.execute(
                f"SELECT {EVIDENCE_COLUMNS}, id FROM evidence WHERE firm_id = ? ORDER BY id", (firm_id,)
            ).fetchall()
        except sqlite3.OperationalError:  # a workspace of schema 2 opened read-only has no such table
            return []
        return [_evidence_of(row) for row in rows]

    def add_evidence(self, record: EvidenceRecord) -> int:
        with self.writing() as writer:
            return writer.add_evidence(record)

    def remove_evidence(self, evidence_id: int) -> None:
        """The row goes; the file stays, as other rows (or another firm) may hold the same content."""
        with self._tx() as db:
            db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))

    # --- where the user was -------------------------------------------------------------------

    def get_state(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str) -> None:
        """Best effort: where the user was is not their work, so a refused write is let go."""
        with suppress(WorkspaceError), self._tx() as db:
            db.execute(
                "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                (key, value, value),
            )


class Writer:
    """The changes one `Workspace.writing()` transaction makes."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.now = now_stamp()

    def add_firm(self, name: str, credit_code: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO firm (name, credit_code, updated_at) VALUES (?, ?, ?)", (name, credit_code, self.now)
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def add_assessment(self, firm_id: int, doc: AssessmentFile) -> int:
        cursor = self._db.execute(
            "INSERT INTO assessment (firm_id, on_date, purpose, document, updated_at, revision) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (firm_id, doc.on.isoformat(), doc.purpose.value, _dump(doc), self.now, first_revision()),
        )
        self._db.execute("UPDATE firm SET updated_at = ? WHERE id = ?", (self.now, firm_id))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def replace_assessment(self, assessment_id: int, doc: AssessmentFile) -> None:
        """Replace a stored document whatever its revision (the user chose it in an import)."""
        self._db.execute(
            "UPDATE assessment SET on_date = ?, purpose = ?, document = ?, updated_at = ?, "
            "revision = revision + 1 WHERE id = ?",
            (doc.on.isoformat(), doc.purpose.value, _dump(doc), self.now, assessment_id),
        )

    def add_evidence(self, record: EvidenceRecord) -> int:
        values = (
            record.firm_id, record.original_name, record.kind, record.sha256, record.size,
            record.criterion, record.field, _iso(record.issued_on), _iso(record.expires_on),
            record.year_covered, record.added_at or self.now,
        )  # fmt: skip
        cursor = self._db.execute(
            f"INSERT INTO evidence ({EVIDENCE_COLUMNS}) VALUES ({', '.join('?' * 11)})", values
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid


def _evidence_of(row: tuple) -> EvidenceRecord:
    firm_id, name, kind, sha, size, criterion, field, issued, expires, year, added, row_id = row
    return EvidenceRecord(
        firm_id, name, kind, sha, int(size), criterion, field, date_of(issued), date_of(expires),
        None if year is None else int(year), added, row_id,
    )  # fmt: skip


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def normal_code(credit_code: str) -> str:
    """A credit code as compared: no spaces, upper case (people type it either way)."""
    return "".join(str(credit_code or "").split()).upper()


def row_problem(on_date: object, document: object) -> str:
    """Why a stored assessment cannot be read ("" if it can)."""
    if date_of(on_date) is None:
        return f"日期“{on_date}”无效 / the date {on_date!r} is not a date"
    try:
        document_of(document)
    except (ValueError, TypeError, KeyError) as error:  # bad JSON, a bad field, a newer format
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return ""


def first_revision() -> int:
    """A new row's revision, random: SQLite reuses a deleted row's id, and a window still holding the
    old row's id and revision must not mistake the new row for its own."""
    return secrets.randbits(62)


def make_private(path: Path) -> None:
    """Only the user may read the workspace (POSIX; on Windows the user's profile folder is private)."""
    if os.name == "nt":
        return
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        with suppress(FileNotFoundError):
            os.chmod(name, 0o600)


def document_of(text: object) -> AssessmentFile:
    return from_json(json.loads(text))  # type: ignore[arg-type]


def date_of(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def _dump(doc: AssessmentFile) -> str:
    # Every saved result records the rule packs it is computed under (issue 11; rules/rescore.py).
    return json.dumps(to_json(stamped(doc)), ensure_ascii=False)


def now_stamp() -> str:
    return dt.datetime.now().isoformat(timespec="milliseconds")
