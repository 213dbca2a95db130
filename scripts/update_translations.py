"""Refresh the Qt Linguist files: extract UI strings from desktop/ into the .ts, then compile the .qm.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if a string is untranslated or the .qm is stale
    python scripts/update_translations.py --fill F.tsv   # lupdate, then fill translations, then lrelease

A fill file has one message a line: context<TAB>English source<TAB>Chinese translation (a literal
"\\n" in a field stands for a line break). Runs hold a lock, so several people can fill at once.

Chinese translations are edited in resources/translations/srdi_zh_CN.ts (with Qt Linguist or by hand).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "srdi_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def lupdate(target: Path = TS) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def lrelease(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(target)], check=True, capture_output=True
    )


def untranslated() -> list[str]:
    root = ET.parse(TS).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    problems = [f"untranslated — {m}" for m in untranslated()]
    with tempfile.TemporaryDirectory() as folder:
        extracted = Path(folder) / "extracted.ts"
        lupdate(extracted)
        for context, source in sorted(messages(extracted) - messages(TS)):
            problems.append(f"not in {TS.name} yet — {context}: {source}")
        fresh = Path(folder) / "fresh.qm"
        lrelease(fresh)
        if not QM.exists() or fresh.read_bytes() != QM.read_bytes():
            problems.append(f"{QM.name} is stale: run python scripts/update_translations.py")
    print("\n".join(problems) or "translations complete")
    return 1 if problems else 0


def fill(table: Path) -> int:
    """Write the translations of `table` into the .ts; returns how many messages it filled."""
    wanted = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, text = (part.replace("\\n", "\n") for part in line.split("\t", 2))
            wanted[(context, source)] = text
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is not None and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


@contextlib.contextmanager
def locked() -> object:
    import fcntl

    with open(TS.with_suffix(".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


if __name__ == "__main__":
    if "--fill" in sys.argv:
        with locked():
            lupdate()
            count = fill(Path(sys.argv[sys.argv.index("--fill") + 1]))
            lupdate()  # back to Linguist's own layout of the file
            lrelease(QM)
        print(f"filled {count} messages; {len(untranslated())} strings left to translate")
        sys.exit(0)
    if "--check" in sys.argv:
        sys.exit(check())
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate()
    lrelease(QM)
    left = untranslated()
    print(f"{TS.name}: {len(left)} strings to translate")
