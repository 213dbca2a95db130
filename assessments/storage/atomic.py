"""The one way this project writes a file: all of it, or nothing.

`write_atomic(path, write)` lets `write` fill a temporary file in the target's own folder, flushes it to
disk, gives it the permissions of the file it replaces, and renames it over the target in one step. A
kill, a full disk or an exception at any moment leaves either the old file or the complete new one under
the final name, never a partial file. On failure the temporary file is removed; a temporary left by a
process that was killed outright is removed by `sweep` (the app sweeps at start every folder it wrote
to, through `Journal`, and every write sweeps its own folder).

Temporary names are `.{name}~{pid}-{token}.part`, so a sweep removes only files whose writing process
is gone, never one another running program is still writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

TEMP_SUFFIX = ".part"
_TEMP_NAME = re.compile(r"^\..+~(?P<pid>\d+)-[0-9a-f]{8}\.part$")


def write_atomic(path: Path, write: Callable[[Path], None], *, journal: bool = True) -> None:
    """Write `path` through a temporary file beside it; raises what `write` or the OS raised."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    temp = new_temp(path, journal=journal)
    try:
        write(temp)
        commit(temp, path)
    except BaseException:
        discard(temp)
        raise


def new_temp(path: Path, *, journal: bool = True) -> Path:
    """An empty temporary file beside `path` (same folder, so the final rename never crosses disks).

    For writers that prepare several files and replace them together (the app's export); everyone
    else calls `write_atomic`. Hand the file to `commit`, or to `discard` on any failure.
    """
    path = Path(path)
    sweep(path.parent)
    if journal:
        journal_folder(path.parent)
    return _new_temp(path)


def commit(temp: Path, path: Path) -> None:
    """Flush `temp` to disk, give it the old file's permissions and rename it over `path`."""
    _sync_file(temp)
    _copy_mode(path, temp)
    os.replace(temp, path)
    _sync_folder(Path(path).parent)


def discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        Path(temp).unlink()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    write_atomic(path, lambda temp: temp.write_bytes(data))


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def is_temp_name(name: str) -> bool:
    return _TEMP_NAME.match(name) is not None


def sweep(folder: Path) -> list[Path]:
    """Remove this writer's temporary files in `folder` whose writing process has ended."""
    removed = []
    for temp in _temps_in(folder):
        pid = int(_TEMP_NAME.match(temp.name)["pid"])  # type: ignore[index]
        if pid != os.getpid() and not _alive(pid):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed.append(temp)
    return removed


# --- the journal of folders written to, swept at the next start ------------------------------------

_journal: Path | None = None


def set_journal(path: Path | None) -> None:
    """Remember every folder written to in `path` (one per line), so a later start can sweep them."""
    global _journal
    _journal = path


def journal_folder(folder: Path) -> None:
    if _journal is None:
        return
    entry = str(Path(folder).resolve())
    with contextlib.suppress(OSError):
        known = _journal.read_text(encoding="utf-8").splitlines() if _journal.exists() else []
        if entry not in known:
            with _journal.open("a", encoding="utf-8") as file:
                file.write(entry + "\n")


def sweep_journal() -> list[Path]:
    """Sweep every folder the journal names; the journal keeps only folders that still exist."""
    if _journal is None or not _journal.exists():
        return []
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        folders = [Path(line) for line in _journal.read_text(encoding="utf-8").splitlines() if line]
        for folder in folders:
            removed += sweep(folder)
        kept = "".join(f"{folder}\n" for folder in folders if folder.is_dir())
        write_atomic(_journal, lambda temp: temp.write_text(kept, encoding="utf-8"), journal=False)
    return removed


# --- the steps ------------------------------------------------------------------------------------


def _new_temp(path: Path) -> Path:
    stem = path.name[:100]  # a long name must not push the temporary name past the file system's limit
    while True:
        temp = path.with_name(f".{stem}~{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp


def _sync_file(temp: Path) -> None:
    with open(temp, "rb+") as file:
        file.flush()
        os.fsync(file.fileno())


def _copy_mode(original: Path, temp: Path) -> None:
    """The new file keeps the permissions the user gave the old one."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(temp, stat.S_IMODE(os.stat(original).st_mode))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temps_in(folder: Path) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.endswith(TEMP_SUFFIX) and is_temp_name(entry.name):
                yield Path(entry.path)


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: leave its file alone
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
