"""Where the app keeps the user's workspace and settings (one place for every path)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from assessments.paths import resources_dir

__all__ = ["data_dir", "resources_dir", "settings", "workspace_path"]


def data_dir() -> Path:
    """The user's data folder; SRDI_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("SRDI_DATA_DIR")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".srdi-self-check")


def workspace_path() -> Path:
    return data_dir() / "workspace.sqlite"


def settings() -> QSettings:
    """The user's settings (language, recent files), kept beside the workspace."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
