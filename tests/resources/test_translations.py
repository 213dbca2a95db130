"""Every UI string has its Chinese translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_is_translated_and_the_qm_is_fresh():
    run = subprocess.run(
        [sys.executable, "scripts/update_translations.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
