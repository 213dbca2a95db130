"""The one place that knows where shipped resources and the user's data live, in a checkout or a frozen
build, on every OS (the desktop app's paths build on these; nothing here imports Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SRDI Self-Check"
APP_SLUG = "srdi-self-check"  # Linux folders are lower case without spaces (XDG habit)


# Resolved once: `resolve()` asks the file system, and the rule packs are looked up on every evaluation.
_CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return _CHECKOUT_RESOURCES


def user_data_dir() -> Path:
    """The user's data folder (workspace, settings, installed rule packs); SRDI_DATA_DIR overrides it."""
    override = os.environ.get("SRDI_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_SLUG
