"""The cohort view of a workspace of 1,000 firms (issue 11: it opens in under 2 s), beside a bare
PySide6 window shown in the same process as its anchor.

    .venv/bin/python bench/cohort_view.py [--firms 1000] [--profile]

Measures, on a workspace filled from generated batch rows: the members computed with no cache (the
first open after an upgrade or a rule-pack change), again from the cache beside the workspace (every
later open, and the first one after firms are imported or saved in the app, which keep it filled), and
the real cohort dialog from construction until its tables are painted, warm. Exits 1 when the warm
dialog takes 2 s or more.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_S = 2.0


def fill(folder: Path, firms: int) -> Path:
    """A workspace holding `firms` generated firms, imported as the batch dialog imports them."""
    from batch import ON, generate

    from assessments.batch import import_rows, plan_import, read_batch
    from assessments.storage.workspace import Workspace

    source = folder / "firms.xlsx"
    generate(source, firms)
    path = folder / "workspace.sqlite"
    space = Workspace(path)
    found = read_batch(source, ON)
    import_rows(space, plan_import(found, space.firms()))
    space.close()
    return path


def members(path: Path, cache_folder: Path | None) -> float:
    from assessments.cohort import members_of
    from assessments.cohort_cache import MemberCache
    from assessments.storage.workspace import Workspace

    space = Workspace(path)
    start = time.perf_counter()
    members_of(space, cache=MemberCache(cache_folder) if cache_folder else None)
    took = time.perf_counter() - start
    space.close()
    return took


def dialog(path: Path) -> tuple[float, float]:
    """(bare window, cohort dialog until painted) in this process, both offscreen."""
    from PySide6.QtWidgets import QApplication, QLabel

    from assessments.storage.workspace import Workspace
    from desktop.dialogs.cohort_dialog import CohortDialog
    from desktop.session import Session

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    label = QLabel("专精特新达标自评")
    label.show()
    app.processEvents()
    bare = time.perf_counter() - start
    label.close()
    session = Session(Workspace(path), assess_blank=False)
    start = time.perf_counter()
    view = CohortDialog(session)
    view.show()
    while view.busy:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    took = time.perf_counter() - start
    view.close()
    session.workspace.close()
    return bare, took


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--firms", type=int, default=1000)
    options.add_argument("--profile", action="store_true")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = fill(folder, args.firms)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(members, path, None)
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(20)
            print(out.getvalue())
        cold = members(path, None)
        members(path, folder / "cache")  # fills the cache, as the app keeps it filled
        warm = members(path, folder / "cache")
        bare, shown = dialog(path)
    ok = shown < BUDGET_S
    print(f"cohort members of {args.firms} firms, no cache:   {cold:.2f} s")
    print(f"cohort members of {args.firms} firms, from cache: {warm:.2f} s")
    print(
        f"cohort dialog of {args.firms} firms until painted: {shown:.2f} s (bare window {bare:.3f} s; "
        f"budget < {BUDGET_S:g} s): {'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
