"""One entry point for a fresh machine: `python dev.py app`, `python dev.py test`, `python dev.py build`.

Each command first makes sure a virtual environment in `.venv/` holds the project and its test
extras (re-installing only when pyproject.toml changed), then starts the app on the built-in
sample firm, runs the whole test suite, or builds the one-folder app with PyInstaller and runs its
self-test. Works the same on Windows and Linux.

On Linux, Qt draws windows through its xcb plugin, which needs a few system libraries a fresh desktop
may lack; when the app cannot start for that reason, `dev.py app` names them in one apt-get line.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"
# The system libraries Qt's xcb platform plugin loads, by file, with the Debian/Ubuntu package holding it.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


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
        return run_app(python, rest)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if command == "build":
        return build(python, env)
    return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)


def run_app(python: str, rest: list[str]) -> int:
    """Start the app, passing its messages through; if Qt could not load its xcb plugin, say why."""
    process = subprocess.Popen(
        [python, "-m", "desktop", *rest], cwd=ROOT, stderr=subprocess.PIPE, text=True, errors="replace"
    )
    assert process.stderr is not None
    said = []
    for line in process.stderr:
        sys.stderr.write(line)
        said.append(line)
    code = process.wait()
    if code != 0 and sys.platform.startswith("linux") and "xcb" in "".join(said):
        print(xcb_advice("".join(said), missing_libraries(python)))
    return code


def missing_libraries(python: str) -> list[str]:
    """The libraries the xcb plugin links to that this system lacks (ldd's "not found"), each once."""
    found = subprocess.run(
        [python, "-c", "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"],
        capture_output=True,
        text=True,
    )
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    try:
        return not_found(subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout)
    except OSError:  # no ldd: the advice falls back to the whole list
        return []


def not_found(ldd: str) -> list[str]:
    """The libraries ldd could not find, each once, in its order."""
    return list(dict.fromkeys(re.findall(r"^\s*(\S+) => not found", ldd, flags=re.MULTILINE)))


def xcb_advice(said: str, missing: list[str]) -> str:
    """What to do, in plain words: install the missing libraries, or start from a desktop session."""
    if not missing and "could not connect to display" in said:
        return (
            "\nThe app found no screen to open its window on (no desktop session; DISPLAY is not set).\n"
            "Start it from a desktop session, or run the tests, which need no screen: python3 dev.py test"
        )
    everything = list(dict.fromkeys(XCB_PACKAGES.values()))  # ldd found nothing to name: the whole set
    packages = [XCB_PACKAGES.get(name, name) for name in missing] or everything
    return (
        "\nThe app could not open its window: Qt needs some system libraries for windows on Linux (its\n"
        '"xcb" plugin) that are not installed here. On Debian or Ubuntu, install them once with:\n\n'
        f"    sudo apt-get install {' '.join(packages)}\n\n"
        "then run python3 dev.py app again. (Other distributions name these packages alike; Qt's own\n"
        "message above may name libxcb-cursor0 whichever library is missing.)"
    )


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
