"""The batch benchmark: generated firms from a spreadsheet to the cohort workbook, beside openpyxl's own
read and write of the same sheet, measured in the same run (issue 11: budget at most 2×).

    .venv/bin/python bench/batch.py [--firms 10000] [--workers N] [--profile]

Prints both figures and the ratio, and exits 1 when the batch takes more than twice the anchor.
`--profile` runs the per-firm part (reading the rows, evaluating them in this process) of 500 firms
under cProfile and prints the 15 most expensive functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402

from assessments.batch import COLUMNS, evaluate, jobs_of, read_and_evaluate, read_batch, write_template  # noqa: E402
from assessments.cohort import cohort  # noqa: E402
from assessments.export.cohort_xlsx import write_cohort_xlsx  # noqa: E402

ON = dt.date(2026, 6, 1)
BUDGET = 2.0
PROFILED_FIRMS = 500


def generate(path: Path, firms: int) -> None:
    """The batch template with `firms` rows of varied, valid figures (a few outliers and blanks)."""
    write_template(path)
    book = load_workbook(path)
    sheet = book.active
    keys = [c.key for c in COLUMNS]
    for n in range(firms):
        sheet.append([_value(key, n) for key in keys])
    book.save(path)


def _value(key: str, n: int) -> object:
    revenue = 500 + (n * 37) % 20000
    figures = {
        "name": f"厦门测试企业{n:05d}有限公司",
        "district": ("湖里区", "思明区", "集美区", "海沧区", "同安区", "翔安区")[n % 6],
        "tags": f"客户组{n % 7}",
        "purpose": "新申报",
        "y1.revenue": revenue,
        "y1.rd_expense": revenue * ((n * 13) % 25) / 100 if n % 50 else revenue * 2,  # every 50th: 200%
        "y1.net_profit": revenue / 10,
        "y1.total_assets": revenue * 1.5,
        "y1.total_liabilities": revenue * 0.6,
        "y1.staff": 20 + n % 300,
        "y1.rd_staff": 3 + n % 40,
        "y2.revenue": revenue * 0.9,
        "y2.rd_expense": revenue * 0.05,
        "y3.revenue": revenue * 0.8,
        "y3.rd_expense": revenue * 0.04,
        "class1": n % 15,
        "class2": n % 9,
        "digital": None if n % 11 == 0 else n % 5,
    }
    return figures.get(key)


def anchor(source: Path, target: Path) -> float:
    """openpyxl alone: read every cell of the sheet (read-only, as the batch does) and write them again."""
    start = time.perf_counter()
    book = load_workbook(source, read_only=True)
    rows = [row for row in book.active.iter_rows(values_only=True)]
    book.close()
    out = Workbook()
    for row in rows:
        out.active.append(row)
    out.save(target)
    return time.perf_counter() - start


def batch(source: Path, target: Path, workers: int | None) -> tuple[float, dict[str, float]]:
    steps: dict[str, float] = {}
    start = time.perf_counter()
    _bad, members = read_and_evaluate(source, ON, workers)  # as `python -m assessments batch` does
    steps["read and evaluate"] = time.perf_counter() - start
    result = cohort(members)
    steps["cohort"] = time.perf_counter() - start - sum(steps.values())
    write_cohort_xlsx(result, target)
    steps["write"] = time.perf_counter() - start - sum(steps.values())
    return time.perf_counter() - start, steps


def profile(source: Path) -> str:
    found = read_batch(source, ON)
    jobs = jobs_of(found)[:PROFILED_FIRMS]
    profiler = cProfile.Profile()
    profiler.enable()
    evaluate(jobs, workers=1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
    return out.getvalue()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--firms", type=int, default=10_000)
    options.add_argument("--workers", type=int)
    options.add_argument("--profile", action="store_true")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "firms.xlsx"
        generate(source, args.firms)
        if args.profile:
            print(profile(source))
        base = anchor(source, Path(folder) / "anchor.xlsx")
        took, steps = batch(source, Path(folder) / "cohort.xlsx", args.workers)
    ratio = took / base
    parts = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in steps.items())
    print(f"openpyxl read + write of {args.firms} rows (anchor): {base:.2f} s")
    print(f"batch of {args.firms} firms to the cohort workbook: {took:.2f} s ({parts})")
    print(f"ratio {ratio:.2f}× (budget ≤ {BUDGET:g}×): {'met' if ratio <= BUDGET else 'MISSED'}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
