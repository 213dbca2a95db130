"""Cohort members computed before, kept beside the workspace so that a cohort of 1,000 firms reopens in
well under 2 s (assessing a firm takes ~10 ms; reading a kept member, microseconds).

A member is kept under its assessment's id and `updated_at` stamp, so an edited assessment is assessed
again; the whole file is keyed on the code that computes members and on every rule pack's stamp
(`rules.loader.cache_key`), so new rules or a new version of the app start afresh. It is only ever a
cache: a damaged, foreign or unwritable file is ignored and the members are computed again.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

from assessments.cohort import Member
from assessments.storage.atomic import write_bytes_atomic

CACHE_FORMAT = 1  # raise when Member changes shape
PREFIX = "cohort-"
Key = tuple[int, str]  # (assessment id, updated_at)


def code_key() -> str:
    """A digest of the code a member depends on (the assessments package) and of the rule packs."""
    from assessments.rules.loader import cache_key, installed_rules_dir, rules_dir

    stamps: list[object] = [CACHE_FORMAT, cache_key(rules_dir(), installed_rules_dir())]
    root = Path(__file__).resolve().parent
    if getattr(sys, "frozen", False):
        stamps.append(_stamp(Path(sys.executable)))  # a frozen build's modules live inside it
    else:
        stamps += [_stamp(p) for p in sorted(root.rglob("*.py"))]
    return hashlib.sha256(repr(stamps).encode()).hexdigest()[:24]


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        info = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), info.st_size, info.st_mtime_ns)


class MemberCache:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.key = code_key()
        self.path = self.folder / f"{PREFIX}{self.key}.pickle"
        self.members: dict[Key, Member] = self._read()
        self.changed = False

    def _read(self) -> dict[Key, Member]:
        try:
            key, members = pickle.loads(self.path.read_bytes())
        except Exception:  # a missing or damaged pickle can fail in any way; it is only a cache
            return {}
        return members if key == self.key and isinstance(members, dict) else {}

    def get(self, key: Key) -> Member | None:
        return self.members.get(key)

    def put(self, key: Key, member: Member) -> None:
        self.members[key] = member
        self.changed = True

    def keep_only(self, keys: set[Key]) -> None:
        """Forget members of assessments no longer there (deleted or edited since)."""
        gone = set(self.members) - keys
        for key in gone:
            del self.members[key]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        """Write the members back if anything changed; a failure only costs the next open its speed."""
        if not self.changed:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.path, pickle.dumps((self.key, self.members), pickle.HIGHEST_PROTOCOL))
            for old in self.folder.glob(f"{PREFIX}*.pickle"):
                if old.name != self.path.name:
                    old.unlink(missing_ok=True)
        except (OSError, pickle.PicklingError):
            return
        self.changed = False
