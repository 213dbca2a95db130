"""One entry point for a fresh machine: `python dev.py app`, `python dev.py test`, `python dev.py build`.

Each command first makes sure a virtual environment in `.venv/` holds the project and its test
extras (re-installing only when pyproject.toml changed), then starts the app on the built-in
sample firm, runs the whole test suite, or builds the one-folder app with PyInstaller and runs its
self-test. Works the same on Windows and Linux.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    if not venv_python().exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing the project and its test tools into .venv …", flush=True)
        pip = [str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command not in {"app", "test", "build"}:
        print("usage: python dev.py app | test [pytest options] | build")
        return 2
    python = str(ensure_environment())
    if command == "app":
        return subprocess.call([python, "-m", "desktop", *rest], cwd=ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if command == "build":
        return build(python, env)
    return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)


def build(python: str, env: dict[str, str]) -> int:
    """The one-folder build in build/dist, then its self-test (starts on the sample firm, exits)."""
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", f"{ROOT}[build]"],
        check=True,
    )
    subprocess.run(
        [
            python,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            "build/dist",
            "--workpath",
            "build/work",
        ],
        cwd=ROOT,
        check=True,
    )
    app = (
        ROOT
        / "build"
        / "dist"
        / "srdi-self-check"
        / ("srdi-self-check.exe" if os.name == "nt" else "srdi-self-check")
    )
    return subprocess.call([str(app), "--self-test"], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
