"""How long one what-if edit takes: set FY2025 R&D on the demo firm and re-assess, 200 times.

Every edit in the app re-runs the whole engine (all schemes at once), so this is the latency a user
feels between typing and the dashboard changing. Target: well under 50 ms per edit.

    .venv/bin/python scripts/bench_assess.py [--edits 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessments.edit import set_path
from assessments.engine import assess
from assessments.paths import resources_dir
from assessments.storage import srdi_file

PATH = "years.2025.rd_expense"
VALUES = (Decimal("1200"), Decimal("1300"))  # 9.6% and 10.4% of revenue: the R&D target flips each edit


def timings(edits: int) -> list[float]:
    doc = srdi_file.load(resources_dir() / "samples" / "demo.srdi")
    assess(doc.firm, doc.on, doc.purpose)  # warm-up: rule packs are loaded and cached once
    spent = []
    for i in range(edits):
        start = time.perf_counter()
        doc = set_path(doc, PATH, VALUES[i % 2])
        assess(doc.firm, doc.on, doc.purpose)
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200)
    edits = parser.parse_args(argv).edits
    spent = sorted(timings(edits))
    p95 = spent[min(len(spent) - 1, round(0.95 * len(spent)) - 1)]
    print(f"{edits} edits of {PATH} on demo.srdi, each followed by a full assess()")
    print(f"median {statistics.median(spent):.1f} ms · p95 {p95:.1f} ms · max {spent[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
