"""Where the app keeps the user's workspace and settings (one place for every path)."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from assessments.paths import resources_dir, user_data_dir

__all__ = [
    "data_dir",
    "journal_path",
    "lock_path",
    "prepare_data_dir",
    "resources_dir",
    "settings",
    "settings_path",
    "workspace_path",
]


def data_dir() -> Path:
    """The user's data folder, shared with the CLI (installed rule packs); SRDI_DATA_DIR overrides it."""
    return user_data_dir()


def legacy_data_dir() -> Path | None:
    """Where versions before 0.2 kept the workspace (Qt's doubled "SRDI Self-Check/SRDI Self-Check")."""
    if os.environ.get("SRDI_DATA_DIR"):
        return None
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) if base else None


def workspace_path() -> Path:
    return data_dir() / "workspace.sqlite"


def settings_path() -> Path:
    return data_dir() / "settings.ini"


def lock_path() -> Path:
    """Held by the one app that may write the workspace (see desktop/single_instance.py)."""
    return data_dir() / "workspace.lock"


def journal_path() -> Path:
    """The folders the app wrote files to, swept of leftover temporaries at the next start."""
    return data_dir() / "written-folders.txt"


def settings() -> QSettings:
    """The user's settings (language, recent files), kept beside the workspace."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def prepare_data_dir() -> Path:
    """Create the data folder readable by the user alone, and keep its files so.

    POSIX only: on Windows the folder lies in the user's own profile, which other users cannot read.
    """
    folder = data_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _move_legacy_workspace(folder)
    if os.name == "nt":
        return folder
    os.chmod(folder, 0o700)
    _private_file(settings_path(), create=True)  # Qt rewrites it keeping these permissions
    for path in (journal_path(), workspace_path(), *folder.glob("workspace.sqlite*")):
        _private_file(path)
    return folder


def _private_file(path: Path, create: bool = False) -> None:
    if create and not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if path.is_file():  # take away group and others; a file the user made read-only stays read-only
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & 0o700)


def _move_legacy_workspace(folder: Path) -> None:
    """Bring an older version's workspace and settings into the one data folder, once."""
    legacy = legacy_data_dir()
    if legacy is None or legacy.resolve() == folder.resolve() or (folder / "workspace.sqlite").exists():
        return
    for name in ("workspace.sqlite", "workspace.sqlite-wal", "settings.ini"):
        with contextlib.suppress(OSError):
            if (legacy / name).is_file() and not (folder / name).exists():
                os.replace(legacy / name, folder / name)
